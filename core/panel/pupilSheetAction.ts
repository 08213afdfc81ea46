/**
 * "Make pupil report sheet": one live sheet per tracker that shows a pupil chosen from a dropdown,
 * planned in the core (pupilSheetPlan) from the layout, the tracker's values and the marks on the
 * workbook's sheets; the host checks the sheet again just before it writes. Every outcome is said.
 */
import { pupilSheetPlan, type PupilSheetFacts } from '../pupilSheet';
import { openTracker } from './openTracker';
import type { PanelSession } from './session';
import { messageOf, type StatusArea } from './status';

export async function makePupilSheet(session: PanelSession, status: StatusArea): Promise<void> {
  const { readPupilSheetFacts, writePupilSheet } = session.host;
  if (!readPupilSheetFacts || !writePupilSheet) return status.line('This spreadsheet cannot hold a pupil report sheet.', 'problem');
  status.begin(`Making the pupil report sheet for '${session.requireState().sheet.name}'...`);
  const tracker = await openTracker(session, status, 'Make pupil report sheet');
  if (!tracker) return;
  let sheets: PupilSheetFacts[];
  try {
    sheets = await readPupilSheetFacts.call(session.host);
  } catch (problem) {
    return status.line(`Could not read the workbook's sheets: ${messageOf(problem)} Nothing was changed.`, 'problem');
  }
  const outcome = pupilSheetPlan({
    layout: tracker.layout,
    trackerSheetName: tracker.name,
    lastRow: tracker.lastRow,
    values: tracker.values,
    sheets,
    ruleSettings: session.settings.rules,
    maxSheetName: session.host.maxSheetName,
  });
  if (!outcome.ok) return status.line(outcome.message, 'problem');
  const { plan } = outcome;
  let written;
  try {
    written = await writePupilSheet.call(session.host, plan);
  } catch (problem) {
    return status.line(`The pupil report sheet could not be written: ${messageOf(problem)}`, 'problem');
  }
  if (!written.written) return status.line(written.reason, 'problem');
  status.line(
    `${plan.isNew ? 'Added' : 'Updated'} '${plan.sheetName}': choose a pupil in ${plan.picker.cell} to see their targets, grades ` +
      `(with the traffic lights), effort and attendance from '${tracker.name}'. Every figure is a formula over the tracker: ` +
      'no pupil data is copied, and no other sheet was changed. It is set to print on one A4 page.',
    'done',
  );
  if (plan.colouringMessage) status.line(plan.colouringMessage);
  for (const line of [...written.problems, ...plan.notes]) status.line(line);
}
