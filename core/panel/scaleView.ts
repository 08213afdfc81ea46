/**
 * The school's grade scale in the panel: a ready-made scale from the list, or its own labels typed
 * one "label = value" per line. A choice is saved with the document at once; labels that cannot be
 * used stay in the box as typed, with the reason beside them, and nothing is saved.
 */
import { gradeSettingsSchema, type GradeSettings } from '../grades/gradeSettings';
import { SCALE_PRESET_NAMES, SCALE_PRESETS, type ScalePresetName } from '../grades/scalePresets';
import { scaleText } from '../grades/scaleText';
import { button, el, uniqueId } from './dom';
import type { PanelSession } from './session';

const OWN = 'own';

/** The list entry that shows a saved scale: the ready-made scale it is, or the school's own. */
function chosenEntry(scale: GradeSettings | undefined): ScalePresetName | typeof OWN {
  if (!scale) return 'gcse';
  const same = (name: ScalePresetName) =>
    JSON.stringify(gradeSettingsSchema.parse(SCALE_PRESETS[name].settings)) === JSON.stringify(scale);
  return SCALE_PRESET_NAMES.find(same) ?? OWN;
}

export function createScaleChoice(session: PanelSession): HTMLElement {
  const selectId = uniqueId('scale');
  const labelsId = uniqueId('scale-labels');
  const hintId = uniqueId('scale-hint');
  const errorId = uniqueId('scale-error');
  const saved = session.settings.rules.scale;
  const select = el('select', { attrs: { id: selectId, 'aria-describedby': hintId } }, [
    ...SCALE_PRESET_NAMES.map((name) => el('option', { text: SCALE_PRESETS[name].title, attrs: { value: name } })),
    el('option', { text: 'Your own labels', attrs: { value: OWN } }),
  ]);
  select.value = chosenEntry(saved);
  const labels = el('textarea', {
    className: 'tl-scale-labels',
    attrs: { id: labelsId, rows: 5, spellcheck: 'false', 'aria-describedby': `${hintId} ${errorId}` },
  });
  labels.value = saved && select.value === OWN ? scaleText(saved) : 'Emerging = 1\nDeveloping = 2\nSecure = 3\nMastered = 4';
  const use = button('Use these labels', 'tl-button');
  const own = el('div', { className: 'tl-scale-own' }, [
    el('label', { text: 'Labels, one "label = value" per line', attrs: { for: labelsId } }),
    labels,
    use,
  ]);
  const error = el('p', { className: 'tl-field-error', attrs: { id: errorId, role: 'alert' } });
  const showProblem = (problem: string | null) => {
    error.textContent = problem ?? '';
    if (problem) labels.setAttribute('aria-invalid', 'true');
    else labels.removeAttribute('aria-invalid');
  };
  const showOwn = () => {
    own.hidden = select.value !== OWN;
  };
  showOwn();
  select.addEventListener('change', () => {
    showOwn();
    if (select.value === OWN) return;
    showProblem(session.setScale(select.value as ScalePresetName));
  });
  use.addEventListener('click', () => showProblem(session.setScale(OWN, labels.value)));
  return el('div', { className: 'tl-field' }, [
    el('label', { text: 'Grade scale', attrs: { for: selectId } }),
    select,
    own,
    error,
    el('p', {
      className: 'tl-hint',
      attrs: { id: hintId },
      text:
        "How your tracker's grades are read, for the colours, class sheets and report. Your labels sit beside GCSE 9-1 grades; " +
        'each needs its own value, and Below means up to one step of the scale under target.',
    }),
  ]);
}
