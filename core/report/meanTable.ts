/**
 * A criteria-by-subject table of scores (a department self-evaluation, say) with plain means per
 * subject, per criterion and overall, as the published STEM evaluation reports them. The input is the
 * range as a host reads it: subject names along the first row, criterion names down the first column.
 */
import { quote } from '../errors';
import { isBlankText, readNumberCell } from '../values';

export interface MeanLine {
  name: string;
  /** null when every cell of the line is blank. */
  mean: number | null;
  count: number;
}

export interface MeanTable {
  subjects: MeanLine[];
  criteria: MeanLine[];
  /** The mean of every score in the table (not the mean of the means, which differs when cells are blank). */
  overall: MeanLine;
  /** Cells that are not numbers, named by criterion and subject; they are left out of every mean. */
  problems: string[];
}

const readScore = (value: unknown): number | null | undefined => (isBlankText(value) ? null : readNumberCell(value));

const line = (name: string, total: number, count: number): MeanLine => ({ name, mean: count > 0 ? total / count : null, count });

export function subjectMeanTable(grid: readonly (readonly unknown[])[]): MeanTable {
  const header = grid[0] ?? [];
  const subjects = header.slice(1).map((name, i) => (isBlankText(name) ? `Column ${i + 2}` : String(name).trim()));
  const subjectTotals = subjects.map(() => ({ total: 0, count: 0 }));
  const criteria: MeanLine[] = [];
  const problems: string[] = [];
  let total = 0;
  let count = 0;
  grid.slice(1).forEach((row, r) => {
    const scores = subjects.map((_, c) => row[c + 1]);
    if (isBlankText(row[0]) && scores.every(isBlankText)) return;
    const name = isBlankText(row[0]) ? `Row ${r + 2}` : String(row[0]).trim();
    let rowTotal = 0;
    let rowCount = 0;
    scores.forEach((value, c) => {
      const score = readScore(value);
      if (score === undefined)
        problems.push(`${name}, ${subjects[c]}: ${quote(value)} is not a score, so it is left out. Use a number such as 2.`);
      if (typeof score !== 'number') return;
      rowTotal += score;
      rowCount += 1;
      subjectTotals[c]!.total += score;
      subjectTotals[c]!.count += 1;
    });
    criteria.push(line(name, rowTotal, rowCount));
    total += rowTotal;
    count += rowCount;
  });
  return {
    subjects: subjects.map((name, c) => line(name, subjectTotals[c]!.total, subjectTotals[c]!.count)),
    criteria,
    overall: line('Overall', total, count),
    problems,
  };
}

/** Before and after side by side: each line's change (after minus before), matched by name. */
export function meanTableChange(
  before: MeanTable,
  after: MeanTable,
): { name: string; before: number | null; after: number | null; change: number | null }[] {
  const pairs = (a: MeanLine[], b: MeanLine[]) =>
    a.map((first) => {
      const second = b.find((candidate) => candidate.name === first.name);
      const [x, y] = [first.mean, second?.mean ?? null];
      return { name: first.name, before: x, after: y, change: x === null || y === null ? null : y - x };
    });
  return [
    ...pairs(before.subjects, after.subjects),
    ...pairs(before.criteria, after.criteria),
    ...pairs([before.overall], [after.overall]),
  ];
}
