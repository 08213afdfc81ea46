/**
 * The report settings a data manager changes most: the summer the year group sits its GCSEs (which
 * decides whether Progress 8 can be shown at all), the attendance, KS2 and CAT4 cut-offs, how effort
 * numbers read, and the combined groups (combinedGroupsView.ts). Sheets to combine are ticked in their
 * own section (severalSheetsView.ts). Each change is checked by the report's own schema and saved with
 * the document at once; a value that cannot be used stays in its box as typed, with the reason beside
 * it, and nothing is saved.
 */
import { checkReportSettings, NO_KS2_EXAM_YEARS, reportSettingsSchema, type ReportSettings } from '../report/settings';
import { combinedGroupsBox } from './combinedGroupsView';
import { el, selectBox, uniqueId } from './dom';
import { cutOffPairField, fieldError, numberBox, showProblem, typedNumber } from './reportSettingFields';
import type { PanelSession } from './session';

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

/** The cut-offs, each a pair saved together. */
function cutOffFields(session: PanelSession, saved: ReportSettings): HTMLElement[] {
  const { attendanceBands, priorBands, cat4Bands } = saved;
  return [
    cutOffPairField(session, {
      setting: 'attendanceBands',
      first: {
        key: 'persistentAtOrBelow',
        label: 'Persistent absence: attendance at or below (%)',
        value: attendanceBands.persistentAtOrBelow,
      },
      second: { key: 'severeAtOrBelow', label: 'Severe absence: attendance at or below (%)', value: attendanceBands.severeAtOrBelow },
      hint: 'The DfE counts a pupil who misses 10% or more of sessions as persistently absent (90%), and 50% or more as severely absent.',
      typeNumbers: 'Type each cut-off as a percentage, e.g. 90 and 50.',
    }),
    cutOffPairField(session, {
      setting: 'priorBands',
      first: { key: 'middleFrom', label: 'KS2 middle prior attainment from', value: priorBands.middleFrom },
      second: { key: 'highFrom', label: 'KS2 high prior attainment from', value: priorBands.highFrom },
      hint: 'KS2 average scaled scores: below the first is low, from the second is high (100 and 110 by default).',
      typeNumbers: 'Type each KS2 cut-off as a scaled score, e.g. 100 and 110.',
    }),
    cutOffPairField(session, {
      setting: 'cat4Bands',
      first: { key: 'middleFrom', label: 'CAT4 middle prior attainment from', value: cat4Bands.middleFrom },
      second: { key: 'highAbove', label: 'CAT4 high prior attainment above', value: cat4Bands.highAbove },
      hint: 'For pupils with no KS2: CAT4 mean standard age scores below the first are low, above the second high (90 and 110).',
      typeNumbers: 'Type each CAT4 cut-off as a standard age score, e.g. 90 and 110.',
    }),
  ];
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

/** The panel's report settings, from the session's saved ones (which the session only keeps when the report accepts them). */
export function createReportSettingsView(session: PanelSession): HTMLElement {
  const checked = checkReportSettings(session.reportSettingsInput());
  const saved = checked.ok ? checked.settings : reportSettingsSchema.parse({});
  return el('details', { className: 'tl-report-settings' }, [
    el('summary', { text: 'Report settings' }),
    examYearBox(session, saved),
    ...cutOffFields(session, saved),
    effortBoxes(session, saved),
    combinedGroupsBox(session, saved),
  ]);
}
