/**
 * Data validation in the Excel fake (ExcelApi 1.8, and 1.9's getSpecialCells('DataValidations')):
 * each cell holds one rule or none, as in Excel. Plain Excel behaviour, nothing about Tracklight:
 *   - reading a range's validation gives its rule when every cell holds the same one, type 'None'
 *     when no cell holds any, and type 'Inconsistent' (rule and errorAlert null) otherwise;
 *   - a rule names exactly one kind of criteria; an inline list source is at most 255 characters,
 *     and a source starting with '=' must point at a sheet that exists;
 *   - errorAlert.style is 'Stop', 'Warning' or 'Information', and needs a rule on every cell;
 *   - stricter than Excel may be: setting a rule on cells that already hold one fails, so a host
 *     must clear() first and never merges a rule into a school's;
 *   - a protected sheet refuses every change (AccessDenied).
 * A test seeds a school's validation as address -> 'list:1,2,3' (or 'custom:=...'); the sheet's
 * snapshot gives every rule back as address(es) -> its seed, or a description of what a host set.
 * The proxies a host calls (range.dataValidation, getSpecialCellsOrNullObject) are excelFakeValidationProxy.ts.
 */
import { FakeExcelError, formatAddress, parseAddress, type Rect } from './excelFakeA1';

export interface FakeValidationRule {
  type: string;
  rule: Record<string, unknown>;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
  /** How a test seeded it, given back as it was. */
  seed?: string;
}

const MAX_CELLS_SET = 2_000_000;
const INLINE_LIST_LIMIT = 255;
const ALERT_STYLES = ['Stop', 'Warning', 'Information'];
const RULE_KINDS: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};
export const defaultAlert = () => ({ showAlert: true, style: 'Stop', title: '', message: '' });
const key = (row: number, column: number) => `${row},${column}`;
const content = (rule: FakeValidationRule) => JSON.stringify([rule.type, rule.rule, rule.errorAlert, rule.ignoreBlanks, rule.seed ?? '']);

/** 'list:1,2,3' -> a list rule; any other 'kind:criteria' -> a rule of that kind. */
function seeded(seed: string): FakeValidationRule {
  const [kind = '', ...rest] = seed.split(':');
  const criteria = rest.join(':');
  if (kind === 'list')
    return {
      type: 'List',
      rule: { list: { inCellDropDown: true, source: criteria } },
      errorAlert: defaultAlert(),
      ignoreBlanks: true,
      seed,
    };
  return { type: 'Custom', rule: { custom: { formula: criteria } }, errorAlert: defaultAlert(), ignoreBlanks: true, seed };
}

function runsToRects(cells: [number, number][]): Rect[] {
  const byColumn = new Map<number, number[]>();
  for (const [row, column] of cells) byColumn.set(column, [...(byColumn.get(column) ?? []), row]);
  const rects: Rect[] = [];
  for (const [column, rows] of [...byColumn].sort(([a], [b]) => a - b)) {
    for (const row of rows.sort((a, b) => a - b)) {
      const last = rects[rects.length - 1];
      if (last && last.column === column && last.row + last.rows === row) last.rows += 1;
      else rects.push({ row, column, rows: 1, columns: 1 });
    }
  }
  // Neighbouring columns with the same rows become one rectangle.
  return rects.reduce<Rect[]>((merged, rect) => {
    const last = merged[merged.length - 1];
    if (last && last.row === rect.row && last.rows === rect.rows && last.column + last.columns === rect.column) last.columns += 1;
    else merged.push({ ...rect });
    return merged;
  }, []);
}

export class SheetValidation {
  private readonly cells = new Map<string, FakeValidationRule>();

  constructor(
    seed: Record<string, string> | undefined,
    private readonly sheetExists: (name: string) => boolean,
  ) {
    for (const [address, text] of Object.entries(seed ?? {})) this.put(parseAddress(address), seeded(text));
  }

  private put(rect: Rect, rule: FakeValidationRule | null): void {
    if (rect.rows * rect.columns > MAX_CELLS_SET)
      throw new FakeExcelError(
        'InvalidArgument',
        `Setting validation on ${formatAddress(rect)} cell by cell is more than this fake allows`,
      );
    for (let r = 0; r < rect.rows; r += 1)
      for (let c = 0; c < rect.columns; c += 1) {
        if (rule) this.cells.set(key(rect.row + r, rect.column + c), rule);
        else this.cells.delete(key(rect.row + r, rect.column + c));
      }
  }

  /** Every validated cell inside the rectangles, without walking their empty cells. */
  validatedIn(rects: Rect[]): { cell: [number, number]; rule: FakeValidationRule }[] {
    const found: { cell: [number, number]; rule: FakeValidationRule }[] = [];
    for (const [cellKey, rule] of this.cells) {
      const [row, column] = cellKey.split(',').map(Number) as [number, number];
      const inside = rects.some(
        (rect) => row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns,
      );
      if (inside) found.push({ cell: [row, column], rule });
    }
    return found;
  }

  /** The one rule every cell holds, 'none', or 'inconsistent'. */
  common(rects: Rect[]): FakeValidationRule | 'none' | 'inconsistent' {
    const found = this.validatedIn(rects);
    if (found.length === 0) return 'none';
    const total = rects.reduce((sum, rect) => sum + rect.rows * rect.columns, 0);
    if (found.length < total || new Set(found.map(({ rule }) => content(rule))).size > 1) return 'inconsistent';
    return found[0]!.rule;
  }

  /** getSpecialCells('DataValidations'): the validated cells as rectangles, or null when there are none. */
  validatedRects(rects: Rect[]): Rect[] | null {
    const found = this.validatedIn(rects);
    return found.length === 0 ? null : runsToRects(found.map(({ cell }) => cell));
  }

  setRule(rects: Rect[], rule: unknown): void {
    const kinds =
      rule && typeof rule === 'object' ? Object.keys(rule).filter((name) => (rule as Record<string, unknown>)[name] !== undefined) : [];
    if (kinds.length !== 1 || !RULE_KINDS[kinds[0]!])
      throw new FakeExcelError('InvalidArgument', 'A data validation rule takes exactly one kind of criteria');
    const kind = kinds[0]!;
    if (kind === 'list') this.checkList((rule as { list: unknown }).list);
    if (this.validatedIn(rects).length > 0)
      throw new FakeExcelError('InvalidOperation', 'These cells already have data validation: clear() it before setting a rule');
    const made: FakeValidationRule = {
      type: RULE_KINDS[kind]!,
      rule: structuredClone(rule) as Record<string, unknown>,
      errorAlert: defaultAlert(),
      ignoreBlanks: true,
    };
    for (const rect of rects) this.put(rect, made);
  }

  private checkList(list: unknown): void {
    const source = (list as { source?: unknown } | null)?.source;
    if (typeof source !== 'string' || source.trim() === '') throw new FakeExcelError('InvalidArgument', 'A list rule needs a source');
    if (source.startsWith('=')) {
      const reference = /^='?((?:[^']|'')+?)'?!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?$/.exec(source);
      if (!reference || !this.sheetExists(reference[1]!.replace(/''/g, "'")))
        throw new FakeExcelError('InvalidArgument', `The list source ${source} does not refer to a range of this workbook`);
    } else if (source.length > INLINE_LIST_LIMIT) {
      throw new FakeExcelError(
        'InvalidArgument',
        `An inline list source is at most ${INLINE_LIST_LIMIT} characters; this one has ${source.length}`,
      );
    }
  }

  setErrorAlert(rects: Rect[], alert: unknown): void {
    const given = (alert ?? {}) as Partial<FakeValidationRule['errorAlert']>;
    if (given.style !== undefined && !ALERT_STYLES.includes(given.style))
      throw new FakeExcelError('InvalidArgument', `'${String(given.style)}' is not an alert style`);
    const total = rects.reduce((sum, rect) => sum + rect.rows * rect.columns, 0);
    const found = this.validatedIn(rects);
    if (found.length < total) throw new FakeExcelError('InvalidOperation', 'An error alert needs a data validation rule on every cell');
    const changed = new Map<FakeValidationRule, FakeValidationRule>();
    for (const { cell, rule } of found) {
      const next = changed.get(rule) ?? { ...rule, errorAlert: { ...rule.errorAlert, ...given } };
      changed.set(rule, next);
      this.cells.set(key(...cell), next);
    }
  }

  clear(rects: Rect[]): void {
    for (const { cell } of this.validatedIn(rects)) this.cells.delete(key(...cell));
  }

  /** The smallest rectangle holding every validated cell: Excel's used range counts them. */
  boundingRect(): Rect | null {
    const all = [...this.cells.keys()].map((cellKey) => cellKey.split(',').map(Number) as [number, number]);
    if (all.length === 0) return null;
    const rows = all.map(([row]) => row);
    const columns = all.map(([, column]) => column);
    const [top, left] = [Math.min(...rows), Math.min(...columns)];
    return { row: top, column: left, rows: Math.max(...rows) - top + 1, columns: Math.max(...columns) - left + 1 };
  }

  /** For tests: address(es) -> the rule, for every rule on the sheet. */
  snapshot(): Record<string, string> {
    const groups = new Map<string, { rule: FakeValidationRule; cells: [number, number][] }>();
    for (const [cellKey, rule] of this.cells) {
      const group = groups.get(content(rule)) ?? { rule, cells: [] };
      group.cells.push(cellKey.split(',').map(Number) as [number, number]);
      groups.set(content(rule), group);
    }
    const described = [...groups.values()].map(
      ({ rule, cells }) => [runsToRects(cells).map(formatAddress).join(','), describe(rule)] as const,
    );
    return Object.fromEntries(described.sort(([a], [b]) => a.localeCompare(b)));
  }
}

function describe(rule: FakeValidationRule): string {
  if (rule.seed) return rule.seed;
  const { showAlert, style, title, message } = rule.errorAlert;
  return `${rule.type} ${JSON.stringify(rule.rule)} alert: ${showAlert ? style : 'none'} "${title}" "${message}"`;
}
