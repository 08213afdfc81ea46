/**
 * The preview's spreadsheet: the active sheet's values with the colours its conditional formats
 * paint (worked out by HyperFormula in a worker), sheet tabs, a protect switch and a cell editor,
 * so colours can be seen following a typed grade. Every value is shown with textContent. Each cell
 * carries its value's type (data-type) so a test can read back exactly what the sheet holds.
 */
import { isTracklightRule } from '../../core/rules';
import { columnLetter } from '../../core/layout';
import type { Paint } from './colours';
import { usedSize, type CellValue, type PreviewSheet, type PreviewWorkbook } from './workbook';

type Painter = (rows: CellValue[][], rules: PreviewSheet['rules']) => Promise<(Paint | null)[][]>;

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

const typeOf = (value: CellValue | undefined) =>
  value === null || value === undefined || value === '' ? 'blank' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text';

/** What a typed entry becomes: a number when it reads as one, as both hosts do; blank when empty. */
export function typedValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

export function mountGrid(root: HTMLElement, workbook: PreviewWorkbook, paint: Painter): void {
  const protect = node('input');
  Object.assign(protect, { type: 'checkbox', id: 'pv-protect' });
  const protectLabel = node('label', 'pv-check', ' Protect this sheet');
  protectLabel.prepend(protect);
  const rulesLine = node('span', 'pv-rules');
  rulesLine.id = 'pv-rules';
  const state = node('span', 'pv-state');
  Object.assign(state, { id: 'pv-state' });
  state.setAttribute('role', 'status');
  const address = node('span', 'pv-address', '-');
  const editor = node('input', 'pv-editor');
  Object.assign(editor, { id: 'pv-cell-input', type: 'text', disabled: true });
  const editorLabel = node('label', 'pv-editor-label', 'Cell ');
  editorLabel.htmlFor = editor.id;
  editorLabel.append(address);
  const table = node('table', 'pv-grid');
  table.id = 'pv-grid';
  const tabs = node('div', 'pv-tabs');
  tabs.setAttribute('aria-label', 'Sheets');
  const toolbar = node('div', 'pv-toolbar');
  toolbar.append(protectLabel, rulesLine, state);
  const formulaBar = node('div', 'pv-formula-bar');
  formulaBar.append(editorLabel, editor);
  const wrap = node('div', 'pv-table-wrap');
  wrap.append(table);
  root.append(toolbar, formulaBar, wrap, tabs);

  let selected: { row: number; column: number } | null = null;
  const cache = new Map<string, (Paint | null)[][]>();

  protect.addEventListener('change', () => workbook.setProtected(workbook.active.name, protect.checked));
  table.addEventListener('click', (event) => {
    const cell = (event.target as HTMLElement).closest('td');
    if (!cell) return;
    selected = { row: Number(cell.dataset.row), column: Number(cell.dataset.col) };
    address.textContent = `${columnLetter(selected.column)}${selected.row + 1}`;
    const value = workbook.active.rows[selected.row]?.[selected.column];
    editor.value = value === null || value === undefined ? '' : String(value);
    editor.disabled = false;
    editor.focus();
  });
  editor.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !selected) return;
    try {
      workbook.setCell(workbook.active.name, selected.row, selected.column, typedValue(editor.value));
    } catch (problem) {
      state.textContent = problem instanceof Error ? problem.message : String(problem);
    }
  });

  const refresh = () => {
    const sheet = workbook.active;
    renderTabs(tabs, workbook);
    protect.checked = sheet.isProtected;
    const own = sheet.rules.filter((rule) => !isTracklightRule(rule.formula)).length;
    rulesLine.textContent = `Conditional formats on '${sheet.name}': ${sheet.rules.length} (${sheet.rules.length - own} from Tracklight, ${own} the school's own)`;
    const key = `${sheet.name}\u0000${sheet.version}`;
    const known = cache.get(key);
    if (known || sheet.rules.length === 0) {
      renderTable(table, sheet, known ?? null, 'ready');
      state.textContent = sheet.rules.length ? 'Colours worked out by HyperFormula from the rules\u2019 formulas.' : 'No conditional formats on this sheet.';
      return;
    }
    renderTable(table, sheet, null, 'working');
    state.textContent = 'Working out colours with HyperFormula...';
    paint(sheet.rows, sheet.rules).then(
      (painted) => {
        cache.set(key, painted);
        if (workbook.active === sheet && `${sheet.name}\u0000${sheet.version}` === key) refresh();
      },
      (problem: Error) => (state.textContent = `Could not work out the colours: ${problem.message}`),
    );
  };
  workbook.onChange(refresh);
  refresh();
}

function renderTabs(tabs: HTMLElement, workbook: PreviewWorkbook): void {
  tabs.replaceChildren(...workbook.sheets.map((sheet) => {
    const tab = node('button', 'pv-tab', sheet.name);
    tab.type = 'button';
    tab.setAttribute('aria-pressed', String(sheet === workbook.active));
    tab.addEventListener('click', () => workbook.activate(sheet.name));
    return tab;
  }));
}

function renderTable(table: HTMLTableElement, sheet: PreviewSheet, painted: (Paint | null)[][] | null, state: 'ready' | 'working'): void {
  const used = usedSize(sheet.rows);
  const head = node('tr');
  head.append(node('th', 'pv-corner'), ...Array.from({ length: used.columns }, (_, column) => node('th', '', columnLetter(column))));
  const body = node('tbody');
  for (let row = 0; row < used.rows; row += 1) {
    const line = node('tr');
    line.append(node('th', '', String(row + 1)));
    for (let column = 0; column < used.columns; column += 1) {
      const value = sheet.rows[row]?.[column];
      const cell = node('td', '', value === null || value === undefined ? '' : String(value));
      cell.dataset.row = String(row);
      cell.dataset.col = String(column);
      cell.dataset.type = typeOf(value);
      const paint = painted?.[row]?.[column];
      if (paint) {
        cell.style.backgroundColor = paint.fill;
        cell.style.color = paint.fontColor;
      }
      line.append(cell);
    }
    body.append(line);
  }
  const thead = node('thead');
  thead.append(head);
  table.replaceChildren(thead, body);
  table.dataset.sheet = sheet.name;
  table.dataset.state = state;
}
