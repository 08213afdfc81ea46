/**
 * The three colouring actions. Each works out a whole plan in the core first (planColouring refuses a
 * protected sheet, no target, too many rows), so a host is asked to apply a whole plan or nothing,
 * and every outcome is said in one short line per sheet, with the cells it could not colour under it.
 */
import { planColouring, type ColouringPlan } from '../colouring/plan';
import { layoutFits } from '../colouring/sameLayout';
import { subjectKey, validateLayout, type Layout } from '../layout';
import type { SheetTop } from './host';
import { notGradeLines } from './notGrades';
import type { PanelSession } from './session';
import { emptySheetMessage } from './sheetReading';
import { messageOf, type StatusArea } from './status';
import type { StatusDetail } from './statusLog';

const columns = (count: number) => `${count} ${count === 1 ? 'column' : 'columns'}`;
const gradeColumnCount = (plan: ColouringPlan, layout: Layout) => layout.pairs.length || plan.blocks.length;
/** Up to this many blocks are named in the result line; a wide tracker's line gives its subjects' count instead. */
const BLOCKS_NAMED = 3;

/** The layout can be used only once its problems are fixed: says so and returns null otherwise. */
export function usableLayout(session: PanelSession, status: StatusArea): Layout | null {
  const { sheet, layout, problems, empty, keptBecause } = session.requireState();
  if (empty) {
    status.line(`${emptySheetMessage(sheet.name)} Nothing was changed.`, 'problem');
    return null;
  }
  if (keptBecause !== null) {
    status.line(keptBecause, 'problem');
    return null;
  }
  if (problems.length === 0) return layout;
  status.line('The layout above has problems: fix them first (they are listed under the layout). Nothing was changed.', 'problem');
  return null;
}

/** What was coloured, short enough for one line however wide the tracker. */
function colouredWhat(plan: ColouringPlan, layout: Layout): string {
  const count = columns(gradeColumnCount(plan, layout));
  if (plan.blocks.length <= BLOCKS_NAMED) return `${count} (${plan.blocks.map((block) => block.label).join('; ')})`;
  const paired = new Set(layout.pairs.map((pair) => pair.grade));
  const subjects = new Set(
    layout.columns.filter((column) => paired.has(column.index)).map((column) => (column.subject ? subjectKey(column.subject) : '')),
  );
  return subjects.size > 1 ? `${count} in ${subjects.size} subjects` : `${count} in ${plan.blocks.length} blocks`;
}

/**
 * The cells of the coloured columns that are not grades, one line per column, each going to its first
 * such cell; a failed read is said, not hidden.
 */
async function cellsNotGrades(session: PanelSession, sheetName: string, layout: Layout): Promise<StatusDetail[]> {
  try {
    const { values } = await session.host.readValues(sheetName);
    return notGradeLines(layout, values, session.gradeScale()).map(({ text, cell }) => ({ text, cell, sheetName }));
  } catch (problem) {
    return [`Tracklight could not check for cells that are not grades: ${messageOf(problem)}`];
  }
}

/**
 * The sheet the panel shows, read again just before an action writes to it (pupils may have been
 * added, or, in Sheets, which has no event for it, another tab opened since the panel last looked),
 * with its layout checked against it. Null, having said why and that nothing was changed, when the
 * open sheet is another one or no longer fits the layout. `again` names the button to choose again.
 */
export async function readShownSheetAgain(
  session: PanelSession,
  status: StatusArea,
  again: string,
): Promise<{ sheet: SheetTop; layout: Layout } | null> {
  const shown = session.requireState().sheet;
  if (!usableLayout(session, status)) return null;
  const sheet = await session.host.activeSheet();
  if (sheet.name !== shown.name) return openSheetMoved(session, status, sheet.name, shown.name, again);
  const check = validateLayout(session.requireState().layout, sheet.topRows);
  if (!check.ok) {
    status.line(`${sheet.name} has changed since its layout was read: ${check.errors.join(' ')} Nothing was changed.`, 'problem');
    return null;
  }
  return { sheet, layout: check.layout };
}

export async function colourThisSheet(session: PanelSession, status: StatusArea): Promise<void> {
  status.begin(`Colouring '${session.requireState().sheet.name}'...`);
  const read = await readShownSheetAgain(session, status, 'Colour this sheet');
  if (!read) return;
  const { sheet, layout } = read;
  const outcome = planColouring(sheet, layout, session.settings.rules);
  if (!outcome.ok) return status.line(outcome.message, 'problem');
  const notGrades = await cellsNotGrades(session, sheet.name, layout);
  try {
    const applied = await session.host.applyColouring(outcome.plan);
    const replaced = applied.removed > 0 ? ', replacing its earlier Tracklight colours' : '';
    status.line(`${sheet.name}: coloured ${colouredWhat(outcome.plan, layout)}${replaced}.`, 'done', notGrades);
    await session.rememberLayout(sheet.name, layout);
  } catch (problem) {
    status.line(`${sheet.name}: could not be coloured: ${messageOf(problem)}`, 'problem');
  }
}

/** One click for the Y7-Y11 tabs: every sheet whose headings match this layout's coloured columns. */
export async function colourEverySheet(session: PanelSession, status: StatusArea): Promise<void> {
  const { sheet: source } = session.requireState();
  status.begin(`Colouring every sheet laid out like '${source.name}'...`);
  const layout = usableLayout(session, status);
  if (!layout) return;
  if (layout.pairs.length === 0) {
    return status.line(
      `'${source.name}' has no grade columns paired with a target, so there is nothing to colour on any sheet. ` +
        'Pair them in the layout above first. Nothing was changed.',
      'problem',
    );
  }
  let sheets: SheetTop[];
  try {
    sheets = await session.host.allSheets();
  } catch (problem) {
    return status.line(`Could not list the sheets: ${messageOf(problem)}`, 'problem');
  }
  let coloured = 0;
  for (const [position, sheet] of sheets.entries()) {
    status.progress(`Colouring '${sheet.name}' (${position + 1} of ${sheets.length})...`);
    if (await colourOne(session, status, sheet, layout)) coloured += 1;
  }
  status.line(`Coloured ${coloured} of ${sheets.length} ${sheets.length === 1 ? 'sheet' : 'sheets'}.`, coloured > 0 ? 'done' : 'problem');
}

async function colourOne(session: PanelSession, status: StatusArea, sheet: SheetTop, layout: Layout): Promise<boolean> {
  const fit = layoutFits(layout, sheet.topRows);
  if (!fit.fits) {
    status.line(`${sheet.name}: skipped — ${fit.reason}.`);
    return false;
  }
  const check = validateLayout(layout, sheet.topRows);
  if (!check.ok) {
    status.line(`${sheet.name}: skipped — ${check.errors.join(' ')}`);
    return false;
  }
  const outcome = planColouring(sheet, check.layout, session.settings.rules);
  if (!outcome.ok) {
    status.line(`${sheet.name}: skipped — ${outcome.message}`, 'problem');
    return false;
  }
  const notGrades = await cellsNotGrades(session, sheet.name, check.layout);
  try {
    await session.host.applyColouring(outcome.plan);
    status.line(`${sheet.name}: coloured ${columns(gradeColumnCount(outcome.plan, check.layout))}.`, 'done', notGrades);
    await session.rememberLayout(sheet.name, check.layout);
    return true;
  } catch (problem) {
    status.line(`${sheet.name}: could not be coloured: ${messageOf(problem)}`, 'problem');
    return false;
  }
}

export async function removeColours(session: PanelSession, status: StatusArea): Promise<void> {
  const { sheet } = session.requireState();
  status.begin(`Removing Tracklight colours from '${sheet.name}'...`);
  try {
    const { removed } = await session.host.removeColouring(sheet.name);
    if (removed === 0) status.line(`${sheet.name} has no Tracklight colours to remove.`);
    else
      status.line(
        `${sheet.name}: removed ${removed} Tracklight ${removed === 1 ? 'rule' : 'rules'}. ` +
          "The sheet's own conditional formats and every value are unchanged.",
        'done',
      );
  } catch (problem) {
    status.line(`${sheet.name}: could not remove the colours: ${messageOf(problem)}`, 'problem');
  }
}

/**
 * The user opened another sheet since the panel read `was`: the panel reads the open one, says so
 * with what to do (choose `again` once its layout is checked), and the action stops with null.
 */
export async function openSheetMoved(session: PanelSession, status: StatusArea, now: string, was: string, again: string): Promise<null> {
  await session.readActiveSheet();
  status.line(
    `The open sheet is now '${now}', not '${was}'. Its layout is shown above: check it, then choose ${again} again. Nothing was changed.`,
    'problem',
  );
  return null;
}
