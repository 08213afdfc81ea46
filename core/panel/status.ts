/**
 * Where progress and results appear: one polite live region, so a screen reader hears each line
 * ("Y8: coloured 3 columns") as it is added, without losing its place in the panel.
 */
import { el } from './dom';
import type { SaveProblem } from './session';

export type Tone = 'info' | 'done' | 'problem' | 'unsaved';

export interface StatusArea {
  element: HTMLElement;
  /** Starts a new report: clears the lines of the last one. */
  begin(text: string): void;
  line(text: string, tone?: Tone): void;
  /** Adds the line unless this report already has it: for what an action would say at every step. */
  lineOnce(text: string, tone?: Tone): void;
}

/** Not every reader has colour vision: the tone is said in words too. */
const TONE_WORDS: Record<Tone, string> = { info: '', done: 'Done: ', problem: 'Not done: ', unsaved: 'Not saved: ' };

/**
 * The area whose report began last: the report of the action running now, or that ran last. Actions
 * are handed their area, but what they cause in the session (a save) is not, so the session's word
 * about it is routed here (sayAboutSaving).
 */
let latestReport: StatusArea | null = null;

export function createStatusArea(): StatusArea {
  const list = el('ul', { className: 'tl-status-lines' });
  const element = el('div', { className: 'tl-status', attrs: { role: 'status', 'aria-live': 'polite' } }, [list]);
  const said = new Set<string>();
  const line = (text: string, tone: Tone = 'info') => {
    const item = el('li', { className: `tl-line tl-tone-${tone}` });
    if (TONE_WORDS[tone]) item.appendChild(el('span', { className: 'tl-tone-word', text: TONE_WORDS[tone] }));
    item.appendChild(document.createTextNode(text));
    list.appendChild(item);
    said.add(text);
  };
  const area: StatusArea = {
    element,
    begin(text) {
      latestReport = area;
      list.replaceChildren();
      said.clear();
      line(text);
    },
    line,
    lineOnce(text, tone) {
      if (!said.has(text)) line(text, tone);
    },
  };
  return area;
}

/**
 * Says what the session could not save. A save an action asked for goes under that action's own
 * report, once however many sheets it saved ("Colour every sheet" saves once per sheet); an edit's
 * (a palette, a tolerance, a layout correction) goes to `notices`, each time.
 */
export function sayAboutSaving(notices: StatusArea): (problem: SaveProblem) => void {
  return ({ message, reason, cause }) => {
    if (reason === 'failed') notices.line(message, 'problem');
    else if (cause === 'action') (latestReport ?? notices).lineOnce(message, 'unsaved');
    else notices.line(message, 'unsaved');
  };
}

export const messageOf = (problem: unknown): string => (problem instanceof Error ? problem.message : String(problem));
