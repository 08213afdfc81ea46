import { ATTAINMENT8, PROGRESS8 } from '../functions/attainmentFunctions';
import { PP_GAP } from '../functions/gapFunctions';
import { GRADE_POINTS } from '../functions/gradeFunctions';
import { TARGET_GRADE } from '../functions/targetFunctions';
import { ON_TRACK, RESIDUAL } from '../functions/trackingFunctions';
import { createGradeScale } from '../grades/gradeScale';
import type { GradeSettingsInput } from '../grades/gradeSettings';
import type { Result } from '../values';
import type { FunctionDefinition } from './definition';
import type { ParamSpec } from './params';
import { assertRunnable, runFunction } from './runner';

/** Every spreadsheet function, in the order the README and the hosts list them. */
export const DEFINITIONS = [GRADE_POINTS, ON_TRACK, RESIDUAL, TARGET_GRADE, PP_GAP, ATTAINMENT8, PROGRESS8] as const;

export type FunctionName = (typeof DEFINITIONS)[number]['name'];

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

/** Builds the function library for one set of school settings (custom grade labels). */
export function createFunctions(settings: GradeSettingsInput = {}): Record<string, SpreadsheetFunction> {
  const context = { grades: createGradeScale(settings) };
  const library: Record<string, SpreadsheetFunction> = {};
  for (const definition of DEFINITIONS) {
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

export const functions = createFunctions() as Record<FunctionName, SpreadsheetFunction>;
