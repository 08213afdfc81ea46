/**
 * Real formulas typed into a real formula engine (HyperFormula) over a 30-pupil tracker, for each
 * way a host passes cells. The core called directly with the same arrays is the reference: what
 * this proves is that the engine path (range arguments, spills, spills feeding other formulas,
 * blanks, errors) preserves the core's answers to the digit.
 */
import { describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../../core';
import { buildTrackerEngine, spellingsOf, type Host } from '../support/hyperformulaPlugin';
import { coreAnswers, TRACKER_FORMULAS, type Anchor } from './trackerFormulas';
import { at, expectedFrom, shownAt, spillAt, trackerGrid, typeFormulas } from './trackerSheet';

const HOSTS: Host[] = ['excel-web', 'excel-desktop', 'sheets'];
const ANCHORS = Object.keys(TRACKER_FORMULAS) as Anchor[];

describe.each(HOSTS)('the tracker with cells passed as %s passes them', (host) => {
  const grid = trackerGrid();
  const engine = buildTrackerEngine(grid, { host });
  typeFormulas(engine, TRACKER_FORMULAS);
  const expected = coreAnswers(grid, host);

  it.each(ANCHORS)('the formula in %s shows, cell by cell and in its full spill, what the core returns', (anchor) => {
    expect(spillAt(engine, anchor)).toEqual(expectedFrom(expected[anchor]));
  });

  it('spills one row per pupil, with a status column for each of RP1-RP3', () => {
    expect(spillAt(engine, 'R2')).toHaveLength(30);
    expect(spillAt(engine, 'R2').every((row) => row.length === 3)).toBe(true);
    expect(spillAt(engine, 'AF2')).toHaveLength(30);
  });

  it("reproduces the issue's worked example in row 2 (KS2 104/106 ... L2M)", () => {
    expect(shownAt(engine, at('AB2'))).toBe(5); // TARGET_GRADE({104,106}) = 5
    expect(shownAt(engine, at('AF2'))).toBe(55.5);
    expect(shownAt(engine, at('AH2'))).toBeCloseTo(1.0, 2);
    // Target 5: RP1 5- is a third of a grade under (Below), RP2 and RP3 are 5 (On).
    expect(spillAt(engine, 'R2')[0]).toEqual(['Below', 'On', 'On']);
  });

  it('spills the PP_GAP detail table with its caution, sized from the data', () => {
    const table = spillAt(engine, 'AJ4');
    expect(table[0]).toEqual(['Group', 'Pupils', 'Value']);
    // Counted from the grid: 9 pupils are flagged Y; of the 21 others, Quinn has no grades and
    // Xavier no target, so 19 have a status.
    expect(table.slice(1, 3).map((row) => row.slice(0, 2))).toEqual([
      ['Not flagged', 19],
      ['Flagged', 9],
    ]);
    expect(table).toHaveLength(5);
    expect(String(table[4]![0])).toMatch(/^Caution: fewer than 10 pupils/);
  });
});

describe('both spellings', () => {
  it('registers every registry function as PUPIL.NAME (Excel) and NAME (Sheets)', () => {
    const registered = buildTrackerEngine([[]], { host: 'excel-web' }).getRegisteredFunctionNames();
    for (const definition of DEFINITIONS) {
      for (const spelling of spellingsOf(definition.name)) expect(registered).toContain(spelling);
    }
  });

  it('gives the same answers in every cell whichever spelling is typed', () => {
    const sheetsSpelling = buildTrackerEngine(trackerGrid(), { host: 'excel-web' });
    const excelSpelling = buildTrackerEngine(trackerGrid(), { host: 'excel-web' });
    typeFormulas(sheetsSpelling, TRACKER_FORMULAS);
    const namespaced = Object.entries(TRACKER_FORMULAS).map(([anchor, formula]) => [
      anchor,
      formula.replace(/([A-Z0-9_]+)\(/g, 'PUPIL.$1('),
    ]);
    expect(namespaced.every(([, formula]) => formula!.startsWith('=PUPIL.'))).toBe(true);
    typeFormulas(excelSpelling, Object.fromEntries(namespaced));
    for (const anchor of ANCHORS) expect(spillAt(excelSpelling, anchor)).toEqual(spillAt(sheetsSpelling, anchor));
  });
});
