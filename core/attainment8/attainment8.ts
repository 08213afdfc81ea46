import type { Twelfths } from '../grades/twelfths';
import type { SubjectKind } from './subjects';

export interface SubjectGrade {
  kind: SubjectKind;
  grade: Twelfths;
}

const bestFirst = (a: number, b: number) => b - a;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Attainment 8 in twelfths, by the DfE's slot rules: maths double; English double (the
 * higher of Language and Literature) only when both were taken, the other then free for
 * an open slot; the best 3 EBacc grades (combined science fills two); the best 3 of
 * everything left. Unfilled slots score 0.
 */
export function attainment8(grades: readonly SubjectGrade[]): Twelfths {
  const ofKind = (kind: SubjectKind) =>
    grades
      .filter((entry) => entry.kind === kind)
      .map((entry) => entry.grade)
      .sort(bestFirst);
  const [maths = 0, ...otherMaths] = ofKind('maths');
  const english = [...ofKind('englishLanguage').slice(0, 1), ...ofKind('englishLiterature').slice(0, 1)].sort(bestFirst);
  const englishPoints = english.length === 2 ? 2 * english[0]! : (english[0] ?? 0);
  const ebaccPool = [...ofKind('ebacc'), ...ofKind('combinedScience').flatMap((grade) => [grade, grade])].sort(bestFirst);
  const openPool = [
    ...english.slice(english.length === 2 ? 1 : english.length),
    ...ebaccPool.slice(3),
    ...ofKind('open'),
    ...otherMaths,
    ...ofKind('englishLanguage').slice(1),
    ...ofKind('englishLiterature').slice(1),
  ].sort(bestFirst);
  return 2 * maths + englishPoints + sum(ebaccPool.slice(0, 3)) + sum(openPool.slice(0, 3));
}
