/**
 * Attendance as a percentage, and the DfE's absence bands: attendance at or below 90% is persistent
 * absence (10% or more of sessions missed), at or below 50% severe absence, with the cut-offs from
 * the report settings.
 *
 * Fraction or percentage: a cell formatted as a percentage hands the host its fraction (93.5% is
 * 0.935), so any number from 0 to 1 is read as a fraction: 0.9 is 90%, and 1 is 100%. A plain 1 cannot
 * mean 1% attendance in a real tracker (a pupil who came to 1 session in 100 is not on a tracker's
 * roll), so nothing real is lost. Text with a per cent sign says which it is: "0.9%" is 0.9%.
 */
import { isBlankText } from '../values';
import type { ReportSettings } from './settings';

const PERCENT_TEXT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;
const DECIMAL_TEXT = /^\s*(\d+(?:\.\d+)?)\s*$/;

/** What a problem note says an attendance cell should be. */
export const ATTENDANCE_WANTED = 'an attendance percentage (0 to 100, e.g. 93.5 or 93.5%)';

/**
 * An attendance cell as a percentage from 0 to 100: null when blank (not known), undefined when it
 * is not an attendance figure (text, or outside 0 to 100%), to be noted as a problem.
 */
export function readAttendance(value: unknown): number | null | undefined {
  if (isBlankText(value)) return null;
  if (typeof value === 'string') {
    const percent = PERCENT_TEXT.exec(value);
    if (percent) return inRange(Number(percent[1]));
    const decimal = DECIMAL_TEXT.exec(value);
    return decimal ? fromNumber(Number(decimal[1])) : undefined;
  }
  return typeof value === 'number' ? fromNumber(value) : undefined;
}

const fromNumber = (value: number): number | undefined => (value >= 0 && value <= 1 ? value * 100 : inRange(value));
const inRange = (percent: number): number | undefined => (percent >= 0 && percent <= 100 ? percent : undefined);

type Bands = ReportSettings['attendanceBands'];

/** Index in the 'attendance' family: 0 persistently absent (at or below the cut-off), 1 not. */
export const persistentAbsenceGroup = (percent: number, bands: Bands): number => (percent <= bands.persistentAtOrBelow ? 0 : 1);

/** Index in the 'severeAbsence' family: 0 severely absent (at or below the cut-off), 1 not. */
export const severeAbsenceGroup = (percent: number, bands: Bands): number => (percent <= bands.severeAtOrBelow ? 0 : 1);

/** The cut-offs in words, for the report's notes. */
export const attendanceBandsNote = (bands: Bands): string =>
  `Persistently absent means attendance at or below ${bands.persistentAtOrBelow}% (missing ${100 - bands.persistentAtOrBelow}% ` +
  `or more of sessions), severely absent at or below ${bands.severeAtOrBelow}%, as the DfE defines them.`;
