/**
 * The one side panel, shared by the Excel task pane, the Sheets sidebar and the dev-only preview.
 * It is the only part of core that touches the DOM, and it reaches the spreadsheet only through
 * the Host it is given.
 */
import { createActionsView } from './actionsView';
import { button, el } from './dom';
import type { Host } from './host';
import { createLayoutView } from './layoutView';
import { PanelSession } from './session';
import { createSavedCopyNotice, createSettingsView } from './settingsView';
import { createStatusArea, messageOf, sayAboutSaving } from './status';
import { ensurePanelStyles } from './styles';

export type { Host, SheetTop, ApplyOutcome } from './host';
export { PANEL_STYLES, PANEL_STYLE_ID, ensurePanelStyles } from './styles';
export { documentSettingsSchema, readDocumentSettings, type DocumentSettings } from './documentSettings';
export type { WritableClassSheets } from './host';

/** Renders the panel into `root` and resolves once the active sheet has been read and shown. */
export async function mountPanel(root: HTMLElement, host: Host): Promise<void> {
  ensurePanelStyles(root.ownerDocument);
  // The look follows the host: Fluent in Excel, Google's add-on style in Sheets.
  root.classList.add('tl-panel', `tl-host-${host.kind}`);
  root.replaceChildren(el('p', { className: 'tl-loading', text: 'Reading the sheet...', attrs: { role: 'status' } }));

  const notices = createStatusArea();
  notices.element.classList.add('tl-notices');
  const session = new PanelSession(host, sayAboutSaving(notices));
  try {
    await session.start();
  } catch (problem) {
    const retry = button('Try again', 'tl-button tl-primary');
    retry.addEventListener('click', () => void mountPanel(root, host));
    root.replaceChildren(
      el('p', { className: 'tl-problems', attrs: { role: 'alert' }, text: `Tracklight could not read the sheet: ${messageOf(problem)}` }),
      retry,
    );
    return;
  }

  const actions = createActionsView(session);
  // Only while the saved settings are kept as they are: what was found, and "Start again with default settings".
  const savedCopy = createSavedCopyNotice(session);
  root.replaceChildren(
    el('h1', { className: 'tl-title', text: 'Traffic lights' }),
    notices.element,
    ...(savedCopy ? [savedCopy] : []),
    // The colour buttons straight after the pairing lines they act on; the palette and tolerance follow.
    createLayoutView(session),
    actions.colouring,
    createSettingsView(session),
    actions.reports,
    actions.completion,
    actions.locking,
    actions.sample,
  );
  for (const problem of session.loadProblems) notices.line(problem, 'problem');
  host.onActiveSheetChange?.(() => {
    session
      .readActiveSheet()
      .catch((problem: unknown) => notices.line(`Could not read the sheet now open: ${messageOf(problem)}`, 'problem'));
  });
}
