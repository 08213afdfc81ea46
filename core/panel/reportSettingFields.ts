/**
 * The boxes the report settings are typed in, and how each shows what is wrong: the reason beside the
 * boxes, marked invalid for a screen reader, and the typed text left as it is.
 */
import { el, uniqueId } from './dom';
import type { PanelSession } from './session';

export function fieldError(): HTMLParagraphElement {
  return el('p', { className: 'tl-field-error', attrs: { id: uniqueId('report-setting-error'), role: 'alert' } });
}

/** Shows a problem (or clears it) beside the boxes it is about. */
export function showProblem(error: HTMLElement, inputs: readonly HTMLElement[], problem: string | null): void {
  error.textContent = problem ?? '';
  for (const input of inputs) {
    if (problem) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

/** A typed number ("90", " 90.5 ", "90%"), or null when the box holds something else. */
export function typedNumber(text: string): number | null {
  const trimmed = text.trim().replace(/%$/, '');
  const value = trimmed === '' ? NaN : Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export function numberBox(id: string, value: number | undefined, describedBy: string): HTMLInputElement {
  return el('input', {
    className: 'tl-number',
    attrs: { id, type: 'text', inputmode: 'decimal', value: value === undefined ? '' : String(value), 'aria-describedby': describedBy },
  });
}

/** Two cut-offs saved together under one setting (attendance bands, KS2 bands, CAT4 bands), checked as a pair. */
export interface CutOffPair {
  setting: 'attendanceBands' | 'priorBands' | 'cat4Bands';
  first: { key: string; label: string; value: number };
  second: { key: string; label: string; value: number };
  hint: string;
  /** What to say when a box holds no number. */
  typeNumbers: string;
}

export function cutOffPairField(session: PanelSession, pair: CutOffPair): HTMLElement {
  const error = fieldError();
  const hintId = uniqueId('cut-off-hint');
  const [first, second] = [pair.first, pair.second].map((part) => ({ ...part, id: uniqueId('cut-off') }));
  const boxes = [first!, second!].map((part) => numberBox(part.id, part.value, `${hintId} ${error.id}`));
  const save = () => {
    const [a, b] = boxes.map((box) => typedNumber(box.value));
    const problem =
      a === null || a === undefined || b === null || b === undefined
        ? pair.typeNumbers
        : session.setReportSettings({ [pair.setting]: { [first!.key]: a, [second!.key]: b } });
    showProblem(error, boxes, problem);
  };
  for (const box of boxes) box.addEventListener('change', save);
  return el('div', { className: 'tl-field' }, [
    el('label', { text: first!.label, attrs: { for: first!.id } }),
    boxes[0]!,
    el('label', { text: second!.label, attrs: { for: second!.id } }),
    boxes[1]!,
    el('p', { className: 'tl-hint', attrs: { id: hintId }, text: pair.hint }),
    error,
  ]);
}
