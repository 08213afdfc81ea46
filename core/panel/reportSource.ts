/**
 * What a report says it is on, for its heading in the panel, its sheet's title and its sheet's name.
 * A module of its own, so the panel can name a report it shows without loading the code that builds one.
 */

/** "Y11 Maths + 2 sheets": how the report and its sheet's name say where the numbers came from. */
export const combinedSourceName = (sheetName: string, others: readonly string[]): string =>
  others.length === 0 ? sheetName : `${sheetName} + ${others.length} ${others.length === 1 ? 'sheet' : 'sheets'}`;

/** What a report says it is on: "Y11 Maths", or "Y11 Maths + 2 sheets". */
export const reportSource = (preview: { sheetName: string; others?: readonly string[] }): string =>
  combinedSourceName(preview.sheetName, preview.others ?? []);
