import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SAMPLE_SEED, generateSchool } from '../../../core/sample';
import { allPupils, defaultSchool, share, threeSigma } from './support';

describe('generateSchool: determinism', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives an identical school for the same seed, and a different one for another seed', () => {
    const again = generateSchool({ seed: DEFAULT_SAMPLE_SEED });
    expect(JSON.stringify(again)).toBe(JSON.stringify(defaultSchool()));
    const other = generateSchool({ seed: DEFAULT_SAMPLE_SEED + 1 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(defaultSchool()));
    expect(JSON.stringify(generateSchool({ seed: 'another school' }))).not.toBe(JSON.stringify(defaultSchool()));
  });

  it('gives the same Year 10 whichever other years are generated', () => {
    const onlyYear10 = generateSchool({ years: [10] }).yearGroups[0];
    expect(onlyYear10).toEqual(defaultSchool().yearGroups.find((group) => group.year === 10));
  });

  it('uses neither Math.random nor engine-dependent maths, so every machine gets the same school', () => {
    // Math.log, exp, cos, sin and pow may differ in the last bit between engines; + - * / and imul cannot.
    for (const name of ['random', 'log', 'exp', 'cos', 'sin', 'pow'] as const) {
      vi.spyOn(Math, name).mockImplementation(() => {
        throw new Error(`Math.${name} was called`);
      });
    }
    expect(() => generateSchool({ seed: 99, years: [7, 11] })).not.toThrow();
  });
});

describe('generateSchool: year groups, classes and ids', () => {
  it('has 180 pupils in each of Y7-Y11 by default, in six classes of 30 (7A-7F...)', () => {
    const school = defaultSchool();
    expect(school.yearGroups.map((group) => group.year)).toEqual([7, 8, 9, 10, 11]);
    for (const group of school.yearGroups) {
      expect(group.pupils).toHaveLength(180);
      expect(group.pupils.every((pupil) => pupil.year === group.year)).toBe(true);
      const classes = new Map<string, number>();
      for (const pupil of group.pupils) classes.set(pupil.classGroup, (classes.get(pupil.classGroup) ?? 0) + 1);
      expect([...classes.keys()]).toEqual(['A', 'B', 'C', 'D', 'E', 'F'].map((letter) => `${group.year}${letter}`));
      expect([...classes.values()]).toEqual([30, 30, 30, 30, 30, 30]);
    }
  });

  it('lists pupils by class, then surname and forename, as a tracker does', () => {
    for (const { pupils } of defaultSchool().yearGroups) {
      const keys = pupils.map((p) => [p.classGroup, p.surname, p.forename]);
      const sorted = [...keys].sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : a.join('\u0000') > b.join('\u0000') ? 1 : 0));
      expect(keys).toEqual(sorted);
    }
  });

  it('gives every pupil a unique UPN-like id that cannot be a real UPN', () => {
    const pupils = allPupils(defaultSchool());
    // A real UPN is a check letter, a 3-digit LA code, ... LA code 000 belongs to no local authority.
    for (const pupil of pupils) expect(pupil.upn).toMatch(/^X000\d{9}$/);
    expect(new Set(pupils.map((pupil) => pupil.upn)).size).toBe(pupils.length);
  });

  it('makes a 2,000-pupil year for the benchmark, with unique ids and 67 classes of at most 30', () => {
    const big = generateSchool({ pupilsPerYear: 2000, years: [10] });
    const pupils = big.yearGroups[0]!.pupils;
    expect(pupils).toHaveLength(2000);
    expect(new Set(pupils.map((pupil) => pupil.upn)).size).toBe(2000);
    const classes = new Set(pupils.map((pupil) => pupil.classGroup));
    expect(classes.size).toBe(Math.ceil(2000 / 30));
    // PP again within 3 sd, now for n = 2,000.
    expect(Math.abs(share(pupils, (p) => p.pp) - 0.3)).toBeLessThan(threeSigma(0.3, 2000));
  });

  it('explains bad options instead of guessing', () => {
    expect(() => generateSchool({ pupilsPerYear: 0 })).toThrow(/pupilsPerYear must be at least 1/);
    expect(() => generateSchool({ years: [6] })).toThrow(/years run from 7 to 11/);
    expect(() => generateSchool({ years: [7, 7] })).toThrow(/listed once/);
    expect(() => generateSchool({ seed: 1.5 })).toThrow(/seed must be a whole number/);
  });
});

describe('generateSchool: group flags and KS2', () => {
  // n = 900 pupils with independent draws: a share within 3 binomial sd of its rate (e.g. PP
  // 0.30 +- 0.046) fails by chance about 0.3% of the time, and these seeds are fixed.
  const seeds = [DEFAULT_SAMPLE_SEED, 1, 2];
  const rates: Array<[string, number, (p: ReturnType<typeof allPupils>[number]) => boolean]> = [
    ['PP', 0.3, (p) => p.pp],
    ['SEN support (K)', 0.12, (p) => p.send === 'K'],
    ['EHC plan (E)', 0.02, (p) => p.send === 'E'],
    ['EAL', 0.15, (p) => p.eal],
    ['girls', 0.5, (p) => p.gender === 'F'],
  ];

  for (const seed of seeds) {
    it(`has national-like shares for seed ${seed}`, () => {
      const pupils = allPupils(seed === DEFAULT_SAMPLE_SEED ? defaultSchool() : generateSchool({ seed }));
      for (const [label, rate, test] of rates) {
        expect(Math.abs(share(pupils, test) - rate), label).toBeLessThan(threeSigma(rate, pupils.length));
      }
    });
  }

  it('keeps the flags consistent: disadvantaged includes PP plus a few, FSM6 pupils are PP', () => {
    const pupils = allPupils(defaultSchool());
    expect(pupils.every((p) => !p.pp || p.disadvantaged)).toBe(true);
    expect(pupils.every((p) => !p.fsm6 || p.pp)).toBe(true);
    expect(pupils.some((p) => p.disadvantaged && !p.pp)).toBe(true);
    expect(pupils.some((p) => p.fsm6) && pupils.some((p) => p.pp && !p.fsm6)).toBe(true);
  });

  it('has KS2 scores from 80 to 120 centred near 104, lower for PP, with a few blanks', () => {
    const pupils = allPupils(defaultSchool());
    const scores = pupils.flatMap((p) => [p.ks2Reading, p.ks2Maths]).filter((s): s is number => s !== null);
    for (const score of scores) expect(Number.isInteger(score) && score >= 80 && score <= 120).toBe(true);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / scores.length);
    // National KS2 means are about 104-105 with a spread of about 6-7 scaled-score points.
    expect(mean).toBeGreaterThan(102);
    expect(mean).toBeLessThan(106);
    expect(sd).toBeGreaterThan(5);
    expect(sd).toBeLessThan(9);
    const meanMaths = (group: typeof pupils) => {
      const maths = group.map((p) => p.ks2Maths).filter((s): s is number => s !== null);
      return maths.reduce((a, b) => a + b, 0) / maths.length;
    };
    expect(meanMaths(pupils.filter((p) => !p.pp)) - meanMaths(pupils.filter((p) => p.pp))).toBeGreaterThan(1);
    const missed = share(pupils, (p) => p.ks2Reading === null && p.ks2Maths === null);
    expect(missed).toBeGreaterThan(0);
    expect(missed).toBeLessThan(0.1);
  });

  it('puts some pupils on each intervention programme, and most on none', () => {
    const pupils = allPupils(defaultSchool());
    expect(new Set(pupils.map((p) => p.intervention))).toEqual(new Set(['', 'Tutoring', 'Reading catch-up']));
    expect(share(pupils, (p) => p.intervention === '')).toBeGreaterThan(0.7);
  });
});
