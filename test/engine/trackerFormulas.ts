/**
 * The formulas a data manager types into the tracker (Sheets spelling), and the same calls made
 * on the core directly with the same arrays: the core is the reference the engine must match.
 * Result blocks are one empty column apart, so each spill's edge can be seen.
 */
import type { RawCellContent } from 'hyperformula';
import { functions, type CellOutput, type Result } from '../../core';
import type { Host } from '../support/hyperformulaPlugin';
import { hostBlock } from './trackerSheet';

export const TRACKER_FORMULAS = {
  R2: '=ON_TRACK(G2:I31, F2:F31)', // RP1-RP3 against the target: 30 x 3
  V2: '=RESIDUAL(I2:I31, F2:F31)', // RP3 minus target
  X2: '=GRADE_POINTS(G2:I31)',
  AB2: '=TARGET_GRADE(D2:E31)', // KS2 reading and maths, DfE 2023 estimates
  AD2: '=TARGET_GRADE(D2:E31, "maths", 1)',
  AF2: '=ATTAINMENT8(I2:P31, I1:P1)', // grades under their header row of subjects
  AH2: '=PROGRESS8(AF2:AF31, D2:E31)', // over the ATTAINMENT8 spill
  AJ2: '=PP_GAP(S2:T31, C2:C31)', // over the RP2-RP3 part of the ON_TRACK spill
  AJ4: '=PP_GAP(S2:T31, C2:C31, , TRUE)', // the detail table
  AJ10: '=PP_GAP(R2:T31, C2:C31)', // over the whole spill, which holds the junk RP1's error
  AJ12: '=PP_GAP(AF2:AF31, C2:C31)', // the A8 gap
} as const;

export type Anchor = keyof typeof TRACKER_FORMULAS;

const columns = (result: Result, from: number, to: number): CellOutput[][] =>
  (result as CellOutput[][]).map((row) => row.slice(from, to + 1));

/** Each formula's answer from the core, given the grid as `host` passes it. */
export function coreAnswers(grid: RawCellContent[][], host: Host): Record<Anchor, Result> {
  const block = (range: string) => hostBlock(grid, range, host);
  const flags = block('C2:C31');
  const onTrack = functions.ON_TRACK(block('G2:I31'), block('F2:F31'));
  const attainment8 = functions.ATTAINMENT8(block('I2:P31'), block('I1:P1'));
  return {
    R2: onTrack,
    V2: functions.RESIDUAL(block('I2:I31'), block('F2:F31')),
    X2: functions.GRADE_POINTS(block('G2:I31')),
    AB2: functions.TARGET_GRADE(block('D2:E31')),
    AD2: functions.TARGET_GRADE(block('D2:E31'), 'maths', 1),
    AF2: attainment8,
    AH2: functions.PROGRESS8(attainment8, block('D2:E31')),
    AJ2: functions.PP_GAP(columns(onTrack, 1, 2), flags),
    AJ4: functions.PP_GAP(columns(onTrack, 1, 2), flags, null, true),
    AJ10: functions.PP_GAP(onTrack, flags),
    AJ12: functions.PP_GAP(attainment8, flags),
  };
}
