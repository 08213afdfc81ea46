/**
 * The "Who still has to enter" section: a collection to count (the latest with any grade unless one is
 * chosen), each class's count, and under it the pupils still without a grade, each a link to their cell.
 * "Copy chase list" puts the list on the clipboard, or, where the panel may not, shows it selected for
 * Ctrl+C. Pupil names come from the sheet and go in as text only; the list belongs to one sheet and is
 * emptied when the panel moves to another.
 */
import { chaseListText, groupCount, groupName, layoutCollections, type CompletionGroup } from '../completion';
import type { ActionButton } from './actionButton';
import { cellLink } from './cellLink';
import { copyText, showCompletion, SHOW_COMPLETION, type CompletionShown } from './completion';
import { el, uniqueId } from './dom';
import type { PanelSession } from './session';
import { createStatusArea, type StatusArea } from './status';

const LATEST = '';

export function createCompletionView(action: ActionButton, session: PanelSession): HTMLElement {
  const status = createStatusArea();
  const selectId = uniqueId('completion-collection');
  const collection = el('select', { attrs: { id: selectId } });
  let shown: CompletionShown | null = null;
  const heading = el('h3', { className: 'tl-completion-heading' });
  const groups = el('div', { className: 'tl-completion-groups' });
  const chaseText = el('textarea', {
    className: 'tl-chase-text',
    attrs: { readonly: true, rows: 8, 'aria-label': 'Chase list to copy', hidden: true },
  });
  const copy = action('Copy chase list', (_session, copyStatus) => copyChaseList(copyStatus), status);
  const results = el('div', { className: 'tl-completion-results', attrs: { hidden: true } }, [heading, groups, copy, chaseText]);

  const show = (next: CompletionShown | null) => {
    shown = next;
    results.hidden = next === null;
    chaseText.hidden = true;
    chaseText.value = '';
    // Emptied, not only hidden: another sheet's pupils are not left in the page at all.
    heading.textContent = next
      ? `${next.plan.collection}${next.latestChosen ? ' (the latest with any grade)' : ''} on '${next.sheetName}'`
      : '';
    groups.replaceChildren(...(next?.plan.groups ?? []).map((group) => groupBlock(group, next!.sheetName)));
  };

  const groupBlock = (group: CompletionGroup, sheetName: string) =>
    el('div', { className: 'tl-completion-group' }, [
      el('p', { className: 'tl-completion-count', text: groupCount(group) }),
      group.missing.length > 0 &&
        el(
          'ul',
          { className: 'tl-missing-pupils', attrs: { 'aria-label': `Still to enter in ${groupName(group)}` } },
          group.missing.map((pupil) => el('li', {}, [cellLink(session, status, sheetName, pupil.cell, pupil.name)])),
        ),
    ]);

  async function copyChaseList(copyStatus: StatusArea): Promise<void> {
    if (!shown) return;
    const text = chaseListText(shown.plan, shown.sheetName);
    copyStatus.begin('Copying the chase list...');
    if ((await copyText(text, globalThis.navigator?.clipboard)) === 'copied') {
      chaseText.hidden = true;
      return copyStatus.line('Copied the chase list: paste it into an email. Tracklight itself sends nothing.', 'done');
    }
    chaseText.value = text;
    chaseText.hidden = false;
    chaseText.focus();
    chaseText.select();
    copyStatus.line(
      'This panel may not copy for you, so the chase list is shown below, selected: press Ctrl+C (Cmd+C on a Mac) to copy it, ' +
        'then paste it into an email. Tracklight itself sends nothing.',
      'info',
    );
  }

  const display = { show };
  const check = action(
    SHOW_COMPLETION,
    (each, checkStatus) => showCompletion(each, checkStatus, display, collection.value || null),
    status,
  );
  // Choosing another collection counts again, from a fresh read of the sheet.
  collection.addEventListener('change', () => check.click());

  const emptyHint = el('p', { className: 'tl-hint tl-empty-hint', text: 'Who still has to enter is counted on a tracker.' });
  const controls = el('div', { className: 'tl-completion-controls' }, [
    el('p', {
      className: 'tl-hint',
      text:
        'How many pupils have a grade for a data collection, class by class, and who is still missing. ' +
        'Choose a pupil to go to their cell. Nothing is written, and Tracklight sends nothing.',
    }),
    el('label', { text: 'Data collection', attrs: { for: selectId } }),
    collection,
    el('div', { className: 'tl-button-row' }, [check]),
    status.element,
    results,
  ]);
  const follow = () => {
    const state = session.state;
    const empty = state?.empty ?? false;
    emptyHint.hidden = !empty;
    controls.hidden = empty;
    const names = state && !empty ? layoutCollections(state.layout) : [];
    const chosen = names.includes(collection.value) ? collection.value : LATEST;
    collection.replaceChildren(
      ...[[LATEST, 'Latest with any grade'], ...names.map((name) => [name, name])].map(([value, text]) =>
        el('option', { text, attrs: { value, selected: value === chosen } }),
      ),
    );
    collection.value = chosen;
    if (shown && shown.sheetName !== state?.sheet.name) show(null);
  };
  session.onChange(follow);
  follow();
  return el('section', { className: 'tl-section tl-completion', attrs: { 'aria-label': 'Who still has to enter' } }, [
    el('h2', { className: 'tl-heading', text: 'Who still has to enter' }),
    emptyHint,
    controls,
  ]);
}
