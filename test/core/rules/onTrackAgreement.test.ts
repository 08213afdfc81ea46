/**
 * The traffic-light formulas against ON_TRACK itself. Each rule's formula is typed into a real
 * formula engine (HyperFormula) and spread over a sheet of grades the way a conditional format
 * spreads (see ruleGrid.ts); wherever ON_TRACK gives a status, exactly that status's rule must be
 * true, and wherever it gives blank or an error, no rule may be true. One target column
 * broadcasts across every current column, as in F2:H300 against E2:E300.
 *
 * The same formula text goes to Excel and to Sheets. Where HyperFormula differs from them, the
 * formula does not depend on the difference: HyperFormula (like Sheets) reads "" as 0 in
 * arithmetic where Excel gives #VALUE!, and turns 16/3 into text with 16 digits where Excel and
 * Sheets use 15; blank text fails the formula either way, and it checks at most 15 characters.
 */
import { describe, expect, it } from 'vitest';
import { allBuiltInGradeLabels, STATUSES } from '../../../core';
import { compare, disagreements, evaluate, expectedColour } from './agreement';
import { ISSUE_EXTRAS, LABELS, sample } from './gradeSamples';

/** Awkward text and numbers beyond the issue's list, each against a few anchors both ways. */
const EDGES = [
  '1E0',
  '50%',
  '$5',
  '£5',
  '6:00',
  '1/1/1900',
  '1,5',
  '1 1/2',
  '4.5+',
  '5+x',
  '5/4x',
  '55',
  '9/10',
  '0/1',
  '1-0',
  '0+',
  '0-',
  '0=',
  '1-',
  '1=',
  '9=',
  '5=',
  '5==',
  'A**',
  'A*A',
  'L2D *',
  'L1D*',
  'H',
  '*',
  '?',
  'x',
  'xx',
  'DIST',
  'A star',
  'TRUE',
  '#N/A',
  '=1',
  '2+',
  '3/0',
  '3--1',
  '.',
  '+',
  '++5',
  '00',
  '-0',
  '5.3333333',
  '5.33333333333333',
  '0.25',
  '9.25',
  '9.3333333',
  '9.34',
  11 / 12,
  1 / 12,
  0.25,
  9.25,
  112 / 12,
  113 / 12,
  -0.5,
  1000,
  // Once known differences, closed in the core: number text with a dot at either end, spelt-out
  // vocational grades (read as their codes by both since issue 11), numbers a hair above 9+ or too small to be a grade.
  '.5',
  '5.',
  '+.5',
  'Level 2 Merit',
  'L2 Distinction*',
  9.3333334,
  1e-9,
  // Numbers at the edges of the range, read as more than 9+ or as U before issue 14, and number text with a space inside.
  '9.41666666',
  113 / 12 - 1e-8,
  '0.00000001',
  '4 .5',
  '+ 5',
].map(sample);
const ANCHORS = ['5', 'U', '9+', 'L1P', '5/4', '4-'].map(sample);

/** Grades a whole third, half or quarter apart, to walk every tolerance boundary. */
const LADDER = [
  ...allBuiltInGradeLabels().filter((label) => /^[1-9][+-]?$/.test(label)),
  'U',
  '5/4',
  '5-4',
  '9/8',
  'L1P',
  'A*',
  'B',
  4.5,
  // Whole grades typed as numbers, which the rules compare without reading them.
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9],
].map(sample);

describe('the rules agree with ON_TRACK', () => {
  it('for every pair from the full grade list, blanks, 0, junk, no-grade marks, numbers and spellings (tolerance 0)', () => {
    const samples = [...LABELS, ...ISSUE_EXTRAS];
    expect(samples.length).toBeGreaterThan(100);
    const { mismatches, timesShown } = compare(samples, samples, 0);
    expect(mismatches.slice(0, 20)).toEqual([]);
    // Every rule fires many times, and blank (no rule) is common too: no rule passes by never firing.
    for (const colour of [...STATUSES, '']) expect(timesShown.get(colour), colour).toBeGreaterThan(100);
  }, 180_000);

  it.each([0.34, 0.33, 0.3, 0.25, 1, 1.5, 9])('at tolerance %s, for every pair of grades a third, half or quarter apart', (tolerance) => {
    expect(disagreements(LADDER, LADDER, tolerance)).toEqual([]);
  });

  it('for awkward text and numbers, as the grade and as the target', () => {
    expect(disagreements(EDGES, ANCHORS, 0)).toEqual([]);
    expect(disagreements(ANCHORS, EDGES, 0)).toEqual([]);
  });
});

/**
 * Where the formula knowingly reads a cell differently from the core, each with the reason. The
 * first list would need core changes to close (see the report); the rest are not worth the
 * formula length they would cost. Each is checked both ways: the formula shows what is written
 * here, and ON_TRACK still answers differently, so a fix on either side retires the entry.
 */
describe('known differences from ON_TRACK', () => {
  const TARGETS = ['U', '1', '5', '9+'].map(sample);
  it.each([
    // Whitespace other than spaces (tab, no-break space): the core removes all of it; the formula only spaces.
    ['5\t', ['', '', '', '']],
    ['5\u00a0', ['', '', '', '']],
  ])('%j shows %j against U, 1, 5 and 9+', (value, colours) => {
    const { shown, onTrack } = evaluate([sample(value)], TARGETS, 0);
    expect(shown.map((row) => row[0])).toEqual(colours);
    expect(onTrack.map((row) => expectedColour(row[0]))).not.toEqual(colours);
  });
});
