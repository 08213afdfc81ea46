/**
 * Recalculation: a teacher changes one grade and every formula that depends on it (the ON_TRACK
 * spill, the gaps over that spill, Attainment 8 and Progress 8 over its spill) moves to what the
 * core gives for the changed tracker, with nothing re-entered.
 */
import { describe, expect, it } from 'vitest';
import type { RawCellContent } from 'hyperformula';
import { buildTrackerEngine, type Host } from '../support/hyperformulaPlugin';
import { coreAnswers, TRACKER_FORMULAS, type Anchor } from './trackerFormulas';
import { at, expectedFrom, shownAt, spillAt, trackerGrid, typeFormulas } from './trackerSheet';

const HOSTS: Host[] = ['excel-web', 'excel-desktop', 'sheets'];
const ANCHORS = Object.keys(TRACKER_FORMULAS) as Anchor[];

/** The grid as the engine now holds it: one cell (0-based row and column) changed. */
function changed(grid: RawCellContent[][], row: number, col: number, value: RawCellContent): RawCellContent[][] {
  return grid.map((cells, r) => (r === row ? cells.map((cell, c) => (c === col ? value : cell)) : cells));
}

describe.each(HOSTS)('recalculation, with cells passed as %s passes them', (host) => {
  it("moves statuses, gaps, A8 and P8 when Daniel's RP3 goes from 4 to 6", () => {
    const grid = trackerGrid();
    const engine = buildTrackerEngine(grid, { host });
    typeFormulas(engine, TRACKER_FORMULAS);
    expect([shownAt(engine, at('I5')), shownAt(engine, at('F5')), shownAt(engine, at('T5'))]).toEqual([4, 5, 'Below']);
    const before = Object.fromEntries(['AF5', 'AH5', 'AJ2', 'AJ12'].map((cell) => [cell, shownAt(engine, at(cell)) as number]));

    engine.setCellContents(at('I5'), '6'); // typed as text, stored by the engine as the number 6
    const after = changed(grid, 4, 8, 6);

    const expected = coreAnswers(after, host);
    for (const anchor of ANCHORS) expect(spillAt(engine, anchor)).toEqual(expectedFrom(expected[anchor]));
    // Independently of the core: 6 against a target of 5 is Above, and maths is double-weighted
    // in A8, so two grades more is 4 more A8 points and 0.4 more P8.
    expect(shownAt(engine, at('T5'))).toBe('Above');
    expect(shownAt(engine, at('AF5'))).toBe(before.AF5! + 4);
    expect(shownAt(engine, at('AH5'))).toBeCloseTo(before.AH5! + 0.4, 10);
    // Daniel is PP, now on target at RP3 and with a higher A8: both gaps narrow.
    expect(shownAt(engine, at('AJ2'))).toBeLessThan(before.AJ2!);
    expect(shownAt(engine, at('AJ12'))).toBeLessThan(before.AJ12!);
  });

  it("clears the error and the gap's complaint when the junk '5++' is corrected to 5+", () => {
    const grid = trackerGrid();
    const engine = buildTrackerEngine(grid, { host });
    typeFormulas(engine, TRACKER_FORMULAS);
    expect(shownAt(engine, at('R13'))).toMatchObject({ error: '#VALUE!' });

    engine.setCellContents(at('G13'), '5+');
    const expected = coreAnswers(changed(grid, 12, 6, '5+'), host);
    for (const anchor of ANCHORS) expect(spillAt(engine, anchor)).toEqual(expectedFrom(expected[anchor]));
    expect(shownAt(engine, at('R13'))).toBe('Above'); // 5+ against a target of 5
    expect(typeof shownAt(engine, at('AJ10'))).toBe('number');
  });
});

describe('a limit of the test engine, not of the hosts', () => {
  it('reports a result that outgrows the spill reserved when the formula was typed as #VALUE!, not a crash', () => {
    // HyperFormula sizes a spill once, when the formula is entered; Excel and Sheets re-size.
    const engine = buildTrackerEngine(trackerGrid(), { host: 'excel-web' });
    engine.setCellContents(at('C4'), 'Y'); // a tenth PP pupil: no caution row
    typeFormulas(engine, { R2: TRACKER_FORMULAS.R2, AJ4: TRACKER_FORMULAS.AJ4 });
    expect(spillAt(engine, 'AJ4')).toHaveLength(4);

    engine.setCellContents(at('C4'), null); // back to 9 PP pupils: the caution row is needed
    expect(shownAt(engine, at('AJ4'))).toEqual({ error: '#VALUE!', message: expect.stringContaining('re-enter it') });
    typeFormulas(engine, { AJ4: TRACKER_FORMULAS.AJ4 });
    expect(spillAt(engine, 'AJ4')).toHaveLength(5);
  });
});
