/**
 * Issue 11's EBacc and Attainment 8 element headlines on the hand-computed 12-pupil cohort
 * (twelvePupils.ts has every grade and, for the science variant, every pillar and APS by hand), and the
 * EBacc pillars read from the table of qualifications. Rules and sources: core/report/ebacc.ts.
 */
import { describe, expect, it } from 'vitest';
import { findQualification, QUALIFICATIONS } from '../../../core/attainment8/qualifications';
import { PER_GRADE } from '../../../core/grades/twelfths';
import { buildReport, ebaccPillar, pupilEbacc, reportHeadline, type Pillar } from '../../../core/report';
import { twelvePupils, twelvePupilsWithScience } from './twelvePupils';

const rowsOf = (report: ReturnType<typeof buildReport>) => (label: string) =>
  report.headlines!.rows.find((candidate) => candidate.label === label)!;

describe('the EBacc measures of the 12 pupils with science', () => {
  const row = rowsOf(buildReport(twelvePupilsWithScience()));

  it('counts EBacc entry: every pupil but 12, who has only two single sciences', () => {
    expect([row('All pupils').ebaccEntry, row('PP').ebaccEntry, row('Not PP').ebaccEntry]).toEqual([11 / 12, 1, 6 / 7]);
  });

  it('counts EBacc at 9-4: pupils 1, 2, 4, 5, 7, 8 and 10', () => {
    // PP (1, 3, 6, 9, 11): only pupil 1; not PP (2, 4, 5, 7, 8, 10, 12): all but 12.
    expect([row('All pupils').ebacc4, row('PP').ebacc4, row('Not PP').ebacc4]).toEqual([7 / 12, 1 / 5, 6 / 7]);
  });

  it('counts EBacc at 9-5: the 9-4 pupils but 4, whose combined science 5-4 is not 5-5', () => {
    expect([row('All pupils').ebacc5, row('PP').ebacc5, row('Not PP').ebacc5]).toEqual([6 / 12, 1 / 5, 5 / 7]);
  });

  it('averages the EBacc APS over every pupil, 0 for a pillar not taken', () => {
    // Totals 37 + 47 + 23 + 30 + 37 + 25 + 41 + 30 + 0 + 50 + 25 + 26 = 371, each over 6, then over 12 pupils.
    expect(row('All pupils').ebaccAps).toBeCloseTo(371 / 6 / 12, 9); // 5.152778
    // PP: 37 + 23 + 25 + 0 + 25 = 110, over 6 and 5 pupils; not PP: 371 - 110 = 261, over 6 and 7.
    expect(row('PP').ebaccAps).toBeCloseTo(110 / 6 / 5, 9); // 3.666667
    expect(row('Not PP').ebaccAps).toBeCloseTo(261 / 6 / 7, 9); // 6.214286
  });

  it("previews all pupils' EBacc shares and APS", () => {
    const lines = reportHeadline(buildReport(twelvePupilsWithScience())).lines;
    expect(lines).toContain('Projected EBacc: 58% at grade 4+, 50% at grade 5+');
    expect(lines).toContain('Projected EBacc average point score: 5.15');
  });
});

describe('the EBacc measures of the 12 pupils without a science column', () => {
  const report = buildReport(twelvePupils());
  const row = rowsOf(report);

  it('gives no EBacc figure, since every pupil would score 0 in science, and says why', () => {
    expect(row('All pupils')).toMatchObject({ ebaccEntry: null, ebacc4: null, ebacc5: null, ebaccAps: null });
    expect(report.headlines!.notes).toContain('EBacc entry needs columns for a science.');
    expect(reportHeadline(report).ebacc).toBeNull();
  });
});

describe("the 12 pupils' Attainment 8 elements", () => {
  const report = buildReport(twelvePupils());
  const row = rowsOf(report);

  it('averages each element per group, from the element points in twelvePupils.ts', () => {
    // English 14 + 16 + 8 + 12 + 14 + 8 + 14 + 10 + 0 + 18 + 10 + 14 = 138; PP (1, 3, 6, 9, 11) 14 + 8 + 8 + 0 + 10 = 40.
    // Maths 14 + 18 + 8 + 10 + 14 + 12 + 12 + 10 + 0 + 16 + 6 + 14 = 134; PP 14 + 8 + 12 + 0 + 6 = 40.
    // EBacc 11 + 15 + 7 + 10 + 13 + 8 + 14 + 10 + 0 + 16 + 8 + 12 = 124; PP 11 + 7 + 8 + 0 + 8 = 34.
    // Open 12 + 15 + 8 + 10 + 12 + 7 + 15 + 10 + 0 + 16 + 8 + 14 = 127; PP 12 + 8 + 7 + 0 + 8 = 35.
    const close = (value: number) => expect.closeTo(value, 9);
    expect(row('All pupils').attainment8Elements).toEqual({
      english: close(138 / 12),
      maths: close(134 / 12),
      ebacc: close(124 / 12),
      open: close(127 / 12),
    });
    expect(row('PP').attainment8Elements).toEqual({ english: close(8), maths: close(8), ebacc: close(34 / 5), open: close(7) });
    expect(row('Not PP').attainment8Elements).toEqual({
      english: close(98 / 7),
      maths: close(94 / 7),
      ebacc: close(90 / 7),
      open: close(92 / 7),
    });
  });

  it('has elements that add up to the average Attainment 8 of every group', () => {
    // 138 + 134 + 124 + 127 = 523, the A8 total in twelvePupils.ts; PP 40 + 40 + 34 + 35 = 149.
    for (const label of ['All pupils', 'PP', 'Not PP']) {
      const { english, maths, ebacc, open } = row(label).attainment8Elements!;
      expect(english + maths + ebacc + open).toBeCloseTo(row(label).averageAttainment8!, 9);
    }
  });

  it('previews the elements on one line', () => {
    // 138 / 12 = 11.5, 134 / 12 = 11.17, 124 / 12 = 10.33, 127 / 12 = 10.58.
    expect(reportHeadline(report).lines).toContain('Attainment 8 elements: English 11.5, maths 11.2, EBacc 10.3, open 10.6');
  });
});

describe('the EBacc pillars come from the table of qualifications', () => {
  it("reads exam boards' course titles for combined science, single sciences, humanities and languages", () => {
    const cases: [string, Pillar | null][] = [
      ['Combined Science A (Gateway)', 'combinedScience'],
      ['Twenty First Century Combined Science B', 'combinedScience'],
      ['Comb Science', 'combinedScience'],
      ['Combined Science: Trilogy', 'combinedScience'],
      ['Physics A (Gateway Science)', 'singleScience'],
      ['Computer Science', 'singleScience'],
      ['Core Science', 'pairedScience'],
      ['Additional Science', 'pairedScience'],
      ['Ancient History', 'humanity'],
      ['Geography B', 'humanity'],
      ['Mandarin', 'language'],
      ['Eng Lit', 'englishLiterature'],
      ['Art', null],
      ['Dutch', null],
      ['Underwater Basket Weaving', null],
    ];
    expect(cases.map(([name]) => [name, ebaccPillar(name)])).toEqual(cases);
  });

  it('gives every name in the table the pillar of its eligibility, and none to the open ones', () => {
    const pillarFor: Record<string, readonly (Pillar | null)[]> = {
      englishLanguage: ['englishLanguage'],
      englishLiterature: ['englishLiterature'],
      maths: ['maths'],
      ebaccScience: ['combinedScience', 'pairedScience', 'singleScience'],
      ebaccHumanities: ['humanity'],
      ebaccLanguage: ['language'],
      open: [null],
    };
    for (const entry of QUALIFICATIONS) {
      for (const name of entry.names) {
        const found = findQualification(name)!;
        expect(pillarFor[found.eligibility], name).toContain(ebaccPillar(name));
        if (found.doubleAward) expect(ebaccPillar(name), name).toBe('combinedScience');
      }
    }
  });
});

describe("one pupil's EBacc by the DfE's rules", () => {
  const g = (grade: number) => grade * PER_GRADE;
  const pillars: Pillar[] = ['englishLanguage', 'englishLiterature', 'maths', 'combinedScience', 'humanity', 'language'];

  it('needs both English GCSEs for entry, and scores English 0 in the APS with only one', () => {
    // Language 6 alone: English 0 + maths 6 + combined 6-6 (12) + history 6 + French 6 = 30, over 6 = 5.
    expect(pupilEbacc([g(6), NaN, g(6), g(6), g(6), g(6)], pillars)).toEqual({
      entered: false,
      achieved4: false,
      achieved5: false,
      aps: 5,
    });
  });

  it('credits the better science route when a pupil has both combined and single sciences', () => {
    const withSingles: Pillar[] = [...pillars, 'singleScience', 'singleScience', 'singleScience'];
    // Combined 3-3 fails 4+, but physics 6, chemistry 5 and biology 2 pass by two single sciences:
    // APS 5 + 5 + (6 + 5) + 5 + 5 = 31, over 6.
    const result = pupilEbacc([g(5), g(4), g(5), g(3), g(5), g(5), g(6), g(5), g(2)], withSingles);
    expect(result).toMatchObject({ entered: true, achieved4: true, achieved5: true });
    expect(result.aps).toBeCloseTo(31 / 6, 12);
  });
});
