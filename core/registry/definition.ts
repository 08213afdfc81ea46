/**
 * How a spreadsheet function is written. `defineFunction` takes the parameter list as a `const`
 * tuple and types each body's arguments from it (see `BodyArgs`), so a body that declares a type its
 * parameter's reader does not give fails to compile. What it returns is the plain definition the
 * runner and the hosts handle alike.
 */
import type { CellOutput, Result } from '../values';
import type { BodyArgs, ParamSpec, ReadContext } from './params';
import type { FunctionSpec } from './runner';

/** The docs both hosts show. */
interface FunctionDocs {
  /** Which plugin family it belongs to, for the README and the docs. */
  family: 'Grades' | 'Tracking' | 'Targets' | 'Gaps' | 'Attainment 8';
  description: string;
  /** What it gives back, in a head of department's words. */
  returns: string;
  /** A formula on a typical tracker and what it says. */
  example: { formula: string; says: string };
}

/** A spreadsheet function as the registry knows it: the runnable spec plus its docs. */
export interface FunctionDefinition<Name extends string = string> extends FunctionSpec, FunctionDocs {
  name: Name;
}

/** A definition as written: the bodies' arguments follow the parameters, in order. */
export interface TypedDefinition<Name extends string, Params extends readonly ParamSpec[]> extends FunctionDocs {
  /** Kept as its literal type, so a library built from definitions has exactly their names. */
  name: Name;
  params: Params;
  each?: (...args: BodyArgs<Params>) => CellOutput;
  whole?: (...args: [...BodyArgs<Params>, ReadContext]) => Result;
}

export const defineFunction = <const Name extends string, const Params extends readonly ParamSpec[]>(
  definition: TypedDefinition<Name, Params>,
): FunctionDefinition<Name> => definition;
