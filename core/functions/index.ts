/**
 * Tracklight's spreadsheet functions: the list the README and both hosts follow, and the library
 * built from it for one school's settings. The registry it builds on knows none of them.
 */
import { createGradeScale } from '../grades/gradeScale';
import type { GradeSettingsInput } from '../grades/gradeSettings';
import { createLibrary, type SpreadsheetFunction } from '../registry/registry';
import { ATTAINMENT8 } from './attainment8Function';
import { PROGRESS8 } from './attainmentFunctions';
import { PP_GAP } from './gapFunctions';
import { EXPECTED_GRADE } from './flightPathFunctions';
import { GRADE_POINTS } from './gradeFunctions';
import { TARGET_GRADE } from './targetFunctions';
import { ON_TRACK, RESIDUAL } from './trackingFunctions';

/** Every spreadsheet function, in the order the README and the hosts list them. */
export const DEFINITIONS = [GRADE_POINTS, ON_TRACK, RESIDUAL, TARGET_GRADE, EXPECTED_GRADE, PP_GAP, ATTAINMENT8, PROGRESS8] as const;

export type FunctionName = (typeof DEFINITIONS)[number]['name'];

/** Builds the function library for one set of school settings (custom grade labels); none gives the GCSE scale. */
export function createFunctions(settings?: GradeSettingsInput): FunctionLibrary {
  return createLibrary(DEFINITIONS, { grades: createGradeScale(settings) });
}

/** Every function by name: built from DEFINITIONS, so each name is there. */
export type FunctionLibrary = Record<FunctionName, SpreadsheetFunction>;

export const functions = createFunctions();
