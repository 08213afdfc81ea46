/**
 * The per-group figures of one grade column and of a collection: counts, shares, share on target, mean
 * residual, every group family, empty groups, everyone in one group, missing collections, bad cells.
 * Every expected value is worked out in the comments from the fixture below (targets are 5).
 */
import { describe, expect, it } from 'vitest';
import { buildReport, type GroupTable } from '../../../core/report';
import { col, grade, handLayout, target, tracker } from './support';

const SPECS = [
  col('Name', 'name'),
  col('PP', 'pp'),
  col('SEND', 'send'),
  col('Gender', 'gender'),
  col('KS2 Reading', 'ks2Reading'),
  col('KS2 Maths', 'ks2Maths'),
  target(),
  grade('RP1'),
  grade('RP2'),
];
// RP1 against 5:      status      residual  band (KS2 mean)
const BODY = [
  ['A', 'Y', 'N', 'F', 95, 97, 5, 6, ''], //   Above       +1        low (96)
  ['B', 'Y', 'K', 'M', 100, 100, 5, 5, ''], // On          0         middle (100)
  ['C', 'N', 'E', 'F', 109, 110, 5, 4, ''], // Below       -1        middle (109.5)
  ['D', 'N', '', 'M', 110, 110, 5, 3, ''], //  Well below  -2        high (110)
  ['E', 'N', 'N', 'F', '', 112, 5, '5+', ''], // Above     +1/3      high (maths only: 112)
  ['F', 'N', 'N', 'X', '', '', 5, '', ''], //  no grade              no band
  ['G', '', 'N', 'F', 104, 104, '', 6, ''], // grade, no target      middle (104)
];

const report = buildReport(tracker(SPECS, BODY));
const rp1 = report.byCollection.find((entry) => entry.collection === 'RP1')!.groups;
const family = (table: GroupTable, id: string) => table.families.find((entry) => entry.family === id)!;
const groupOf = (table: GroupTable, id: string, key: string) => family(table, id).groups.find((group) => group.key === key)!.figures;

describe('all pupils at one collection', () => {
  it('counts pupils with a grade (6: all but F) and grades compared with a target (5: not G)', () => {
    expect(report.pupils).toBe(7);
    expect(rp1.all.pupils).toBe(6);
    expect(rp1.all.compared).toBe(5);
  });

  it('counts and shares each status: Above 2 (A, E), On 1, Below 1, Well below 1', () => {
    expect(rp1.all.counts).toEqual({ Above: 2, On: 1, Below: 1, 'Well below': 1 });
    expect(rp1.all.shares).toEqual({ Above: 0.4, On: 0.2, Below: 0.2, 'Well below': 0.2 });
    expect(rp1.all.onTarget).toBeCloseTo(0.6, 12);
  });

  it('means the residuals in grades: (1 + 0 - 1 - 2 + 1/3) / 5 = -1/3', () => {
    expect(rp1.all.meanResidual).toBeCloseTo(-1 / 3, 12);
    expect(rp1.all.small).toBe(true);
  });

  it('gives a one-subject sheet the same figures per column as per collection', () => {
    const column = report.byColumn.find((entry) => entry.collection === 'RP1')!;
    expect(column.groups).toEqual(rp1);
    expect(column).toMatchObject({ letter: 'H', label: 'RP1', subject: null, targetLetter: 'G' });
  });
});

describe('every group family', () => {
  it('lists the families the tracker has columns for, prior attainment from KS2', () => {
    expect(report.families).toEqual(['pp', 'send', 'gender', 'prior']);
  });

  it('PP (A, B) against not PP (C-G; a blank flag is not PP), and the gap rest minus PP', () => {
    expect(groupOf(rp1, 'pp', 'pp')).toMatchObject({ pupils: 2, compared: 2, onTarget: 1, meanResidual: 0.5 });
    const rest = groupOf(rp1, 'pp', 'notPp');
    expect(rest).toMatchObject({ pupils: 4, compared: 3 });
    expect(rest.onTarget).toBeCloseTo(1 / 3, 12);
    expect(rest.meanResidual).toBeCloseTo(-8 / 9, 12); // (-1 - 2 + 1/3) / 3
    const gap = family(rp1, 'pp').gap!;
    expect(gap.onTarget).toBeCloseTo(1 / 3 - 1, 12); // negative: PP pupils are ahead
    expect(gap.meanResidual).toBeCloseTo(-8 / 9 - 0.5, 12);
    expect(gap.small).toBe(true);
    // PP residuals 1, 0 (variance 0.5); the rest -1, -2, 1/3 (variance 111/81): an interval exists.
    expect(gap.interval).not.toBeNull();
  });

  it('SEND: E and K (C, B) against none (N or blank)', () => {
    expect(groupOf(rp1, 'send', 'send')).toMatchObject({ pupils: 2, onTarget: 0.5, meanResidual: -0.5 });
    const none = groupOf(rp1, 'send', 'noSend');
    expect(none.onTarget).toBeCloseTo(2 / 3, 12); // A, E on or above; D well below
    expect(none.meanResidual).toBeCloseTo(-2 / 9, 12);
  });

  it('girls against boys; X is in neither group', () => {
    expect(groupOf(rp1, 'gender', 'boys')).toMatchObject({ pupils: 2, compared: 2, onTarget: 0.5, meanResidual: -1 });
    const girls = groupOf(rp1, 'gender', 'girls');
    expect(girls).toMatchObject({ pupils: 4, compared: 3 });
    expect(girls.onTarget).toBeCloseTo(2 / 3, 12);
  });

  it('prior attainment low / middle / high from the mean of KS2 reading and maths', () => {
    expect(groupOf(rp1, 'prior', 'low')).toMatchObject({ pupils: 1, onTarget: 1, meanResidual: 1 });
    expect(groupOf(rp1, 'prior', 'middle')).toMatchObject({ pupils: 3, compared: 2, onTarget: 0.5, meanResidual: -0.5 });
    expect(groupOf(rp1, 'prior', 'high')).toMatchObject({ pupils: 2, compared: 2, onTarget: 0.5 });
    expect(groupOf(rp1, 'prior', 'high').meanResidual).toBeCloseTo(-5 / 6, 12); // (-2 + 1/3) / 2
    expect(family(rp1, 'prior').gap).toBeNull();
  });

  it('moves pupils between bands when the school changes the cut-offs (96 is middle from 96; 109.5 is high from 109.5)', () => {
    const moved = buildReport({ ...tracker(SPECS, BODY), settings: { priorBands: { middleFrom: 96, highFrom: 109.5 } } });
    const table = moved.byCollection[0]!.groups;
    expect(groupOf(table, 'prior', 'low').pupils).toBe(0);
    expect(groupOf(table, 'prior', 'middle').pupils).toBe(3); // A, B, G
    expect(groupOf(table, 'prior', 'high').pupils).toBe(3); // C, D, E
  });

  it('uses a band column instead of KS2 when there is one', () => {
    const specs = [col('Name', 'name'), col('Band', 'priorBand'), target(), grade('RP1')];
    const banded = buildReport(
      tracker(specs, [
        ['A', 'H', 5, 5],
        ['B', 'L', 5, 4],
        ['C', 'Middle', 5, 6],
      ]),
    );
    const table = banded.byCollection[0]!.groups;
    expect(['low', 'middle', 'high'].map((key) => groupOf(table, 'prior', key).meanResidual)).toEqual([-1, 1, 0]);
  });
});

describe('edge cases', () => {
  it('an empty group has zero counts, no shares, no mean, and a caution; its gap has no figures', () => {
    const specs = [col('Name', 'name'), col('SEND', 'send'), target(), grade('RP1')];
    const none = buildReport(
      tracker(specs, [
        ['A', 'N', 5, 5],
        ['B', '', 5, 4],
      ]),
    );
    const table = none.byCollection[0]!.groups;
    expect(groupOf(table, 'send', 'send')).toEqual({
      pupils: 0,
      compared: 0,
      counts: { Above: 0, On: 0, Below: 0, 'Well below': 0 },
      shares: null,
      onTarget: null,
      meanResidual: null,
      small: true,
    });
    expect(family(table, 'send').gap).toMatchObject({ onTarget: null, meanResidual: null, interval: null, verdict: 'no data' });
    expect(none.trends[0]!.onTargetSentence).toBe('No SEND gap on target: no collection has grades and targets for both groups');
  });

  it('all pupils in one group: every figure of the group equals the whole cohort, and there is no gap', () => {
    const specs = [col('Name', 'name'), col('PP', 'pp'), target(), grade('RP1')];
    const all = buildReport(
      tracker(specs, [
        ['A', 'Y', 5, 5],
        ['B', 'Y', 5, 4],
        ['C', 'Y', 5, '6'],
      ]),
    );
    const table = all.byCollection[0]!.groups;
    expect(groupOf(table, 'pp', 'pp')).toEqual(table.all);
    expect(groupOf(table, 'pp', 'notPp').pupils).toBe(0);
    expect(family(table, 'pp').gap!.onTarget).toBeNull();
    expect(all.trends[0]!.points[0]!.gap).toBeNull();
  });

  it('a collection with no grades yet is listed, but the latest collection is the last with grades', () => {
    expect(report.collections).toEqual(['RP1', 'RP2']);
    expect(report.latest).toBe('RP1');
    const rp2 = report.byCollection.find((entry) => entry.collection === 'RP2')!.groups.all;
    expect(rp2).toMatchObject({ pupils: 0, compared: 0, onTarget: null, meanResidual: null });
    const pp = report.trends.find((trend) => trend.family === 'pp')!;
    expect(pp.points.map((point) => point.gap === null)).toEqual([false, true]);
    expect(pp.onTargetSentence).toBe('PP pupils are 67 points ahead on target at RP1 (no other collection to compare)');
  });

  it('a tracker with no pupils reports zeros and says no grades are in', () => {
    const empty = buildReport(tracker(SPECS, []));
    expect(empty).toMatchObject({
      pupils: 0,
      latest: null,
      families: [],
      trends: [],
      attainment: null,
      headlines: null,
      subjectComparison: null,
    });
    expect(empty.byCollection.map((entry) => entry.groups.all.pupils)).toEqual([0, 0]);
  });

  it('leaves out cells it cannot read and names the column, the row and the value', () => {
    const rows = BODY.map((row) => [...row]);
    rows[1]![7] = '5++';
    rows[2]![1] = 'maybe';
    const flawed = buildReport(tracker(SPECS, rows));
    expect(flawed.byCollection[0]!.groups.all.compared).toBe(4); // B's grade is left out
    expect(groupOf(flawed.byCollection[0]!.groups, 'pp', 'notPp').pupils).toBe(3); // C is in neither PP group
    expect(flawed.warnings).toEqual([
      "PP (column B): 1 cell is not a Pupil premium marker (first in row 4: 'maybe'), so it is left out. " +
        'Correct it and build the report again.',
      "RP1 (column H): 1 cell is not a grade (first in row 3: '5++'), so it is left out. Correct it and build the report again.",
    ]);
  });

  it('applies the tolerance as ON_TRACK does: with 0.34, 5- is On for a 5', () => {
    const specs = [col('Name', 'name'), target(), grade('RP1')];
    const rows = [
      ['A', 5, '5-'],
      ['B', 5, '4+'],
    ];
    expect(buildReport(tracker(specs, rows)).byCollection[0]!.groups.all.counts).toEqual({ Above: 0, On: 0, Below: 2, 'Well below': 0 });
    expect(buildReport({ ...tracker(specs, rows), settings: { tolerance: 0.34 } }).byCollection[0]!.groups.all.counts).toEqual({
      Above: 0,
      On: 1,
      Below: 1,
      'Well below': 0,
    });
  });

  it('reads a used range that starts below row 1 and right of column A', () => {
    const shifted = buildReport({
      layout: handLayout(SPECS, 4, 2),
      rows: [SPECS.map((spec) => spec.header), ...BODY],
      origin: { firstRow: 4, firstColumn: 2 },
    });
    expect(shifted.byCollection).toEqual(report.byCollection);
    expect(shifted.byColumn[0]!.letter).toBe('J');
  });

  it('rejects bad settings with a message that says what to fix', () => {
    expect(() => buildReport({ ...tracker(SPECS, BODY), settings: { tolerance: -1 } })).toThrow(/tolerance cannot be negative/);
    expect(() => buildReport({ ...tracker(SPECS, BODY), settings: { priorBands: { middleFrom: 110, highFrom: 100 } } })).toThrow(
      /middle band must start below the high band/,
    );
  });
});
