/**
 * An effort (attitude to learning) cell read on the school's own scale, from the report's effort
 * setting: 'concern' or 'good', null when blank, undefined when the value is on neither list nor a
 * number, so it is noted as a problem rather than guessed.
 */
import { isBlankText, readNumberCell } from '../values';
import { foldEffortWord, type EffortSettings } from './effortSettings';

export type EffortBand = 'concern' | 'good';

export const EFFORT_WANTED = "an effort value from the report's effort setting (a listed word or letter, or a number from 1 to 10)";

/** Builds the reader once per report, so each cell is one folded-word lookup. */
export function createEffortReader(settings: EffortSettings): (value: unknown) => EffortBand | null | undefined {
  const bands = new Map<string, EffortBand>([
    ...settings.good.map((entry): [string, EffortBand] => [foldEffortWord(entry), 'good']),
    ...settings.concern.map((entry): [string, EffortBand] => [foldEffortWord(entry), 'concern']),
  ]);
  const { numbersBestIs, numbersConcernFrom } = settings;
  return (value) => {
    if (isBlankText(value)) return null;
    const score = readNumberCell(value);
    if (score !== undefined) {
      if (score < 1 || score > 10) return undefined;
      const concern = numbersBestIs === 'lowest' ? score >= numbersConcernFrom : score <= numbersConcernFrom;
      return concern ? 'concern' : 'good';
    }
    return typeof value === 'string' ? bands.get(foldEffortWord(value)) : undefined;
  };
}

/** Index in the 'effort' family: 0 effort a concern, 1 effort good. */
export const effortGroup = (band: EffortBand): number => (band === 'concern' ? 0 : 1);
