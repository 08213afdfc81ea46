/** Subject names written differently in one tracker: abbreviations pair with full names, and non-EBacc subjects are known. */
import { describe, expect, it } from 'vitest';
import { canonicalSubjectName, isKnownSubject } from '../../../core/attainment8/subjects';
import { detectLayout } from '../../../core/layout';
import { column, pairLabels } from './helpers';

describe('subject names across a wide tracker', () => {
  it("pairs an abbreviated grade column with its subject's full-name target", () => {
    const layout = detectLayout([
      ['Name', 'Chemistry Target', 'Chem RP1', 'Geography Target', 'Geog RP1', 'Computer Science Target', 'Comp Sci RP1'],
    ]);
    expect(pairLabels(layout)).toEqual([
      'Chem RP1 -> Chemistry Target',
      'Geog RP1 -> Geography Target',
      'Comp Sci RP1 -> Computer Science Target',
    ]);
  });

  it("pairs an AQA course title's grades with the subject's own target, and its target with the subject's grades", () => {
    const layout = detectLayout([
      ['Name', 'Science Target', 'Combined Science Trilogy RP1', 'Geography B Target', 'Geography Mock', 'Maths Target', 'Maths RP1'],
    ]);
    expect(pairLabels(layout)).toEqual([
      'Combined Science Trilogy RP1 -> Science Target',
      'Geography Mock -> Geography B Target',
      'Maths RP1 -> Maths Target',
    ]);
    expect(column(layout, 'Combined Science Trilogy RP1')).toMatchObject({ role: 'grade', collection: 'RP1' });
    expect(layout.warnings).toEqual([]);
  });

  it('knows a lone non-EBacc subject such as Art or RE by name', () => {
    const layout = detectLayout([['Name', 'Maths Target', 'Maths RP1', 'Art RP1']]);
    expect(column(layout, 'Art RP1')).toMatchObject({ role: 'grade', subject: 'Art' });
  });

  it('gives one canonical name per subject and folds unknown names', () => {
    expect(canonicalSubjectName('Chem')).toBe('Chemistry');
    expect(canonicalSubjectName('GCSE Eng. Lit (9-1)')).toBe('English Literature');
    expect(canonicalSubjectName('D&T')).toBe('Design and Technology');
    expect(canonicalSubjectName('Underwater Basket Weaving!')).toBe('underwater basket weaving');
    expect(isKnownSubject('RE')).toBe(true);
    expect(isKnownSubject('Astrology')).toBe(false);
  });
});
