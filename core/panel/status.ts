/**
 * Where progress and results appear: one polite live region, so a screen reader hears each line
 * ("Y8: coloured 3 columns") as it is added, without losing its place in the panel.
 */
import { el } from './dom';

export type Tone = 'info' | 'done' | 'problem';

export interface StatusArea {
  element: HTMLElement;
  /** Starts a new report: clears the lines of the last one. */
  begin(text: string): void;
  line(text: string, tone?: Tone): void;
}

/** Not every reader has colour vision: the tone is said in words too. */
const TONE_WORDS: Record<Tone, string> = { info: '', done: 'Done: ', problem: 'Not done: ' };

export function createStatusArea(): StatusArea {
  const list = el('ul', { className: 'tl-status-lines' });
  const element = el('div', { className: 'tl-status', attrs: { role: 'status', 'aria-live': 'polite' } }, [list]);
  const line = (text: string, tone: Tone = 'info') => {
    const item = el('li', { className: `tl-line tl-tone-${tone}` });
    if (TONE_WORDS[tone]) item.appendChild(el('span', { className: 'tl-tone-word', text: TONE_WORDS[tone] }));
    item.appendChild(document.createTextNode(text));
    list.appendChild(item);
  };
  return {
    element,
    begin(text) {
      list.replaceChildren();
      line(text);
    },
    line,
  };
}

export const messageOf = (problem: unknown): string => (problem instanceof Error ? problem.message : String(problem));
