/**
 * A way to go to one cell of the sheet, for whatever the panel lists that lives in a cell: a pupil
 * still to enter a grade, the first of a column's cells that are not grades. Where the host can
 * select a cell it is a button that does; where it cannot, the cell's address is said beside the
 * label as text. Labels come from the sheet, so they go in as text only.
 */
import { el } from './dom';
import type { PanelSession } from './session';
import { messageOf } from './status';
import type { StatusReport } from './statusLog';

/** The label, then the cell's address ('G8'); a problem going there is said in `status`. */
export function cellLink(session: PanelSession, status: StatusReport, sheetName: string, cell: string, label: string): HTMLElement {
  const where = el('span', { className: 'tl-cell-ref', text: ` ${cell}` });
  if (!session.host.selectCell) return el('span', {}, [label, where]);
  const link = el('button', { className: 'tl-link-button', attrs: { type: 'button' } }, [label, where]);
  link.addEventListener('click', () => void goToCell(session, status, sheetName, cell));
  return link;
}

/** Selects the cell in the sheet (bringing the sheet to the front). Says only the cell and sheet if it cannot. */
export async function goToCell(session: PanelSession, status: StatusReport, sheetName: string, cell: string): Promise<void> {
  if (!session.host.selectCell) return;
  try {
    await session.host.selectCell(sheetName, cell);
  } catch (problem) {
    status.line(`Could not go to ${cell} on '${sheetName}': ${messageOf(problem)}`, 'problem');
  }
}
