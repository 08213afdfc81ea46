/**
 * Attainment 8 by the DfE's slot rules, slot by slot, so the detail can say which subject filled each:
 * maths double; English double (the higher of language and literature) only when both were taken,
 * the other then free for an open slot; the best 3 EBacc grades (combined science fills two, and a
 * half it cannot place in EBacc may go to open); the best 3 of everything left. Unfilled slots score 0.
 */
import type { Twelfths } from '../grades/twelfths';
import type { Qualification } from './qualification';
import { kindOf } from './subjects';

/** One of a pupil's grades, in the column it came from. */
export interface Entry {
  /** The tracker column, left to right: ties and the detail's notes follow it. */
  column: number;
  /** The header as typed, as the detail names it. */
  name: string;
  qualification: Qualification | undefined;
  grade: Twelfths;
}

/** The four elements of Attainment 8, in the DfE's order: what ATTAINMENT8, PROGRESS8 and the report each name. */
export const ELEMENTS = ['english', 'maths', 'ebacc', 'open'] as const;
export type Element = (typeof ELEMENTS)[number];

export interface SlotFill {
  /** The 10 slots: maths 0-1, English 2-3, EBacc 4-6, open 7-9; null where unfilled. */
  slots: (Entry | null)[];
  elements: Record<Element, Twelfths>;
  total: Twelfths;
}

/** Higher grade first; on a tie the column further left, so the same grades always fill the same slots. */
const bestFirst = (a: Entry, b: Entry) => b.grade - a.grade || a.column - b.column;
const sum = (slots: readonly (Entry | null)[], from: number, to: number) => {
  let total = 0;
  for (let i = from; i < to; i += 1) total += slots[i]?.grade ?? 0;
  return total;
};

/** Adds a sorted list's entries from `from` on: those its element's slots did not take, free for open. */
function pushRest(into: Entry[], sorted: readonly Entry[], from: number): void {
  for (let i = from; i < sorted.length; i += 1) into.push(sorted[i]!);
}

/** A year group runs this for every pupil (twice more where the science route is chosen): one pass, then small sorts. */
export function fillSlots(entries: readonly Entry[]): SlotFill {
  const maths: Entry[] = [];
  const language: Entry[] = [];
  const literature: Entry[] = [];
  const ebaccPool: Entry[] = [];
  const openPool: Entry[] = [];
  for (const entry of entries) {
    const kind = kindOf(entry.qualification);
    if (kind === 'maths') maths.push(entry);
    else if (kind === 'englishLanguage') language.push(entry);
    else if (kind === 'englishLiterature') literature.push(entry);
    else if (kind === 'ebacc') ebaccPool.push(entry);
    else if (kind === 'combinedScience') ebaccPool.push(entry, entry);
    else openPool.push(entry);
  }
  maths.sort(bestFirst);
  language.sort(bestFirst);
  literature.sort(bestFirst);
  ebaccPool.sort(bestFirst);
  const lang = language[0];
  const lit = literature[0];
  // With both, the higher is doubled (language on a tie: the same points either way); the other may go to open.
  const doubled = lang && lit ? (lit.grade > lang.grade ? lit : lang) : undefined;
  if (doubled) openPool.push(doubled === lang ? lit! : lang!);
  pushRest(openPool, ebaccPool, 3);
  pushRest(openPool, maths, 1);
  pushRest(openPool, language, 1);
  pushRest(openPool, literature, 1);
  openPool.sort(bestFirst);
  const slots: (Entry | null)[] = [
    maths[0] ?? null,
    maths[0] ?? null,
    doubled ?? lang ?? lit ?? null,
    doubled ?? null,
    ebaccPool[0] ?? null,
    ebaccPool[1] ?? null,
    ebaccPool[2] ?? null,
    openPool[0] ?? null,
    openPool[1] ?? null,
    openPool[2] ?? null,
  ];
  const elements: Record<Element, Twelfths> = {
    maths: sum(slots, 0, 2),
    english: sum(slots, 2, 4),
    ebacc: sum(slots, 4, 7),
    open: sum(slots, 7, 10),
  };
  return { slots, elements, total: elements.maths + elements.english + elements.ebacc + elements.open };
}
