/**
 * The pairing as one line per subject, so a wide tracker's 39 grade columns read as 13 lines a head of
 * department can check at a glance: "Maths: RP1 to RP3 against Maths Target". A grade coloured
 * against its collection's expected grade says so, and one left uncoloured is named. Every name comes
 * from the layout (labels, subjects), so corrections show at once. No DOM: layoutView shows the lines.
 */
import { subjectKey, type Layout, type LayoutColumn } from '../layout';

export interface SubjectPairing {
  /** Stays the same while the subject does, so its line (and whether it is open) is kept across changes. */
  key: string;
  /** The subject as the sheet names it; null on a sheet whose headings name none. */
  subject: string | null;
  /** "Maths: RP1 to RP3 against Maths Target". */
  text: string;
  /** The subject's grade columns, in sheet order, each with its own dropdown under the line. */
  grades: LayoutColumn[];
}

const keyOf = (column: LayoutColumn) => (column.subject ? subjectKey(column.subject) : '');

/** "RP1", "RP1 and RP2", "RP1 to RP3" (a run of the subject's columns side by side), or "RP1, RP3 and Mock". */
function nameGrades(names: readonly string[], positions: readonly number[]): string {
  if (names.length === 1) return names[0]!;
  const adjacent = positions.every((position, i) => i === 0 || position === positions[i - 1]! + 1);
  if (adjacent && names.length > 2) return `${names[0]} to ${names[names.length - 1]}`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A grade's name within its subject's line: its label without the subject ("Maths RP1" is "RP1"), its letter when two read the same. */
function shortNames(grades: readonly LayoutColumn[]): Map<number, string> {
  const short = (column: LayoutColumn) =>
    column.subject && column.label.toLowerCase().startsWith(`${column.subject.toLowerCase()} `)
      ? column.label.slice(column.subject.length + 1)
      : column.label;
  const counts = new Map<string, number>();
  for (const grade of grades) counts.set(short(grade), (counts.get(short(grade)) ?? 0) + 1);
  return new Map(grades.map((grade) => [grade.index, counts.get(short(grade))! > 1 ? `${short(grade)} (${grade.letter})` : short(grade)]));
}

/** The parts of one subject's line: grades grouped by the column they are coloured against, in sheet order. */
function subjectText(grades: readonly LayoutColumn[], layout: Layout): string {
  const byIndex = new Map(layout.columns.map((column) => [column.index, column]));
  const names = shortNames(grades);
  const position = new Map(grades.map((grade, at) => [grade.index, at]));
  const groups = new Map<string, LayoutColumn[]>();
  for (const grade of grades) {
    const target = byIndex.get(layout.pairs.find((pair) => pair.grade === grade.index)?.target ?? -1);
    // Each grade against its own collection's expected grade reads as one part, however many collections.
    const key = !target ? 'none' : target.role === 'expected' ? 'expected' : `target ${target.index}`;
    groups.set(key, [...(groups.get(key) ?? []), grade]);
  }
  const parts = [...groups].map(([key, members]) => {
    const named = nameGrades(
      members.map((grade) => names.get(grade.index)!),
      members.map((grade) => position.get(grade.index)!),
    );
    if (key === 'none') return `${named} not coloured`;
    if (key === 'expected') {
      if (members.length > 1) return `${named}, each against its own collection's expected grade`;
      const target = byIndex.get(layout.pairs.find((pair) => pair.grade === members[0]!.index)!.target)!;
      return `${named} against its expected grade, ${target.label}`;
    }
    return `${named} against ${byIndex.get(Number(key.slice('target '.length)))!.label}`;
  });
  return parts.join('; ');
}

export function subjectPairings(layout: Layout): SubjectPairing[] {
  const bySubject = new Map<string, LayoutColumn[]>();
  for (const column of layout.columns) {
    if (column.role !== 'grade') continue;
    bySubject.set(keyOf(column), [...(bySubject.get(keyOf(column)) ?? []), column]);
  }
  return [...bySubject].map(([key, grades]) => {
    const subject = grades.find((grade) => grade.subject)?.subject ?? null;
    const text = subjectText(grades, layout);
    return { key, subject, text: subject ? `${subject}: ${text}` : text, grades };
  });
}
