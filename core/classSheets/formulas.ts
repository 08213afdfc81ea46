/**
 * The two formulas a class sheet holds, written once for both hosts.
 *
 * Excel's FILTER is FILTER(array, include, [if_empty]) but Google Sheets' is FILTER(range, condition1,
 * [condition2, ...]): Sheets has no if_empty, and would read "No pupils" as a second condition. So
 * the empty case is an IF around FILTER, which both hosts read the same way. Inside it:
 *  - the class test is IFERROR(TRIM(cell),"")="10A": stray spaces from an MIS export still match,
 *    and one error cell in the class column shows on no sheet rather than turning every sheet into
 *    an error (FILTER fails whole when a condition is an error). "=" ignores case in both hosts.
 *  - SUMPRODUCT(--(test)) counts the class in both hosts without array entry.
 *  - IF(range="","",range) keeps blank cells blank: Excel's FILTER shows an empty cell as 0, which
 *    would read as a grade of 0 (Sheets keeps blanks; the IF changes nothing there).
 * Sheet names are always quoted, with any apostrophe doubled; the class is a string literal with
 * any double quote doubled. Dynamic arrays are needed: Excel 2021 or Microsoft 365, or Sheets.
 */

/** 'Year 10', 'Mr O''Neil''s set': the quoted form both hosts accept for any sheet name. */
export const quoteSheetName = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** "10A", "The ""A"" set": a formula string literal. */
export const stringLiteral = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export interface FilterSource {
  trackerSheetName: string;
  /** A1 range of the tracker's pupil rows, e.g. A4:W403. */
  dataRange: string;
  /** A1 range of the class column over the same rows, e.g. D4:D403. */
  classRange: string;
}

export function classCondition(source: FilterSource, className: string): string {
  return `IFERROR(TRIM(${quoteSheetName(source.trackerSheetName)}!${source.classRange}),"")=${stringLiteral(className)}`;
}

export function classFilterFormula(source: FilterSource, className: string): string {
  const data = `${quoteSheetName(source.trackerSheetName)}!${source.dataRange}`;
  const condition = classCondition(source, className);
  return (
    `=IF(SUMPRODUCT(--(${condition}))=0,${stringLiteral(`No pupils in class ${className}`)},` +
    `FILTER(IF(${data}="","",${data}),${condition}))`
  );
}

/**
 * The tracker's header row, live. FILTER with an always-true row test is the one way to spill a row
 * that both hosts read the same: a bare reference spills in Excel only. LEN(...)>=0 is TRUE for every
 * cell (COLUMN(range) would do in Excel and Sheets, but is a single number in HyperFormula, which tests it).
 */
export function headerFormula(trackerSheetName: string, headerRange: string): string {
  const header = `${quoteSheetName(trackerSheetName)}!${headerRange}`;
  return `=FILTER(IF(${header}="","",${header}),LEN(${header})>=0)`;
}
