/**
 * A real PanelSession over a host, as the panel drives it, with what it says recorded: the status
 * lines an action writes, and what the session reports about saving. Shared by the Excel and Sheets
 * host tests of saved settings, with the settings they seed.
 */
import { expect } from 'vitest';
import { colourThisSheet } from '../../core/panel/actions';
import { readDocumentSettings } from '../../core/panel/documentSettings';
import type { Host } from '../../core/panel/host';
import { PanelSession, type SaveProblem } from '../../core/panel/session';
import type { StatusArea } from '../../core/panel/status';
import { createStatusLog, type StatusLine, type StatusLog } from '../../core/panel/statusLog';
import { generateSchool, sampleWideTrackerSheet, type SheetValue } from '../../core/sample';

export const TRACKER = 'Year 10';

/** The synthetic school's Year 10 with every subject: enough for "Colour this sheet" to colour. */
export const trackerRows = (): SheetValue[][] => sampleWideTrackerSheet(generateSchool({ years: [10], pupilsPerYear: 30 }), { year: 10 });

/** What a newer Tracklight saved: a palette, a field this version has never heard of, and the class sheets it made. */
export const NEWER_SETTINGS = {
  version: 2,
  rules: { palette: 'colour-blind', tolerance: 0.34, contrast: 'high' },
  palettes: { school: { Above: '#123456', On: '#abcdef' } },
  layouts: { [TRACKER]: { version: 2, headerRow: 2, columns: 'described another way' } },
  classSheets: [
    { name: 'Class 10A', className: '10A', trackerSheetName: TRACKER, madeBy: 'Tracklight 2' },
    { name: 'Class 10B', className: '10B', trackerSheetName: TRACKER, madeBy: 'Tracklight 2' },
  ],
};

/** Version-1 settings holding what this Tracklight does not know, and parts it cannot read. */
export const V1_WITH_EXTRAS = {
  version: 1,
  rules: { palette: 'colour-blind', tolerance: 0.34, contrast: 'high' },
  schoolNote: 'Set up by Ms Okafor, September',
  layouts: { 'Old tab': { version: 1, columns: 'all of them' } },
  classSheets: [
    { name: 'Class 9A', className: '9A', trackerSheetName: 'Year 9', madeBy: 'Tracklight 1.4' },
    { name: '', className: '9B', trackerSheetName: 'Year 9' },
  ],
  report: { praiseMinSubjects: 0 },
};

export interface RecordedSession {
  session: PanelSession;
  /** Everything the session said about saving, in order. */
  saveReports: SaveProblem[];
  /**
   * The status area an action reports to, and its lines as `tone: text` (each line said under one as
   * `  - text`). The panel's own log behind it: a line in progress is replaced by its result.
   */
  status: StatusArea;
  lines: string[];
  /** The same log's lines as the panel holds them, each detail as it is (a cell's detail names its cell). */
  log: StatusLog;
}

/** Started as the panel starts it: the saved settings read, then the active sheet. */
export async function startSession(host: Host): Promise<RecordedSession> {
  const saveReports: SaveProblem[] = [];
  const session = new PanelSession(host, (report) => void saveReports.push(report));
  await session.start();
  const lines: string[] = [];
  const asText = ({ tone, text, details, inProgress }: StatusLine) => [
    `${tone}: ${text}${inProgress ? ' (in progress)' : ''}`,
    // A detail about one cell is said by its text, as the panel shows it; its cell is in log.lines.
    ...details.map((detail) => `  - ${typeof detail === 'string' ? detail : detail.text}`),
  ];
  const log = createStatusLog(() => lines.splice(0, lines.length, ...log.lines.flatMap(asText)));
  // Actions only write lines; nothing here is shown.
  const status: StatusArea = {
    element: undefined as unknown as HTMLElement,
    begin: log.begin,
    progress: log.progress,
    line: log.line,
    lineOnce: log.lineOnce,
  };
  return { session, saveReports, status, lines, log };
}

export const CLASS_SHEETS_MADE = [{ name: 'Class 10A', className: '10A', trackerSheetName: TRACKER }];

/** The ordinary actions that save: a palette, tolerance and layout change, "Colour this sheet", remembering class sheets. */
export async function ordinaryActions(recorded: RecordedSession) {
  const { session, status } = recorded;
  session.setPalette('no-red');
  expect(session.setTolerance('0.5')).toBeNull();
  // A layout correction: the first grade column left uncoloured.
  const [first] = session.requireState().layout.pairs;
  session.setPairTarget(first!.grade, null);
  expect(session.requireState().problems).toEqual([]);
  // Saves queue one after another: once colouring's own save is settled, the edits' saves are too.
  await colourThisSheet(session, status);
  await session.rememberClassSheets(CLASS_SHEETS_MADE);
}

/** After ordinaryActions over kept settings: each of the five said once that it was not saved, why, and when the copy is replaced. */
export function expectEveryActionRefusedToSave(recorded: RecordedSession, why: RegExp): void {
  // Palette, tolerance and layout are edits; colouring and class sheets are actions, said under their own report.
  expect(recorded.saveReports.map(({ reason, cause }) => `${reason} after ${cause}`)).toEqual([
    'kept after edit',
    'kept after edit',
    'kept after edit',
    'kept after action',
    'kept after action',
  ]);
  for (const { message: text } of recorded.saveReports) {
    expect(text).toMatch(/not saved/i);
    expect(text).toMatch(why);
    expect(text).toMatch(/replaced only when you confirm "Start again with default settings"/);
  }
}

/** Over V1_WITH_EXTRAS: the three changes a save must write back (tolerance, the layout coloured, one class sheet made). */
export async function changeV1Settings(recorded: RecordedSession): Promise<{ name: string; className: string; trackerSheetName: string }> {
  const { session } = recorded;
  // The unreadable layout, class sheet record and report settings are each named.
  expect(session.loadProblems).toHaveLength(3);
  expect(session.setTolerance('0.5')).toBeNull();
  await colourThisSheet(session, recorded.status);
  const made = { name: 'Class 10A', className: '10A', trackerSheetName: TRACKER };
  await session.rememberClassSheets([...session.settings.classSheets, made]);
  return made;
}

/** What the host stored after changeV1Settings: V1_WITH_EXTRAS with only those parts replaced, reading back as the session's copy. */
export function expectOnlyChangesSaved(saved: unknown, session: PanelSession, made: unknown): void {
  expect(saved).toEqual({
    ...V1_WITH_EXTRAS,
    rules: { ...V1_WITH_EXTRAS.rules, tolerance: 0.5 },
    layouts: { ...V1_WITH_EXTRAS.layouts, [TRACKER]: session.settings.layouts[TRACKER] },
    // The readable record keeps its unknown field; the unreadable one is kept as it was stored.
    classSheets: [V1_WITH_EXTRAS.classSheets[0], made, V1_WITH_EXTRAS.classSheets[1]],
  });
  expect(session.settings.layouts[TRACKER]).toBeDefined();
  // Read back, the settings give the same working copy and name the same unreadable parts.
  expect(readDocumentSettings(saved).problems).toHaveLength(3);
  expect(readDocumentSettings(saved).settings).toEqual(session.settings);
}
