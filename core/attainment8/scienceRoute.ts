/**
 * The science exception to discounting. Combined science (RA1E) and biology, chemistry and physics
 * (RH3, RD1, RC1) have different discount codes, so code-by-code discounting would count a pupil's
 * combined science and single sciences side by side; the DfE's "Key stage 4 discounting and early
 * entry guidance" (2019, "Exception discounting for science qualifications", and each later edition)
 * makes science an exception so one course of science teaching is credited once:
 * https://www.gov.uk/government/publications/key-stage-4-qualifications-discount-codes-and-point-scores
 *
 * Tracklight's rule: a pupil with both combined science and one or more single sciences counts one
 * route, the one that gives the higher Attainment 8 (combined science, the larger qualification, on a
 * tie), as the DfE counts the better of two results in one exam series. Computer science is not part
 * of either route and always counts. The exception table's own wording could not be checked here.
 */
import { fillSlots, type Entry } from './attainment8';
import type { Discounted } from './discounting';

const COMBINED_SCIENCE = 'RA1E';
const SINGLE_SCIENCES = new Set(['RH3', 'RD1', 'RC1']);

const codeOf = (entry: Entry) => entry.qualification?.discountCode ?? '';
/** "Biology gives", "Biology, Chemistry give". */
const give = (entries: readonly Entry[]) => `${entries.map((entry) => entry.name).join(', ')} ${entries.length === 1 ? 'gives' : 'give'}`;

/** The entries that count once one science route is chosen, and the other route's entries, discounted. */
export function chooseScienceRoute(counted: readonly Entry[]): { counted: Entry[]; discounted: Discounted[] } {
  if (!counted.some((entry) => codeOf(entry) === COMBINED_SCIENCE)) return { counted: [...counted], discounted: [] };
  const combined = counted.filter((entry) => codeOf(entry) === COMBINED_SCIENCE);
  const singles = counted.filter((entry) => SINGLE_SCIENCES.has(codeOf(entry)));
  if (singles.length === 0) return { counted: [...counted], discounted: [] };
  const combinedRoute = counted.filter((entry) => !singles.includes(entry));
  const singlesRoute = counted.filter((entry) => !combined.includes(entry));
  if (fillSlots(singlesRoute).total > fillSlots(combinedRoute).total) {
    const reason = `discounted: science counts once, and ${give(singles)} the higher Attainment 8`;
    return { counted: singlesRoute, discounted: combined.map((entry) => ({ entry, reason })) };
  }
  const reason = `discounted: science counts once, and ${give(combined)} an Attainment 8 at least as high`;
  return { counted: combinedRoute, discounted: singles.map((entry) => ({ entry, reason })) };
}
