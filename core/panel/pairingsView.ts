/**
 * Which target each grade is coloured against, one line per subject (pairingLines.ts), each a native
 * <details> that opens onto that subject's dropdowns: one per grade column, to pair it with another
 * target or leave it uncoloured. Lines and dropdowns are kept in place across changes (same subject,
 * same element), so a line stays open and a dropdown keeps focus while the user works in it.
 */
import { PAIR_TARGET_ROLES, type Layout, type LayoutColumn } from '../layout';
import { el, hiddenText } from './dom';
import { keyedList, setText, type KeyedItem } from './keyed';
import { subjectPairings } from './pairingLines';
import type { PanelSession } from './session';

const NOT_COLOURED = '';

/** Shown wherever a grade is coloured against an expected grade: what a flight path is for, and what it is not. */
export const FLIGHT_PATH_NOTE =
  'Expected grades (flight paths) are a planning assumption, not a measure: pupils do not progress in straight lines ' +
  '(FFT Education Datalab), so a grade off its path is a prompt for a conversation with the teacher, not a verdict on the pupil.';

interface SubjectLine {
  item: HTMLLIElement;
  summary: HTMLElement;
  pairs: ReturnType<typeof keyedList>;
}

export function createPairingsView(session: PanelSession): { element: HTMLElement; update(sheet: string, layout: Layout): void } {
  const list = el('ul', { className: 'tl-subject-pairings' });
  const flightPathNote = el('p', { className: 'tl-hint', text: FLIGHT_PATH_NOTE });
  const lines = new Map<string, SubjectLine>();
  const create = (): SubjectLine => {
    const summary = el('summary', { className: 'tl-subject-summary' });
    const pairs = keyedList(el('ul', { className: 'tl-pairs' }));
    const details = el('details', { className: 'tl-subject-pairing' }, [
      summary,
      pairs.element,
      el('p', { className: 'tl-hint', text: 'To change what a column holds (its role), open "What each column holds" below.' }),
    ]);
    return { item: el('li', {}, [details]), summary, pairs };
  };
  return {
    element: el('div', {}, [list, flightPathNote]),
    update(sheet, layout) {
      const byIndex = new Map(layout.columns.map((column) => [column.index, column]));
      flightPathNote.hidden = !layout.pairs.some((pair) => byIndex.get(pair.target)?.role === 'expected');
      const wanted = subjectPairings(layout).map((line) => ({ ...line, key: `${sheet}\u0000${line.key}` }));
      const keys = new Set(wanted.map((line) => line.key));
      for (const [key, line] of lines) {
        if (keys.has(key)) continue;
        line.item.remove();
        lines.delete(key);
      }
      wanted.forEach((pairing, position) => {
        let line = lines.get(pairing.key);
        if (!line) lines.set(pairing.key, (line = create()));
        setText(line.summary, pairing.text);
        line.pairs.update(pairItems(session, sheet, layout, pairing.grades));
        // Only lines out of place move, so one being worked in is never detached.
        if (list.children[position] !== line.item) list.insertBefore(line.item, list.children[position] ?? null);
      });
    },
  };
}

function pairItems(session: PanelSession, sheet: string, layout: Layout, grades: readonly LayoutColumn[]): KeyedItem[] {
  // A grade may be coloured against the final target or against its collection's expected grade.
  const targets = layout.columns.filter((column) => PAIR_TARGET_ROLES.has(column.role));
  const byIndex = new Map(layout.columns.map((column) => [column.index, column]));
  return grades.map((grade) => {
    const pair = layout.pairs.find((candidate) => candidate.grade === grade.index);
    // A pair whose target is no longer a target (an edit with problems) stays listed, so it can be changed.
    const stale = pair && !targets.some((target) => target.index === pair.target) ? byIndex.get(pair.target) : undefined;
    const options = [...targets, ...(stale ? [stale] : [])].map(
      (target) => [String(target.index), `${target.label} (${target.letter})`] as const,
    );
    return {
      key: `pair\u0000${sheet}\u0000${grade.index}\u0000${grade.label}`,
      options: [...options, [NOT_COLOURED, 'Not coloured']],
      selected: pair ? String(pair.target) : NOT_COLOURED,
      label: () => [
        grade.label,
        hiddenText(' is coloured against'),
        el('span', { className: 'tl-arrow', text: ' ->', attrs: { 'aria-hidden': 'true' } }),
      ],
      className: 'tl-pair',
      onChange: (value) => session.setPairTarget(grade.index, value === NOT_COLOURED ? null : Number(value)),
    };
  });
}
