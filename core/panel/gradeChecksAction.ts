/**
 * "Check grades as they are typed" and "Remove grade checks": the plan is worked out in the core
 * first (core/validation), the host applies all of it or nothing, and the result is one line, with
 * every column left alone (the school's own validation there) named under it.
 */
import { validateLayout } from '../layout';
import { planGradeChecks } from '../validation/gradeChecksPlan';
import { usableLayout } from './actions';
import type { PanelSession } from './session';
import { messageOf, type StatusArea } from './status';

const columns = (count: number) => `${count} grade ${count === 1 ? 'column' : 'columns'}`;

export async function checkGradesAsTyped(session: PanelSession, status: StatusArea): Promise<void> {
  const shown = session.requireState().sheet;
  status.begin(`Adding grade checks to '${shown.name}'...`);
  if (!usableLayout(session, status)) return;
  // Read again: pupils may have been added, or another tab opened, since the panel last looked.
  const sheet = await session.host.activeSheet();
  if (sheet.name !== shown.name) {
    await session.readActiveSheet();
    return status.line(
      `The open sheet is now '${sheet.name}', not '${shown.name}'. ` +
        'Its layout is shown above: check it, then try again. Nothing was changed.',
      'problem',
    );
  }
  const check = validateLayout(session.requireState().layout, sheet.topRows);
  if (!check.ok)
    return status.line(`${sheet.name} has changed since its layout was read: ${check.errors.join(' ')} Nothing was changed.`, 'problem');
  const outcome = planGradeChecks(sheet, check.layout, session.settings.rules.scale);
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
