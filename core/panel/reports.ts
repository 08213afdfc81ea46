/**
 * "Preview report" and "Build report". The report is worked out in the core from the active sheet's
 * values and the layout as the user corrected it, and its headline numbers are shown before anything
 * is written. "Build report" reads the sheet again, shows the numbers it is about to write (so what
 * is on show is always what the new sheet holds), then adds the sheet: never over an existing one.
 */
import { buildReport, checkReportSettings, reportHeadline, type Report, type ReportHeadline } from '../report';
import { reportSheetPlan } from '../reportSheet';
import { openTracker } from './openTracker';
import { reportSource } from './reportSource';
import type { PanelSession } from './session';
import { readCombinedSource } from './severalSheets';
import { messageOf, type StatusArea } from './status';

export interface ReportPreview {
  /** The sheet the report is built from (the one the panel shows). */
  sheetName: string;
  /** The other sheets it took in ("Report on several sheets"), in the order ticked; none for one sheet. */
  others?: string[];
  report: Report;
  headline: ReportHeadline;
  /** Every sheet's name when the tracker was read, for the new sheet's unique name. */
  sheetNames: string[];
}

/** Where the preview is shown (reportsView): what is on show now, and what happens to it. */
export interface PreviewDisplay {
  readonly current: ReportPreview | null;
  show(preview: ReportPreview): void;
  /** Said just before the report sheet is added: the host may say it is open before the add resolves. */
  writing?(reportSheet: string): void;
  written(reportSheet: string): void;
}

/** Which sheets a report is on: the one the panel shows, or that one with the sheets ticked under Report on several sheets. */
export type ReportSheets = 'this sheet' | 'ticked sheets';

async function readReport(session: PanelSession, status: StatusArea, again: string, sheets: ReportSheets): Promise<ReportPreview | null> {
  const tracker = await openTracker(session, status, again);
  if (!tracker) return null;
  const { name, layout } = tracker;
  if (!layout.columns.some((column) => column.role === 'grade')) {
    status.line(
      `'${name}' has no grade columns, so there is nothing to report on. ` +
        "In the layout above, set each grade column's role to Grade, then try again. Nothing was changed.",
      'problem',
    );
    return null;
  }
  const settings = checkReportSettings(session.reportSettingsInput());
  if (!settings.ok) {
    const reason = settings.message.replace(/\n/g, '; ');
    status.line(
      `The report settings saved with this workbook cannot be used: ${reason}. Correct them, then try again. Nothing was changed.`,
      'problem',
    );
    return null;
  }
  const combined = sheets === 'ticked sheets' ? await readCombinedSource(session, status, tracker) : null;
  if (sheets === 'ticked sheets' && !combined) return null;
  const built = buildReport({
    layout: combined?.layout ?? layout,
    rows: combined?.rows ?? tracker.values,
    settings: settings.settings,
    gradeSettings: session.settings.rules.scale,
  });
  // How the sheets were put together comes first among the things to check.
  const report = combined ? { ...built, warnings: [...combined.warnings, ...built.warnings] } : built;
  return {
    sheetName: name,
    ...(combined ? { others: combined.others } : {}),
    report,
    headline: reportHeadline(report),
    sheetNames: tracker.sheetNames,
  };
}

/** The buttons' names, for "choose ... again". */
const BUTTONS: Record<ReportSheets, { preview: string; build: string }> = {
  'this sheet': { preview: 'Preview report', build: 'Build report' },
  'ticked sheets': { preview: 'Preview report on these sheets', build: 'Build report on these sheets' },
};

export async function previewReport(
  session: PanelSession,
  status: StatusArea,
  display: PreviewDisplay,
  sheets: ReportSheets = 'this sheet',
): Promise<void> {
  status.begin(`Working out the report for '${session.requireState().sheet.name}'...`);
  const preview = await readReport(session, status, BUTTONS[sheets].preview, sheets);
  if (!preview) return;
  display.show(preview);
  status.line(
    `The headline numbers for '${reportSource(preview)}' are shown below. ` +
      `Nothing has been written yet: choose ${BUTTONS[sheets].build} to add the report sheet.`,
    'done',
  );
}

const sameSource = (a: ReportPreview, b: ReportPreview) =>
  reportSource(a) === reportSource(b) && (a.others ?? []).join('\n') === (b.others ?? []).join('\n');
const sameNumbers = (a: ReportPreview, b: ReportPreview) =>
  sameSource(a, b) && a.headline.lines.join('\n') === b.headline.lines.join('\n');

export async function buildReportSheet(
  session: PanelSession,
  status: StatusArea,
  display: PreviewDisplay,
  sheets: ReportSheets = 'this sheet',
): Promise<void> {
  status.begin(`Building the report for '${session.requireState().sheet.name}'...`);
  const before = display.current;
  const preview = await readReport(session, status, BUTTONS[sheets].build, sheets);
  if (!preview) return;
  display.show(preview);
  const source = reportSource(preview);
  if (!before || !sameSource(before, preview))
    status.line(`The headline numbers for '${source}' are shown below; the report sheet starts with them.`);
  else if (!sameNumbers(before, preview))
    status.line(`'${source}' has changed since the preview: the numbers below are the ones being written.`);

  const plan = reportSheetPlan(preview.report, {
    sourceSheet: source,
    date: session.host.today?.() ?? new Date(),
    existingSheetNames: preview.sheetNames,
    maxSheetName: session.host.maxSheetName,
  });
  display.writing?.(plan.sheetName);
  try {
    await session.host.addReportSheet(plan);
  } catch (problem) {
    return status.line(`The report could not be written: ${messageOf(problem)}`, 'problem');
  }
  display.written(plan.sheetName);
  const read = [preview.sheetName, ...(preview.others ?? [])].map((name) => `'${name}'`).join(', ');
  status.line(`Added the report sheet '${plan.sheetName}'. ${read} and every other sheet are unchanged.`, 'done');
  // The new sheet is the open one now; the panel follows, as after inserting a sample tracker.
  await session.readActiveSheet().catch(() => undefined);
}
