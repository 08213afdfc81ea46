/** Combined groups: an overlapping group of 7 against everyone else, worked by hand; its name; and when the section is left out. */
import { describe, expect, it } from 'vitest';
import { prepareSections } from '../../../core/report/buildReport';
import { combinedGroupName } from '../../../core/report/combinedGroupName';
import { combinedGroupsReport } from '../../../core/report/combinedGroups';
import { col, grade, target, times, tracker, type ColumnSpec } from './support';

const SPECS: ColumnSpec[] = [
  col('Disadvantaged', 'disadvantaged'),
  col('Gender', 'gender'),
  col('Ethnicity', 'ethnicity'),
  target(),
  grade('RP1'),
  grade('RP2'),
];
// Target 5 for everyone; RP2 is not entered yet, so RP1 is the latest graded collection.
const pupil = (disadvantaged: string, gender: string, ethnicity: string, rp1: number) => [disadvantaged, gender, ethnicity, 5, rp1, ''];
const BODY = [
  // The group, disadvantaged White British boys (7): residuals -2, -1, -1, -1, 0, 0, +1.
  ...[3, 4, 4, 4, 5, 5, 6].map((rp1) => pupil('Y', 'M', 'White British', rp1)),
  // Everyone else (10): disadvantaged White British girls 0, 0, +1; non-disadvantaged White British boys 0, +1, -1;
  // disadvantaged Pakistani boys 0, 0; non-disadvantaged White British girls 0, 0.
  ...[5, 5, 6].map((rp1) => pupil('Y', 'F', 'WBRI', rp1)),
  ...[5, 6, 4].map((rp1) => pupil('N', 'M', 'White - British', rp1)),
  ...times(2, pupil('Y', 'M', 'Pakistani', 5)),
  ...times(2, pupil('', 'F', 'WBRI', 5)),
  // In neither group: a gender of X (not known), then a blank ethnicity.
  pupil('Y', 'X', 'WBRI', 9),
  pupil('Y', 'M', '', 9),
];
const GROUP = { conditions: ['disadvantaged', 'boys', 'ethnicity:WBRI'] };

const reportFor = (specs: ColumnSpec[], body: unknown[][], combinedGroups: { conditions: string[] }[]) =>
  combinedGroupsReport(prepareSections({ ...tracker(specs, body), settings: { combinedGroups } }));

describe('combined groups', () => {
  const result = reportFor(SPECS, BODY, [GROUP]);
  const report = result.ok ? result.value : null;
  const group = report!.groups[0]!;

  it('count the group, everyone else, and the pupils in neither', () => {
    expect([group.name, group.members, group.others, group.unknown]).toEqual(['Disadvantaged White British boys', 7, 10, 2]);
    expect(report!.notes).toEqual([
      'Disadvantaged White British boys: 2 pupils are in neither group, because the tracker does not give their gender or ethnicity ' +
        '(blank or unreadable).',
    ]);
    expect(group.collections.map((at) => at.collection)).toEqual(['RP1']);
  });

  it('work out shares on target and mean residuals as the gap tables do', () => {
    const at = group.latest!;
    // Group: 3 of 7 on or above target (0, 0, +1); mean residual (-2 - 1 - 1 - 1 + 0 + 0 + 1) / 7 = -4/7.
    expect(at.group).toMatchObject({ pupils: 7, compared: 7, small: true });
    expect(at.group.onTarget).toBeCloseTo(3 / 7, 12);
    expect(at.group.meanResidual).toBeCloseTo(-4 / 7, 12);
    // Everyone else: 9 of 10 on or above (only the -1 is below); mean residual (1 + 1 - 1) / 10 = 0.1.
    expect(at.rest).toMatchObject({ pupils: 10, compared: 10, small: false });
    expect(at.rest.onTarget).toBeCloseTo(0.9, 12);
    expect(at.rest.meanResidual).toBeCloseTo(0.1, 12);
    // Gaps are everyone else minus the group: 0.9 - 3/7 = 0.47143 on target; 0.1 - (-4/7) = 0.67143 grades.
    expect(at.onTargetGap).toBeCloseTo(0.9 - 3 / 7, 12);
    expect(at.residualGap.difference).toBeCloseTo(0.1 + 4 / 7, 12);
  });

  it("give Welch's 95% interval over one mean residual per pupil", () => {
    // Group variance: sum of squares 4 + 1 + 1 + 1 + 0 + 0 + 1 = 8, (8 - 7 * (4/7)^2) / 6 = (8 - 16/7) / 6 = 0.95238; / 7 = 0.136054.
    // Everyone else: sum of squares 3, (3 - 10 * 0.1^2) / 9 = 0.32222; / 10 = 0.032222.
    // SE = sqrt(0.136054 + 0.032222) = 0.410215. df = 0.168277^2 / (0.136054^2 / 6 + 0.032222^2 / 9) = 8.8477.
    // t(0.975, 8.8477) = 2.26811 (between the tables' 2.306 at 8 and 2.262 at 9); margin 2.26811 * 0.410215 = 0.93041.
    // 95% CI 0.67143 - 0.93041 = -0.25898 to 0.67143 + 0.93041 = 1.60184: it includes 0, so no clear difference.
    const gap = group.latest!.residualGap;
    expect(gap.interval!.low).toBeCloseTo(-0.25898, 4);
    expect(gap.interval!.high).toBeCloseTo(1.60184, 4);
    expect(gap.interval!.df).toBeCloseTo(8.8477, 3);
    expect(gap.verdict).toBe('no clear difference');
    expect(group.sentence).toBe(
      'No clear difference in mean residual between disadvantaged White British boys and everyone else at RP1: ' +
        '0.67 grades (95% CI -0.26 to 1.60).',
    );
  });

  it('carry the small-group caution under 10 pupils', () => {
    expect(group.caution).toBe('Fewer than 10 pupils in the Disadvantaged White British boys group at RP1: read with caution.');
  });
});

describe('combinedGroupName', () => {
  it('puts describing words first, then the ethnicity, then who, then any phrase that follows', () => {
    const names = [
      [['boys', 'ethnicity:WBRI', 'disadvantaged'], 'Disadvantaged White British boys'],
      [['low', 'send', 'girls'], 'SEND girls with low prior attainment'],
      [['ethnicity:WOTH', 'pp'], 'PP pupils from any other White background'],
      [['persistentAbsent', 'effortConcern'], 'Persistently absent pupils whose effort is a concern'],
      [['notPp', 'girls'], 'Non-PP girls'],
    ] as const;
    expect(names.map(([conditions]) => combinedGroupName(conditions))).toEqual(names.map(([, name]) => name));
  });
});

describe('combined groups are left out', () => {
  it('when no combined group is set', () => {
    expect(reportFor(SPECS, BODY, [])).toEqual({
      ok: false,
      leftOut: {
        section: 'Combined groups',
        because: "no combined groups are set: choose up to three groups in the panel's report settings",
      },
    });
  });

  it('when the tracker lacks a column a condition needs, saying which', () => {
    const noEthnicity = SPECS.filter((spec) => spec.role !== 'ethnicity');
    const body = BODY.map((row) => row.filter((_, c) => c !== 2));
    expect(reportFor(noEthnicity, body, [GROUP])).toEqual({
      ok: false,
      leftOut: { section: 'Combined groups', because: 'the tracker has no ethnicity column (for Disadvantaged White British boys)' },
    });
  });

  it('keeping the groups the tracker can support and naming the one it cannot', () => {
    const result = reportFor(SPECS, BODY, [GROUP, { conditions: ['pp', 'girls'] }]);
    expect(result.ok && result.value.groups.map((entry) => entry.name)).toEqual(['Disadvantaged White British boys']);
    expect(result.ok && result.value.notes).toContain(
      'The tracker has no Pupil premium (PP) column (for PP girls), so that group is left out.',
    );
  });
});
