/**
 * Palette and tolerance, saved with the document as soon as they change. A tolerance that cannot be
 * used stays in the box as typed, with the reason beside it; only a valid one is saved.
 */
import { MAX_TOLERANCE, PALETTE_NAMES, PALETTES } from '../rules';
import { STATUSES } from '../tracking/status';
import { el, uniqueId } from './dom';
import type { PanelSession } from './session';

export function createSettingsView(session: PanelSession): HTMLElement {
  const section = el('section', { className: 'tl-section tl-settings', attrs: { 'aria-label': 'Colours' } });
  section.append(el('h2', { className: 'tl-heading', text: 'Colours' }), paletteChoice(session), toleranceBox(session));
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
    const swatches = el('span', { className: 'tl-swatches', attrs: { 'aria-hidden': 'true' } }, STATUSES.map((status) => {
      const swatch = el('span', { className: 'tl-swatch', text: status === 'Well below' ? 'WB' : status[0] });
      swatch.style.backgroundColor = PALETTES[palette].colours[status].fill;
      swatch.style.color = PALETTES[palette].colours[status].fontColor;
      return swatch;
    }));
    const label = el('label', { attrs: { for: id } }, [el('span', { className: 'tl-palette-name', text: PALETTES[palette].label }), swatches]);
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
    attrs: { id, type: 'text', inputmode: 'decimal', value: String(session.settings.rules.tolerance), 'aria-describedby': `${hintId} ${errorId}` },
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
    el('p', { className: 'tl-hint', attrs: { id: hintId }, text: `How far from target still counts as On, from 0 to ${MAX_TOLERANCE}. 0 means exactly on target; 0.34 also counts a third of a grade either way (5- or 5+ for a 5).` }),
    error,
    el('p', { className: 'tl-hint', text: 'Changes apply the next time you colour a sheet.' }),
  ]);
}
