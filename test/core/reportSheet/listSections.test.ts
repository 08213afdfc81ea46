/**
 * The pupil lists on the report sheet name the groups each pupil is in that a leader acts on (issue
 * 12: attendance bands are "groups in the gap tables and the pupil lists"), in the report's own words.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/report';
import { reportSheetPlan } from '../../../core/reportSheet';
import { col, grade, target, tracker } from '../report/support';
import { columnIn, tableAt } from './support';

const subjects = ['Maths', 'English', 'Science'];
const specs = [
  col('Name', 'name'),
  col('PP', 'pp'),
  col('SEND', 'send'),
  col('Attendance', 'attendance'),
  ...subjects.flatMap((subject) => [target(subject), grade('RP1', subject)]),
];
// Ann: PP, SEN support, 86% attendance, on target in all three; Ben: none of those, below target in all three.
const body = [
  ['Ann', 'Y', 'K', 86, ...[5, 5], ...[5, 6], ...[5, 5]],
  ['Ben', 'N', '', 97, ...[5, 4], ...[5, 4], ...[5, 3]],
];

describe('the pupil lists on the report sheet', () => {
  const plan = reportSheetPlan(buildReport(tracker(specs, body)), { sourceSheet: 'Y10', date: '2026-03-20', existingSheetNames: ['Y10'] });

  it("add a Groups column with the pupil's groups, and leave it empty for a pupil in none", () => {
    const praise = tableAt(plan, 'Praise at RP1: on or above target in at least 3 subjects');
    expect(praise.body.map((row) => [row[columnIn(praise, 'Pupil')], row[columnIn(praise, 'Groups')]])).toEqual([
      ['Ann', 'PP, SEND (E, K), Persistently absent'],
    ]);
    const under = tableAt(plan, 'Underachieving at RP1: below target in at least 3 subjects');
    expect(under.body.map((row) => [row[columnIn(under, 'Pupil')], row[columnIn(under, 'Groups')]])).toEqual([['Ben', '']]);
  });
});
