/**
 * What a reader of the attendance and effort groups needs told: the absence cut-offs, and which
 * column stood for the year group when the tracker has several. `sources` limits the notes to the
 * families a section uses; by default every measure family the tracker has.
 */
import type { LayoutColumn } from '../layout/schema';
import { attendanceBandsNote, readAttendance } from './attendance';
import type { Cohort } from './cohort';
import { createEffortReader } from './effort';
import { latestColumnWithValues } from './latestColumn';
import { attendanceColumns, effortColumns } from './measureFamilies';
import type { ReportSettings } from './settings';

export function measureNotes(cohort: Cohort, settings: ReportSettings, sources?: ReadonlySet<string>): string[] {
  const wants = (...ids: string[]) => sources === undefined || ids.some((id) => sources.has(id));
  const cellsOf = (column: LayoutColumn) => cohort.pupils.map((pupil) => cohort.cell(pupil, column.index));
  const notes: string[] = [];
  const attendance = attendanceColumns(cohort.layout);
  if (attendance.length > 0 && wants('attendance', 'severeAbsence')) {
    notes.push(attendanceBandsNote(settings.attendanceBands));
    const chosen = attendance.length > 1 ? latestColumnWithValues(attendance, readAttendance, cellsOf) : null;
    if (chosen) notes.push(sourceNote('Attendance', chosen, attendance.length, 'attendance'));
  }
  const effort = effortColumns(cohort.layout);
  if (effort.length > 1 && wants('effort')) {
    const chosen = latestColumnWithValues(effort, createEffortReader(settings.effort), cellsOf);
    if (chosen) notes.push(sourceNote('Effort', chosen, effort.length, 'effort'));
  }
  return notes;
}

const sourceNote = (what: string, column: LayoutColumn, of: number, measure: string): string =>
  `${what} groups are from ${column.label} (column ${column.letter}), the latest of the ${of} ${measure} columns with any values.`;
