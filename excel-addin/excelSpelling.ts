/**
 * How the registry's functions are spelled and shaped in Excel. The build (functions.json), the
 * functions script and the task pane all read these, so they cannot disagree.
 */
import type { ParameterDoc } from '../core/index';
import { signatureText } from '../core/registry/signature';

/** Set in manifest.xml (resource Functions.Namespace): users type =PUPIL.ON_TRACK(...). */
export const EXCEL_NAMESPACE = 'PUPIL';

interface Documented {
  functionName: string;
  parameters: readonly ParameterDoc[];
}

/**
 * A function that takes a range may answer with a range, so Excel must be told it returns a
 * matrix (any[][]); its single answers are then sent as a 1x1 range. Functions of scalars only
 * return a scalar.
 */
export const returnsGrid = (fn: Documented): boolean => fn.parameters.some((param) => param.range);

/** What a user types, e.g. PUPIL.ON_TRACK(current, target, [tolerance]). */
export const excelSignature = (fn: Documented): string =>
  signatureText({ name: fn.functionName, params: fn.parameters }, { namespace: EXCEL_NAMESPACE });
