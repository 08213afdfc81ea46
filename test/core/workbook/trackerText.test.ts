/**
 * How the report sheet writes text (core/reportSheet): a cell copied from the tracker (trackerText)
 * lands exactly as it was, written once, never with a second apostrophe; the report's own labels and
 * sentences are written with nothing added unless their start would change them.
 */
import { describe, expect, it } from 'vitest';
import { trackerText } from '../../../core/reportSheet';
import { SheetGrid } from '../../../core/reportSheet/grid';
import { HOST_PARSED_TEXTS } from './hostParsedTexts';
import { heldByBoth, itselfInBoth } from './readBack';

/** One grid row per text: the text copied from the tracker, then a label and a sentence of the report's own. */
function finished(texts: readonly string[]) {
  const grid = new SheetGrid();
  for (const text of texts) grid.row([trackerText(text), 'Pupils', `${text} (1 pupil): mean residual fell by 1.00 grades.`]);
  return grid.finish().values;
}

describe('trackerText in a finished report grid', () => {
  const texts = HOST_PARSED_TEXTS.map(({ text }) => text);
  const values = finished(texts);

  it.each(HOST_PARSED_TEXTS.map((entry, row) => ({ ...entry, row })))(
    '$text lands as itself in both hosts, and so does the sentence it starts',
    ({ text, row }) => {
      expect(heldByBoth(values[row]![0])).toEqual(itselfInBoth(text));
      const sentence = `${text} (1 pupil): mean residual fell by 1.00 grades.`;
      expect(heldByBoth(values[row]![2])).toEqual(itselfInBoth(sentence));
    },
  );

  it("leaves the report's own labels as they are", () => {
    expect(values.map((row) => row[1])).toEqual(texts.map(() => 'Pupils'));
  });

  it('writes a blank for a missing UPN or class', () => {
    const grid = new SheetGrid();
    grid.row([trackerText(null), 3]);
    expect(grid.finish().values).toEqual([['', 3]]);
  });
});
