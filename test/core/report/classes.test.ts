/**
 * Classes and teachers on the three-class tracker of classesSupport.ts. Residuals are in grades (target 0 tolerance:
 * a grade equal to its target is On, above it Above, up to one grade under Below, further under Well below); every
 * pupil-grade of a collection counts once, both subjects pooled.
 */
import { describe, expect, it } from 'vitest';
import { classesHeadlines, classesReport, CLASSES_NOTE, lowestClassSentence, type ClassesReport } from '../../../core/report/classes';
import { prepareSections } from '../../../core/report/buildReport';
import { threeClassTracker, type ThreeClassOptions } from './classesSupport';

const report = (options: ThreeClassOptions = {}): ClassesReport => {
  const result = classesReport(prepareSections(threeClassTracker(options)));
  if (!result.ok) throw new Error(result.leftOut.because);
  return result.value;
};

describe('classes and teachers', () => {
  const classes = report();
  const teacherAt = (collection: string, teacher: string) =>
    classes.teachers.find((row) => row.collection === collection && row.teacher === teacher)!;
  const at = (collection: string, className: string) =>
    classes.classes.find((row) => row.collection === collection && row.className === className)!;

  it('works out each class at RP2: residual, share on target, mean target and the PP gap inside the class', () => {
    // 10X1: 10 pupils graded (the 11th has no RP2 grade), 20 grades. PP 4 x (6-6, 6-6) = 0; not PP 6 x (7-6, 6-6) = +6.
    // Mean residual 6 / 20 = 0.3; every grade On or Above: 20 / 20; target 6; PP gap 6/12 - 0/8 = 0.5; no PP well below.
    expect(at('RP2', '10X1')).toMatchObject({ pupils: 10, compared: 20, onTarget: 1, meanTarget: 6, focusPupils: 4, focusWellBelow: 0 });
    expect(at('RP2', '10X1').meanResidual).toBeCloseTo(0.3, 10);
    expect(at('RP2', '10X1').gap).toBeCloseTo(0.5, 10);
    // 10X2: 10 pupils, 20 grades. PP 2 x (3-5, 5-5) = -4 (maths Well below); not PP 8 x (4-5, 5-5) = -8 (maths Below).
    // Mean -12 / 20 = -0.6; On: the 10 English grades, 10 / 20 = 0.5; target 5; gap -8/16 - (-4/4) = 0.5; 2 PP well below.
    expect(at('RP2', '10X2')).toMatchObject({ pupils: 10, compared: 20, onTarget: 0.5, meanTarget: 5, focusPupils: 2, focusWellBelow: 2 });
    expect(at('RP2', '10X2').meanResidual).toBeCloseTo(-0.6, 10);
    expect(at('RP2', '10X2').gap).toBeCloseTo(0.5, 10);
    // 10X3: 4 pupils, 8 grades. PP 2 x (2-4, 3-4) = -6; not PP 2 x (4-4, 3-4) = -2. Mean -8 / 8 = -1;
    // On: the not-PP maths grades, 2 / 8 = 0.25; target 4; gap -2/4 - (-6/4) = 1; both PP pupils well below (2 under 4).
    expect(at('RP2', '10X3')).toMatchObject({ pupils: 4, compared: 8, onTarget: 0.25, meanTarget: 4, focusPupils: 2, focusWellBelow: 2 });
    expect(at('RP2', '10X3').meanResidual).toBeCloseTo(-1, 10);
    expect(at('RP2', '10X3').gap).toBeCloseTo(1, 10);
  });

  it('works out each class at RP1, counting the pupil who has no RP2 grade', () => {
    // 10X1: 11 pupils, 22 grades. PP 4 x (5-6, 6-6) = -4 (maths Below); not PP 6 x (6-6, 7-6) = +6; the 11th 0 + 0.
    // Mean 2 / 22; On or Above 22 - 4 = 18 of 22; gap 6/14 - (-4/8) = 13/14.
    expect(at('RP1', '10X1')).toMatchObject({ pupils: 11, compared: 22, meanTarget: 6, focusWellBelow: 0 });
    expect(at('RP1', '10X1').meanResidual).toBeCloseTo(2 / 22, 10);
    expect(at('RP1', '10X1').onTarget).toBeCloseTo(18 / 22, 10);
    expect(at('RP1', '10X1').gap).toBeCloseTo(13 / 14, 10);
    // 10X2: PP 2 x (3-5, 4-5) = -6 (maths Well below, English Below), not PP 0: mean -6/20 = -0.3; On 16/20; gap 0 - (-6/4) = 1.5.
    expect(at('RP1', '10X2')).toMatchObject({ pupils: 10, compared: 20, onTarget: 0.8, meanTarget: 5, focusWellBelow: 2 });
    expect(at('RP1', '10X2').meanResidual).toBeCloseTo(-0.3, 10);
    expect(at('RP1', '10X2').gap).toBeCloseTo(1.5, 10);
    // 10X3: every grade on its target of 4: mean 0, all On, gap 0.
    expect(at('RP1', '10X3')).toMatchObject({ pupils: 4, compared: 8, onTarget: 1, meanResidual: 0, meanTarget: 4, gap: 0 });
  });

  it('ranks classes by mean residual, lowest first, latest collection first', () => {
    // RP2: 10X3 -1, 10X2 -0.6, 10X1 0.3. RP1: 10X2 -0.3, 10X3 0, 10X1 0.09.
    expect(classes.classes.map((row) => [row.collection, row.rank, row.className])).toEqual([
      ['RP2', 1, '10X3'],
      ['RP2', 2, '10X2'],
      ['RP2', 3, '10X1'],
      ['RP1', 1, '10X2'],
      ['RP1', 2, '10X3'],
      ['RP1', 3, '10X1'],
    ]);
    expect(classes.latest).toBe('RP2');
  });

  it('gives each class its usual teacher: the one most of its pupils have', () => {
    // 10X3 has 3 pupils with BDG and 1 with ABC.
    expect(classes.classes.filter((row) => row.collection === 'RP2').map((row) => [row.className, row.teacher])).toEqual([
      ['10X3', 'BDG'],
      ['10X2', 'DEF'],
      ['10X1', 'ABC'],
    ]);
  });

  it('cautions a class or teacher with fewer than 10 pupils graded, and no other', () => {
    const cautioned = classes.classes.filter((row) => row.small).map((row) => `${row.collection} ${row.className}`);
    expect(cautioned).toEqual(['RP2 10X3', 'RP1 10X3']);
    expect(at('RP2', '10X3').caution).toBe('Fewer than 10 pupils: read with caution');
    expect(at('RP2', '10X1').caution).toBeNull();
    // BDG teaches 3 pupils: small; ABC 11 and DEF 10 at RP2 are not.
    expect(classes.teachers.filter((row) => row.small).map((row) => `${row.collection} ${row.teacher}`)).toEqual(['RP2 BDG', 'RP1 BDG']);
  });

  it('works out and ranks the teachers separately, with the classes each teaches', () => {
    // ABC at RP2: 10X1's 10 graded pupils (+6 over 20 grades, target 6) and one 10X3 pupil (0 and -1, target 4):
    // 11 pupils, mean 5 / 22, On or Above 21 / 22, mean target (20 x 6 + 2 x 4) / 22 = 128 / 22, gap 5/14 - 0/8.
    const abc = teacherAt('RP2', 'ABC');
    expect(abc).toMatchObject({ pupils: 11, compared: 22, classes: ['10X1', '10X3'] });
    expect(abc.meanResidual).toBeCloseTo(5 / 22, 10);
    expect(abc.onTarget).toBeCloseTo(21 / 22, 10);
    expect(abc.meanTarget).toBeCloseTo(128 / 22, 10);
    expect(abc.gap).toBeCloseTo(5 / 14, 10);
    // BDG: 2 PP (-6 over 4 grades) and 1 not PP (-1 over 2): mean -7/6, gap -1/2 - (-6/4) = 1. DEF is 10X2: -0.6.
    const bdg = teacherAt('RP2', 'BDG');
    expect(bdg.meanResidual).toBeCloseTo(-7 / 6, 10);
    expect(bdg.gap).toBeCloseTo(1, 10);
    expect(classes.teachers.filter((row) => row.collection === 'RP2').map((row) => [row.rank, row.teacher])).toEqual([
      [1, 'BDG'],
      [2, 'DEF'],
      [3, 'ABC'],
    ]);
  });

  it('writes the sentence about the lowest class at the latest collection, and the fixed note', () => {
    // 10X3 at RP2: -1 grade; both of its 2 PP pupils have a maths grade 2 under target.
    expect(classes.sentence).toBe(
      '10X3 (BDG) is 1.0 grades below target on average at RP2, the lowest of 3 classes; 2 of its 2 PP pupils are well below.',
    );
    expect(classes.note).toBe(CLASSES_NOTE);
    expect(classes.note).toContain('not for judging teachers');
    expect(classesHeadlines(classes)).toEqual([
      classes.sentence,
      '3 classes compared at RP2, 1 with fewer than 10 pupils graded (read with caution).',
    ]);
  });

  it('says "none" and "is" when no PP pupil, or one, is well below', () => {
    const lowest = classes.classes.find((row) => row.collection === 'RP2' && row.className === '10X3')!;
    expect(lowestClassSentence({ ...lowest, focusWellBelow: 0 }, 3, 'PP pupils')).toMatch(/; none of its 2 PP pupils is well below\.$/);
    expect(lowestClassSentence({ ...lowest, focusWellBelow: 1 }, 3, 'PP pupils')).toMatch(/; 1 of its 2 PP pupils is well below\.$/);
  });

  it('falls back on the disadvantaged column for the gap inside the class', () => {
    const disadvantaged = report({ flag: 'disadvantaged' });
    expect(disadvantaged.gapName).toBe('Disadvantaged gap');
    expect(disadvantaged.classes[0]!.gap).toBeCloseTo(1, 10);
    expect(disadvantaged.sentence).toMatch(/; 2 of its 2 disadvantaged pupils are well below\.$/);
  });

  it('is left out, saying why, when the tracker has no class or teacher column', () => {
    const result = classesReport(prepareSections(threeClassTracker({ noClassColumns: true })));
    expect(result).toEqual({
      ok: false,
      leftOut: { section: 'Classes and teachers', because: 'the tracker has no class or teacher column' },
    });
  });

  it('is left out when no grade has a target', () => {
    const sheet = threeClassTracker();
    const layout = { ...sheet.layout, pairs: [] };
    const result = classesReport(prepareSections({ layout, rows: sheet.rows }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.leftOut.because).toMatch(/^no grade has a target/);
  });
});
