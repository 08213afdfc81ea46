/**
 * Turns function definitions into the callable library the hosts expose, each function carrying
 * its docs. Generic: it knows no particular function; Tracklight's list is in core/functions.
 */
import type { Result } from '../values';
import type { FunctionDefinition } from './definition';
import type { ParamSpec, ReadContext } from './params';
import { assertRunnable, runFunction } from './runner';

export interface ParameterDoc {
  name: string;
  description: string;
  type: ParamSpec['type'];
  optional: boolean;
  /** True when the argument takes a range (Excel: any[][]). */
  range: boolean;
}

/** A spreadsheet function: call it with exactly what a host passes; read its docs from its properties. */
export type SpreadsheetFunction = ((...args: unknown[]) => Result) & {
  functionName: string;
  description: string;
  returns: string;
  example: FunctionDefinition['example'];
  family: FunctionDefinition['family'];
  parameters: ParameterDoc[];
};

const documentParam = (param: ParamSpec): ParameterDoc => ({
  name: param.name,
  description: param.description,
  type: param.type,
  optional: param.optional,
  range: param.kind !== 'scalar',
});

/** The library for these definitions, every call read in `context` (one school's grade scale). */
export function createLibrary<Name extends string>(
  definitions: readonly FunctionDefinition<Name>[],
  context: ReadContext,
): Record<Name, SpreadsheetFunction> {
  const library = {} as Record<Name, SpreadsheetFunction>;
  for (const definition of definitions) {
    assertRunnable(definition);
    const call = (...args: unknown[]) => runFunction(definition, args, context);
    library[definition.name] = Object.assign(call, {
      functionName: definition.name,
      description: definition.description,
      returns: definition.returns,
      example: definition.example,
      family: definition.family,
      parameters: definition.params.map(documentParam),
    });
  }
  return library;
}
