/**
 * The report settings a data manager changes most: the summer the year group sits its GCSEs (which
 * decides whether Progress 8 can be shown at all), the attendance cut-offs, how effort numbers read,
 * and the combined groups. Sheets to combine are ticked in their own section (severalSheetsView.ts).
 * Each change is checked by the report's own schema and saved with the document at once; a value
 * that cannot be used stays in its box as typed, with the reason beside it, and nothing is saved.
 */
import { ETHNICITY_CODES } from '../report/ethnicity';
import { ETHNICITY_PREFIX } from '../report/groupConditionKeys';
import { FAMILIES } from '../report/groups';
import { checkReportSettings, NO_KS2_EXAM_YEARS, reportSettingsSchema, type ReportSettings } from '../report/settings';
import { button, el, selectBox, uniqueId } from './dom';
import type { PanelSession } from './session';

/** The most groups one combined group joins, as the settings allow. */
const MOST_CONDITIONS = 3;
const MOST_COMBINED_GROUPS = 4;
const NONE = '';

/** Every group a combined group can use, as [key, what the panel shows]. */
export const CONDITION_CHOICES: readonly (readonly [string, string])[] = [
  ...FAMILIES.flatMap((family) => family.groups.map((group) => [group.key, group.label] as const)),
  ...Object.entries(ETHNICITY_CODES).map(([code, name]) => [`${ETHNICITY_PREFIX}${code}`, `${name} (${code})`] as const),
];

function fieldError(): HTMLParagraphElement {
  return el('p', { className: 'tl-field-error', attrs: { id: uniqueId('report-setting-error'), role: 'alert' } });
}

/** Shows a problem (or clears it) beside the boxes it is about. */
function showProblem(error: HTMLElement, inputs: readonly HTMLElement[], problem: string | null): void {
  error.textContent = problem ?? '';
  for (const input of inputs) {
    if (problem) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

/** A typed number ("90", " 90.5 ", "90%"), or null when the box holds something else. */
function typedNumber(text: string): number | null {
  const trimmed = text.trim().replace(/%$/, '');
  const value = trimmed === '' ? NaN : Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

function numberBox(id: string, value: number | undefined, describedBy: string): HTMLInputElement {
  return el('input', {
    className: 'tl-number',
    attrs: { id, type: 'text', inputmode: 'decimal', value: value === undefined ? '' : String(value), 'aria-describedby': describedBy },
  });
}

function examYearBox(session: PanelSession, saved: ReportSettings): HTMLElement {
  const id = uniqueId('exam-year');
  const error = fieldError();
  const hintId = uniqueId('exam-year-hint');
  const input = numberBox(id, saved.examYear, `${hintId} ${error.id}`);
  input.addEventListener('change', () => {
    const year = typedNumber(input.value);
    const problem =
      input.value.trim() === ''
        ? session.setReportSettings({ examYear: undefined })
        : year === null
          ? 'Type the year as four digits, e.g. 2027, or leave the box empty.'
          : session.setReportSettings({ examYear: year });
    showProblem(error, [input], problem);
  });
  return el('div', { className: 'tl-field' }, [
    el('label', { text: 'Year the group sits its GCSEs', attrs: { for: id } }),
    input,
    el('p', {
      className: 'tl-hint',
      attrs: { id: hintId },
      text:
        `For example 2027. For ${NO_KS2_EXAM_YEARS.join(' and ')} the report shows no Progress 8, ` +
        'as those year groups sat no KS2 tests. Leave it empty to decide from the KS2 column alone.',
    }),
    error,
  ]);
}

function attendanceBoxes(session: PanelSession, saved: ReportSettings): HTMLElement {
  const error = fieldError();
  const hintId = uniqueId('attendance-hint');
  const persistentId = uniqueId('persistent-absence');
  const severeId = uniqueId('severe-absence');
  const persistent = numberBox(persistentId, saved.attendanceBands.persistentAtOrBelow, `${hintId} ${error.id}`);
  const severe = numberBox(severeId, saved.attendanceBands.severeAtOrBelow, `${hintId} ${error.id}`);
  const save = () => {
    const bands = { persistentAtOrBelow: typedNumber(persistent.value), severeAtOrBelow: typedNumber(severe.value) };
    const problem =
      bands.persistentAtOrBelow === null || bands.severeAtOrBelow === null
        ? 'Type each cut-off as a percentage, e.g. 90 and 50.'
        : session.setReportSettings({ attendanceBands: bands });
    showProblem(error, [persistent, severe], problem);
  };
  persistent.addEventListener('change', save);
  severe.addEventListener('change', save);
  return el('div', { className: 'tl-field' }, [
    el('label', { text: 'Persistent absence: attendance at or below (%)', attrs: { for: persistentId } }),
    persistent,
    el('label', { text: 'Severe absence: attendance at or below (%)', attrs: { for: severeId } }),
    severe,
    el('p', {
      className: 'tl-hint',
      attrs: { id: hintId },
      text: 'The DfE counts a pupil who misses 10% or more of sessions as persistently absent (90%), and 50% or more as severely absent.',
    }),
    error,
  ]);
}

/** How numbered effort grades read: which end is best, and the first number that is a concern. */
function effortBoxes(session: PanelSession, saved: ReportSettings): HTMLElement {
  const error = fieldError();
  const bestId = uniqueId('effort-best');
  const concernId = uniqueId('effort-concern');
  const best = selectBox(
    bestId,
    [
      ['lowest', '1 is the best effort'],
      ['highest', 'The top number is the best effort'],
    ],
    saved.effort.numbersBestIs,
  );
  const concern = numberBox(concernId, saved.effort.numbersConcernFrom, error.id);
  const save = () => {
    const from = typedNumber(concern.value);
    const problem =
      from === null
        ? 'Type the first effort number that is a concern, e.g. 3.'
        : session.setReportSettings({ effort: { ...saved.effort, numbersBestIs: best.value, numbersConcernFrom: from } });
    showProblem(error, [best, concern], problem);
  };
  best.addEventListener('change', save);
  concern.addEventListener('change', save);
  return el('div', { className: 'tl-field' }, [
    el('label', { text: 'Effort numbers', attrs: { for: bestId } }),
    best,
    el('label', { text: 'Effort is a concern from (and every number worse)', attrs: { for: concernId } }),
    concern,
    el('p', {
      className: 'tl-hint',
      text: 'Effort written in words reads "Requires improvement", "Cause for concern", "Poor" and the like as a concern.',
    }),
    error,
  ]);
}

/** Up to four combined groups, each up to three groups at once (for example disadvantaged, boys and White British). */
function combinedGroupsBox(session: PanelSession, saved: ReportSettings): HTMLElement {
  const error = fieldError();
  const list = el('div', { className: 'tl-combined-groups' });
  const add = button('Add a combined group');
  let groups: string[][] = saved.combinedGroups.map((group) => [...group.conditions]);
  const save = () => {
    const combinedGroups = groups.map((conditions) => ({ conditions: conditions.filter((condition) => condition !== NONE) }));
    showProblem(error, [...list.querySelectorAll('select')], session.setReportSettings({ combinedGroups }));
  };
  const draw = () => {
    list.replaceChildren(
      ...groups.map((conditions, groupIndex) => {
        const selects = Array.from({ length: MOST_CONDITIONS }, (_, at) => {
          const id = uniqueId('combined-condition');
          const options = at === 0 ? CONDITION_CHOICES : [[NONE, '(none)'] as const, ...CONDITION_CHOICES];
          const select = selectBox(id, options, conditions[at] ?? (at === 0 ? CONDITION_CHOICES[0]![0] : NONE));
          select.setAttribute('aria-describedby', error.id);
          select.addEventListener('change', () => {
            groups[groupIndex]![at] = select.value;
            save();
          });
          return el('div', {}, [el('label', { text: at === 0 ? 'Pupils who are' : 'and', attrs: { for: id } }), select]);
        });
        const remove = button('Remove this group');
        remove.addEventListener('click', () => {
          groups = groups.filter((_, index) => index !== groupIndex);
          save();
          draw();
        });
        return el('fieldset', { className: 'tl-combined-group' }, [
          el('legend', { text: `Combined group ${groupIndex + 1}` }),
          ...selects,
          remove,
        ]);
      }),
    );
    add.hidden = groups.length >= MOST_COMBINED_GROUPS;
  };
  add.addEventListener('click', () => {
    groups = [...groups, [CONDITION_CHOICES[0]![0]]];
    save();
    draw();
  });
  draw();
  return el('div', { className: 'tl-field' }, [
    el('p', { className: 'tl-field-title', text: 'Combined groups' }),
    el('p', {
      className: 'tl-hint',
      text: 'Each is reported against everyone else. Ethnicity is read from the ethnicity column, as DfE codes (WBRI) or written out.',
    }),
    list,
    add,
    error,
  ]);
}

/** The panel's report settings, from the session's saved ones (which the session only keeps when the report accepts them). */
export function createReportSettingsView(session: PanelSession): HTMLElement {
  const checked = checkReportSettings(session.reportSettingsInput());
  const saved = checked.ok ? checked.settings : reportSettingsSchema.parse({});
  return el('details', { className: 'tl-report-settings' }, [
    el('summary', { text: 'Report settings' }),
    examYearBox(session, saved),
    attendanceBoxes(session, saved),
    effortBoxes(session, saved),
    combinedGroupsBox(session, saved),
  ]);
}
