/** The user corrects the layout in the panel; the result is checked against the sheet before it is saved or used. */
import { describe, expect, it } from 'vitest';
import { detectLayout, rebuildPairs, validateLayout, type Layout } from '../../../core/layout';
import { pairLabels, warningCodes } from './helpers';

const SHEET = [['Year 10 Science'], [], ['Name', 'PP', 'Target', 'RP1', 'RP2', 'Notes'], ['Mo', 'Y', '6', '5', '6', '']];

const detected = () => detectLayout(SHEET);
const edit = (change: (layout: Layout) => void): Layout => {
  const copy = structuredClone(detected());
  change(copy);
  return copy;
};
const errorsOf = (candidate: unknown, rows: unknown[][] = SHEET) => {
  const check = validateLayout(candidate, rows);
  expect(check.ok).toBe(false);
  return check.ok ? [] : check.errors;
};

describe('validateLayout', () => {
  it('accepts the detected layout after a JSON round trip, as when it is saved with the document', () => {
    const saved = JSON.parse(JSON.stringify(detected()));
    const check = validateLayout(saved, SHEET);
    expect(check).toEqual({ ok: true, layout: detected() });
  });

  it('refuses a pair that points to a column that is no longer a target, and says what to do', () => {
    const candidate = edit((layout) => {
      layout.columns[2]!.role = 'other';
    });
    const errors = errorsOf(candidate);
    expect(errors.some((error) => /points to column C \('Target'\), whose role is Other, not Target/.test(error))).toBe(true);
    expect(errors.join(' ')).toMatch(/choose a target column/);
  });

  it('refuses a pair whose target is another grade column', () => {
    const errors = errorsOf(
      edit((layout) => {
        layout.pairs[1]!.target = 3;
      }),
    );
    expect(errors.join(' ')).toMatch(/column D \('RP1'\), whose role is Grade/);
  });

  it('refuses columns and a header row outside the rows read', () => {
    const farColumn = edit((layout) => {
      layout.columns.push({ index: 40, letter: 'AO', header: 'RP3', label: 'RP3', role: 'grade', subject: null, collection: 'RP3' });
    });
    expect(errorsOf(farColumn).join(' ')).toMatch(/Column AO .* is outside the sheet, which runs from A to F/);
    const lowHeader = edit((layout) => {
      layout.headerRow = 20;
      layout.dataStartRow = 21;
    });
    expect(errorsOf(lowHeader).join(' ')).toMatch(/header row is set to row 21, but only rows 1 to 4 were read/);
  });

  it('refuses impossible values with messages that name the column', () => {
    const wrongLetter = edit((layout) => {
      layout.columns[3]!.letter = 'Z';
    });
    expect(errorsOf(wrongLetter).join(' ')).toMatch(/position 3, which is column D/);
    const unknownRole = edit((layout) => {
      (layout.columns[1] as { role: string }).role = 'flag';
    });
    expect(errorsOf(unknownRole)[0]).toMatch(/^Column B: Choose one of: UPN, /);
    const dataAboveHeader = edit((layout) => {
      layout.dataStartRow = 1;
    });
    expect(errorsOf(dataAboveHeader).join(' ')).toMatch(/must start below the header row \(row 3\)/);
    expect(errorsOf('not a layout')[0]).toMatch(/^The layout: /);
  });

  it('accepts a role change, recomputes what depends on it and warns about grades left without a pair', () => {
    const candidate = edit((layout) => {
      layout.columns[5]!.role = 'grade'; // the user says "Notes" holds grades
    });
    const check = validateLayout(candidate, SHEET);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.layout.collections).toEqual(['RP1', 'RP2', 'Notes']);
    expect(check.layout.warnings.find((w) => w.code === 'unpairedGrades')!.message).toMatch(/F 'Notes' has no target pair/);
    // rebuildPairs pairs it the way detection would.
    expect(pairLabels(rebuildPairs(check.layout))).toEqual(['RP1 -> Target', 'RP2 -> Target', 'Notes -> Target']);
  });

  it('treats a cleared subject box as no subject', () => {
    const check = validateLayout(
      edit((layout) => {
        (layout.columns[3] as { subject: string | null }).subject = '  ';
      }),
      SHEET,
    );
    expect(check.ok && check.layout.columns[3]!.subject).toBeNull();
  });

  it('warns when the headings in the sheet have moved since the layout was saved', () => {
    const moved = SHEET.map((row, index) => (index === 2 ? ['Name', 'PP', 'Target', 'Current', 'RP1', 'RP2'] : row));
    const check = validateLayout(detected(), moved);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const changed = check.layout.warnings.find((w) => w.code === 'changedHeading')!;
    expect(changed.columns).toEqual([3, 4, 5]);
    expect(changed.message).toMatch(/detect the layout again/);
  });
});

describe('rebuildPairs', () => {
  it('turns a sheet with no target into a coloured one when the user marks its target column', () => {
    const rows = [['Name', 'Aim', 'RP1', 'RP2']];
    const layout = detectLayout(rows);
    expect(warningCodes(layout)).toContain('noTarget');
    layout.columns[1]!.role = 'target';
    const rebuilt = rebuildPairs(layout);
    expect(pairLabels(rebuilt)).toEqual(['RP1 -> Aim', 'RP2 -> Aim']);
    expect(warningCodes(rebuilt)).not.toContain('noTarget');
  });
});
