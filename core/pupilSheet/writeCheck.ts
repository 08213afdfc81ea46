/**
 * The checks a host runs just before it writes the pupil report sheet, decided here so every host
 * refuses the same things with the same words. The plan was made from one read; by the time it is
 * written a teacher may have typed on the sheet, so the host reads the plan's checkArea again and
 * asks this. The answer is null (write it) or the sentence to show, with nothing written.
 */
import { columnLetter } from '../workbook/a1';
import { protectedSheetMessage } from '../workbook/protectedSheet';
import { cellKey, managedCells, rangeOf, type CellPlace } from './cellArea';
import { managedFingerprint } from './pupilSheetMark';
import type { PupilSheetPlan } from './pupilSheetPlan';

/** The sheet of the plan's name as it is now; contents are the checkArea's cells from A1 ('' when empty). */
export interface PupilSheetNow {
  exists: boolean;
  mark: string | null | undefined;
  isProtected: boolean;
  contents: readonly (readonly string[])[];
}

const AGAIN = 'Make the pupil report again to plan it afresh.';
const contentAt = (now: PupilSheetNow, { row, column }: CellPlace) => now.contents[row - 1]?.[column - 1] ?? '';
const a1 = ({ row, column }: CellPlace) => `${columnLetter(column - 1)}${row}`;

export function pupilSheetWriteProblem(plan: PupilSheetPlan, now: PupilSheetNow): string | null {
  const name = `'${plan.sheetName}'`;
  if (plan.isNew || plan.expected === null) {
    return now.exists
      ? `A sheet called ${name} was added after Tracklight planned the pupil report, and Tracklight never writes over a sheet ` +
          `it did not make, so nothing was written. ${AGAIN}`
      : null;
  }
  if (!now.exists)
    return (
      `The pupil report sheet ${name} is no longer in this workbook (it may have been renamed or deleted), ` +
      `so nothing was written. ${AGAIN}`
    );
  if (now.isProtected) return protectedSheetMessage(plan.sheetName, 'Tracklight cannot update it', { called: 'The pupil report sheet' });
  if (now.mark !== plan.expected.mark)
    return `The Tracklight mark on ${name} changed after Tracklight planned the pupil report, so nothing was written. ${AGAIN}`;
  const { previous } = plan.expected;
  const written = managedCells(rangeOf(previous.area), previous.keep);
  const contents = written.map((cell) => contentAt(now, cell));
  // All empty: a sheet Tracklight added and marked, whose cells never went in (the host stopped).
  const neverWritten = contents.every((content) => content === '');
  if (!neverWritten && managedFingerprint(contents) !== previous.cells) {
    return (
      `${name} was changed by hand where Tracklight lays out the report (${previous.area}, apart from the pupil cell and the ` +
      'comment lines), so it was not updated and nothing was written. Rename the sheet to keep your changes, then make the ' +
      'pupil report again for a new one.'
    );
  }
  // Cells the report now needs that it did not use before must be empty: they may hold what someone typed.
  const before = new Set(written.map(cellKey));
  const typed = plan.writes
    .flatMap((write) => managedCells(rangeOf(write.range), []))
    .find((cell) => !before.has(cellKey(cell)) && contentAt(now, cell) !== '');
  if (typed) {
    return (
      `${name} has something typed in ${a1(typed)}, where the pupil report now needs room, so it was not updated and nothing ` +
      `was written. Move or clear what is in ${a1(typed)}, then make the pupil report again.`
    );
  }
  return null;
}

/** What a host did with the plan: written (perhaps with its colours or print settings not set, said in `problems`), or why not. */
export type PupilSheetWritten = { written: true; problems: string[] } | { written: false; reason: string };
