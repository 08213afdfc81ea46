/**
 * The preview's spreadsheet: the active sheet's values with the colours its conditional formats
 * paint (worked out by HyperFormula in a worker), sheet tabs, a protect switch and a cell editor,
 * so colours can be seen following a typed grade. Every value is shown with textContent. Each cell
 * carries its value's type (data-type) so a test can read back exactly what the sheet holds; a
 * number shown through a number format ("63%") also carries the number itself (data-value).
 * A report sheet shows its number formats, bold rows, column widths and chart; a class sheet shows
 * what its formulas give (formulas.ts). The selected cell (clicked, or chosen by the panel's selectCell)
 * is outlined (pv-selected) and scrolled into view, with its address and contents in the formula bar.
 * A cell under data validation or a lock says so (data-validation, data-lock; cellMarks.ts), and a
 * locked cell is drawn with a bar at its left edge.
 */
import { isTracklightRule } from '../../core/rules';
import { columnLetter } from '../../core/layout';
import { cellMarker } from './cellMarks';
import { chartSvg } from './chart';
import type { Paint } from './colours';
import { formatAt, formatNumber, isBold } from './numberFormat';
import { usedSize, type CellValue, type PreviewSheet, type PreviewWorkbook } from './workbook';

type Painter = (rows: CellValue[][], rules: PreviewSheet['rules']) => Promise<(Paint | null)[][]>;

function node<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

const typeOf = (value: CellValue | undefined) =>
  value === null || value === undefined || value === ''
    ? 'blank'
    : typeof value === 'number'
      ? 'number'
      : typeof value === 'boolean'
        ? 'boolean'
        : 'text';

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
  const charts = node('div', 'pv-charts');
  charts.id = 'pv-charts';
  charts.setAttribute('aria-label', 'Charts on this sheet');
  const body = node('div', 'pv-sheet-body');
  body.append(wrap, charts);
  root.append(toolbar, formulaBar, body, tabs);

  const selectedHere = () => (workbook.selection?.sheet === workbook.active.name ? workbook.selection : null);
  let shownSelection: typeof workbook.selection = null;
  const cache = new Map<string, (Paint | null)[][]>();

  protect.addEventListener('change', () => workbook.setProtected(workbook.active.name, protect.checked));
  table.addEventListener('click', (event) => {
    const cell = (event.target as HTMLElement).closest('td');
    if (!cell) return;
    workbook.select(workbook.active.name, Number(cell.dataset.row), Number(cell.dataset.col));
    editor.focus();
  });
  editor.addEventListener('keydown', (event) => {
    const selected = selectedHere();
    if (event.key !== 'Enter' || !selected) return;
    try {
      workbook.setCell(workbook.active.name, selected.row, selected.column, typedValue(editor.value));
    } catch (problem) {
      state.textContent = problem instanceof Error ? problem.message : String(problem);
    }
  });

  /** The formula bar follows the selection; a new one is scrolled into view once, so scrolling away is not undone. */
  const showSelection = () => {
    const selected = selectedHere();
    const cell = selected ? `${columnLetter(selected.column)}${selected.row + 1}` : null;
    address.textContent = cell ?? '-';
    editor.disabled = selected === null;
    if (!selected || !cell) return void (editor.value = '');
    if (selected !== shownSelection) {
      const value = workbook.active.rows[selected.row]?.[selected.column];
      editor.value = workbook.active.formulas.get(cell) ?? (value === null || value === undefined ? '' : String(value));
      table.querySelector('td.pv-selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    shownSelection = selected;
  };

  const refresh = () => {
    const sheet = workbook.active;
    renderTabs(tabs, workbook);
    protect.checked = sheet.isProtected;
    const own = sheet.rules.filter((rule) => !isTracklightRule(rule.formula)).length;
    rulesLine.textContent =
      `Conditional formats on '${sheet.name}': ` +
      `${sheet.rules.length} (${sheet.rules.length - own} from Tracklight, ${own} the school's own)`;
    const key = `${sheet.name}\u0000${workbook.shownVersion(sheet)}`;
    const known = cache.get(key);
    const shown = workbook.shownValues(sheet);
    renderCharts(charts, sheet, shown);
    if (known || sheet.rules.length === 0) {
      renderTable(table, sheet, shown, known ?? null, 'ready', selectedHere());
      showSelection();
      state.textContent = sheet.rules.length
        ? 'Colours worked out by HyperFormula from the rules\u2019 formulas.'
        : 'No conditional formats on this sheet.';
      return;
    }
    renderTable(table, sheet, shown, null, 'working', selectedHere());
    showSelection();
    state.textContent = 'Working out colours with HyperFormula...';
    paint(shown, sheet.rules).then(
      (painted) => {
        cache.set(key, painted);
        if (workbook.active === sheet && `${sheet.name}\u0000${workbook.shownVersion(sheet)}` === key) refresh();
      },
      (problem: Error) => (state.textContent = `Could not work out the colours: ${problem.message}`),
    );
  };
  workbook.onChange(refresh);
  refresh();
}

function renderTabs(tabs: HTMLElement, workbook: PreviewWorkbook): void {
  tabs.replaceChildren(
    ...workbook.sheets.map((sheet) => {
      const tab = node('button', 'pv-tab', sheet.name);
      tab.type = 'button';
      tab.setAttribute('aria-pressed', String(sheet === workbook.active));
      tab.addEventListener('click', () => workbook.activate(sheet.name));
      return tab;
    }),
  );
}

/** A report's charts beside the grid (a host floats them over the cells at their anchor). */
function renderCharts(charts: HTMLElement, sheet: PreviewSheet, shown: CellValue[][]): void {
  const specs = sheet.look?.charts ?? [];
  charts.hidden = specs.length === 0;
  charts.replaceChildren(
    ...specs.map((spec) => {
      const figure = node('figure', 'pv-chart-figure');
      figure.append(
        chartSvg(spec, shown),
        node('figcaption', 'pv-chart-caption', `Chart anchored at ${spec.anchor.cell}, drawn from ${spec.dataRange}`),
      );
      return figure;
    }),
  );
}

const ROW_NUMBERS_PX = 44;
const isBlank = (value: CellValue | undefined) => value === null || value === undefined || value === '';

function renderTable(
  table: HTMLTableElement,
  sheet: PreviewSheet,
  shown: CellValue[][],
  painted: (Paint | null)[][] | null,
  state: 'ready' | 'working',
  selected: { row: number; column: number } | null,
): void {
  const used = usedSize(shown);
  const { look } = sheet;
  const marks = cellMarker(sheet);
  const head = node('tr');
  head.append(node('th', 'pv-corner'), ...Array.from({ length: used.columns }, (_, column) => node('th', '', columnLetter(column))));
  const body = node('tbody');
  for (let row = 0; row < used.rows; row += 1) {
    const line = node('tr');
    line.append(node('th', '', String(row + 1)));
    for (let column = 0; column < used.columns; column += 1) {
      const value = shown[row]?.[column];
      const format = typeof value === 'number' ? formatAt(look, row + 1, column + 1) : undefined;
      const text =
        value === null || value === undefined ? '' : typeof value === 'number' && look ? formatNumber(value, format) : String(value);
      const cell = node('td', '', text);
      cell.dataset.row = String(row);
      cell.dataset.col = String(column);
      cell.dataset.type = typeOf(value);
      if (format !== undefined) {
        cell.dataset.value = String(value);
        cell.dataset.format = format;
      }
      if (look && isBold(look, row + 1, column + 1)) cell.classList.add('pv-bold');
      if (selected?.row === row && selected.column === column) cell.classList.add('pv-selected');
      const { validation, lock } = marks(row, column);
      if (validation) cell.dataset.validation = validation;
      if (lock) cell.dataset.lock = lock;
      // As in a spreadsheet, text runs on over empty cells to its right.
      if (look && typeof value === 'string' && isBlank(shown[row]?.[column + 1])) cell.classList.add('pv-runs-on');
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
  const parts: HTMLElement[] = [];
  if (look && look.columnWidths.size > 0) {
    const columns = node('colgroup');
    const numbers = node('col', 'pv-row-numbers');
    numbers.style.width = `${ROW_NUMBERS_PX}px`;
    columns.append(
      numbers,
      ...Array.from({ length: used.columns }, (_, column) => {
        const col = node('col');
        col.style.width = `${look.columnWidths.get(column + 1) ?? 100}px`;
        return col;
      }),
    );
    parts.push(columns);
  }
  table.replaceChildren(...parts, thead, body);
  table.classList.toggle('pv-fixed', parts.length > 0);
  // A fixed layout keeps the sheet's own column widths; it needs the table's whole width.
  const fixedWidth =
    look && parts.length > 0
      ? ROW_NUMBERS_PX +
        Array.from({ length: used.columns }, (_, column) => look.columnWidths.get(column + 1) ?? 100).reduce((a, b) => a + b, 0)
      : null;
  table.style.width = fixedWidth === null ? '' : `${fixedWidth}px`;
  table.dataset.sheet = sheet.name;
  table.dataset.state = state;
}
