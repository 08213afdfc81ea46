/**
 * "Make class sheets": one live sheet per class, planned in the core (classSheetsPlan) from the
 * tracker's class column and the class sheets Tracklight made before, which the document settings
 * keep. Only those are ever rewritten; a sheet of the school's that happens to be called "Class 10A"
 * is left alone and the new sheet gets another name. Every outcome is said, one line per sheet.
 */
import { classSheetsPlan, classValuesRange, type ClassSheet, type SkippedClass } from '../classSheets';
import { readA1Range } from '../rules';
import { openTracker, type OpenTracker } from './reports';
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
  return Array.from({ length: cells.lastRow - cells.firstRow + 1 }, (_, i) => values[cells.firstRow - 1 + i]?.[cells.firstColumn - 1] ?? null);
}

function sheetLine(sheet: ClassSheet): string {
  const colours = sheet.colouring ? ", with the tracker's traffic lights" : ` without colours: ${sheet.colouringMessage ?? 'the tracker has no target column'}`;
  return `${sheet.isNew ? 'Created' : 'Updated'} '${sheet.name}' for class ${sheet.className} (${pupilsText(sheet.pupils)})${colours}.`;
}

function skippedLine(skipped: SkippedClass): string {
  // A class that has gone has no pupils; a value that names no class says how many pupils hold it.
  return skipped.pupils === 0 ? `Skipped class ${skipped.value}: ${skipped.reason}` : `Skipped ${skipped.value} (${pupilsText(skipped.pupils)}): ${skipped.reason}`;
}

export async function makeClassSheets(session: PanelSession, status: StatusArea): Promise<void> {
  status.begin(`Making the class sheets for '${session.requireState().sheet.name}'...`);
  const tracker = await openTracker(session, status, 'Make class sheets');
  if (!tracker) return;
  const { name, layout } = tracker;
  // A class sheet has a class column too: making class sheets of it would only copy one class about.
  const made = session.settings.classSheets.find((record) => record.name.toLowerCase() === name.toLowerCase());
  if (made) {
    return status.line(`'${name}' is a class sheet Tracklight made from '${made.trackerSheetName}'. Open '${made.trackerSheetName}' and make the class sheets from there. Nothing was changed.`, 'problem');
  }
  const plan = classSheetsPlan({
    layout, trackerSheetName: name, lastRow: tracker.lastRow, topRows: tracker.topRows, classValues: classValues(tracker),
    existingSheets: tracker.sheetNames, previous: session.settings.classSheets, ruleSettings: session.settings.rules,
  });
  if (!plan.ok) return status.line(plan.message, 'problem');

  let written: Set<string>;
  try {
    written = new Set((await session.host.writeClassSheets(plan)).written.map((name) => name.toLowerCase()));
  } catch (problem) {
    return status.line(`The class sheets could not all be written: ${messageOf(problem)}`, 'problem');
  }
  await session.rememberClassSheets(plan.records);
  const created = plan.sheets.filter((each) => each.isNew).length;
  status.line(
    `Class sheets from '${name}', one per class in '${plan.classColumn.label}' (column ${plan.classColumn.letter}): ${created} created, ${plan.sheets.length - created} updated. ` +
      'Each shows the tracker\'s rows for its class as they change; no pupil data is copied, and no other sheet was changed.',
    'done',
  );
  for (const classSheet of plan.sheets) {
    if (written.has(classSheet.name.toLowerCase())) status.line(sheetLine(classSheet), 'done');
    else status.line(`'${classSheet.name}' for class ${classSheet.className} was not written.`, 'problem');
  }
  for (const skipped of plan.skipped) status.line(skippedLine(skipped));
  for (const note of plan.notes) status.line(note);
}
