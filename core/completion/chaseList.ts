/**
 * How "Who still has to enter" words its answer: each group's count line, and the chase list as plain
 * text to paste into an email (teacher, class, pupils missing). Tracklight never sends it anywhere.
 */
import { naturalCompare } from '../classSheets/classes';
import type { CompletionGroup, CompletionPlan } from './completion';

/** "10X1 (BDG)", "Maths 10X1 (BDG)", or "No class (BDG)" for pupils whose class cell is empty. */
export function groupName(group: Pick<CompletionGroup, 'subject' | 'className' | 'teacher'>): string {
  const subject = group.subject === null ? '' : `${group.subject} `;
  const teacher = group.teacher === null ? '' : ` (${group.teacher})`;
  return `${subject}${group.className ?? 'No class'}${teacher}`;
}

/** "10X1 (BDG): 27 of 30 entered". */
export const groupCount = (group: CompletionGroup): string => `${groupName(group)}: ${group.entered} of ${group.onRoll} entered`;

const pupils = (count: number) => `${count} ${count === 1 ? 'pupil' : 'pupils'}`;
const orderOf = (text: string | null) => text ?? '\uffff';

/**
 * The chase list, grouped by teacher so each can be sent their own part; a class with everyone entered
 * is left out. Every name is as the tracker writes it.
 */
export function chaseListText(plan: CompletionPlan, sheetName: string): string {
  const where = `${plan.collection ?? 'no collection'} on '${sheetName}'`;
  const owing = plan.groups
    .filter((group) => group.missing.length > 0)
    .sort(
      (a, b) =>
        naturalCompare(orderOf(a.teacher), orderOf(b.teacher)) ||
        naturalCompare(orderOf(a.subject), orderOf(b.subject)) ||
        naturalCompare(orderOf(a.className), orderOf(b.className)),
    );
  if (owing.length === 0) return `Everyone on roll has a grade for ${where}.`;
  const total = owing.reduce((sum, group) => sum + group.missing.length, 0);
  const blocks = owing.map((group) => {
    const subject = group.subject === null ? '' : `${group.subject} `;
    const heading =
      `${group.teacher ?? 'No teacher recorded'}, ${subject}${group.className ?? 'no class'}: ` +
      `${group.missing.length} of ${group.onRoll} still to enter`;
    return [heading, ...group.missing.map((pupil) => `- ${pupil.name}`)].join('\n');
  });
  return [`Still to enter for ${where}: ${pupils(total)}.`, ...blocks].join('\n\n');
}
