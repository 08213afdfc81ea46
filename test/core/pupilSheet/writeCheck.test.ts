import { describe, expect, it } from 'vitest';
import { pupilSheetWriteProblem, type PupilSheetNow } from '../../../core/pupilSheet';
import { TRACKER, planFor, writtenGrid } from './support';

const first = planFor();
const update = planFor([
  { name: TRACKER, mark: null, isProtected: false },
  { name: first.sheetName, mark: first.mark, isProtected: false },
]);
/** The sheet as the first write left it, with a pupil chosen and a comment typed (the user's cells). */
const written = (): string[][] => {
  const grid = writtenGrid(
    first,
    Array.from({ length: 20 }, () => ['', '', '', '']),
  );
  grid[2]![1] = 'Ann Lee';
  grid[17]![0] = 'A good term.';
  return grid;
};
const now = (contents: string[][], changes: Partial<PupilSheetNow> = {}): PupilSheetNow => ({
  exists: true,
  mark: first.mark,
  isProtected: false,
  contents,
  ...changes,
});

describe('the check just before the pupil report sheet is written', () => {
  it('writes a new sheet only while no sheet has its name', () => {
    expect(pupilSheetWriteProblem(first, { exists: false, mark: null, isProtected: false, contents: [] })).toBeNull();
    expect(pupilSheetWriteProblem(first, now([]))).toMatch(/^A sheet called 'Pupil report Year 10 O'Neil' was added after/);
  });

  it('updates a sheet whose cells are as Tracklight wrote them, whatever the user chose in B3 or typed in the comment lines', () => {
    expect(pupilSheetWriteProblem(update, now(written()))).toBeNull();
  });

  it('treats a formula the host gave back re-cased and re-spaced as unchanged', () => {
    const grid = written().map((row) =>
      row.map((cell) => (cell.startsWith('=') ? cell.replace(/,/g, ', ').replace(/INDEX/g, 'index') : cell)),
    );
    expect(pupilSheetWriteProblem(update, now(grid))).toBeNull();
  });

  it('refuses, naming nothing it would overwrite, when a cell Tracklight wrote was changed by hand', () => {
    const grid = written();
    grid[8]![2] = '5';
    expect(pupilSheetWriteProblem(update, now(grid))).toMatch(
      /^'Pupil report Year 10 O'Neil' was changed by hand where Tracklight lays out the report \(A1:D20, apart from the pupil cell/,
    );
    const typedBeside = written();
    typedBeside[4]![3] = 'note';
    expect(pupilSheetWriteProblem(update, now(typedBeside))).toContain('was changed by hand');
  });

  it('refuses when the report needs a cell that was not its own and holds something typed', () => {
    // A tracker with a third collection makes the report one column wider than the sheet it made.
    const wider = { ...update, writes: [...update.writes, { range: 'E8:E8', values: [['RP3']] }] };
    const grid = written().map((row) => [...row, '']);
    grid[7]![4] = 'kept';
    expect(pupilSheetWriteProblem(wider, now(grid))).toBe(
      "'Pupil report Year 10 O'Neil' has something typed in E8, where the pupil report now needs room, so it was not updated " +
        'and nothing was written. Move or clear what is in E8, then make the pupil report again.',
    );
  });

  it('refuses a sheet that has gone, was protected or carries another mark since the plan', () => {
    expect(pupilSheetWriteProblem(update, now(written(), { exists: false }))).toContain('is no longer in this workbook');
    expect(pupilSheetWriteProblem(update, now(written(), { isProtected: true }))).toContain(
      'is protected, so Tracklight cannot update it',
    );
    expect(pupilSheetWriteProblem(update, now(written(), { mark: 'x' }))).toContain('The Tracklight mark on');
  });
});
