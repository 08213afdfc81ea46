/**
 * "Report on several sheets": for a year group kept on one sheet per subject, a tick box for each of the
 * workbook's other sheets (listed when the section is opened, and again when the panel moves to another
 * sheet), saved with the report settings, and a Preview / Build pair that reports on this sheet and the
 * ticked ones together. The numbers show where the one-sheet report's do. Sheet names go in as text.
 * Its code (severalSheets.ts, which combines sheets for the report) loads when the section is first opened.
 */
import type { ActionButton } from './actionButton';
import { el, uniqueId } from './dom';
import { buildReportSheet, previewReport } from './onDemand';
import type { PreviewDisplay } from './reports';
import type { PanelSession } from './session';
import type * as SeveralSheets from './severalSheets';
import { createStatusArea, messageOf, type StatusArea } from './status';

export function createSeveralSheetsView(action: ActionButton, session: PanelSession, display: PreviewDisplay): HTMLElement {
  const status = createStatusArea();
  const list = el('ul', { className: 'tl-sheet-choices' });
  const noOthers = el('p', { className: 'tl-hint', text: 'This workbook has no other sheet.', attrs: { hidden: true } });
  const details = el('details', { className: 'tl-several-sheets' }, [
    el('summary', { text: 'Report on several sheets' }),
    el('p', {
      className: 'tl-hint',
      text:
        'For a year group kept on one sheet per subject: tick the other sheets to report on with this one. ' +
        'Pupils are matched by UPN, or by name and class on a sheet with no UPN column. A sheet whose grade columns ' +
        "name no subject takes its subject from the sheet's name ('Y11 Maths' is Maths).",
    }),
    el('fieldset', {}, [el('legend', { text: 'Sheets to report on with this one' }), list, noOthers]),
    el('div', { className: 'tl-button-row' }, [
      action('Preview report on these sheets', (session, area) => previewReport(session, area, display, 'ticked sheets'), status),
      action('Build report on these sheets', (session, area) => buildReportSheet(session, area, display, 'ticked sheets'), status),
    ]),
    status.element,
  ]);

  let listedFor: string | null = null;
  const refresh = async () => {
    const sheetName = session.state?.sheet.name ?? null;
    if (!details.open || sheetName === null) return;
    listedFor = sheetName;
    let several: typeof SeveralSheets;
    let choices: SeveralSheets.SheetChoice[];
    try {
      several = await import('./severalSheets');
      choices = await several.listSheetChoices(session);
    } catch (problem) {
      return status.line(`Could not list the workbook's sheets: ${messageOf(problem)}`, 'problem');
    }
    // Another sheet was opened while the names were read: its own listing follows.
    if (listedFor !== sheetName) return;
    list.replaceChildren(...choices.map((choice) => choiceItem(session, sheetName, choice, status, several.tickSheet)));
    noOthers.hidden = choices.length > 0;
  };
  details.addEventListener('toggle', () => void refresh());
  session.onChange(() => {
    if (session.state && session.state.sheet.name !== listedFor) void refresh();
  });
  return details;
}

/** One tick box; a change the settings refuse is said and undone on screen. */
function choiceItem(
  session: PanelSession,
  sheetName: string,
  choice: SeveralSheets.SheetChoice,
  status: StatusArea,
  tickSheet: typeof SeveralSheets.tickSheet,
): HTMLLIElement {
  const id = uniqueId('combine-sheet');
  const box = el('input', { attrs: { type: 'checkbox', id } });
  box.checked = choice.ticked;
  box.addEventListener('change', () => {
    const problem = tickSheet(session, sheetName, choice.name, box.checked);
    if (problem === null) return;
    box.checked = !box.checked;
    status.line(problem, 'problem');
  });
  const text = choice.missing ? `${choice.name} (no longer in this workbook)` : choice.name;
  return el('li', { className: 'tl-sheet-choice' }, [box, el('label', { text, attrs: { for: id } })]);
}
