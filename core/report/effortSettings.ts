/**
 * The effort (attitude to learning) setting: which of the school's effort values mean "effort is a
 * concern". Schools write effort as words (Excellent, Good, Requires improvement), letters (A-E) or
 * numbers (1-4, 1-5), so the setting has a list for words and letters and a cut-off for numbers.
 * Words and letters in neither list are not guessed: the report names them so the list can be fixed.
 */
import * as z from 'zod/mini';

/** Words and letters that mean effort is a concern; compared ignoring case, spaces and punctuation ("R.I." is "RI"). */
export const DEFAULT_EFFORT_CONCERN = [
  'Requires improvement',
  'RI',
  'Cause for concern',
  'Concern',
  'Poor',
  'Unsatisfactory',
  'Inadequate',
  'Weak',
  'C',
  'D',
  'E',
] as const;

/** Words and letters that mean effort is fine. Satisfactory is here: on an effort scale it means acceptable effort. */
export const DEFAULT_EFFORT_GOOD = ['Outstanding', 'Excellent', 'Very good', 'Good', 'Satisfactory', 'Secure', 'A', 'B'] as const;

const word = z
  .string()
  .check(z.trim(), z.minLength(1, 'An effort word cannot be empty'), z.maxLength(40, 'Keep effort words to 40 characters'));

const words = (list: string) => z.array(word).check(z.maxLength(30, `List at most 30 effort words in ${list}`));

/** Folds an effort word for comparison: letters and digits only, lower case. */
export const foldEffortWord = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

export const effortSettingsSchema = z
  .strictObject({
    /** Words and letters that mean effort is a concern. */
    concern: z._default(words('concern'), [...DEFAULT_EFFORT_CONCERN]),
    /** Words and letters that mean effort is good (everything that is not a concern). */
    good: z._default(words('good'), [...DEFAULT_EFFORT_GOOD]),
    /** On a number scale, is 1 the best effort ('lowest', the usual way) or the worst ('highest', for a scale where 4 is excellent)? */
    numbersBestIs: z._default(
      z.enum(['lowest', 'highest'], "numbersBestIs is 'lowest' (1 is the best effort) or 'highest' (the top number is the best)"),
      'lowest',
    ),
    /**
     * The first number that is a concern, and every number worse than it: with 'lowest' best and 3,
     * a 3, 4 or 5 is a concern; with 'highest' best and 2, a 2 or 1 is.
     */
    numbersConcernFrom: z._default(
      z.number().check(z.minimum(1, 'numbersConcernFrom runs from 1 to 10'), z.maximum(10, 'numbersConcernFrom runs from 1 to 10')),
      3,
    ),
  })
  .check(
    z.refine(
      (effort) => !effort.concern.some((entry) => effort.good.map(foldEffortWord).includes(foldEffortWord(entry))),
      'An effort word is in both the concern and the good list: keep each word in one list',
    ),
  );

export type EffortSettings = z.infer<typeof effortSettingsSchema>;

export const DEFAULT_EFFORT: EffortSettings = {
  concern: [...DEFAULT_EFFORT_CONCERN],
  good: [...DEFAULT_EFFORT_GOOD],
  numbersBestIs: 'lowest',
  numbersConcernFrom: 3,
};
