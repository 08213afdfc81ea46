/**
 * Issue 11's note on missing Progress 8. The DfE published no Progress 8 for 2024/25 or 2025/26: those
 * year groups sat no KS2 tests (2020 and 2021 were cancelled). A report told the year group sits its
 * GCSEs in 2025 or 2026, or one where no pupil has KS2, shows no Progress 8 anywhere, says why, and
 * keeps Attainment 8 and the CAT4-based prior attainment bands.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, reportHeadline } from '../../../core/report';
import { col, grade, tracker } from './support';
import { BODY, SPECS, twelvePupils } from './twelvePupils';

const COVID =
  'The DfE published no Progress 8 for 2024/25 or 2025/26, as those year groups sat no KS2 tests ' +
  '(cancelled in 2020 and 2021 because of COVID-19).';

/** The 12 pupils with a CAT4 mean SAS column (95 for every pupil) after KS2, and KS2 as given. */
function withCat4(ks2: (score: unknown) => unknown) {
  const specs = [...SPECS.slice(0, 4), col('CAT4 Mean SAS', 'cat4'), ...SPECS.slice(4)];
  const body = BODY.map((row) => [row[0], row[1], ks2(row[2]), ks2(row[3]), 95, ...row.slice(4)]);
  return tracker(specs, body);
}

function expectNoProgress8(report: ReturnType<typeof buildReport>): void {
  expect(report.attainment!.progress8).toBeNull();
  expect(report.attainment!.gap!.progress8).toBeNull();
  for (const row of report.headlines!.rows) expect(row.progress8).toBeNull();
  expect(reportHeadline(report).progress8).toBeNull();
  expect(reportHeadline(report).lines.join(' ')).not.toContain('Progress 8');
  // Attainment 8 stays: 523 / 12 as in the hand-computed cohort.
  expect(report.attainment!.attainment8.mean).toBeCloseTo(523 / 12, 9);
}

describe('a year group with no Progress 8 anyone can check', () => {
  it('shows none for a year group sitting GCSEs in 2025, even with KS2 numbers in the tracker, and says why', () => {
    const report = buildReport({ ...twelvePupils(), settings: { examYear: 2025 } });
    expectNoProgress8(report);
    expect(report.attainment!.progress8Notes).toEqual([
      `No Progress 8: this year group sits its GCSEs in 2025. ${COVID} Attainment 8 is shown instead, and prior attainment is ` +
        'banded on CAT4 where the tracker has a CAT4 mean SAS column: add one to see the bands.',
    ]);
  });

  it('shows none for 2026 either, naming how many pupils are banded on CAT4 instead', () => {
    const report = buildReport({ ...withCat4(() => ''), settings: { examYear: 2026 } });
    expectNoProgress8(report);
    expect(report.attainment!.progress8Notes[0]).toMatch(/^No Progress 8: this year group sits its GCSEs in 2026\. /);
    expect(report.attainment!.progress8Notes[0]).toMatch(/banded on CAT4 for 12 pupils\.$/);
    // The CAT4 bands are in the group tables: SAS 95 is the middle band (90-110) for all 12.
    const summer = report.byCollection.find((collection) => collection.collection === 'Summer')!;
    const prior = summer.groups.families.find((family) => family.family === 'prior')!;
    expect(prior.groups.map((group) => [group.key, group.figures.pupils])).toEqual([
      ['low', 0],
      ['middle', 12],
      ['high', 0],
    ]);
  });

  it('bands a 2025 year group on CAT4, not on the numbers in its KS2 column', () => {
    // From KS2 pupils 2 and 7 (110) would be high and 10 middle; on CAT4 (SAS 95 for all) every pupil is middle.
    const report = buildReport({ ...withCat4((score) => score), settings: { examYear: 2025 } });
    expectNoProgress8(report);
    const summer = report.byCollection.find((collection) => collection.collection === 'Summer')!;
    const prior = summer.groups.families.find((family) => family.family === 'prior')!;
    expect(prior.groups.map((group) => group.figures.pupils)).toEqual([0, 12, 0]);
    expect(report.attainment!.progress8Notes[0]).toMatch(/banded on CAT4 for 12 pupils\.$/);
    const withoutYear = buildReport(withCat4((score) => score));
    const bands = withoutYear.byCollection[0]!.groups.families.find((family) => family.family === 'prior')!;
    expect(bands.groups.map((group) => group.figures.pupils)).toEqual([0, 10, 2]);
  });

  it('without the year, decides from KS2: a KS2 column with no scores gives the note, not a Progress 8', () => {
    const report = buildReport(withCat4(() => ''));
    expectNoProgress8(report);
    expect(report.attainment!.progress8Notes).toEqual([
      `No Progress 8: no pupil has a KS2 score, and Progress 8 is measured from KS2. ${COVID} Attainment 8 is shown instead, ` +
        'and prior attainment is banded on CAT4 for 12 pupils.',
    ]);
  });

  it('a tracker with no KS2 column at all says the same', () => {
    const specs = SPECS.filter((spec) => !spec.role.startsWith('ks2'));
    const report = buildReport(
      tracker(
        specs,
        BODY.map((row) => [row[0], row[1], ...row.slice(4)]),
      ),
    );
    expectNoProgress8(report);
    expect(report.attainment!.progress8Notes[0]).toMatch(/^No Progress 8: no pupil has a KS2 score/);
  });

  it('a year group sitting GCSEs in 2024 or 2027 gets its Progress 8 as usual', () => {
    for (const examYear of [2024, 2027]) {
      const report = buildReport({ ...twelvePupils(), settings: { examYear } });
      expect(report.attainment!.progress8).toMatchObject({ pupils: 11, mean: expect.closeTo(0.334 / 11, 9) });
    }
  });

  it('refuses an exam year that is not a year, saying what to type', () => {
    const grades = [grade('Summer', 'Maths'), grade('Summer', 'Art')];
    expect(() => buildReport({ ...tracker(grades, [[5, 6]]), settings: { examYear: 25 } })).toThrow(/examYear runs from 2017/);
    expect(() => buildReport({ ...tracker(grades, [[5, 6]]), settings: { examYear: 2025.5 } })).toThrow(/examYear must be a year/);
  });
});
