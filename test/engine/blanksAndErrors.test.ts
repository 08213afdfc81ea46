/**
 * Blanks and errors through the engine. Where the tracker has an empty cell, every spill shows an
 * empty string (never U, 0 or a status), whichever way the host passes empty cells. One junk grade
 * is one #VALUE! at its own position with the core's message, and a whole-call failure is one cell
 * (#VALUE! or #N/A, as the core says).
 */
import { describe, expect, it } from 'vitest';
import { functions, isCellError, type CellOutput } from '../../core';
import { buildTrackerEngine, type Host } from '../support/hyperformulaPlugin';
import { TRACKER_FORMULAS } from './trackerFormulas';
import { at, fromCore, hostBlock, shownAt, spillAt, trackerGrid, typeFormulas } from './trackerSheet';

const HOSTS: Host[] = ['excel-web', 'excel-desktop', 'sheets'];
const grid = trackerGrid();
/** Row r of a 30-pupil block is grid row r + 1 (under the header). */
const pupil = (r: number) => grid[r + 1]!;
const isEmpty = (value: unknown) => value === null;
const PUPILS = Array.from({ length: 30 }, (_, r) => r);

describe.each(HOSTS)('empty cells passed as %s passes them', (host) => {
  const engine = buildTrackerEngine(grid, { host });
  typeFormulas(engine, TRACKER_FORMULAS);
  const [onTrack, residual, points, target, mathsTarget, a8, p8] = ['R2', 'V2', 'X2', 'AB2', 'AD2', 'AF2', 'AH2'].map((anchor) =>
    spillAt(engine, anchor),
  ) as [unknown[][], unknown[][], unknown[][], unknown[][], unknown[][], unknown[][], unknown[][]];

  it('a missing RP grade or target gives an empty cell in ON_TRACK, GRADE_POINTS and RESIDUAL', () => {
    let blanks = 0;
    for (const r of PUPILS) {
      for (let c = 0; c < 3; c += 1) {
        const gradeMissing = isEmpty(pupil(r)[6 + c]);
        if (gradeMissing) expect(points[r]![c]).toBe('');
        if (gradeMissing || isEmpty(pupil(r)[5])) {
          blanks += 1;
          expect(onTrack[r]![c]).toBe('');
        }
      }
      if (isEmpty(pupil(r)[8]) || isEmpty(pupil(r)[5])) expect(residual[r]![0]).toBe('');
    }
    expect(blanks).toBeGreaterThanOrEqual(6); // the tracker really has blanks to test
  });

  it('no KS2 gives no target and no P8; no grades gives no A8 and no P8', () => {
    const noKs2 = PUPILS.filter((r) => isEmpty(pupil(r)[3]) && isEmpty(pupil(r)[4]));
    const noGrades = PUPILS.filter((r) => pupil(r).slice(8, 16).every(isEmpty));
    expect(noKs2.length * noGrades.length).toBeGreaterThan(0);
    for (const r of noKs2) expect([target[r]![0], mathsTarget[r]![0], p8[r]![0]]).toEqual(['', '', '']);
    for (const r of noGrades) expect([a8[r]![0], p8[r]![0]]).toEqual(['', '']);
  });
});

describe('errors', () => {
  const engine = buildTrackerEngine(grid, { host: 'excel-web' });
  typeFormulas(engine, TRACKER_FORMULAS);
  const junk = fromCore(functions.GRADE_POINTS('5++') as CellOutput);

  it("shows the junk RP1 '5++' as #VALUE! at its own place with the core's message, and the rest of the spill as usual", () => {
    expect(junk).toEqual({ error: '#VALUE!', message: expect.stringContaining("'5++' is not a grade") });
    const statuses = spillAt(engine, 'R2');
    const junkRow = PUPILS.find((r) => pupil(r)[6] === '5++')!;
    expect(statuses[junkRow]).toEqual([junk, 'On', 'Above']); // target 5: RP2 5, RP3 5+
    expect(spillAt(engine, 'X2')[junkRow]![0]).toEqual(junk);
    const others = statuses.flatMap((row, r) => (r === junkRow ? row.slice(1) : row));
    expect(others).toHaveLength(89);
    expect(others.every((cell) => ['Above', 'On', 'Below', 'Well below', ''].includes(cell as string))).toBe(true);
  });

  it('PP_GAP over a spill holding that error is one cell with the core answer for the same values', () => {
    expect(engine.isCellPartOfArray(at('AJ10'))).toBe(false);
    const onTrack = functions.ON_TRACK(hostBlock(grid, 'G2:I31', 'excel-web'), hostBlock(grid, 'F2:F31', 'excel-web'));
    const answer = functions.PP_GAP(onTrack, hostBlock(grid, 'C2:C31', 'excel-web'));
    expect(isCellError(answer)).toBe(true);
    expect(shownAt(engine, at('AJ10'))).toEqual(fromCore(answer as CellOutput));
  });

  it.each([
    [
      '=ON_TRACK(G2:I31, F2:F30)',
      () => functions.ON_TRACK(hostBlock(grid, 'G2:I31', 'excel-web'), hostBlock(grid, 'F2:F30', 'excel-web')),
    ],
    ['=TARGET_GRADE(D2:F31)', () => functions.TARGET_GRADE(hostBlock(grid, 'D2:F31', 'excel-web'))],
    [
      '=PUPIL.ATTAINMENT8(I2:P31, I1:O1)',
      () => functions.ATTAINMENT8(hostBlock(grid, 'I2:P31', 'excel-web'), hostBlock(grid, 'I1:O1', 'excel-web')),
    ],
    // Chloe alone is not PP, so there is no flagged group: #N/A, not #VALUE!.
    ['=PP_GAP(H4:I4, C4:C4)', () => functions.PP_GAP(hostBlock(grid, 'H4:I4', 'excel-web'), hostBlock(grid, 'C4:C4', 'excel-web'))],
  ])('a whole-call failure, %s, is a single error cell with the core code and message', (formula, reference) => {
    const answer = reference();
    expect(isCellError(answer)).toBe(true);
    typeFormulas(engine, { AN2: formula });
    expect(spillAt(engine, 'AN2')).toEqual([[fromCore(answer as CellOutput)]]);
    expect(engine.isCellPartOfArray(at('AN2'))).toBe(false);
  });

  it('names both shapes when ranges do not line up', () => {
    typeFormulas(engine, { AN2: '=ON_TRACK(G2:I31, F2:F30)' });
    expect(shownAt(engine, at('AN2'))).toEqual({
      error: '#VALUE!',
      message: expect.stringMatching(/30 rows x 3 columns.*29 rows x 1 column/),
    });
  });
});
