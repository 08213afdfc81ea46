/** Attendance and effort as group families: the DfE's absence cut-offs, the school's effort scale, and the attendance sentence. */
import { describe, expect, it } from 'vitest';
import { buildReport, prepareSections } from '../../../core/report/buildReport';
import { attendanceSentence } from '../../../core/report/combinedGroups';
import { checkReportSettings } from '../../../core/report/settings';
import { col, grade, target, times, tracker, type ColumnSpec } from './support';

const ATTENDANCE: ColumnSpec[] = [col('Name', 'name'), col('Attendance', 'attendance'), target(), grade('RP1')];
// Group indices: 0 is the absent (or effort a concern) group, 1 the rest, -1 neither.
const groupsOf = (specs: ColumnSpec[], body: unknown[][], settings = {}) =>
  prepareSections({ ...tracker(specs, body), settings }).cohort.pupils.map((pupil) => pupil.groups);

describe('attendance bands', () => {
  const cells = [90, 90.01, 89.99, 50, 50.01, '90%', 0.9, '', 'n/a', '93.5%', 0.935, '0.9%'];
  const body = cells.map((cell, i) => [`Pupil ${i}`, cell, 5, 5]);

  it('put attendance at or below 90% in persistent absence and at or below 50% in severe absence, exactly at the cut-offs', () => {
    const groups = groupsOf(ATTENDANCE, body);
    // 90 is persistent (at the cut-off), 90.01 not; 0.9 from a percent-formatted cell is 90%; "0.9%" says per cent, so 0.9%.
    expect(groups.map((group) => group.attendance)).toEqual([0, 1, 0, 0, 0, 0, 0, -1, -1, 1, 1, 0]);
    // Severe: 50 is at the cut-off, 50.01 is above it; only 0.9% is also that low.
    expect(groups.map((group) => group.severeAbsence)).toEqual([1, 1, 1, 0, 1, 1, 1, -1, -1, 1, 1, 0]);
  });

  it('notes "n/a" once as unreadable and leaves blank as not known', () => {
    const report = buildReport(tracker(ATTENDANCE, body));
    const notes = report.warnings.filter((warning) => warning.startsWith('Attendance (column B)'));
    expect(notes).toEqual([
      "Attendance (column B): 1 cell is not an attendance percentage (0 to 100, e.g. 93.5 or 93.5%) (first in row 10: 'n/a'), " +
        'so it is left out. Correct it and build the report again.',
    ]);
  });

  it('follow the settings: persistent at or below 95%', () => {
    const groups = groupsOf(
      ATTENDANCE,
      [
        ['A', 95, 5, 5],
        ['B', 95.5, 5, 5],
      ],
      { attendanceBands: { persistentAtOrBelow: 95 } },
    );
    expect(groups.map((group) => group.attendance)).toEqual([0, 1]);
  });

  it('appear as gap-table groups with their gaps in the report', () => {
    // 3 pupils at 85% one grade below target, 2 at 97% on target.
    const report = buildReport(tracker(ATTENDANCE, [...times(3, ['A', 85, 5, 4]), ...times(2, ['B', 97, 5, 5])]));
    expect(report.families).toEqual(['attendance', 'severeAbsence']);
    const table = report.byCollection[0]!.groups.families.find((family) => family.family === 'attendance')!;
    expect(table.groups.map((group) => [group.label, group.figures.pupils, group.figures.meanResidual])).toEqual([
      ['Persistently absent', 3, -1],
      ['Not persistently absent', 2, 0],
    ]);
    // Rest minus absent: 0 - (-1) = 1 grade; on target 100% - 0% = 1.
    expect(table.gap).toMatchObject({ name: 'Persistent absence gap', meanResidual: 1, onTarget: 1, small: true });
    expect(report.trends.map((trend) => trend.name)).toEqual(['Persistent absence gap', 'Severe absence gap']);
  });
});

describe('effort bands', () => {
  const EFFORT: ColumnSpec[] = [col('Name', 'name'), col('Effort', 'effort'), target(), grade('RP1')];
  const rows = (values: unknown[]) => values.map((value, i) => [`Pupil ${i}`, value, 5, 5]);

  it('read a words scale with the default lists, ignoring case and punctuation, and note words on neither list', () => {
    const values = ['Good', 'Requires Improvement', 'R.I.', 'excellent', 'Cause for concern', 'Satisfactory', '', 'Sparkly'];
    expect(groupsOf(EFFORT, rows(values)).map((group) => group.effort)).toEqual([1, 0, 0, 1, 0, 1, -1, -1]);
    expect(
      buildReport(tracker(EFFORT, rows(values))).warnings.some((warning) =>
        /Effort \(column B\): 1 cell is not an effort value/.test(warning),
      ),
    ).toBe(true);
  });

  it('read numbers with 1 best by default (3 or worse a concern), or with the top number best', () => {
    expect(groupsOf(EFFORT, rows([1, 2, 3, 4, '2.5'])).map((group) => group.effort)).toEqual([1, 1, 0, 0, 1]);
    const highestBest = { effort: { numbersBestIs: 'highest', numbersConcernFrom: 2 } };
    expect(groupsOf(EFFORT, rows([1, 2, 3, 4]), highestBest).map((group) => group.effort)).toEqual([0, 0, 1, 1]);
  });

  it('use the latest effort column with any values, moving pupils read before that column filled', () => {
    const specs: ColumnSpec[] = [
      col('Name', 'name'),
      col('Effort RP1', 'effort'),
      col('Effort RP2', 'effort'),
      col('Effort RP3', 'effort'),
    ];
    // RP3 is not entered yet, so RP2 stands: pupil 0 has no RP2 effort, so is in neither group however RP1 read.
    const body = [
      ['P0', 'Poor', '', ''],
      ['P1', 'Good', 'Poor', ''],
      ['P2', 'Poor', 'Good', ''],
    ];
    const input = prepareSections({
      ...tracker(
        [...specs, target(), grade('RP1')],
        body.map((row) => [...row, 5, 5]),
      ),
    });
    expect(input.cohort.pupils.map((pupil) => pupil.groups.effort)).toEqual([-1, 0, 1]);
    const effort = input.families.find((family) => family.id === 'effort')!;
    expect(input.cohort.pupils[0]!.slots.some((slot) => effort.groups.some((group) => group.slot === slot))).toBe(false);
  });

  it('appear as a gap-table family: effort a concern against effort good', () => {
    const report = buildReport(tracker(EFFORT, [...times(2, ['A', 'Poor', 5, 3]), ...times(2, ['B', 'Good', 5, 6])]));
    const table = report.byCollection[0]!.groups.families.find((family) => family.family === 'effort')!;
    // Residuals: concern 3 - 5 = -2, good 6 - 5 = +1; gap 1 - (-2) = 3 grades.
    expect(table.groups.map((group) => [group.label, group.figures.meanResidual])).toEqual([
      ['Effort a concern', -2],
      ['Effort good', 1],
    ]);
    expect(table.gap?.meanResidual).toBe(3);
  });

  it('setting messages say what to fix', () => {
    const checked = checkReportSettings({ effort: { concern: ['Good'], numbersBestIs: 'top', numbersConcernFrom: 0 } });
    expect(checked.ok ? [] : checked.message.split('\n')).toEqual([
      "effort > numbersBestIs: numbersBestIs is 'lowest' (1 is the best effort) or 'highest' (the top number is the best)",
      'effort > numbersConcernFrom: numbersConcernFrom runs from 1 to 10',
    ]);
    const both = checkReportSettings({ effort: { concern: ['good'] } });
    expect(both.ok ? '' : both.message).toBe(
      'effort: An effort word is in both the concern and the good list: keep each word in one list',
    );
  });
});

describe('attendanceSentence', () => {
  it('says how far below target pupils at or below 90% are, with the interval, when both groups have 10 pupils', () => {
    // Target 5. Absent (85%): five at 4 (residual -1), five at 3 (-2): mean -1.5. Rest (97%): five at 5 (0), five at 4 (-1): mean -0.5.
    // Each group's variance: ten deviations of 0.5, 10 * 0.25 / 9 = 0.27778. Gap = -0.5 - (-1.5) = 1.0.
    // SE = sqrt(0.27778 / 10 * 2) = 0.23570; df = (2a)^2 / (2a^2 / 9) = 18; t(0.975, 18) = 2.10092; margin 0.49519.
    // 95% CI 0.50481 to 1.49519, to one decimal 0.5 to 1.5.
    const body = [...times(5, ['A', 85, 5, 4]), ...times(5, ['A', 85, 5, 3]), ...times(5, ['B', 97, 5, 5]), ...times(5, ['B', 97, 5, 4])];
    expect(attendanceSentence(prepareSections(tracker(ATTENDANCE, body)))).toBe(
      'At RP1, pupils at or below 90% attendance are 1.0 grades further below target than the rest (95% CI 0.5 to 1.5).',
    );
  });

  it('says nothing with fewer than 10 pupils in a group, or without an attendance column', () => {
    const few = [...times(9, ['A', 85, 5, 4]), ...times(10, ['B', 97, 5, 5])];
    expect(attendanceSentence(prepareSections(tracker(ATTENDANCE, few)))).toBeNull();
    const none = prepareSections(tracker([target(), grade('RP1')], times(20, [5, 5])));
    expect(attendanceSentence(none)).toBeNull();
  });
});
