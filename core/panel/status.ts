/**
 * Where progress and results appear: one polite live region, so a screen reader hears each line
 * ("Y8: coloured 3 columns") as it is added, without losing its place in the panel. A line in
 * progress is rewritten in place by its result (statusLog.ts), never left standing above it.
 */
import { el } from './dom';
import type { SaveProblem } from './session';
import { createStatusLog, type CellDetail, type StatusDetail, type StatusLine, type StatusReport, type Tone } from './statusLog';

export type { Tone } from './statusLog';

export interface StatusArea extends StatusReport {
  element: HTMLElement;
}

/** Not every reader has colour vision: the tone is said in words too. */
const TONE_WORDS: Record<Tone, string> = { info: '', done: 'Done: ', problem: 'Not done: ', unsaved: 'Not saved: ' };

/**
 * The area whose report began last: the report of the action running now, or that ran last. Actions
 * are handed their area, but what they cause in the session (a save) is not, so the session's word
 * about it is routed here (sayAboutSaving).
 */
let latestReport: StatusArea | null = null;

/** Shows a detail about one cell as a way to go to it (cellLink.ts); an area without one shows its text, naming the column and row. */
export type CellLinkMaker = (detail: CellDetail) => Node;

const detailItem = (detail: StatusDetail, linkCell: CellLinkMaker | undefined): HTMLLIElement =>
  typeof detail === 'string'
    ? el('li', { className: 'tl-line-detail', text: detail })
    : el('li', { className: 'tl-line-detail' }, [linkCell ? linkCell(detail) : detail.text]);

function lineItem({ text, tone, details, inProgress }: StatusLine, linkCell: CellLinkMaker | undefined): HTMLLIElement {
  const item = el('li', { className: `tl-line tl-tone-${tone}${inProgress ? ' tl-in-progress' : ''}` });
  if (TONE_WORDS[tone]) item.appendChild(el('span', { className: 'tl-tone-word', text: TONE_WORDS[tone] }));
  item.appendChild(document.createTextNode(text));
  if (details.length > 0)
    item.appendChild(
      el(
        'ul',
        { className: 'tl-line-details' },
        details.map((detail) => detailItem(detail, linkCell)),
      ),
    );
  return item;
}

export function createStatusArea(linkCell?: CellLinkMaker): StatusArea {
  const list = el('ul', { className: 'tl-status-lines' });
  const element = el('div', { className: 'tl-status', attrs: { role: 'status', 'aria-live': 'polite' } }, [list]);
  const log = createStatusLog((change) => {
    if (change.kind === 'cleared') list.replaceChildren();
    else if (change.kind === 'added') list.appendChild(lineItem(change.line, linkCell));
    else list.children[change.at]?.replaceWith(lineItem(change.line, linkCell));
  });
  const area: StatusArea = {
    element,
    begin(text) {
      latestReport = area;
      log.begin(text);
    },
    progress: log.progress,
    line: log.line,
    lineOnce: log.lineOnce,
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
