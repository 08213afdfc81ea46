/**
 * "Who still has to enter": reads the tracker once, counts who has a grade for the chosen collection
 * (core/completion), and hands the answer to the view. A missing pupil's link selects their cell
 * through the host (cellLink.ts); the chase list is copied for the user to send. Nothing is written, and no pupil's
 * name goes into a status line: names are shown only in the list itself.
 */
import { completionPlan, type CompletionPlan } from '../completion';
import { openTracker } from './openTracker';
import type { PanelSession } from './session';
import type { StatusArea } from './status';

export const SHOW_COMPLETION = 'Show who still has to enter';

export interface CompletionShown {
  sheetName: string;
  plan: CompletionPlan;
  /** True when the user left the collection to the panel: the latest with any grade. */
  latestChosen: boolean;
}

export interface CompletionDisplay {
  show(shown: CompletionShown): void;
}

const pupils = (count: number) => `${count} ${count === 1 ? 'pupil' : 'pupils'}`;

/** `collection`: the one chosen in the panel, or null for the latest with any grade. */
export async function showCompletion(
  session: PanelSession,
  status: StatusArea,
  display: CompletionDisplay,
  collection: string | null,
): Promise<void> {
  status.begin(`Counting who has a grade on '${session.requireState().sheet.name}'...`);
  const tracker = await openTracker(session, status, SHOW_COMPLETION);
  if (!tracker) return;
  const plan = completionPlan(tracker.layout, tracker.values, collection, session.gradeScale());
  if (plan.collection === null)
    return status.line(
      `'${tracker.name}' has no grade columns, so there is nothing to count. ` +
        "In the layout above, set each grade column's role to Grade, then try again. Nothing was changed.",
      'problem',
    );
  display.show({ sheetName: tracker.name, plan, latestChosen: collection === null });
  const entered = plan.groups.reduce((sum, group) => sum + group.entered, 0);
  const onRoll = plan.groups.reduce((sum, group) => sum + group.onRoll, 0);
  const classes = plan.groups.filter((group) => group.missing.length > 0).length;
  const still =
    onRoll === entered
      ? 'everyone has one'
      : `${pupils(onRoll - entered)} in ${classes === 1 ? '1 class' : `${classes} classes`} still to enter`;
  status.line(`${plan.collection} on '${tracker.name}': ${entered} of ${pupils(onRoll)} on roll have a grade; ${still}.`, 'done');
}

export type CopyOutcome = 'copied' | 'not copied';

/**
 * The clipboard where the page may write to it. An Office task pane or an Apps Script sidebar can
 * refuse (a permissions policy, no user gesture left), so a refusal is an answer, not a failure.
 */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined): Promise<CopyOutcome> {
  if (typeof clipboard?.writeText !== 'function') return 'not copied';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'not copied';
  }
}
