/**
 * Which target each grade column is coloured against. Each subject's grades pair with that subject's
 * target; a sheet with one subject (named or not) pairs every grade with its one target.
 * When there is a choice, it is made the way a head of department would make it and always reported.
 */
import { joinWords, nameColumn, nameColumns, plural, warning } from './messages';
import type { LayoutColumn, LayoutPair, LayoutWarning } from './schema';
import { subjectKey } from './subjects';
import { tokenise } from './tokens';
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

export function pairGrades(columns: readonly LayoutColumn[]): { pairs: LayoutPair[]; warnings: LayoutWarning[] } {
  const targets = columns.filter((column) => column.role === 'target');
  const grades = columns.filter((column) => column.role === 'grade');
  const pairs: Omit<LayoutPair, 'label'>[] = [];
  const warnings: LayoutWarning[] = [];
  if (targets.length === 0) return { pairs: [], warnings };

  const subjects = new Set([...grades, ...targets].map(keyOf).filter((key) => key !== ''));
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
