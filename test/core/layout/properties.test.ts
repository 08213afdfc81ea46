/** Properties that must hold for any sheet, checked with generated input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLayout, layoutSchema, validateLayout } from '../../../core/layout';
import { rolesByHeader } from './helpers';

/** Real headings from the fixtures, each with the role a head of department reads in it. */
const HEADINGS: Record<string, string> = {
  UPN: 'upn',
  Adno: 'admissionNumber',
  'Legal Surname': 'surname',
  'Preferred Forename': 'forename',
  'Reg Group': 'form',
  'PP Indicator': 'pp',
  'SEN Status': 'send',
  EAL: 'eal',
  Gender: 'gender',
  'FSM Ever 6': 'fsm',
  Disadvantaged: 'disadvantaged',
  CLA: 'lac',
  'PA Band': 'priorBand',
  Intervention: 'intervention',
  'KS2 Read Scaled Score': 'ks2Reading',
  'KS2 Maths Scaled Score': 'ks2Maths',
  'KS2 Average': 'ks2Average',
  'Teaching Group': 'class',
  'Class Teacher': 'teacher',
  'Target Grade': 'target',
  MEG: 'target',
  FFT20: 'target',
  'Working At': 'grade',
  'Most Likely Grade': 'grade',
  RP1: 'grade',
  'Autumn 1': 'grade',
  Mock: 'grade',
  Residual: 'status',
  DOB: 'other',
  'Maths Target': 'target',
  'Maths RP2': 'grade',
};
const NAMES = Object.keys(HEADINGS);

describe('detection properties', () => {
  it('shuffling the columns never changes which heading has which role', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(NAMES, { minLength: 2 }), (headings) => {
        const layout = detectLayout([headings]);
        expect(rolesByHeader(layout)).toEqual(Object.fromEntries(headings.map((heading) => [heading, HEADINGS[heading]])));
      }),
    );
  });

  it('case and the punctuation between words never change a role', () => {
    const separators = [' ', '  ', '_', '.', ' / ', ': '];
    const respelt = fc.tuple(
      fc.constantFrom(...NAMES),
      fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      fc.constantFrom(...separators),
    );
    fc.assert(
      fc.property(respelt, ([heading, upper, separator]) => {
        const spelt = [...heading]
          .map((ch, at) => (upper[at % upper.length] ? ch.toUpperCase() : ch.toLowerCase()))
          .join('')
          .split(' ')
          .join(separator);
        const layout = detectLayout([['Name', spelt]]);
        expect(layout.columns[1]!.role).toBe(HEADINGS[heading]);
      }),
    );
  });

  it('word order does not matter in headings without a subject', () => {
    const multiWord = [
      'Working At Grade',
      'Minimum Expected Grade',
      'Target Grade',
      'Pupil Premium Indicator',
      'KS2 Reading Scaled Score',
      'Most Likely Grade',
      'Class Teacher',
      'Free School Meals',
    ];
    const expected = multiWord.map((heading) => detectLayout([['Name', heading]]).columns[1]!.role);
    expect(expected).toEqual(['grade', 'target', 'target', 'pp', 'ks2Reading', 'grade', 'teacher', 'fsm']);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: multiWord.length - 1 }), fc.infiniteStream(fc.integer()), (which, randoms) => {
        const words = multiWord[which]!.split(' ');
        const shuffled = words
          .map((word) => ({ word, key: randoms.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ word }) => word);
        expect(detectLayout([['Name', shuffled.join(' ')]]).columns[1]!.role).toBe(expected[which]);
      }),
    );
  });

  it('never throws on junk, and always returns a layout its own schema and validator accept', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.anything(),
      fc.constantFrom('Target', 'RP1', 'Maths Target', 'PP', ''),
    );
    const rows = fc.oneof(fc.array(fc.array(cell, { maxLength: 30 }), { maxLength: 20 }), fc.anything());
    fc.assert(
      fc.property(rows, (junk) => {
        const layout = detectLayout(junk as unknown[][]);
        expect(layoutSchema.safeParse(layout).success).toBe(true);
        expect(validateLayout(layout, junk as unknown[][]).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a wide row of 1,000-character headings without finding headings in them', () => {
    const long = 'Target '.repeat(150).slice(0, 1000);
    const layout = detectLayout([Array.from({ length: 200 }, () => long), ['Name', 'Target', 'RP1']]);
    expect(layout.headerRow).toBe(1);
    expect(layout.columns.slice(0, 3).map((c) => c.role)).toEqual(['name', 'target', 'grade']);
  });
});
