/** How a header is read before the table of qualifications is searched: folded, then without board, level and suite words. */
import { describe, expect, it } from 'vitest';
import { foldSubjectName, withoutCourseWords } from '../../../core/attainment8/subjectNames';

describe('reading a subject header', () => {
  it.each([
    ['GCSE Eng. Lit (9-1)', 'eng lit'],
    ['Combined Science A (Gateway Science)', 'combined science a'],
    ['OCR 21st Century Science', 'ocr twenty first century science'],
    ['D&T', 'd t'],
    ['  MATHS  ', 'maths'],
  ])('folds %j to %j', (header, folded) => expect(foldSubjectName(header)).toBe(folded));

  it.each([
    ['pearson edexcel level level in combined science', 'combined science'],
    ['twenty first century combined science b', 'combined science'],
    ['gateway physics', 'physics'],
    ['biology twenty first century science', 'biology'],
    ['religious studies specification a', 'religious studies'],
    ['geography b', 'geography'],
    ['l sport', 'sport'],
  ])('strips %j to %j', (folded, subject) => expect(withoutCourseWords(folded)).toBe(subject));

  it('keeps the words that name the subject, and a final letter that is not a specification', () => {
    expect(withoutCourseWords('art and design')).toBe('art and design');
    expect(withoutCourseWords('vitamin c')).toBe('vitamin c');
  });
});
