/**
 * The status log behind every report in the panel (core/panel/statusLog.ts): a line in progress is
 * replaced by the result that follows it, so a finished report holds results only, and details stay
 * with the line they belong to.
 */
import { describe, expect, it } from 'vitest';
import { createStatusLog, type StatusChange } from '../../../core/panel/statusLog';

const shown = (log: ReturnType<typeof createStatusLog>) => log.lines.map(({ text, inProgress }) => `${inProgress ? '... ' : ''}${text}`);

describe('the status log', () => {
  it('replaces each line in progress by its result, so one sheet leaves one line', () => {
    const changes: StatusChange['kind'][] = [];
    const log = createStatusLog((change) => changes.push(change.kind));
    log.begin('Colouring every sheet...');
    expect(shown(log)).toEqual(['... Colouring every sheet...']);
    log.progress("Colouring 'Y7' (1 of 2)...");
    expect(shown(log)).toEqual(["... Colouring 'Y7' (1 of 2)..."]);
    log.line('Y7: coloured 3 columns.', 'done', ['RP1 (column F): 1 cell is not a grade']);
    log.progress("Colouring 'Y8' (2 of 2)...");
    log.line('Y8: coloured 3 columns.', 'done');
    log.line('Coloured 2 of 2 sheets.', 'done');
    expect(shown(log)).toEqual(['Y7: coloured 3 columns.', 'Y8: coloured 3 columns.', 'Coloured 2 of 2 sheets.']);
    expect(log.lines.map((line) => line.details)).toEqual([['RP1 (column F): 1 cell is not a grade'], [], []]);
    // A view is told which line changed, so only that one is rewritten.
    expect(changes).toEqual(['cleared', 'added', 'replaced', 'replaced', 'added', 'replaced', 'added']);
  });

  it('starts each report afresh, and says a line only once when asked to', () => {
    const log = createStatusLog();
    log.begin('Colouring...');
    log.line('Y7: coloured 3 columns.', 'done');
    log.lineOnce('Not saved: the layout used.', 'unsaved');
    log.lineOnce('Not saved: the layout used.', 'unsaved');
    expect(shown(log)).toEqual(['Y7: coloured 3 columns.', 'Not saved: the layout used.']);
    log.begin('Removing...');
    log.lineOnce('Not saved: the layout used.', 'unsaved');
    expect(shown(log)).toEqual(['Not saved: the layout used.']);
  });

  it('adds lines where nothing is in progress (the notices at the top of the panel)', () => {
    const log = createStatusLog();
    log.line('Could not save.', 'problem');
    log.line('Could not save again.', 'problem');
    expect(shown(log)).toEqual(['Could not save.', 'Could not save again.']);
  });
});
