/** Wide trackers: one sheet per year group, a block of columns per subject. */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../core/layout';
import { column, pairLabels, pairLetters, roleOf, warningCodes, warningFor } from './helpers';

const SUBJECTS = [
  'Maths',
  'English',
  'Combined Science',
  'History',
  'Geography',
  'French',
  'Computer Science',
  'Art',
  'Music',
  'PE',
  'D&T',
];
const COLLECTIONS = ['RP1', 'RP2', 'RP3'];

function wideTracker(): unknown[][] {
  const headings = ['UPN', 'Surname', 'Forename', 'Tutor Group', 'PP', 'SEN', 'KS2 Average'];
  for (const subject of SUBJECTS) headings.push(`${subject} Target`, ...COLLECTIONS.map((collection) => `${subject} ${collection}`));
  const pupil = ['A1', 'Patel', 'Ravi', '9B', 'Y', '', 104.5, ...SUBJECTS.flatMap(() => ['6', '5', '5', '6'])];
  return [['Year 9 Tracker 2025-26'], [], headings, pupil];
}

describe('wide trackers with a block per subject', () => {
  it("pairs each of 11 subjects' RP1-RP3 with that subject's own target", () => {
    const layout = detectLayout(wideTracker());
    expect(layout.headerRow).toBe(2);
    expect(layout.subjects).toEqual(SUBJECTS);
    expect(layout.collections).toEqual(COLLECTIONS);
    expect(layout.pairs).toHaveLength(SUBJECTS.length * COLLECTIONS.length);
    const expected = SUBJECTS.flatMap((subject) => COLLECTIONS.map((collection) => `${subject} ${collection} -> ${subject} Target`));
    expect(pairLabels(layout)).toEqual(expected);
    expect(roleOf(layout, 'Tutor Group')).toBe('form');
    expect(roleOf(layout, 'KS2 Average')).toBe('ks2Average');
    expect(column(layout, 'PE RP2')).toMatchObject({ role: 'grade', subject: 'PE', collection: 'RP2' });
    expect(column(layout, 'D&T Target')).toMatchObject({ role: 'target', subject: 'D&T', collection: null });
    expect(layout.warnings).toEqual([]);
  });

  it('pairs by subject even when the blocks are interleaved and out of order', () => {
    const layout = detectLayout([['Name', 'Maths RP1', 'English RP1', 'English Target', 'Maths RP2', 'Maths Target', 'English RP2']]);
    expect(pairLabels(layout)).toEqual([
      'Maths RP1 -> Maths Target',
      'English RP1 -> English Target',
      'Maths RP2 -> Maths Target',
      'English RP2 -> English Target',
    ]);
  });

  it('reads "Eng Lang MLG" as an English Language grade, kept apart from English Literature', () => {
    const layout = detectLayout([['Student Name', 'Eng Lang Target', 'Eng Lang MLG', 'Eng Lit Target', 'Eng Lit MLG']]);
    expect(column(layout, 'Eng Lang MLG')).toMatchObject({ role: 'grade', subject: 'Eng Lang', collection: 'MLG' });
    expect(pairLabels(layout)).toEqual(['Eng Lang MLG -> Eng Lang Target', 'Eng Lit MLG -> Eng Lit Target']);
    expect(layout.collections).toEqual(['MLG']);
  });

  it('takes subject names from a merged row above repeated "Target | RP1 | RP2" blocks', () => {
    const layout = detectLayout([
      ['', '', 'Maths', '', '', 'English', '', ''],
      ['Name', 'PP', 'Target', 'RP1', 'RP2', 'Target', 'RP1', 'RP2'],
      ['Li', 'N', '7', '6', '7', '6', '6', '6'],
    ]);
    expect(layout.headerRow).toBe(1);
    expect(layout.subjects).toEqual(['Maths', 'English']);
    expect(pairLabels(layout)).toEqual([
      'Maths RP1 -> Maths Target',
      'Maths RP2 -> Maths Target',
      'English RP1 -> English Target',
      'English RP2 -> English Target',
    ]);
    expect(pairLetters(layout)).toEqual(['D->C', 'E->C', 'G->F', 'H->F']);
  });

  it('pairs repeated blocks with no subject names by position, and says so', () => {
    const layout = detectLayout([['Name', 'Target', 'RP1', 'RP2', 'Target', 'RP1', 'RP2']]);
    expect(pairLetters(layout)).toEqual(['C->B', 'D->B', 'F->E', 'G->E']);
    // Labels that would read the same carry their column letters so the panel can tell them apart.
    expect(pairLabels(layout)[2]).toBe('RP1 (F) -> Target (E)');
    expect(warningFor(layout, 'positionalPairs').message).toMatch(/nearest target to its left/);
  });

  it('leaves a subject with no target of its own unpaired, with a message naming it', () => {
    const layout = detectLayout([['Name', 'Maths Target', 'Maths RP1', 'History RP1', 'History RP2']]);
    expect(pairLabels(layout)).toEqual(['Maths RP1 -> Maths Target']);
    const unpaired = warningFor(layout, 'unpairedGrades');
    expect(unpaired.columns).toEqual([3, 4]);
    expect(unpaired.message).toMatch(/no History target column/);
    expect(unpaired.message).toMatch(/History Target/);
  });

  it('does not mistake "Teacher" in "Teacher Prediction" for a subject, and flags it as unpaired on a multi-subject sheet', () => {
    const layout = detectLayout([['Name', 'Maths Target', 'Maths RP1', 'English Target', 'English RP1', 'Teacher Prediction']]);
    expect(column(layout, 'Teacher Prediction')).toMatchObject({ role: 'grade', subject: null });
    expect(layout.subjects).toEqual(['Maths', 'English']);
    expect(warningFor(layout, 'unpairedGrades').message).toMatch(/names no subject/);
  });

  it('treats a one-subject sheet whose headings name the subject like any single-subject sheet', () => {
    const layout = detectLayout([['Name', 'Target', 'Maths RP1', 'Maths Predicted']]);
    expect(pairLabels(layout)).toEqual(['Maths RP1 -> Target', 'Maths Predicted -> Target']);
    expect(warningCodes(layout)).toEqual([]);
  });

  it('keeps per-subject sets and teachers without calling them duplicates', () => {
    const layout = detectLayout([
      [
        'Name',
        'Maths Set',
        'Maths Teacher',
        'Maths Target',
        'Maths RP1',
        'English Set',
        'English Teacher',
        'English Target',
        'English RP1',
      ],
    ]);
    expect(column(layout, 'English Set')).toMatchObject({ role: 'class', subject: 'English' });
    expect(column(layout, 'Maths Teacher')).toMatchObject({ role: 'teacher', subject: 'Maths' });
    expect(warningCodes(layout)).not.toContain('duplicateRole');
  });

  it('uses the core\'s subject names, so "Mathematics" and "Maths", "Science" and "Combined Science" are one subject', () => {
    const layout = detectLayout([
      ['Name', 'Mathematics Target', 'Maths RP1', 'Combined Science Target', 'Science RP1', 'English Lit Target', 'English RP1'],
    ]);
    expect(pairLetters(layout)).toEqual(['C->B', 'E->D']);
    expect(layout.subjects).toEqual(['Mathematics', 'Combined Science', 'English Lit', 'English']);
    // English (language) has no target of its own: English Literature's target is not borrowed.
    expect(warningFor(layout, 'unpairedGrades').columns).toEqual([6]);
  });
});
