/**
 * "Make class sheets": one live sheet per class, planned in the core (classSheetsPlan) from the
 * tracker's class column and the marks on the workbook's sheets (with the saved records for a host
 * without marks). Only Tracklight's own class sheets are ever rewritten; a sheet of the school's
 * that happens to be called "Class 10A" is left alone and the new sheet gets another name. Every
 * outcome is said, one sentence per sheet, and the records saved are only what was written.
 */
import {
  classSheetsPlan,
  classValuesRange,
  readMark,
  recordsToSave,
  type ClassSheet,
  type ClassSheetFacts,
  type SkippedClass,
} from '../classSheets';
import { readA1Range } from '../rules';
import { openTracker, type OpenTracker } from './openTracker';
import type { PanelSession } from './session';
import { messageOf, type StatusArea } from './status';

const pupilsText = (count: number) => `${count} ${count === 1 ? 'pupil' : 'pupils'}`;

/** The class column from the first pupil row to the last, from the one read of the sheet's values. */
function classValues({ layout, lastRow, values }: OpenTracker): unknown[] {
  const range = classValuesRange(layout, lastRow);
  // No class column or no pupils: the plan refuses with the message that says what to do.
  if (range === null) return [];
  const cells = readA1Range(range);
  if (typeof cells === 'string') throw new Error(cells);
  return Array.from(
    { length: cells.lastRow - cells.firstRow + 1 },
    (_, i) => values[cells.firstRow - 1 + i]?.[cells.firstColumn - 1] ?? null,
  );
}

function sheetLine(sheet: ClassSheet): string {
  const colours = sheet.colouring
    ? ", with the tracker's traffic lights"
    : `, without colours: the class sheet ${sheet.colouringMessage ?? 'has no target column to colour against'}`;
  return `${sheet.isNew ? 'Created' : 'Updated'} '${sheet.name}' for class ${sheet.className} (${pupilsText(sheet.pupils)})${colours}.`;
}

function skippedLine(skipped: SkippedClass): string {
  // A class that has gone has no pupils; a value that names no class says how many pupils hold it.
  return skipped.pupils === 0
    ? `Skipped class ${skipped.value}: ${skipped.reason}`
    : `Skipped ${skipped.value} (${pupilsText(skipped.pupils)}): ${skipped.reason}`;
}

/** The tracker's name when `sheet` is one of Tracklight's class sheets (by its mark, or a saved record). */
function classSheetOf(session: PanelSession, sheets: readonly ClassSheetFacts[], name: string): string | null {
  const facts = sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  const mark = readMark(facts?.mark);
  if (mark) return mark.tracker;
  return session.settings.classSheets.find((record) => record.name.toLowerCase() === name.toLowerCase())?.trackerSheetName ?? null;
}

export async function makeClassSheets(session: PanelSession, status: StatusArea): Promise<void> {
  status.begin(`Making the class sheets for '${session.requireState().sheet.name}'...`);
  const tracker = await openTracker(session, status, 'Make class sheets');
  if (!tracker) return;
  const { name, layout } = tracker;
  let sheets: ClassSheetFacts[];
  try {
    sheets = await session.host.readClassSheetFacts();
  } catch (problem) {
    return status.line(`Could not read the workbook's sheets: ${messageOf(problem)} Nothing was changed.`, 'problem');
  }
  // A class sheet has a class column too: making class sheets of it would only copy one class about.
  const madeFrom = classSheetOf(session, sheets, name);
  if (madeFrom !== null) {
    return status.line(
      `'${name}' is a class sheet Tracklight made from '${madeFrom}'. ` +
        `Open '${madeFrom}' and make the class sheets from there. Nothing was changed.`,
      'problem',
    );
  }
  const previous = session.settings.classSheets;
  const plan = classSheetsPlan({
    layout,
    trackerSheetName: name,
    lastRow: tracker.lastRow,
    topRows: tracker.topRows,
    classValues: classValues(tracker),
    sheets,
    previous,
    ruleSettings: session.settings.rules,
  });
  if (!plan.ok) return status.line(plan.message, 'problem');

  let outcome;
  try {
    outcome = await session.host.writeClassSheets(plan);
  } catch (problem) {
    return status.line(`The class sheets could not be written: ${messageOf(problem)}`, 'problem');
  }
  await session.rememberClassSheets(
    recordsToSave(
      plan.records,
      previous,
      outcome.notWritten.map((sheet) => sheet.name),
    ),
  );
  const written = new Set(outcome.written.map((sheetName) => sheetName.toLowerCase()));
  const done = plan.sheets.filter((sheet) => written.has(sheet.name.toLowerCase()));
  const created = done.filter((each) => each.isNew).length;
  const notWritten = outcome.notWritten.length > 0 ? `, ${outcome.notWritten.length} not written` : '';
  status.line(
    `Class sheets from '${name}', one per class in '${plan.classColumn.label}' (column ${plan.classColumn.letter}): ` +
      `${created} created, ${done.length - created} updated${notWritten}. ` +
      "Each shows the tracker's rows for its class as they change; no pupil data is copied, and no other sheet was changed.",
    done.length > 0 ? 'done' : 'problem',
  );
  for (const classSheet of done) status.line(sheetLine(classSheet), 'done');
  for (const failed of outcome.notWritten) status.line(failed.reason, 'problem');
  for (const skipped of plan.skipped) status.line(skippedLine(skipped));
  for (const note of plan.notes) status.line(note);
}
