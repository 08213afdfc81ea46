/**
 * The detected layout as an editable mapping: which target each subject's grades are coloured
 * against, one line per subject that opens onto its dropdowns (pairingsView.ts), and what every
 * column holds (one role dropdown per column). Updated in place on every change: a dropdown the user
 * is typing into (type-ahead fires a change per key) is never replaced, so focus and typing carry on.
 * An empty sheet shows none of it: only what the sheet is, and what to do.
 */
import { COLUMN_ROLES, PAIR_TARGET_ROLES, ROLE_LABELS, type ColumnRole, type Layout, type LayoutColumn } from '../layout';
import { button, el, uniqueId } from './dom';
import { keyedList, setText, type KeyedItem } from './keyed';
import { createPairingsView } from './pairingsView';
import type { PanelSession, SheetState } from './session';
import { emptySheetMessage } from './sheetReading';

const SEVERITY_WORDS = { error: 'Problem: ', warning: 'Check: ', info: 'Note: ' } as const;
const ROLE_OPTIONS = COLUMN_ROLES.map((role) => [role, ROLE_LABELS[role]] as const);

export function createLayoutView(session: PanelSession): HTMLElement {
  const sheetName = el('span', { className: 'tl-sheet-name', text: '...' });
  const reread = button('Read the active sheet again', 'tl-button tl-subtle');
  reread.addEventListener('click', () => void session.readActiveSheet().catch(() => undefined));
  const note = el('p', { className: 'tl-note' });
  const summary = el('p', { className: 'tl-summary', text: 'Reading the sheet...' });
  const problems = el('div', { className: 'tl-problems', attrs: { role: 'alert', hidden: true } });
  problems.dataset.shown = '';
  const warnings = el('ul', { className: 'tl-warnings' });
  const pairsHint = el('p', { className: 'tl-hint' });
  const pairs = createPairingsView(session);
  const columnsSummary = el('summary');
  const headerRow = headerRowControl(session);
  const columns = keyedList(el('ul', { className: 'tl-column-list' }));
  const details = el('details', { className: 'tl-columns' }, [columnsSummary, headerRow.element, columns.element]);
  const pairsBlock = el('div', { className: 'tl-pairs-block' }, [
    el('h3', { text: 'Grades and the target each is coloured against' }),
    pairsHint,
    pairs.element,
  ]);
  const section = el('section', { className: 'tl-section tl-layout', attrs: { 'aria-label': 'Layout of the sheet' } }, [
    el('div', { className: 'tl-sheet-bar' }, [el('h2', { className: 'tl-heading' }, ['Layout of ', sheetName]), reread]),
    note,
    summary,
    problems,
    warnings,
    pairsBlock,
    details,
  ]);
  let shownSheet: string | null = null;

  const render = () => {
    const state = session.state;
    if (!state) return;
    const { sheet, layout } = state;
    if (shownSheet !== sheet.name) {
      // A sheet opens with its columns folded away unless something in them needs fixing.
      details.open = layout.pairs.length === 0;
      shownSheet = sheet.name;
    }
    setText(sheetName, sheet.name);
    setText(note, state.note ?? '');
    note.hidden = !state.note;
    setText(summary, summaryText(state));
    // An empty sheet has no columns to pair, colour or correct: nothing here talks about them.
    for (const part of [warnings, pairsBlock, details]) part.hidden = state.empty;
    // Rewritten only when they change: the problems box is an alert, read out each time it is rewritten.
    if (problems.dataset.shown !== state.problems.join('\n')) {
      problems.dataset.shown = state.problems.join('\n');
      problems.hidden = state.problems.length === 0;
      problems.replaceChildren(
        ...(state.problems.length
          ? [
              el('p', { text: 'This change cannot be used yet, so nothing was saved:' }),
              el(
                'ul',
                {},
                state.problems.map((problem) => el('li', { text: problem })),
              ),
            ]
          : []),
      );
    }
    warnings.hidden = state.empty || layout.warnings.length === 0;
    warnings.replaceChildren(
      ...layout.warnings.map((warning) =>
        el('li', { className: `tl-warning tl-severity-${warning.severity}` }, [
          el('strong', { text: SEVERITY_WORDS[warning.severity] }),
          warning.message,
        ]),
      ),
    );
    setText(pairsHint, pairsHintText(layout));
    pairsHint.hidden = pairsHintText(layout) === '';
    pairs.update(sheet.name, layout);
    setText(columnsSummary, `What each column holds (${layout.columns.length} ${layout.columns.length === 1 ? 'column' : 'columns'})`);
    headerRow.update(layout);
    columns.update(layout.columns.map((column) => roleItem(session, sheet.name, column)));
  };
  session.onChange(render);
  render();
  return section;
}

function summaryText({ sheet, layout, empty, keptBecause }: SheetState): string {
  if (empty) return emptySheetMessage(sheet.name);
  if (layout.headerRow === null) return 'No row of column headings was found yet.';
  const grades = layout.columns.filter((column) => column.role === 'grade').length;
  const paired = `${layout.pairs.length} of ${grades} grade ${grades === 1 ? 'column is' : 'columns are'} paired with a target.`;
  // A kept layout's rows are where they were, not where they are now: only what it pairs is said.
  if (keptBecause !== null) return `Kept from before: headings in row ${layout.headerRow + 1}. ${paired}`;
  const rows =
    layout.dataStartRow === null
      ? ''
      : ` Pupils from row ${layout.dataStartRow + 1} to ${Math.max(sheet.lastRow, layout.dataStartRow + 1)}.`;
  return `Headings in row ${layout.headerRow + 1}.${rows} ${paired}`;
}

function pairsHintText(layout: Layout): string {
  // With no columns at all, the warnings above already say what the sheet needs.
  if (layout.columns.length === 0) return '';
  if (!layout.columns.some((column) => column.role === 'grade'))
    return 'No column is a grade column yet: open "What each column holds" and set a column to Grade.';
  if (!layout.columns.some((column) => PAIR_TARGET_ROLES.has(column.role)))
    return 'No column is a target yet: open "What each column holds" and set a column to Target (or to an expected grade).';
  return '';
}

function roleItem(session: PanelSession, sheet: string, column: LayoutColumn): KeyedItem {
  return {
    key: `role\u0000${sheet}\u0000${column.index}\u0000${column.header}`,
    options: ROLE_OPTIONS,
    selected: column.role,
    label: () => [
      el('span', { className: 'tl-letter', text: column.letter }),
      ' ',
      el('span', { className: 'tl-column-heading', text: column.header || '(no heading)' }),
    ],
    className: 'tl-column',
    onChange: (value) => session.setRole(column.index, value as ColumnRole),
  };
}

function headerRowControl(session: PanelSession): { element: HTMLElement; update(layout: Layout): void } {
  const input = el('input', { className: 'tl-number', attrs: { type: 'number', min: 1, step: 1, inputmode: 'numeric' } });
  input.id = uniqueId('header-row');
  const label = el('label', { text: 'Headings are in row', attrs: { for: input.id } });
  let current = '';
  const detect = button('Detect again', 'tl-button tl-subtle');
  detect.addEventListener('click', () => {
    const chosen = Number(input.value);
    const changed = input.value.trim() !== '' && input.value.trim() !== current && Number.isInteger(chosen) && chosen >= 1;
    session.detectAgain(changed ? chosen : undefined);
  });
  return {
    element: el('div', { className: 'tl-header-row' }, [label, input, detect]),
    update(layout) {
      current = layout.headerRow === null ? '' : String(layout.headerRow + 1);
      // Never overwrite what the user is typing.
      if (document.activeElement !== input) input.value = current;
    },
  };
}
