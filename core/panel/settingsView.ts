/**
 * Palette, tolerance and grade scale, saved with the document as soon as they change. A tolerance that cannot be
 * used stays in the box as typed, with the reason beside it; only a valid one is saved. Above them,
 * while the saved settings are kept as they are, what was found and the one way to replace them.
 */
import { MAX_TOLERANCE, PALETTE_NAMES, PALETTES } from '../rules';
import { STATUSES } from '../tracking/status';
import { button, el, uniqueId } from './dom';
import { createScaleChoice } from './scaleView';
import { START_AGAIN, type PanelSession } from './session';

const CONFIRM_START_AGAIN = 'Click again to replace the saved settings with the defaults';
const KEPT_COPY_MEANS =
  'Tracklight is working from its default settings and leaves the saved copy exactly as it is, so nothing in it is lost. ' +
  'Changes you make here are used until the panel closes, but not saved. ' +
  `The saved copy is replaced only when you confirm "${START_AGAIN}".`;

/**
 * Shown only while the saved settings are kept (core/panel/documentSettings.ts). "Start again with
 * default settings" asks before it replaces anything: the first click turns the button into the
 * question, a second click on it replaces the saved copy, and leaving the button takes the
 * question back. The session enforces the same two steps, so no slip of the view can skip one.
 */
export function createSavedCopyNotice(session: PanelSession): HTMLElement | null {
  if (!session.kept) return null;
  const heading = el('h2', { className: 'tl-heading', text: 'Saved settings kept as they are' });
  const startAgain = button(START_AGAIN, 'tl-button');
  const outcome = el('p', { className: 'tl-saved-copy-outcome', attrs: { role: 'status', tabindex: -1 } });
  const section = el('section', { className: 'tl-section tl-saved-copy', attrs: { 'aria-label': 'Saved settings' } }, [
    heading,
    el('p', { text: session.kept.found }),
    el('p', { text: KEPT_COPY_MEANS }),
    el('div', { className: 'tl-button-row' }, [startAgain]),
    outcome,
  ]);
  // What the button is doing now; the session asks the same two steps again, so no slip here can skip one.
  let step: 'start' | 'asking' | 'replacing' | 'replaced' = 'start';
  const show = (next: 'start' | 'asking') => {
    step = next;
    startAgain.textContent = next === 'asking' ? CONFIRM_START_AGAIN : START_AGAIN;
    startAgain.classList.toggle('tl-confirming', next === 'asking');
  };
  const say = (tone: 'info' | 'done' | 'problem', text: string, word = '') => {
    outcome.className = `tl-saved-copy-outcome tl-tone-${tone}`;
    outcome.replaceChildren(...(word ? [el('span', { className: 'tl-tone-word', text: word })] : []), text);
  };

  startAgain.addEventListener('blur', () => {
    if (step !== 'asking') return;
    session.cancelStartAgain();
    show('start');
    say('info', 'Nothing was replaced: the saved settings are kept as they are.');
  });
  startAgain.addEventListener('click', async () => {
    if (step === 'replacing' || step === 'replaced') return;
    if (step === 'asking') {
      step = 'replacing';
      startAgain.setAttribute('aria-disabled', 'true');
      say('info', 'Replacing the saved settings...');
    }
    const result = await session.startAgainWithDefaults();
    startAgain.removeAttribute('aria-disabled');
    if (result.outcome === 'confirm') {
      show('asking');
      say('info', 'Nothing is replaced yet: click the button again to confirm, or move on to keep the saved settings.');
    } else if (result.outcome === 'failed') {
      show('start');
      say('problem', result.message, 'Not done: ');
    } else {
      step = 'replaced';
      heading.textContent = 'Saved settings replaced';
      say(
        'done',
        "This workbook's Tracklight settings were replaced with the defaults, with any change you made here since the panel opened. " +
          'From now on your changes are saved with the workbook again.',
        'Done: ',
      );
      section.replaceChildren(heading, outcome);
      // The button that had focus is gone: keep the keyboard where the result is.
      outcome.focus();
    }
  });
  return section;
}

export function createSettingsView(session: PanelSession): HTMLElement {
  const section = el('section', { className: 'tl-section tl-settings', attrs: { 'aria-label': 'Colours' } });
  section.append(
    el('h2', { className: 'tl-heading', text: 'Colours' }),
    paletteChoice(session),
    toleranceBox(session),
    createScaleChoice(session),
  );
  return section;
}

function paletteChoice(session: PanelSession): HTMLFieldSetElement {
  const group = el('fieldset', { className: 'tl-palettes' }, [el('legend', { text: 'Palette' })]);
  const name = uniqueId('palette');
  for (const palette of PALETTE_NAMES) {
    const id = uniqueId('palette-option');
    const descriptionId = uniqueId('palette-description');
    const radio = el('input', { attrs: { type: 'radio', id, name, value: palette, 'aria-describedby': descriptionId } });
    radio.checked = session.settings.rules.palette === palette;
    radio.addEventListener('change', () => radio.checked && session.setPalette(palette));
    const swatches = el(
      'span',
      { className: 'tl-swatches', attrs: { 'aria-hidden': 'true' } },
      STATUSES.map((status) => {
        const swatch = el('span', { className: 'tl-swatch', text: status === 'Well below' ? 'WB' : status[0] });
        swatch.style.backgroundColor = PALETTES[palette].colours[status].fill;
        swatch.style.color = PALETTES[palette].colours[status].fontColor;
        return swatch;
      }),
    );
    const label = el('label', { attrs: { for: id } }, [
      el('span', { className: 'tl-palette-name', text: PALETTES[palette].label }),
      swatches,
    ]);
    const description = el('span', { className: 'tl-hint', text: PALETTES[palette].description, attrs: { id: descriptionId } });
    group.appendChild(el('div', { className: 'tl-palette' }, [radio, el('div', {}, [label, description])]));
  }
  return group;
}

function toleranceBox(session: PanelSession): HTMLElement {
  const id = uniqueId('tolerance');
  const hintId = uniqueId('tolerance-hint');
  const errorId = uniqueId('tolerance-error');
  const input = el('input', {
    className: 'tl-number',
    attrs: {
      id,
      type: 'text',
      inputmode: 'decimal',
      value: String(session.settings.rules.tolerance),
      'aria-describedby': `${hintId} ${errorId}`,
    },
  });
  const error = el('p', { className: 'tl-field-error', attrs: { id: errorId, role: 'alert' } });
  input.addEventListener('change', () => {
    const problem = session.setTolerance(input.value);
    error.textContent = problem ?? '';
    if (problem) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  });
  return el('div', { className: 'tl-field' }, [
    el('label', { text: 'Tolerance (grades)', attrs: { for: id } }),
    input,
    el('p', {
      className: 'tl-hint',
      attrs: { id: hintId },
      text:
        `How far from target still counts as On, from 0 to ${MAX_TOLERANCE}. ` +
        '0 means exactly on target; 0.34 also counts a third of a grade either way (5- or 5+ for a 5).',
    }),
    error,
    el('p', { className: 'tl-hint', text: 'Changes apply the next time you colour a sheet.' }),
  ]);
}
