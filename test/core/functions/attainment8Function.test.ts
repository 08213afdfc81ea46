/**
 * ATTAINMENT8's element argument and its bad input: each element is the part of the A8 the README
 * says, the four add up to the total, "detail" spills its table, and a bad element or shape is one
 * #VALUE! that says what to use.
 */
import { describe, expect, it } from 'vitest';
import { CellError, functions } from '../../../core/index';
import { signatureText } from '../../../core/registry/signature';
import { asGrid, expectCellError } from './expectations';

const a8 = functions.ATTAINMENT8;

// The P8 worked case (shared/reference/README.md): maths 10, English 12, EBacc 16, open 17.5; A8 55.5.
const SUBJECTS = [['Eng Lang', 'Eng Lit', 'Maths', 'Combined Science', 'History', 'Art', 'BTEC Sport']];
const WORKED = [6, 5, 5, '5-5', 6, 7, 'L2M'];
// A second pupil: Maths 4 doubled (8), Eng Lit 7 alone (7), EBacc combined 6-5 twice (11), open Art 5 (5); A8 31.
const SECOND = ['', 7, 4, '6-5', '', 5, ''];

describe('ATTAINMENT8 element', () => {
  it.each([
    ['total', [[55.5], [31]]],
    ['maths', [[10], [8]]],
    ['english', [[12], [7]]],
    ['ebacc', [[16], [11]]],
    ['open', [[17.5], [5]]],
  ])("%s gives that part of each pupil's A8", (element, expected) => {
    expect(a8([WORKED, SECOND], SUBJECTS, element)).toEqual(expected);
  });

  it('is total when left out or blank, and reads any case and spacing', () => {
    const total = a8([WORKED, SECOND], SUBJECTS);
    expect(a8([WORKED, SECOND], SUBJECTS, '')).toEqual(total);
    expect(a8([WORKED, SECOND], SUBJECTS, null)).toEqual(total);
    expect(a8([WORKED, SECOND], SUBJECTS, ' EBacc ')).toEqual([[16], [11]]);
    expect(asGrid(a8([WORKED], SUBJECTS, 'Detail'))).toHaveLength(2);
  });

  it('gives elements that add up to the total for every pupil, with blanks where a pupil has no grades', () => {
    const grades = [WORKED, SECOND, ['', '', '', '', '', '', ''], [9, 9, 9, '9-9', 9, 9, 'L2D*']];
    const parts = ['maths', 'english', 'ebacc', 'open'].map((element) => asGrid(a8(grades, SUBJECTS, element)));
    asGrid(a8(grades, SUBJECTS)).forEach(([total], pupil) => {
      const sum = parts.reduce((running, part) => (part[pupil]![0] === '' ? running : running + (part[pupil]![0] as number)), 0);
      if (total === '') expect(parts.every((part) => part[pupil]![0] === '')).toBe(true);
      else expect(sum).toBe(total);
    });
  });

  it('"detail" spills the header and a row per pupil whose A8 is the total', () => {
    const table = asGrid(a8([WORKED, SECOND], SUBJECTS, 'detail'));
    expect(table[0]!.slice(-2)).toEqual(['Attainment 8', 'Notes']);
    expect(table.slice(1).map((row) => row[10])).toEqual([55.5, 31]);
    expect(table[2]!.slice(0, 10)).toEqual([
      'Maths 4',
      'Maths 4',
      'Eng Lit 7',
      '',
      'Combined Science 5.5',
      'Combined Science 5.5',
      '',
      'Art 5',
      '',
      '',
    ]);
  });

  it('refuses an element it does not know, naming every choice', () => {
    const error = expectCellError(a8([WORKED], SUBJECTS, 'science'), '#VALUE!', 'element must be one of');
    for (const choice of ['total', 'english', 'maths', 'ebacc', 'open', 'detail']) expect(error.message).toContain(choice);
    expectCellError(a8([WORKED], SUBJECTS, [['open', 'ebacc']]), '#VALUE!', 'element must be a single value');
  });

  it('keeps the shape errors for every element, detail too', () => {
    expectCellError(a8([[5, 6, 7]], [['Maths', 'History']], 'detail'), '#VALUE!', '3 columns', '2', 'use the header row');
    expectCellError(a8([[5]], [['Maths'], ['History']], 'maths'), '#VALUE!', 'one row');
  });

  it('names a bad grade by its subject in the element asked for', () => {
    const result = asGrid(a8([['5++', 6]], [['Maths', 'History']], 'ebacc'));
    expect(result[0]![0]).toBeInstanceOf(CellError);
    expectCellError(result[0]![0], '#VALUE!', "Maths: '5++' is not a grade");
  });

  it('is documented with its optional element, as both hosts show it', () => {
    const definition = { name: 'ATTAINMENT8', params: a8.parameters };
    expect(signatureText(definition)).toBe('ATTAINMENT8(grades, subjects, [element])');
    expect(a8.parameters[2]).toMatchObject({ name: 'element', optional: true, range: false });
  });
});
