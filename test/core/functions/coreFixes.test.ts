/** Behaviours settled after the first review of the core: each names the case that showed it. */
import { describe, expect, it } from 'vitest';
import { CellError, DEFINITIONS, defaultGradeScale, functions } from '../../../core/index';
import { defineFunction } from '../../../core/registry/definition';
import { createLibrary } from '../../../core/registry/registry';

describe('core behaviours found by the engine and host tests', () => {
  it('a shape mismatch where neither range is the widest names both ranges', () => {
    const result = functions.ON_TRACK([[1, 2]], [[6], [5]]) as CellError;
    expect(result).toBeInstanceOf(CellError);
    expect(result.message).toContain('current is 1 row x 2 columns but target is 2 rows x 1 column');
  });

  it('PP_GAP names the error already in the values, not the first status', () => {
    const values = [['Below'], ['On'], [new CellError('#VALUE!', "'5++' is not a grade")]];
    const result = functions.PP_GAP(values, [['Y'], ['N'], ['N']]) as CellError;
    expect(result.message).toMatch(/^Row 3 of the values holds an error \('5\+\+' is not a grade\)/);
  });

  it('PROGRESS8 counts an A8 of 0 (every entry U) and reads "", spaces and X as no A8 (issue 11)', () => {
    // 0 - the 36.30 estimate at KS2 100, over 10 slots: -3.63. Only pupils without KS2 are left out.
    expect(functions.PROGRESS8([[0]], [[100]])).toEqual([[-3.63]]);
    expect(functions.PROGRESS8([[''], ['  '], ['X']], [[100], [100], [100]])).toEqual([[''], [''], ['']]);
  });

  it('PP_GAP takes a one-cell flags range that Sheets passes as an empty value', () => {
    // Sheets passes PP_GAP(H4:I4, C4:C4) with C4 empty as "", which is one unflagged pupil.
    const result = functions.PP_GAP([[4, 5]], '') as CellError;
    expect(result.code).toBe('#N/A');
    expect(result.message).toContain('No flagged pupil has a value');
  });

  it('says "1 argument" for a function with one parameter, and counts the rest', () => {
    const [oneParameter] = DEFINITIONS.filter((definition) => definition.name === 'GRADE_POINTS').map((definition) =>
      defineFunction({ ...definition, name: 'ONE', params: [definition.params[0]!] }),
    );
    const library = createLibrary([oneParameter!], { grades: defaultGradeScale });
    expect((library.ONE!(5, 6) as CellError).message).toContain('ONE takes at most 1 argument, but was given 2.');
    expect((functions.GRADE_POINTS(5, '', 6) as CellError).message).toContain('GRADE_POINTS takes at most 2 arguments, but was given 3.');
  });
});
