/**
 * The tally of cells a report could not read, one entry per column and kind of problem. Its own
 * file so the cohort reader and the pupil reader can both use it without importing each other.
 */
import { quote } from '../errors';
import type { LayoutColumn } from '../layout/schema';

/** Tallies unreadable cells per column, so one message covers 200 bad cells. */
export class ProblemLog {
  private readonly entries = new Map<string, { count: number; row: number; value: unknown; what: string }>();

  note(column: LayoutColumn, sheetRow: number, value: unknown, what: string): void {
    const key = `${column.index}|${what}`;
    const entry = this.entries.get(key);
    if (entry) entry.count += 1;
    else this.entries.set(key, { count: 1, row: sheetRow, value, what });
  }

  /** `consequence` says what happens to the cells, one or many: the report leaves them out. */
  messages(columns: ReadonlyMap<number, LayoutColumn>, consequence: (one: boolean) => string = reportConsequence): string[] {
    return this.located(columns, consequence).map((problem) => problem.text);
  }

  /** The messages, each with the column and 0-based sheet row of its first cell, for a line that goes to that cell. */
  located(columns: ReadonlyMap<number, LayoutColumn>, consequence: (one: boolean) => string = reportConsequence): LocatedProblem[] {
    return [...this.entries].map(([key, { count, row, value, what }]) => {
      const column = columns.get(Number(key.split('|')[0]))!;
      const cells = count === 1 ? `1 cell is not ${what}` : `${count} cells are not ${what}`;
      const first = `first in row ${row + 1}: ${quote(value)}`;
      return { text: `${column.label} (column ${column.letter}): ${cells} (${first}), ${consequence(count === 1)}`, column, row };
    });
  }
}

export interface LocatedProblem {
  text: string;
  column: LayoutColumn;
  /** The first such cell's row, 0-based. */
  row: number;
}

function reportConsequence(one: boolean): string {
  return `so ${one ? 'it is' : 'they are'} left out. Correct ${one ? 'it' : 'them'} and build the report again.`;
}
