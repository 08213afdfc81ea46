/**
 * Prior attainment bands from KS2 where a pupil has it, otherwise from a CAT4 mean SAS column
 * (role cat4), with the CAT4 cut-offs from the settings (low below 90, high above 110 by default),
 * and a note saying how many pupils were banded on each.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, checkReportSettings, type GroupTable } from '../../../core/report';
import { col, grade, target, tracker } from './support';

const SPECS = [
  col('Name', 'name'),
  col('KS2 Average', 'ks2Average'),
  col('Verbal SAS', 'cat4'),
  col('CAT4 Mean SAS', 'cat4'),
  target(),
  grade('RP1'),
];
// Band:                                          source
const BODY = [
  ['A', 95, 70, 120, 5, 5], //   low (KS2 95)     KS2, though CAT4 says high
  ['B', 112, '', '', 5, 5], //   high (KS2 112)   KS2
  ['C', '', 130, 85, 5, 5], //   low (SAS 85)     CAT4 mean, not verbal
  ['D', '', '', 90, 5, 5], //    middle (SAS 90)  CAT4
  ['E', '', '', 110, 5, 5], //   middle (SAS 110) CAT4
  ['F', '', '', 110.5, 5, 5], // high (SAS 110.5) CAT4
  ['G', '', '', '', 5, 5], //    no band
];

const family = (table: GroupTable) => table.families.find((entry) => entry.family === 'prior')!;
const pupilsIn = (table: GroupTable, key: string) => family(table).groups.find((group) => group.key === key)!.figures.pupils;

describe('prior attainment from CAT4 where KS2 is missing', () => {
  const report = buildReport(tracker(SPECS, BODY));
  const rp1 = report.byCollection[0]!.groups;

  it('bands on KS2 first, then the CAT4 mean SAS: low A, C; middle D, E; high B, F', () => {
    expect(pupilsIn(rp1, 'low')).toBe(2);
    expect(pupilsIn(rp1, 'middle')).toBe(2);
    expect(pupilsIn(rp1, 'high')).toBe(2);
  });

  it('notes how many pupils were banded on each', () => {
    const note = report.warnings.find((warning) => warning.startsWith('Prior attainment bands'));
    expect(note).toBe(
      'Prior attainment bands: 2 pupils banded on KS2 and 4 pupils on CAT4 Mean SAS (column D) ' +
        'where KS2 is missing (CAT4 low below 90, high above 110).',
    );
  });

  it('uses the cut-offs in the settings', () => {
    const moved = buildReport({ ...tracker(SPECS, BODY), settings: { cat4Bands: { middleFrom: 86, highAbove: 100 } } });
    const table = moved.byCollection[0]!.groups;
    expect(pupilsIn(table, 'low')).toBe(2); // A (KS2), C (85)
    expect(pupilsIn(table, 'middle')).toBe(1); // D (90)
    expect(pupilsIn(table, 'high')).toBe(3); // B (KS2), E, F
    expect(moved.warnings.some((warning) => warning.includes('CAT4 low below 86, high above 100'))).toBe(true);
  });

  it('bands on a lone CAT4 column when there is no KS2 at all, and logs a score that is not a SAS', () => {
    const specs = [col('Name', 'name'), col('CAT Mean', 'cat4'), target(), grade('RP1')];
    const only = buildReport(
      tracker(specs, [
        ['A', 80, 5, 5],
        ['B', 150, 5, 5],
        ['C', 'high', 5, 5],
      ]),
    );
    expect(pupilsIn(only.byCollection[0]!.groups, 'low')).toBe(1);
    expect(only.warnings.some((warning) => warning.includes('0 pupils banded on KS2 and 1 pupil on CAT Mean (column B)'))).toBe(true);
    expect(only.warnings.some((warning) => warning.includes('CAT4 standard age score'))).toBe(true);
  });

  it('a band column still wins, and no CAT4 note is given', () => {
    const specs = [col('Name', 'name'), col('Band', 'priorBand'), col('CAT4 Mean SAS', 'cat4'), target(), grade('RP1')];
    const banded = buildReport(tracker(specs, [['A', 'H', 80, 5, 5]]));
    expect(pupilsIn(banded.byCollection[0]!.groups, 'high')).toBe(1);
    expect(banded.warnings.some((warning) => warning.startsWith('Prior attainment bands'))).toBe(false);
  });

  it('a tracker with KS2 and no CAT4 column has no note', () => {
    const specs = [col('Name', 'name'), col('KS2 Average', 'ks2Average'), target(), grade('RP1')];
    expect(buildReport(tracker(specs, [['A', 100, 5, 5]])).warnings.some((w) => w.startsWith('Prior attainment bands'))).toBe(false);
  });

  it('CAT4 cut-offs are checked: 60 to 141, middle at or below the top', () => {
    expect(checkReportSettings({ cat4Bands: { middleFrom: 50 } })).toMatchObject({ ok: false });
    expect(checkReportSettings({ cat4Bands: { middleFrom: 115 } })).toMatchObject({ ok: false });
    expect(checkReportSettings({ cat4Bands: { highAbove: 115 } })).toMatchObject({
      ok: true,
      settings: { cat4Bands: { middleFrom: 90, highAbove: 115 } },
    });
  });
});
