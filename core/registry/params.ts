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

/**
 * Mapped cell by cell; broadcast against the other mapped arguments. `BlankGivesBlank` is kept in
 * the type because it decides whether the body can be handed null.
 */
export interface CellParam<T, BlankGivesBlank extends boolean = boolean> extends ParamDocs {
  kind: 'cell';
  /** Gives the cell reader for one call's settings; made once per call, run once per cell. */
  reader: (context: ReadContext) => (value: unknown) => T | null | CellError;
  /** A blank in this argument makes the output cell blank; otherwise the body gets null. */
  blankGivesBlank: BlankGivesBlank;
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

/**
 * A whole range read at once (a band table, a header row, a column of flags). `Optional` is kept in
 * the type because an omitted optional range reaches the body as its default, often undefined.
 */
export interface RangeParam<T, Optional extends boolean = boolean> extends ParamDocs {
  kind: 'range';
  optional: Optional;
  read: (grid: Grid, context: ReadContext) => T | CellError;
  defaultValue?: T;
  /** The argument is the grade scale every other argument of the call is read with (see ScaleParam). */
  setsGradeScale?: boolean;
}

/**
 * A call's own grade scale (paramTypes scaleOption). The runner reads it before the other
 * arguments and reads them with it; left out, the body gets the library's scale, so never undefined.
 */
export interface ScaleParam extends RangeParam<GradeScale, true> {
  setsGradeScale: true;
}

// T only appears where a value comes out, so every parameter's spec (CellParam<number, true>...) is assignable to one of these.
export type ParamSpec = CellParam<unknown> | RowParam<unknown> | ScalarParam<unknown> | RangeParam<unknown>;
export type MappedParam = CellParam<unknown> | RowParam<unknown>;

/**
 * The value a body is handed for one parameter, as the runner delivers it: never a CellError (the
 * runner returns those itself), null only from a cell parameter whose blank does not blank the
 * output, undefined only from an optional range left out.
 */
export type BodyArg<P> = P extends ScaleParam
  ? GradeScale
  : P extends CellParam<infer T, infer BlankGivesBlank>
    ? BlankGivesBlank extends true
      ? T
      : T | null
    : P extends RowParam<infer T>
      ? T
      : P extends ScalarParam<infer T>
        ? T
        : P extends RangeParam<infer T, infer Optional>
          ? Optional extends true
            ? T | undefined
            : T
          : never;

/** The body's arguments, position by position, for a `const` parameter list. */
export type BodyArgs<Params extends readonly ParamSpec[]> = { -readonly [K in keyof Params]: BodyArg<Params[K]> };

export const isScaleParam = (param: ParamSpec): param is ScaleParam => param.kind === 'range' && param.setsGradeScale === true;

export const isMapped = (param: ParamSpec): param is MappedParam => param.kind === 'cell' || param.kind === 'row';
