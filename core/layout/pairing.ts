/**
 * Which target each grade column is coloured against. Each subject's grades pair with that subject's
 * target; a sheet with one subject (named or not) pairs every grade with its one target.
 * When there is a choice, it is made the way a head of department would make it and always reported.
 */
import { joinWords, nameColumn, nameColumns, plural, warning } from './messages';
import type { LayoutColumn, LayoutPair, LayoutWarning } from './schema';
import { subjectKey } from './subjects';
import { tokenise } from './tokens';
import { EXPECTED_WORDS, KIND_WORDS } from './gradeWords';
import { NOISE_WORDS, TARGET_RANK_NAMES, targetRank } from './words';

const keyOf = (column: LayoutColumn): string => (column.subject ? subjectKey(column.subject) : '');

/** What tells two data collections apart: "RP 1", "rp1" and "RP-1 Grade" are one collection. */
export const collectionKey = (label: string): string =>
  tokenise(label)
    .map((token) => token.word)
    .filter((word) => !NOISE_WORDS.has(word))
    .join(' ') || label.toLowerCase();

/**
 * "Maths RP2 -> Maths Target". Where two pairs would read the same (repeated headings with no subject
 * names), column letters tell them apart: "RP1 (C) -> Target (B)".
 */
export function labelPairs(pairs: readonly Omit<LayoutPair, 'label'>[], columns: readonly LayoutColumn[]): LayoutPair[] {
  const byIndex = new Map(columns.map((column) => [column.index, column]));
  const plain = (pair: Omit<LayoutPair, 'label'>) => `${byIndex.get(pair.grade)!.label} -> ${byIndex.get(pair.target)!.label}`;
  const counts = new Map<string, number>();
  for (const pair of pairs) counts.set(plain(pair), (counts.get(plain(pair)) ?? 0) + 1);
  return pairs.map((pair) => {
    const grade = byIndex.get(pair.grade)!;
    const target = byIndex.get(pair.target)!;
    const label = counts.get(plain(pair))! > 1 ? `${grade.label} (${grade.letter}) -> ${target.label} (${target.letter})` : plain(pair);
    return { grade: pair.grade, target: pair.target, label };
  });
}

/**
 * The collection a grade or an expected grade belongs to, without the words naming its kind:
 * "Spring Predicted", "Spring Working At" and "Spring Expected" are all Spring's; "Working at" and "Expected" name none.
 */
export const collectionMatchKey = (label: string | null): string =>
  label === null
    ? ''
    : tokenise(label)
        .map((token) => token.word)
        .filter((word) => !NOISE_WORDS.has(word) && !EXPECTED_WORDS.has(word) && !KIND_WORDS.has(word))
        .join(' ');

export function pairGrades(columns: readonly LayoutColumn[]): { pairs: LayoutPair[]; warnings: LayoutWarning[] } {
  const targets = columns.filter((column) => column.role === 'target');
  const allGrades = columns.filter((column) => column.role === 'grade');
  const pairs: Omit<LayoutPair, 'label'>[] = [];
  const warnings: LayoutWarning[] = [];
  const subjects = new Set([...allGrades, ...targets].map(keyOf).filter((key) => key !== ''));
  const { expectedPairs, leftOut, notPaired } = pairWithExpected(columns, subjects);
  pairs.push(...expectedPairs);
  warnings.push(...notPaired);
  const grades = allGrades.filter((grade) => !leftOut.has(grade.index));
  if (targets.length === 0) {
    // With expected grades but no final target, no error says why the other grades stay uncoloured: say it here.
    if (grades.length > 0 && columns.some((column) => column.role === 'expected')) warnings.push(noExpectedWarning(grades));
    pairs.sort((a, b) => a.grade - b.grade);
    return { pairs: labelPairs(pairs, columns), warnings };
  }

  const bySubject = new Map<string, LayoutColumn[]>();
  for (const grade of grades) {
    const group = bySubject.get(keyOf(grade));
    if (group) group.push(grade);
    else bySubject.set(keyOf(grade), [grade]);
  }

  for (const [key, group] of bySubject) {
    const own = targets.filter((target) => keyOf(target) === key);
    const candidates = own.length > 0 || subjects.size >= 2 ? own : targets;
    const pair = (grade: LayoutColumn, target: LayoutColumn) => pairs.push({ grade: grade.index, target: target.index });
    if (candidates.length === 0) {
      warnings.push(unpairedWarning(key, group, [...subjects]));
    } else if (candidates.length === 1) {
      for (const grade of group) pair(grade, candidates[0]!);
    } else if (repeatsCollections(group)) {
      for (const grade of group) pair(grade, nearestTarget(grade, candidates));
      warnings.push(
        warning(
          'positionalPairs',
          'warning',
          `${nameColumns(candidates)} are all targets and the grade headings repeat without subject names, so each grade column ` +
            'is paired with the nearest target to its left. ' +
            "Check the pairs in the panel, or name the subject in each heading (for example 'Maths RP1').",
          candidates,
        ),
      );
    } else {
      const chosen = preferredTarget(candidates);
      for (const grade of group) pair(grade, chosen);
      warnings.push(choiceWarning(group, chosen, candidates));
    }
  }
  pairs.sort((a, b) => a.grade - b.grade);
  return { pairs: labelPairs(pairs, columns), warnings };
}

/**
 * Grades coloured against the expected grade for their own collection (and subject), and grades left for the final target.
 * Where one collection has a prediction and a working-at grade, the prediction goes to the target and the working-at grade
 * to the expected grade, or stays unpaired, with a note saying why.
 */
function pairWithExpected(
  columns: readonly LayoutColumn[],
  subjects: ReadonlySet<string>,
): { expectedPairs: Omit<LayoutPair, 'label'>[]; leftOut: Set<number>; notPaired: LayoutWarning[] } {
  const expecteds = columns.filter((column) => column.role === 'expected');
  const grades = columns.filter((column) => column.role === 'grade');
  const groups = new Map<string, LayoutColumn[]>();
  for (const grade of grades) {
    const key = `${keyOf(grade)}|${collectionMatchKey(grade.collection ?? grade.label)}`;
    const group = groups.get(key);
    if (group) group.push(grade);
    else groups.set(key, [grade]);
  }
  const expectedPairs: Omit<LayoutPair, 'label'>[] = [];
  const leftOut = new Set<number>();
  const notPaired: LayoutWarning[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const own = expecteds.filter((expected) => keyOf(expected) === keyOf(first));
    const scope = own.length > 0 || subjects.size >= 2 ? own : expecteds;
    const matchKey = collectionMatchKey(first.collection ?? first.label);
    const candidates = scope.filter((expected) => collectionMatchKey(expected.collection) === matchKey);
    const split = group.some((grade) => grade.kind === 'prediction') && group.some((grade) => grade.kind === 'workingAt');
    for (const grade of group) {
      if (split && grade.kind === 'prediction') continue;
      if (candidates.length > 0) {
        expectedPairs.push({ grade: grade.index, target: nearestTarget(grade, candidates).index });
        leftOut.add(grade.index);
      } else if (split && grade.kind === 'workingAt') {
        leftOut.add(grade.index);
        const prediction = group.find((other) => other.kind === 'prediction')!;
        notPaired.push(
          warning(
            'workingAtUnpaired',
            'info',
            `${nameColumn(grade)} is a working-at grade and ${nameColumn(prediction)} the prediction for the same collection, ` +
              `so only the prediction is coloured against the target, because there is no expected grade for this collection ` +
              `to colour ${grade.letter} against: choose a target for ${grade.letter} in the panel to colour it too.`,
            [grade, prediction],
          ),
        );
      }
    }
  }
  return { expectedPairs, leftOut, notPaired };
}

function repeatsCollections(grades: readonly LayoutColumn[]): boolean {
  const keys = grades.map((grade) => collectionKey(grade.collection ?? grade.label));
  return new Set(keys).size < keys.length;
}

function nearestTarget(grade: LayoutColumn, targets: readonly LayoutColumn[]): LayoutColumn {
  const left = targets.filter((target) => target.index < grade.index);
  return left.length > 0 ? left[left.length - 1]! : targets.find((target) => target.index > grade.index)!;
}

const rankOf = (column: LayoutColumn) => targetRank(tokenise(column.header || column.label).map((token) => token.word));

/** The school's own target before a minimum expected grade, an FFT estimate or an aspirational target; then the leftmost. */
function preferredTarget(candidates: readonly LayoutColumn[]): LayoutColumn {
  return candidates.reduce((best, candidate) => (rankOf(candidate) < rankOf(best) ? candidate : best));
}

function choiceWarning(grades: readonly LayoutColumn[], chosen: LayoutColumn, candidates: readonly LayoutColumn[]): LayoutWarning {
  const kind = TARGET_RANK_NAMES[rankOf(chosen)];
  const others = candidates.filter((candidate) => candidate !== chosen);
  const sameKind = candidates.filter((candidate) => rankOf(candidate) === rankOf(chosen));
  const lesserKinds = [
    ...new Set(others.filter((other) => rankOf(other) !== rankOf(chosen)).map((other) => TARGET_RANK_NAMES[rankOf(other)])),
  ];
  const reasons = [
    ...(sameKind.length > 1
      ? [
          `it is the leftmost of ${joinWords(sameKind.map((column) => column.letter))}, ` +
            `which ${plural(sameKind.length - 1, 'both', 'all')} read as ${kind}`,
        ]
      : []),
    ...(lesserKinds.length > 0 ? [`${kind} is preferred to ${joinWords(lesserKinds, 'or')}`] : []),
  ];
  return warning(
    'ambiguousTarget',
    sameKind.length > 1 ? 'warning' : 'info',
    `${nameColumns(grades)} could be coloured against ${nameColumns(candidates)}. ` +
      `Tracklight uses ${nameColumn(chosen)}, because ${reasons.join(', and ')}. ` +
      `To use ${joinWords(
        others.map((other) => other.letter),
        'or',
      )} instead, change the pairs in the panel, or set ${chosen.letter}'s role to Other.`,
    [chosen, ...others],
  );
}

function unpairedWarning(key: string, grades: readonly LayoutColumn[], subjects: readonly string[]): LayoutWarning {
  const subject = grades[0]!.subject;
  const many = grades.length > 1;
  const [they, them, their] = many ? ['they', 'them', 'their headings'] : ['it', 'it', 'its heading'];
  const message =
    key !== ''
      ? `${nameColumns(grades)} ${many ? `are ${subject} grades` : `is a ${subject} grade`}, ` +
        `but there is no ${subject} target column, so ${they} cannot be coloured: ` +
        `add a '${subject} Target' column, or pair ${them} with a target in the panel.`
      : `${nameColumns(grades)} ${many ? 'name' : 'names'} no subject, on a sheet with ${subjects.length} subjects, ` +
        `so Tracklight cannot tell which target ${they} belong${many ? '' : 's'} to: ` +
        `add the subject to ${their} (for example 'Maths Predicted'), or pair ${them} with a target in the panel.`;
  return warning('unpairedGrades', 'warning', message, grades);
}

function noExpectedWarning(grades: readonly LayoutColumn[]): LayoutWarning {
  const many = grades.length > 1;
  return warning(
    'unpairedGrades',
    'warning',
    `${nameColumns(grades)} ${many ? 'have' : 'has'} no expected grade for ${many ? 'their' : 'its'} collection and the sheet has ` +
      `no target column, so ${many ? 'they' : 'it'} cannot be coloured: add a 'Target' column, or pair ${many ? 'them' : 'it'} ` +
      'with a target in the panel.',
    grades,
  );
}
