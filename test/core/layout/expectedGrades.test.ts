/** The expected grade for a collection (flight path): a target for that collection only, never coloured itself. */
import { describe, expect, it } from 'vitest';
import { detectLayout, rebuildPairs } from '../../../core/layout';
import { column, pairLabels, rolesByHeader, warningCodes } from './helpers';

const codesOf = (layout: ReturnType<typeof detectLayout>, code: string) => layout.warnings.filter((w) => w.code === code);

describe('the expected grade for a collection (flight path)', () => {
  it('colours each collection against its own expected grade, never the expected grade itself', () => {
    const layout = detectLayout([
      ['Name', 'Target', 'Autumn Expected', 'Autumn', 'Spring Expected', 'Spring', 'Summer Expected', 'Summer'],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      Target: 'target',
      'Autumn Expected': 'expected',
      Autumn: 'grade',
      'Spring Expected': 'expected',
      Spring: 'grade',
      'Summer Expected': 'expected',
      Summer: 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Autumn -> Autumn Expected', 'Spring -> Spring Expected', 'Summer -> Summer Expected']);
    expect(column(layout, 'Spring Expected').collection).toBe('Spring');
    expect(layout.collections).toEqual(['Autumn', 'Spring', 'Summer']);
    expect(layout.warnings).toEqual([]);
  });

  it('reads Term 1 Expected Grade as the expected grade, not a grade', () => {
    const layout = detectLayout([['Name', 'Target', 'Term 1 Expected Grade', 'Term 1 Grade', 'Term 2 Grade']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      Target: 'target',
      'Term 1 Expected Grade': 'expected',
      'Term 1 Grade': 'grade',
      'Term 2 Grade': 'grade',
    });
    // Term 2 has no expected grade: it is coloured against the final target as before.
    expect(pairLabels(layout)).toEqual(['Term 1 Grade -> Term 1 Expected Grade', 'Term 2 Grade -> Target']);
  });

  it('reads a flight-path tracker: the prediction against the target, the working-at grade against the flight path', () => {
    const layout = detectLayout([['Name', 'Target', 'Flight Path T2', 'T2 Working At', 'T2 Predicted', 'T3 Working At']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      Target: 'target',
      'Flight Path T2': 'expected',
      'T2 Working At': 'grade',
      'T2 Predicted': 'grade',
      'T3 Working At': 'grade',
    });
    expect(layout.columns.every((c) => c.subject === null)).toBe(true);
    expect(pairLabels(layout)).toEqual(['T2 Working At -> Flight Path T2', 'T2 Predicted -> Target', 'T3 Working At -> Target']);
    expect(layout.warnings).toEqual([]);
  });

  it('reads EAP with an abbreviated collection name and MEG as the target', () => {
    const layout = detectLayout([['Name', 'MEG', 'Y10 Spr EAP', 'Y10 Spr WAG', 'Y10 Spr MLG']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      MEG: 'target',
      'Y10 Spr EAP': 'expected',
      'Y10 Spr WAG': 'grade',
      'Y10 Spr MLG': 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Y10 Spr WAG -> Y10 Spr EAP', 'Y10 Spr MLG -> MEG']);
  });

  it('reads every spelling of an expected grade, and says there is nothing to colour when that is all', () => {
    const layout = detectLayout([['Name', 'FP', 'Pathway', 'EAP', 'On-track grade', 'Expected progress', 'Expected', 'Flight path']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      FP: 'expected',
      Pathway: 'expected',
      EAP: 'expected',
      'On-track grade': 'expected',
      'Expected progress': 'expected',
      Expected: 'expected',
      'Flight path': 'expected',
    });
    expect(pairLabels(layout)).toEqual([]);
    expect(warningCodes(layout)).toEqual(['noGrade']);
  });

  it('keeps Minimum Expected Grade a target and Progress vs Flight Path a status column', () => {
    const layout = detectLayout([['Name', 'Minimum Expected Grade', 'Expected now', 'Current', 'Progress vs Flight Path']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      'Minimum Expected Grade': 'target',
      'Expected now': 'expected',
      Current: 'grade',
      'Progress vs Flight Path': 'status',
    });
    expect(pairLabels(layout)).toEqual(['Current -> Expected now']);
  });

  it('pairs a wide tracker with Combined Science Trilogy per subject and collection', () => {
    const layout = detectLayout([
      [
        'Name',
        'Combined Science Trilogy Target',
        'Combined Science Trilogy Spring Expected',
        'Combined Science Trilogy Spring Working At',
        'Combined Science Trilogy Spring Predicted',
        'Maths Target',
        'Maths Spring Working At',
        'Maths Spring Predicted',
        'Maths Effort',
      ],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      'Combined Science Trilogy Target': 'target',
      'Combined Science Trilogy Spring Expected': 'expected',
      'Combined Science Trilogy Spring Working At': 'grade',
      'Combined Science Trilogy Spring Predicted': 'grade',
      'Maths Target': 'target',
      'Maths Spring Working At': 'grade',
      'Maths Spring Predicted': 'grade',
      'Maths Effort': 'effort',
    });
    expect(pairLabels(layout)).toEqual([
      'Combined Science Trilogy Spring Working At -> Combined Science Trilogy Spring Expected',
      'Combined Science Trilogy Spring Predicted -> Combined Science Trilogy Target',
      'Maths Spring Predicted -> Maths Target',
    ]);
    expect(layout.subjects).toEqual(['Combined Science Trilogy', 'Maths']);
    // Maths has no expected grade for Spring: its working-at grade is left for the user, with a one-sentence note.
    const notes = codesOf(layout, 'workingAtUnpaired');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.severity).toBe('info');
    expect(notes[0]!.columns).toEqual([6, 7]);
    expect(notes[0]!.message.split('. ')).toHaveLength(1);
    expect(notes[0]!.message).toMatch(/choose a target for G in the panel/);
  });

  it('does not let a science expected grade colour maths grades on a wide tracker', () => {
    const layout = detectLayout([['Name', 'Science Target', 'Science Spring Expected', 'Science Spring', 'Maths Target', 'Maths Spring']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      'Science Target': 'target',
      'Science Spring Expected': 'expected',
      'Science Spring': 'grade',
      'Maths Target': 'target',
      'Maths Spring': 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Science Spring -> Science Spring Expected', 'Maths Spring -> Maths Target']);
  });

  it('rebuilds pairs against an expected grade after the user marks it', () => {
    const rows = [['Name', 'Target', 'Aim', 'Spring']];
    const layout = detectLayout(rows);
    expect(pairLabels(layout)).toEqual(['Spring -> Target']);
    layout.columns[2] = { ...layout.columns[2]!, role: 'expected', collection: 'Spring' };
    expect(pairLabels(rebuildPairs(layout))).toEqual(['Spring -> Aim']);
  });
});

describe('expected grades without a final target', () => {
  it('colours the collection that has an expected grade and names the grades that cannot be coloured', () => {
    const layout = detectLayout([['Name', 'Autumn Expected', 'Autumn', 'Spring']]);
    expect(rolesByHeader(layout)).toEqual({ Name: 'name', 'Autumn Expected': 'expected', Autumn: 'grade', Spring: 'grade' });
    expect(pairLabels(layout)).toEqual(['Autumn -> Autumn Expected']);
    expect(warningCodes(layout)).toEqual(['unpairedGrades']);
    expect(layout.warnings[0]!.columns).toEqual([3]);
  });
});
