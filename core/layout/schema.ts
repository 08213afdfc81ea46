/**
 * The saved layout: what detection found, what the user corrected in the panel, and what is stored
 * with the document. Rows and columns are 0-based sheet positions; letters are shown to people.
 */
import * as z from 'zod/mini';
import '../schema';
import { columnLetter, MAX_COLUMNS } from '../workbook/a1';
import { COLUMN_ROLES, GRADE_KINDS, PAIR_TARGET_ROLES, ROLE_LABELS } from './roles';

export const WARNING_CODES = [
  'noHeaderRow',
  'weakHeaderRow',
  'noTarget',
  'noGrade',
  'ambiguousTarget',
  'positionalPairs',
  'unpairedGrades',
  'duplicateRole',
  'duplicateHeading',
  'blankHeading',
  'changedHeading',
  'workingAtUnpaired',
] as const;

const index = z.number().check(z.int('Use a whole number'), z.minimum(0, 'Positions start at 0'));
const columnIndex = z
  .number()
  .check(
    z.int('Use a whole number'),
    z.minimum(0, 'Positions start at 0'),
    z.maximum(MAX_COLUMNS - 1, `A sheet has at most ${MAX_COLUMNS} columns`),
  );

export const layoutColumnSchema = z.strictObject({
  index: columnIndex,
  letter: z.string().check(z.regex(/^[A-Z]{1,3}$/, 'A column letter is 1 to 3 capital letters')),
  /** The heading as the sheet shows it (shortened when very long). */
  header: z.string().check(z.maxLength(200)),
  /** How the panel and messages name the column, e.g. "Maths RP2". */
  label: z.string().check(z.minLength(1, 'A column needs a label'), z.maxLength(260)),
  role: z.enum(COLUMN_ROLES, { error: () => `Choose one of: ${COLUMN_ROLES.map((role) => ROLE_LABELS[role]).join(', ')}` }),
  subject: z.nullable(z.string().check(z.trim(), z.minLength(1, 'Leave the subject empty rather than blank text'), z.maxLength(100))),
  /** For a grade column, the data collection it belongs to ("RP2", "Autumn 1", "Mock"). */
  collection: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  /** For a grade column, what kind of grade its heading says it is (absent in layouts saved before kinds were read). */
  kind: z.optional(z.nullable(z.enum(GRADE_KINDS))),
});

export const layoutPairSchema = z.strictObject({
  grade: columnIndex,
  target: columnIndex,
  /** "Maths RP2 -> Maths Target". */
  label: z.string().check(z.maxLength(600)),
});

export const layoutWarningSchema = z.strictObject({
  code: z.enum(WARNING_CODES),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().check(z.minLength(1)),
  /** Columns the message is about; for an ambiguity the chosen column comes first. */
  columns: z.array(columnIndex),
});

export const layoutSchema = z
  .strictObject({
    version: z.literal(1),
    headerRow: z.nullable(index),
    dataStartRow: z.nullable(index),
    columns: z.array(layoutColumnSchema).check(z.maxLength(MAX_COLUMNS)),
    pairs: z.array(layoutPairSchema),
    subjects: z.array(z.string()),
    collections: z.array(z.string()),
    warnings: z.array(layoutWarningSchema),
  })
  .check(
    z.superRefine((layout, context) => {
      const problem = (message: string, path: (string | number)[]) => context.addIssue({ code: 'custom', message, path });
      if (layout.headerRow !== null && layout.dataStartRow !== null && layout.dataStartRow <= layout.headerRow) {
        problem(`Pupil data must start below the header row (row ${layout.headerRow + 1}); it is set to row ${layout.dataStartRow + 1}.`, [
          'dataStartRow',
        ]);
      }
      const byIndex = new Map<number, (typeof layout.columns)[number]>();
      layout.columns.forEach((column, position) => {
        if (column.letter !== columnLetter(column.index)) {
          problem(`Column ${column.letter} is stored as position ${column.index}, which is column ${columnLetter(column.index)}.`, [
            'columns',
            position,
            'letter',
          ]);
        }
        if (byIndex.has(column.index)) problem(`Column ${column.letter} is listed twice.`, ['columns', position, 'index']);
        byIndex.set(column.index, column);
      });
      const pairedGrades = new Set<number>();
      layout.pairs.forEach((pair, position) => {
        const grade = byIndex.get(pair.grade);
        const target = byIndex.get(pair.target);
        const name = `The pair '${pair.label}'`;
        if (!grade)
          problem(`${name} colours column ${columnLetter(pair.grade)}, which is not in the layout.`, ['pairs', position, 'grade']);
        else if (grade.role !== 'grade') {
          problem(
            `${name} colours column ${grade.letter} ('${grade.label}'), whose role is ${ROLE_LABELS[grade.role]}, not Grade: ` +
              'set its role to Grade or remove the pair.',
            ['pairs', position, 'grade'],
          );
        }
        if (!target)
          problem(`${name} points to column ${columnLetter(pair.target)}, which is not in the layout.`, ['pairs', position, 'target']);
        else if (!PAIR_TARGET_ROLES.has(target.role)) {
          problem(
            `${name} points to column ${target.letter} ('${target.label}'), whose role is ${ROLE_LABELS[target.role]}, not Target: ` +
              `choose a target column for it, or set ${target.letter}'s role to Target.`,
            ['pairs', position, 'target'],
          );
        }
        if (pairedGrades.has(pair.grade))
          problem(`Column ${columnLetter(pair.grade)} is paired with two targets: keep one pair.`, ['pairs', position, 'grade']);
        pairedGrades.add(pair.grade);
      });
    }),
  );

export type Layout = z.infer<typeof layoutSchema>;
export type LayoutColumn = z.infer<typeof layoutColumnSchema>;
export type LayoutPair = z.infer<typeof layoutPairSchema>;
export type LayoutWarning = z.infer<typeof layoutWarningSchema>;
export type LayoutWarningCode = (typeof WARNING_CODES)[number];
