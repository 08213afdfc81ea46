/**
 * What "Check grades as they are typed" will do, worked out before any host call: which grade
 * cells get a dropdown of the school's grades, the list itself, and the warning a teacher sees
 * when they type something else. Warning only, never a refusal: what was typed is kept, because a
 * tracker also holds X, ABS and grades the list leaves out, and Tracklight must never lose a grade.
 * Every check that can stop it (a protected sheet, no paired grade column, no pupils) is here, so a
 * host either applies a whole plan or nothing.
 */
import type { GradeSettings } from '../grades/gradeSettings';
import type { Layout } from '../layout/schema';
import { columnLetter } from '../workbook/a1';
import { protectedSheetMessage } from '../workbook/protectedSheet';
import { excelListSource, type ExcelListSource } from './excelListSource';
import { GRADE_CHECK_MARK } from './gradeCheckMark';

export interface GradeCheckColumn {
  /** One grade column's pupil cells, e.g. 'F4:F203'. */
  range: string;
  /** How the panel names it: "Maths RP1 (column F)". */
  label: string;
}

export interface GradeChecksPlan {
  sheetName: string;
  columns: GradeCheckColumn[];
  /** The dropdown, highest grade first. */
  labels: string[];
  /** Excel's warning dialog: its title and message (the message carries GRADE_CHECK_MARK). */
  title: string;
  message: string;
  /** Sheets' help text, shown beside a cell that is not on the list (carries GRADE_CHECK_MARK). */
  helpText: string;
  excelSource: ExcelListSource;
}

export type GradeChecksPlanOutcome = { ok: true; plan: GradeChecksPlan } | { ok: false; message: string };

/** What a host did: how many columns got the check, and the columns left alone because they hold validation of the school's own. */
export interface GradeChecksApplied {
  checked: number;
  leftAlone: GradeCheckColumn[];
}

interface SheetFacts {
  name: string;
  /** The last used row, counted from 1. */
  lastRow: number;
  isProtected: boolean;
  /** Where the protection is Tracklight's own lock: the collections it locks, so the refusal says to unlock them. */
  lockedBy?: readonly string[];
}

const NOTHING_CHANGED = 'Nothing was changed.';

/** 9+ 9 9- 8+ ... 1+ 1 1- U: the built-in GCSE scale as a teacher types it. */
export function builtInGradeList(): string[] {
  const labels: string[] = [];
  for (let grade = 9; grade >= 1; grade -= 1) labels.push(`${grade}+`, `${grade}`, `${grade}-`);
  return [...labels, 'U'];
}

/** The school's own labels, highest first like the built-in list. */
const schoolList = (scale: GradeSettings): string[] =>
  [...scale.labels].sort((a, b) => b.value - a.value).map(({ label }) => label.trim());

export function planGradeChecks(sheet: SheetFacts, layout: Layout, scale: GradeSettings | undefined): GradeChecksPlanOutcome {
  const refuse = (reason: string, whatToDo: string): GradeChecksPlanOutcome => ({
    ok: false,
    message: `'${sheet.name}' ${reason}. ${whatToDo} ${NOTHING_CHANGED}`,
  });
  const couldNot = 'Tracklight cannot add grade checks to it';
  if (sheet.isProtected) return { ok: false, message: protectedSheetMessage(sheet.name, couldNot, { lockedBy: sheet.lockedBy }) };
  if (scale && scale.labels.length === 0 && scale.numbers === 'percentages') {
    return refuse('is marked out of 100, and a mark has no list to choose from', 'Grade checks are for grade scales.');
  }
  if (layout.dataStartRow === null || layout.pairs.length === 0) {
    return refuse(
      'has no grade columns paired with a target, so Tracklight cannot tell which columns hold grades',
      'Pair them in the layout above, then try again.',
    );
  }
  const firstRow = layout.dataStartRow + 1;
  if (sheet.lastRow < firstRow) return refuse('has no pupil rows below its header row yet', 'Add pupils, then try again.');
  const labels = scale && scale.labels.length > 0 ? schoolList(scale) : builtInGradeList();
  const grades = [...new Set(layout.pairs.map((pair) => pair.grade))].sort((a, b) => a - b);
  const columns = grades.map((index) => {
    const letter = columnLetter(index);
    const name = layout.columns.find((column) => column.index === index)?.label ?? letter;
    return { range: `${letter}${firstRow}:${letter}${sheet.lastRow}`, label: `${name} (column ${letter})` };
  });
  const examples = labels.slice(0, 3).join(', ');
  return {
    ok: true,
    plan: {
      sheetName: sheet.name,
      columns,
      labels,
      title: 'Not one of the grades',
      message:
        `This is not one of the school's grades (${examples} ...). Choose Yes to keep it (X or ABS for no grade yet is fine), ` +
        `or No to type it again. ${GRADE_CHECK_MARK}`,
      helpText:
        `Choose one of the school's grades (${examples} ...) from the list. ` + `X or ABS for no grade yet is fine. ${GRADE_CHECK_MARK}`,
      excelSource: excelListSource(labels),
    },
  };
}
