/**
 * The core's rule for writing a value so that it lands as itself (core/workbook/literalCells.ts),
 * checked against both hosts' models of typed input: every text reads back exactly as it was,
 * numbers and booleans stay numbers and booleans, and plain words are written with nothing added.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asLiteralCell, asLiteralRows } from '../../../core/workbook/literalCells';
import { HOST_PARSED_TEXTS, SPACED_TEXTS } from './hostParsedTexts';
import { heldByBoth, itselfInBoth } from './readBack';

/** Names, subjects and labels no host reads as anything but text. */
const PLAIN_WORDS = ['Smith', 'Mary Ann', "O'Brien", 'O’Neill', 'Smith-Jones', 'Zoë', 'Nguyễn', 'Łukasz', 'English Literature', 'Y', 'N'];

/** Pieces that put together make the strings hosts read as values: digits, signs, separators, month names, AM/PM, booleans. */
const VALUE_LIKE = fc
  .array(
    fc.constantFrom(
      '0',
      '1',
      '2',
      '9',
      '12',
      '24',
      'E',
      'e',
      '.',
      ',',
      '/',
      '-',
      '+',
      ':',
      ' ',
      '%',
      '£',
      '$',
      '(',
      ')',
      '=',
      '@',
      "'",
      'AM',
      'pm',
      'Mar',
      'March',
      'Dec',
      'TRUE',
      'false',
      'a',
      'Smith',
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((pieces) => pieces.join(''));

describe('asLiteralCell: text lands exactly as it was in both hosts', () => {
  it.each([...HOST_PARSED_TEXTS, ...SPACED_TEXTS])('$text (a host would make it $becomes)', ({ text }) => {
    expect(heldByBoth(asLiteralCell(text))).toEqual(itselfInBoth(text));
  });

  it('for any text at all', () => {
    fc.assert(
      fc.property(fc.oneof(VALUE_LIKE, fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        expect(heldByBoth(asLiteralCell(text))).toEqual(itselfInBoth(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(PLAIN_WORDS)('writes plain words as they are, with nothing added: %s', (words) => {
    expect(asLiteralCell(words)).toBe(words);
  });

  it('puts exactly one apostrophe before text, even text that already starts with one', () => {
    for (const { text } of HOST_PARSED_TEXTS) {
      const written = asLiteralCell(text);
      expect(written === text || written === `'${text}`, `${text} -> ${String(written)}`).toBe(true);
    }
  });
});

describe('asLiteralCell: values other than text', () => {
  it('keeps numbers as numbers and booleans as booleans', () => {
    for (const value of [0, -3, 4.5, 1e21, true, false]) expect(heldByBoth(asLiteralCell(value))).toEqual(itselfInBoth(value));
  });

  it('writes nothing for a blank, or for a number a cell cannot hold', () => {
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(asLiteralCell(value)).toBe('');
  });

  it('writes a date as its day, which both hosts read back as that date', () => {
    const held = heldByBoth(asLiteralCell(new Date(Date.UTC(2024, 2, 12))));
    expect(held).toEqual({
      Excel: { value: 45363, formula: '' },
      'Google Sheets': { value: new Date(Date.UTC(2024, 2, 12)), formula: '' },
    });
  });

  it('asLiteralRows applies the same rule to every cell and keeps the shape', () => {
    const rows = [['10E1', 5, true], [], ['Smith', null, '=1+1']];
    expect(asLiteralRows(rows)).toEqual(rows.map((row) => row.map(asLiteralCell)));
  });
});
