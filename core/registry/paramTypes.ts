/** The parameter types Tracklight's functions use, each with its reading rule in one place. */
import { CellError, quote, whyImplausible } from '../errors';
import type { GradeReading } from '../grades/gradeScale';
import { readScaleArgument } from '../grades/scaleArgument';
import { readBaselineRow, readKs2Row, type BaselineRow } from '../targets/ks2';
import { isBlankText, isImplausibleNumber, readNumberCell, type Grid } from '../values';
import type { CellParam, RangeParam, ReadContext, RowParam, ScalarParam, ScaleParam, ValueType } from './params';

type Docs = { name: string; description: string };

/** Grades, read by the school's scale. A blank required grade blanks the output; a blank optional one reaches the body as null. */
export function gradeCells(docs: Docs, options?: { optional?: false }): CellParam<number, true>;
export function gradeCells(docs: Docs, options: { optional: true }): CellParam<number, false>;
export function gradeCells(docs: Docs, options: { optional?: boolean } = {}): CellParam<number> {
  return {
    ...docs,
    kind: 'cell',
    type: 'any',
    optional: options.optional ?? false,
    blankGivesBlank: !options.optional,
    reader: (context: ReadContext): ((value: unknown) => GradeReading) => context.grades.read,
  };
}

/** One or two score columns (a KS2 average, or reading and maths), read row by row. */
const scoreRows = <T>(docs: Docs, read: (row: readonly unknown[]) => T | null | CellError): RowParam<T> => ({
  ...docs,
  kind: 'row',
  type: 'number',
  optional: false,
  maxColumns: 2,
  blankGivesBlank: true,
  reader: () => read,
});

export const ks2Rows = (docs: Docs): RowParam<number> => scoreRows(docs, readKs2Row);

/** KS2 scores, or any baseline a band table covers: the body chooses which reading applies. */
export const baselineRows = (docs: Docs): RowParam<BaselineRow> => scoreRows(docs, readBaselineRow);

export const numberCells = (
  docs: Docs,
  limits: { min: number; max: number; what: string; zeroIsBlank?: boolean },
): CellParam<number, true> => ({
  ...docs,
  kind: 'cell',
  type: 'number',
  optional: false,
  blankGivesBlank: true,
  reader: () => (value) => {
    if (value instanceof CellError) return value;
    if (isBlankText(value) || (limits.zeroIsBlank && value === 0)) return null;
    const number = readNumberCell(value);
    if (number !== undefined && number >= limits.min && number <= limits.max) return number;
    if (isImplausibleNumber(value)) return new CellError('#VALUE!', `${quote(value)} ${whyImplausible(value)}: check the cell.`);
    return new CellError('#VALUE!', `${quote(value)} is not ${limits.what}: use a number from ${limits.min} to ${limits.max}.`);
  },
});

/** A number option; `convert` turns it into the unit the body works in, once per call. */
export const numberOption = (
  docs: Docs,
  defaultValue: number,
  limits: { min: number; max: number; convert?: (value: number) => number },
): ScalarParam<number> => ({
  ...docs,
  kind: 'scalar',
  type: 'number',
  optional: true,
  defaultValue: limits.convert ? limits.convert(defaultValue) : defaultValue,
  read: (value) => {
    const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
    if (Number.isFinite(number) && number >= limits.min && number <= limits.max) return limits.convert ? limits.convert(number) : number;
    return new CellError('#VALUE!', `${docs.name} must be a number from ${limits.min} to ${limits.max}, not ${quote(value)}.`);
  },
});

export const choiceOption = <T extends string>(docs: Docs, choices: readonly T[], defaultValue: T): ScalarParam<T> => ({
  ...docs,
  kind: 'scalar',
  type: 'string',
  optional: true,
  defaultValue,
  read: (value) => {
    const folded = typeof value === 'string' ? value.trim().toLowerCase() : '';
    const choice = choices.find((candidate) => candidate === folded);
    return choice ?? new CellError('#VALUE!', `${docs.name} must be one of ${choices.join(', ')}, not ${quote(value)}.`);
  },
});

export const booleanOption = (docs: Docs, defaultValue: boolean): ScalarParam<boolean> => ({
  ...docs,
  kind: 'scalar',
  type: 'boolean',
  optional: true,
  defaultValue,
  read: (value) => {
    if (typeof value === 'boolean') return value;
    if (value === 1 || value === 0) return value === 1;
    const folded = typeof value === 'string' ? value.trim().toUpperCase() : '';
    if (folded === 'TRUE' || folded === 'FALSE') return folded === 'TRUE';
    return new CellError('#VALUE!', `${docs.name} must be TRUE or FALSE, not ${quote(value)}.`);
  },
});

/**
 * The optional last argument of the grade functions: the school's scale for this call (a label and
 * value range, or a ready-made scale's name). The runner reads it before every other argument.
 */
export const scaleOption = (): ScaleParam => ({
  name: 'scale',
  description: 'Optional: the school\'s grade scale, a range of labels beside their values, or a name such as "ks3-descriptors".',
  kind: 'range',
  type: 'any',
  optional: true,
  setsGradeScale: true,
  read: readScaleArgument,
});

type Read<T> = (grid: Grid, context: ReadContext) => T | CellError;

/** A whole range handed to the body after `read` checks it; an optional one left out reaches the body as undefined. */
export function wholeRange<T>(docs: Docs, read: Read<T>, options?: { optional?: false; type?: ValueType }): RangeParam<T, false>;
export function wholeRange<T>(docs: Docs, read: Read<T>, options: { optional: true; type?: ValueType }): RangeParam<T, true>;
export function wholeRange<T>(docs: Docs, read: Read<T>, options: { optional?: boolean; type?: ValueType } = {}): RangeParam<T> {
  return {
    ...docs,
    kind: 'range',
    type: options.type ?? 'any',
    optional: options.optional ?? false,
    read,
  };
}

/** A scalar option read by the caller's own rule (for options with their own syntax, like '>=4'). */
export const customOption = <T>(
  docs: Docs,
  defaultValue: T,
  read: (value: unknown, context: ReadContext) => T | CellError,
): ScalarParam<T> => ({
  ...docs,
  kind: 'scalar',
  type: 'string',
  optional: true,
  defaultValue,
  read,
});
