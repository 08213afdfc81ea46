/**
 * "Check grades as they are typed" and "Remove grade checks": the plan is worked out in the core
 * first (core/validation), the host applies all of it or nothing, and the result is one line, with
 * every column left alone (the school's own validation there) named under it.
 */
import { planGradeChecks } from '../validation/gradeChecksPlan';
import { readShownSheetAgain } from './actions';
import type { PanelSession } from './session';
import { messageOf, type StatusArea } from './status';

const columns = (count: number) => `${count} grade ${count === 1 ? 'column' : 'columns'}`;

export async function checkGradesAsTyped(session: PanelSession, status: StatusArea): Promise<void> {
  status.begin(`Adding grade checks to '${session.requireState().sheet.name}'...`);
  const read = await readShownSheetAgain(session, status, 'Check grades as they are typed');
  if (!read) return;
  const { sheet, layout } = read;
  const outcome = planGradeChecks(sheet, layout, session.settings.rules.scale);
  if (!outcome.ok) return status.line(outcome.message, 'problem');
  try {
    const { checked, leftAlone } = await session.host.applyGradeChecks(outcome.plan);
    const keptLines = leftAlone.map((column) => `${column.label} already has data validation of the school's own: left as it is.`);
    if (checked === 0) return status.line(`${sheet.name}: no grade checks were added.`, 'problem', keptLines);
    status.line(
      `${sheet.name}: ${columns(checked)} now offer a list of the grades and warn when something else is typed; what is typed is kept.`,
      'done',
      keptLines,
    );
  } catch (problem) {
    status.line(`${sheet.name}: could not add grade checks: ${messageOf(problem)}`, 'problem');
  }
}

export async function removeGradeChecks(session: PanelSession, status: StatusArea): Promise<void> {
  const { sheet } = session.requireState();
  status.begin(`Removing Tracklight's grade checks from '${sheet.name}'...`);
  try {
    const { removed } = await session.host.removeGradeChecks(sheet.name);
    if (removed === 0) status.line(`${sheet.name} has no Tracklight grade checks to remove.`);
    else
      status.line(
        `${sheet.name}: removed Tracklight's grade checks from ${columns(removed)}. ` +
          "The school's own validation and every value are unchanged.",
        'done',
      );
  } catch (problem) {
    status.line(`${sheet.name}: could not remove the grade checks: ${messageOf(problem)}`, 'problem');
  }
}
