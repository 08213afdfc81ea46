/// <reference types="office-js" />
/**
 * The parts of Office's globals the Excel host uses, named so tests can hand it a recording fake,
 * and the one place Excel's failures become messages a head of department can act on.
 */

/** `Excel` as the host uses it: Excel.run and the conditional format types. */
export type ExcelApi = Pick<typeof Excel, 'run' | 'ConditionalFormatType'>;

/** `Office` as the host uses it: the document's settings, which API sets this Excel has, and the async result statuses. */
export interface OfficeApi {
  context: {
    document: { settings: Pick<Office.Settings, 'get' | 'set' | 'saveAsync'> };
    requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'>;
  };
  AsyncResultStatus: typeof Office.AsyncResultStatus;
}

/** A refusal Tracklight decided itself: its message is already the whole story. */
export class ExcelHostError extends Error {
  override name = 'ExcelHostError';
}

const quoted = (sheetName: string) => `'${sheetName}'`;

/** Excel's errors carry a code (ItemNotFound, AccessDenied...) beside a message written for developers. */
function codeOf(problem: unknown): string | undefined {
  const code = (problem as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(problem: unknown): string {
  return problem instanceof Error ? problem.message : String(problem);
}

/**
 * Runs one Excel.run batch about a sheet, turning Excel's failures into plain sentences.
 * `doing` completes "Excel could not ...", e.g. "colour 'Year 10'"; `retry` says what to do next.
 */
export async function runOnSheet<T>(
  excel: ExcelApi,
  sheetName: string,
  doing: string,
  retry: string,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  try {
    return await excel.run(batch);
  } catch (problem) {
    if (problem instanceof ExcelHostError) throw problem;
    const code = codeOf(problem);
    if (code === 'ItemNotFound') {
      throw new ExcelHostError(
        `There is no sheet called ${quoted(sheetName)} in this workbook now: it may have been renamed or deleted. ` +
          'Open the sheet you want, click "Read the active sheet again", then try again.',
      );
    }
    if (code === 'AccessDenied') {
      throw new ExcelHostError(
        `Excel would not let Tracklight ${doing}: the sheet or workbook is protected or read-only. ` +
          'Unprotect it, or save a copy you can edit, then try again.',
      );
    }
    throw new ExcelHostError(`Excel could not ${doing} (${messageOf(problem)}). ${retry}`);
  }
}

/** Excel.run for work that is not about one sheet (reading every sheet). */
export async function runInExcel<T>(excel: ExcelApi, doing: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await excel.run(batch);
  } catch (problem) {
    if (problem instanceof ExcelHostError) throw problem;
    throw new ExcelHostError(
      `Excel could not ${doing} (${messageOf(problem)}). Try again; if it keeps failing, close and reopen the Tracklight pane.`,
    );
  }
}
