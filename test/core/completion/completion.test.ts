/**
 * "Who still has to enter" worked out in the core, on a hand-made tracker of three classes whose
 * counts are worked by hand below, and on a wide tracker where each subject is counted on its own.
 */
import { describe, expect, it } from 'vitest';
import { chaseListText, completionPlan, groupCount } from '../../../core/completion';
import { detectLayout } from '../../../core/layout';
import { THREE_CLASSES, THREE_CLASSES_CHASE_LIST } from './threeClasses';

const plan = (rows: unknown[][], collection: string | null = null) => completionPlan(detectLayout(rows), rows, collection);

describe('who still has to enter (core)', () => {
  it('counts RP2, the latest collection with any grade, by class and teacher, naming the missing and their cells', () => {
    const shown = plan(THREE_CLASSES);
    expect(shown.collections).toEqual(['RP1', 'RP2', 'RP3']);
    expect(shown.latest).toBe('RP2');
    expect(shown.collection).toBe('RP2');
    // 10X1: Adams, Cole and Dee have RP2, Baker not: 3 of 4. 10X2: only Evans: 1 of 3.
    // 10X3 (PQR): Hill, not Iqbal (X): 1 of 2. 10X3 (STU): Jones (6+): 1 of 1.
    expect(shown.groups).toEqual([
      { subject: null, className: '10X1', teacher: 'BDG', entered: 3, onRoll: 4, missing: [{ name: 'Baker, Cara', row: 3, cell: 'G3' }] },
      {
        subject: null,
        className: '10X2',
        teacher: 'KLM',
        entered: 1,
        onRoll: 3,
        missing: [
          { name: 'Ford, Gail', row: 7, cell: 'G7' },
          { name: 'Green, Hal', row: 8, cell: 'G8' },
        ],
      },
      { subject: null, className: '10X3', teacher: 'PQR', entered: 1, onRoll: 2, missing: [{ name: 'Iqbal, Jay', row: 11, cell: 'G11' }] },
      { subject: null, className: '10X3', teacher: 'STU', entered: 1, onRoll: 1, missing: [] },
    ]);
    expect(shown.groups.map(groupCount)).toEqual([
      '10X1 (BDG): 3 of 4 entered',
      '10X2 (KLM): 1 of 3 entered',
      '10X3 (PQR): 1 of 2 entered',
      '10X3 (STU): 1 of 1 entered',
    ]);
  });

  it('counts the collection chosen instead: RP1, where ABS is no grade; an unknown one falls back to the latest', () => {
    // 10X1: Dee is ABS: 3 of 4. 10X2: Green has none: 2 of 3. 10X3: all three have RP1.
    const rp1 = plan(THREE_CLASSES, 'RP1');
    expect(rp1.collection).toBe('RP1');
    expect(rp1.groups.map((group) => [groupCount(group), group.missing.map((pupil) => pupil.cell)])).toEqual([
      ['10X1 (BDG): 3 of 4 entered', ['F5']],
      ['10X2 (KLM): 2 of 3 entered', ['F8']],
      ['10X3 (PQR): 2 of 2 entered', []],
      ['10X3 (STU): 1 of 1 entered', []],
    ]);
    // RP3: nobody yet, so every pupil on roll (all 10) is missing, in column H.
    const rp3 = plan(THREE_CLASSES, 'RP3');
    expect(rp3.groups.map((group) => `${group.entered}/${group.onRoll}`)).toEqual(['0/4', '0/3', '0/2', '0/1']);
    expect(rp3.groups[0]!.missing.map((pupil) => pupil.cell)).toEqual(['H2', 'H3', 'H4', 'H5']);
    expect(plan(THREE_CLASSES, 'Mock').collection).toBe('RP2');
  });

  it('with no grade entered at all, counts the first collection and says there is no latest', () => {
    const empty = THREE_CLASSES.map((row, r) => (r === 0 ? row : row.map((cell, c) => (c >= 5 ? '' : cell))));
    const shown = plan(empty);
    expect([shown.latest, shown.collection]).toEqual([null, 'RP1']);
    expect(shown.groups.map((group) => `${group.entered}/${group.onRoll}`)).toEqual(['0/4', '0/3', '0/2', '0/1']);
  });

  it('writes the chase list by teacher, leaving out classes with everyone entered', () => {
    expect(chaseListText(plan(THREE_CLASSES), 'Year 10')).toBe(THREE_CLASSES_CHASE_LIST);
    const full = THREE_CLASSES.map((row, r) => (r === 0 || row[0] === '' ? row : [...row.slice(0, 6), 5, '']));
    expect(chaseListText(plan(full), 'Year 10 Maths')).toBe("Everyone on roll has a grade for RP2 on 'Year 10 Maths'.");
  });

  /**
   * Maths and French, each with its own set and teacher. Cole takes no French (no target, no grade), so
   * he is on roll in Maths only. Maths RP2: Adams and Cole have one, Baker not: 2 of 3. French RP2
   * (column L): Baker has one, Adams not: 1 of 2.
   */
  it('on a wide tracker counts each subject and class apart; with no target or grade in a subject, a pupil is not on roll in it', () => {
    const wide = [
      ['Surname', 'Forename', 'Maths Set', 'Maths Teacher', 'Maths Target', 'Maths RP1', 'Maths RP2'],
      ['Adams', 'Ben', '10M1', 'BDG', 6, 5, 6],
      ['Baker', 'Cara', '10M2', 'KLM', 5, 4, ''],
      ['Cole', 'Dan', '10M1', 'BDG', 7, 6, 7],
    ].map((row, r) => [
      ...row,
      ...[
        ['French Set', 'French Teacher', 'French Target', 'French RP1', 'French RP2'],
        ['10F1', 'LMN', 5, 4, ''],
        ['10F1', 'LMN', 5, 5, 6],
        ['', '', '', '', ''],
      ][r]!,
    ]);
    const shown = plan(wide);
    expect(shown.collection).toBe('RP2');
    expect(shown.groups.map((group) => [groupCount(group), group.missing])).toEqual([
      ['Maths 10M1 (BDG): 2 of 2 entered', []],
      ['Maths 10M2 (KLM): 0 of 1 entered', [{ name: 'Baker, Cara', row: 3, cell: 'G3' }]],
      ['French 10F1 (LMN): 1 of 2 entered', [{ name: 'Adams, Ben', row: 2, cell: 'L2' }]],
    ]);
    expect(chaseListText(shown, 'Year 10')).toBe(
      [
        "Still to enter for RP2 on 'Year 10': 2 pupils.",
        '',
        'KLM, Maths 10M2: 1 of 1 still to enter',
        '- Baker, Cara',
        '',
        'LMN, French 10F1: 1 of 2 still to enter',
        '- Adams, Ben',
      ].join('\n'),
    );
  });
});
