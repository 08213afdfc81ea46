/**
 * The detected layout as an editable mapping: which grade is coloured against which target
 * ("Maths RP2 -> Maths Target", each with a dropdown), and what every column holds (one role
 * dropdown per column). Updated in place on every change: a dropdown the user is typing into
 * (type-ahead fires a change per key) is never replaced, so focus and typing carry on.
 */
import { COLUMN_ROLES, PAIR_TARGET_ROLES, ROLE_LABELS, type ColumnRole, type Layout, type LayoutColumn } from '../layout';
import { button, el, hiddenText, uniqueId } from './dom';
import { keyedList, setText, type KeyedItem } from './keyed';
import type { PanelSession, SheetState } from './session';

const NOT_COLOURED = '';
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
  const pairs = keyedList(el('ul', { className: 'tl-pairs' }));
  const columnsSummary = el('summary');
  const headerRow = headerRowControl(session);
  const columns = keyedList(el('ul', { className: 'tl-column-list' }));
  const details = el('details', { className: 'tl-columns' }, [columnsSummary, headerRow.element, columns.element]);
  const section = el('section', { className: 'tl-section tl-layout', attrs: { 'aria-label': 'Layout of the sheet' } }, [
    el('div', { className: 'tl-sheet-bar' }, [el('h2', { className: 'tl-heading' }, ['Layout of ', sheetName]), reread]),
    note,
    summary,
    problems,
    warnings,
    el('div', { className: 'tl-pairs-block' }, [
      el('h3', { text: 'Grades and the target each is coloured against' }),
      pairsHint,
      pairs.element,
    ]),
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
    warnings.hidden = layout.warnings.length === 0;
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
    pairs.update(pairItems(session, sheet.name, layout));
    setText(columnsSummary, `What each column holds (${layout.columns.length} ${layout.columns.length === 1 ? 'column' : 'columns'})`);
    headerRow.update(layout);
    columns.update(layout.columns.map((column) => roleItem(session, sheet.name, column)));
  };
  session.onChange(render);
  render();
  return section;
}

function summaryText({ sheet, layout }: SheetState): string {
  if (layout.headerRow === null) return 'No row of column headings was found yet.';
  const grades = layout.columns.filter((column) => column.role === 'grade').length;
  const rows =
    layout.dataStartRow === null
      ? ''
      : ` Pupils from row ${layout.dataStartRow + 1} to ${Math.max(sheet.lastRow, layout.dataStartRow + 1)}.`;
  return (
    `Headings in row ${layout.headerRow + 1}.${rows} ${layout.pairs.length} of ` +
    `${grades} grade ${grades === 1 ? 'column is' : 'columns are'} paired with a target.`
  );
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

function pairItems(session: PanelSession, sheet: string, layout: Layout): KeyedItem[] {
  // A grade may be coloured against the final target or against its collection's expected grade.
  const targets = layout.columns.filter((column) => PAIR_TARGET_ROLES.has(column.role));
  const byIndex = new Map(layout.columns.map((column) => [column.index, column]));
  return layout.columns
    .filter((column) => column.role === 'grade')
    .map((grade) => {
      const pair = layout.pairs.find((candidate) => candidate.grade === grade.index);
      // A pair whose target is no longer a target (an edit with problems) stays listed, so it can be changed.
      const stale = pair && !targets.some((target) => target.index === pair.target) ? byIndex.get(pair.target) : undefined;
      const options = [...targets, ...(stale ? [stale] : [])].map(
        (target) => [String(target.index), `${target.label} (${target.letter})`] as const,
      );
      return {
        key: `pair\u0000${sheet}\u0000${grade.index}\u0000${grade.label}`,
        options: [...options, [NOT_COLOURED, 'Not coloured']],
        selected: pair ? String(pair.target) : NOT_COLOURED,
        label: () => [
          grade.label,
          hiddenText(' is coloured against'),
          el('span', { className: 'tl-arrow', text: ' ->', attrs: { 'aria-hidden': 'true' } }),
        ],
        className: 'tl-pair',
        onChange: (value) => session.setPairTarget(grade.index, value === NOT_COLOURED ? null : Number(value)),
      };
    });
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
