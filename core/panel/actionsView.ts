/**
 * The action buttons and the live regions their results go to. One action runs at a time, across
 * every section: while it runs the buttons say so (aria-disabled) but keep their place in the tab
 * order, so keyboard focus is never thrown back to the top of the pane.
 */
import { colourEverySheet, colourThisSheet, removeColours } from './actions';
import type { ActionButton } from './actionButton';
import { cellLink } from './cellLink';
import { createCompletionView } from './completionView';
import { button, el } from './dom';
import { createLockingView } from './lockingView';
import { checkGradesAsTyped, insertSampleTracker, removeGradeChecks } from './onDemand';
import { createReportsView } from './reportsView';
import type { PanelSession } from './session';
import { createStatusArea, messageOf } from './status';

export interface ActionsView {
  colouring: HTMLElement;
  reports: HTMLElement;
  completion: HTMLElement;
  locking: HTMLElement;
  sample: HTMLElement;
}

export function createActionsView(session: PanelSession): ActionsView {
  // A column's cells that are not grades are said under the result, each line going to the column's first.
  const colourStatus = createStatusArea((detail) => cellLink(session, colourStatus, detail.sheetName, detail.cell, detail.text));
  const sampleStatus = createStatusArea();
  const buttons: HTMLButtonElement[] = [];
  let busy = false;

  const action: ActionButton = (text, run, status, className) => {
    const control = button(text, className);
    buttons.push(control);
    control.addEventListener('click', async () => {
      if (busy) return;
      busy = true;
      for (const each of buttons) each.setAttribute('aria-disabled', 'true');
      try {
        await run(session, status);
      } catch (problem) {
        status.line(messageOf(problem), 'problem');
      } finally {
        busy = false;
        for (const each of buttons) each.removeAttribute('aria-disabled');
      }
    });
    return control;
  };

  // An empty sheet has nothing to colour; its old Tracklight colours (if it was cleared) can still be removed.
  const colourButtons = [
    action('Colour this sheet', colourThisSheet, colourStatus, 'tl-button tl-primary'),
    action('Colour every sheet with this layout', colourEverySheet, colourStatus),
  ];
  // A dropdown of the school's grades, warning only: what a teacher types is always kept.
  const checkButtons = [action('Check grades as they are typed', checkGradesAsTyped, colourStatus)];
  const colouringHint = el('p', {
    className: 'tl-hint',
    text: 'Colours are conditional formats: they stay right as grades are typed, and show for everyone, with or without Tracklight.',
  });
  const emptyHint = el('p', { className: 'tl-hint tl-empty-hint', text: 'There is nothing to colour on an empty sheet.' });
  const colouring = el('section', { className: 'tl-section tl-actions', attrs: { 'aria-label': 'Colour the tracker' } }, [
    el('h2', { className: 'tl-heading', text: 'Colour the tracker' }),
    emptyHint,
    el('div', { className: 'tl-button-row' }, [...colourButtons, action('Remove Tracklight colours', removeColours, colourStatus)]),
    el('div', { className: 'tl-button-row' }, [...checkButtons, action('Remove grade checks', removeGradeChecks, colourStatus)]),
    colouringHint,
    colourStatus.element,
  ]);
  const showFor = () => {
    const empty = session.state?.empty ?? false;
    for (const control of [...colourButtons, ...checkButtons, colouringHint]) control.hidden = empty;
    emptyHint.hidden = !empty;
  };
  session.onChange(showFor);
  showFor();
  const reports = createReportsView(action, session);
  const completion = createCompletionView(action, session);
  const locking = createLockingView(action, session);
  const sample = el('section', { className: 'tl-section tl-sample', attrs: { 'aria-label': 'Try Tracklight' } }, [
    el('h2', { className: 'tl-heading', text: 'Try it' }),
    el('p', {
      className: 'tl-hint',
      text: 'Adds a new sheet of made-up Year 11 pupils with targets and RP1-RP3 grades in every subject. Nothing in your sheets changes.',
    }),
    action('Insert a sample tracker', insertSampleTracker, sampleStatus),
    sampleStatus.element,
  ]);
  return { colouring, reports, completion, locking, sample };
}
