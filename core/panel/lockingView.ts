/**
 * The "Lock a finished collection" section: a collection to lock (the tracker's own), "Lock this
 * collection" and "Unlock", and a line saying which collections Tracklight has locked now. That line
 * is read from the host when the panel moves to a sheet, and after every lock or unlock, so it never
 * shows another sheet's locks. A host without locking shows a hint instead of the controls.
 */
import { layoutCollections } from '../completion/completion';
import type { ActionButton } from './actionButton';
import { el, uniqueId } from './dom';
import { lockCollection, lockedLine, unlockCollection, LOCKING_NOT_HERE } from './lockingAction';
import type { PanelSession } from './session';
import { createStatusArea } from './status';

export function createLockingView(action: ActionButton, session: PanelSession): HTMLElement {
  const status = createStatusArea();
  const selectId = uniqueId('lock-collection');
  const collection = el('select', { attrs: { id: selectId } });
  const locked = el('p', { className: 'tl-hint tl-locked-list' });
  let lockedFor: string | null = null;
  const shown = (sheetName: string) => (state: Parameters<typeof lockedLine>[0]) => {
    lockedFor = sheetName;
    locked.textContent = lockedLine(state);
  };
  const lock = action(
    'Lock this collection',
    (each, lockStatus) => lockCollection(each, lockStatus, collection.value, shown(each.requireState().sheet.name)),
    status,
  );
  const unlock = action(
    'Unlock',
    (each, unlockStatus) => unlockCollection(each, unlockStatus, collection.value, shown(each.requireState().sheet.name)),
    status,
  );
  const controls = el('div', { className: 'tl-locking-controls' }, [
    el('p', {
      className: 'tl-hint',
      text:
        'Once a collection is finished, lock its grades so nobody changes them by accident. Unlock puts the sheet back as it was. ' +
        'A sheet the school protects itself is left as it is.',
    }),
    el('label', { text: 'Collection to lock', attrs: { for: selectId } }),
    collection,
    el('div', { className: 'tl-button-row' }, [lock, unlock]),
    locked,
    status.element,
  ]);
  const notHere = el('p', { className: 'tl-hint', text: LOCKING_NOT_HERE.replace(' Nothing was changed.', '') });
  const available = Boolean(session.host.lockCollection && session.host.unlockCollection && session.host.readLocks);
  const follow = () => {
    const state = session.state;
    const empty = state?.empty ?? true;
    controls.hidden = !available || empty;
    notHere.hidden = available;
    const names = state && !state.empty ? layoutCollections(state.layout) : [];
    const chosen = names.includes(collection.value) ? collection.value : (names[0] ?? '');
    collection.replaceChildren(...names.map((name) => el('option', { text: name, attrs: { value: name, selected: name === chosen } })));
    collection.value = chosen;
    const sheetName = state?.sheet.name ?? null;
    if (!available || sheetName === null || sheetName === lockedFor) return;
    lockedFor = sheetName;
    locked.textContent = '';
    session.host
      .readLocks?.(sheetName)
      .then((read) => {
        if (session.state?.sheet.name === sheetName) locked.textContent = lockedLine(read);
      })
      .catch(() => undefined);
  };
  session.onChange(follow);
  follow();
  return el('section', { className: 'tl-section tl-locking', attrs: { 'aria-label': 'Lock a finished collection' } }, [
    el('h2', { className: 'tl-heading', text: 'Lock a finished collection' }),
    notHere,
    controls,
  ]);
}
