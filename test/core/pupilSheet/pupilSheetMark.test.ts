import { describe, expect, it } from 'vitest';
import { cellForComparison, managedFingerprint, readPupilSheetMark, writePupilSheetMark } from '../../../core/pupilSheet/pupilSheetMark';
import { planFor } from './support';

describe("the pupil report sheet's mark", () => {
  it('reads back what was written, and nothing else', () => {
    const mark = { tracker: 'Year 10', sheet: 'Pupil report Year 10', area: 'A1:D20', keep: ['B3', 'A17:D20'], cells: '0badf00d' };
    expect(readPupilSheetMark(writePupilSheetMark(mark))).toEqual({ tracklight: 1, ...mark });
    for (const text of [null, undefined, '', 'not json', '{"tracklight":2}', JSON.stringify({ ...mark, tracklight: 1, keep: 'B3' })])
      expect(readPupilSheetMark(text)).toBeNull();
  });

  it('fits the 255 characters Excel on the desktop keeps of a custom property, with the longest names Excel allows', () => {
    const long = 'x'.repeat(31);
    const plan = planFor();
    const mark = writePupilSheetMark({ ...readPupilSheetMark(plan.mark)!, tracker: long, sheet: long });
    expect(mark.length).toBeLessThanOrEqual(255);
  });

  it('folds what a host changes on its own: quotes a sheet name does not need, case and spaces outside text', () => {
    expect(cellForComparison("=INDEX('Year10'!$B$3:$B$6, 1)")).toBe(cellForComparison('=index(Year10!$B$3:$B$6,1)'));
    expect(cellForComparison('=IF(A1="a b","",1)')).not.toBe(cellForComparison('=IF(A1="ab","",1)'));
    expect(managedFingerprint(['=A1', 'x'])).not.toBe(managedFingerprint(['=A1', 'y']));
    expect(managedFingerprint(['=A1', ''])).not.toBe(managedFingerprint(['', '=A1']));
  });
});
