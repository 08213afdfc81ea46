/**
 * Parameter metadata. A function declares what each argument is; the runner does every
 * coercion, blank, range and broadcasting rule from these declarations, so function
 * bodies only ever see one clean value per argument.
 */
import type { CellError } from '../errors';
import type { GradeScale } from '../grades/gradeScale';
import type { Grid } from '../values';

export interface ReadContext {
  grades: GradeScale;
}

/** How the argument is documented for Excel's metadata and Sheets' JSDoc. */
export type ValueType = 'number' | 'string' | 'boolean' | 'any';

interface ParamDocs {
  name: string;
  description: string;
  type: ValueType;
  optional: boolean;
}

/** Mapped cell by cell; broadcast against the other mapped arguments. */
export interface CellParam<T> extends ParamDocs {
  kind: 'cell';
  /** Gives the cell reader for one call's settings; made once per call, run once per cell. */
  reader: (context: ReadContext) => (value: unknown) => T | null | CellError;
  /** A blank in this argument makes the output cell blank; otherwise the body gets null. */
  blankGivesBlank: boolean;
}

/** Mapped row by row: each row of up to `maxColumns` cells is one value (e.g. KS2 reading, maths). */
export interface RowParam<T> extends ParamDocs {
  kind: 'row';
  maxColumns: number;
  reader: (context: ReadContext) => (row: readonly unknown[]) => T | null | CellError;
  blankGivesBlank: true;
}

/** One value for the whole call (an option, a tolerance). */
export interface ScalarParam<T> extends ParamDocs {
  kind: 'scalar';
  read: (value: unknown, context: ReadContext) => T | CellError;
  defaultValue: T;
}

/** A whole range read at once (a band table, a header row, a column of flags). */
export interface RangeParam<T> extends ParamDocs {
  kind: 'range';
  read: (grid: Grid, context: ReadContext) => T | CellError;
  defaultValue?: T;
}

export type ParamSpec = CellParam<any> | RowParam<any> | ScalarParam<any> | RangeParam<any>;
export type MappedParam = CellParam<any> | RowParam<any>;

export const isMapped = (param: ParamSpec): param is MappedParam => param.kind === 'cell' || param.kind === 'row';
