/**
 * The grade scale a function call, a rule or a report reads cells with: the school's own labels
 * first, then the built-in readings (see builtInReading.ts) for what plain numbers mean on it.
 */
import { CellError } from '../errors';
import { isBlankScore } from '../values';
import { readBuiltInGradeText, readGradeNumber, readPercentage, readPercentageText, notAGrade, type GradeReading } from './builtInReading';
import { DEFAULT_GRADE_SETTINGS, foldLabel } from './gradeLabels';
import { gradeSettingsSchemaOnce, type GradeSettingsInput } from './gradeSettingsSchema';
import { PER_GRADE, type Twelfths } from './twelfths';

export type { GradeReading } from './builtInReading';

export interface GradeScale {
  read(value: unknown): GradeReading;
  /** One step of the scale in twelfths: ON_TRACK's Below reaches this far under target. */
  readonly step: Twelfths;
}

const CACHE_LIMIT = 50_000;

/** With no settings, the GCSE scale: made without building the settings schema, as every function starts from it. */
export function createGradeScale(settings?: GradeSettingsInput): GradeScale {
  const { labels, numbers, step } = settings === undefined ? DEFAULT_GRADE_SETTINGS : gradeSettingsSchemaOnce().parse(settings);
  const custom = new Map(labels.map(({ label, value }) => [foldLabel(label), Math.round(value * PER_GRADE)]));
  const readNumber = numbers === 'percentages' ? readPercentage : readGradeNumber;
  const readOtherText = numbers === 'percentages' ? readPercentageText : readBuiltInGradeText;
  // Trackers repeat the same few labels thousands of times, so each text is read once.
  const cache = new Map<string, GradeReading>();

  function readText(text: string): GradeReading {
    let reading = cache.get(text);
    if (reading !== undefined) return reading;
    const folded = foldLabel(text);
    reading = folded === '' ? null : (custom.get(folded) ?? readOtherText(folded, text));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, reading);
    return reading;
  }

  // An arrow, not a method: the runner hands `read` on unbound, once per call.
  return {
    step: Math.round(step * PER_GRADE),
    read: (value: unknown): GradeReading => {
      if (typeof value === 'number') {
        if (numbers === 'grades' && (value | 0) === value && value >= 1 && value <= 9) return value * 12;
        return readNumber(value, value);
      }
      if (typeof value === 'string') return readText(value);
      if (value instanceof CellError) return value;
      if (isBlankScore(value)) return null;
      if (value instanceof Date) return new CellError('#VALUE!', `A date is not a grade: check this cell holds a grade, not a date`);
      return notAGrade(value);
    },
  };
}

export const defaultGradeScale = createGradeScale();
