/** What each host's cell holds after a value is written to it, by the fakes' models of typed input. */
import { excelTypedInput, sheetsTypedInput } from '../../fakes/typedInput';

export interface HeldCell {
  value: unknown;
  formula: string;
}

export const HOST_MODELS: readonly { host: string; holds: (written: unknown) => HeldCell }[] = [
  { host: 'Excel', holds: excelTypedInput },
  { host: 'Google Sheets', holds: sheetsTypedInput },
];

/** Both hosts' cells, for one expect: { Excel: ..., 'Google Sheets': ... }. */
export const heldByBoth = (written: unknown): Record<string, HeldCell> =>
  Object.fromEntries(HOST_MODELS.map(({ host, holds }) => [host, holds(written)]));

/** What both hosts should hold for a value that lands as itself. */
export const itselfInBoth = (value: unknown): Record<string, HeldCell> =>
  Object.fromEntries(HOST_MODELS.map(({ host }) => [host, { value, formula: '' }]));
