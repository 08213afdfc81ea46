import type { FunctionSpec } from './runner';

/** A spreadsheet function as the registry knows it: the runnable spec plus the docs both hosts show. */
export interface FunctionDefinition extends FunctionSpec {
  /** Which plugin family it belongs to, for the README and the docs. */
  family: 'Grades' | 'Tracking' | 'Targets' | 'Gaps' | 'Attainment 8';
  description: string;
  /** What it gives back, in a head of department's words. */
  returns: string;
  /** A formula on a typical tracker and what it says. */
  example: { formula: string; says: string };
}

export const defineFunction = (definition: FunctionDefinition): FunctionDefinition => definition;
