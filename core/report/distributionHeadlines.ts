/**
 * The preview's lines for grade distributions: the latest collection's share at 9-4 and 9-7 (the
 * DfE's standard pass and the top grades), and the collection before it to compare with. All subjects
 * pooled when the tracker has 2+, else its one subject. On a school's own scale, the grade most often given.
 */
import type { CollectionDistribution, DistributionRow, GradeDistributions } from './distributions';
import { percent } from './wording';

const headlineRow = (collection: CollectionDistribution): DistributionRow | undefined =>
  collection.rows.find((row) => row.allSubjects) ?? (collection.rows.length === 1 ? collection.rows[0] : undefined);

function line(distributions: GradeDistributions, collection: CollectionDistribution): string | null {
  const row = headlineRow(collection);
  if (!row || row.pupils === 0) return null;
  // A one-subject sheet is its subject: the line names only the collection.
  const who = row.allSubjects ? `${collection.collection}, all subjects` : `Grades at ${collection.collection}`;
  if (distributions.scale === 'gcse') {
    const band = (label: string) => row.bands[distributions.bands.indexOf(label)] ?? null;
    const standard = band('9-4');
    const top = band('9-7');
    if (standard === null || top === null) return null;
    return `${who}: ${percent(standard)} at 9-4, ${percent(top)} at 9-7.`;
  }
  const most = row.counts.reduce((best, n, g) => (n > row.counts[best]! ? g : best), 0);
  return `${who}: most often ${distributions.grades[most]} (${percent(row.shares[most] ?? 0)}).`;
}

/** At most 2 lines, latest collection first. */
export function distributionHeadlines(distributions: GradeDistributions): string[] {
  return distributions.collections
    .map((collection) => line(distributions, collection))
    .filter((text): text is string => text !== null)
    .slice(-2)
    .reverse();
}
