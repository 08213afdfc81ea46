/**
 * The attendance and effort families of a tracker, each from the latest of its attendance or effort
 * columns with any value (latestColumn.ts), banded with the report settings.
 */
import type { Layout, LayoutColumn } from '../layout/schema';
import { ATTENDANCE_WANTED, persistentAbsenceGroup, readAttendance, severeAbsenceGroup } from './attendance';
import { createEffortReader, EFFORT_WANTED, effortGroup } from './effort';
import { FAMILY_BY_ID } from './groups';
import { createMeasureSorter, type Sortable } from './latestColumn';
import type { ProblemLog } from './problemLog';
import type { ReportSettings } from './settings';

export const attendanceColumns = (layout: Layout): LayoutColumn[] => layout.columns.filter((column) => column.role === 'attendance');
export const effortColumns = (layout: Layout): LayoutColumn[] => layout.columns.filter((column) => column.role === 'effort');

/** Sorts each pupil into the attendance and effort groups; `at` reads the pupil's cell of a column. */
export function createMeasureFamilies(layout: Layout, settings: ReportSettings, problems: ProblemLog) {
  const sorters: ((pupil: Sortable, at: (column: LayoutColumn) => unknown) => void)[] = [];
  const bands = settings.attendanceBands;
  const attendance = attendanceColumns(layout);
  if (attendance.length > 0) {
    const sort = createMeasureSorter(
      {
        columns: attendance,
        read: readAttendance,
        wanted: ATTENDANCE_WANTED,
        families: [
          { family: FAMILY_BY_ID.get('attendance')!, groupOf: (percent: number) => persistentAbsenceGroup(percent, bands) },
          { family: FAMILY_BY_ID.get('severeAbsence')!, groupOf: (percent: number) => severeAbsenceGroup(percent, bands) },
        ],
      },
      problems,
    );
    sorters.push((pupil, at) => sort(pupil, attendance.map(at)));
  }
  const effort = effortColumns(layout);
  if (effort.length > 0) {
    const sort = createMeasureSorter(
      {
        columns: effort,
        read: createEffortReader(settings.effort),
        wanted: EFFORT_WANTED,
        families: [{ family: FAMILY_BY_ID.get('effort')!, groupOf: effortGroup }],
      },
      problems,
    );
    sorters.push((pupil, at) => sort(pupil, effort.map(at)));
  }
  return (pupil: Sortable, at: (column: LayoutColumn) => unknown): void => sorters.forEach((sort) => sort(pupil, at));
}
