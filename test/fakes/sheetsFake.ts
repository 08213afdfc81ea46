/**
 * A recording fake of the Apps Script services a Sheets add-on touches: SpreadsheetApp (with
 * its spreadsheet, sheets, ranges, range lists, protections, conditional-format rules, number
 * formats, font weights, column widths and embedded charts), Charts.ChartType, HtmlService,
 * PropertiesService and the Ui. Each sheet keeps a real grid of cells, a real rule list built by a
 * fake rule builder (sheetsRules.ts), its formats (sheetsFormats.ts) and its charts built by a fake
 * EmbeddedChartBuilder (sheetsCharts.ts), and every method call on any of these objects is
 * recorded, so tests can count calls and compare a sheet's whole state before and after.
 *
 * It knows nothing about Tracklight. It behaves as Google documents the services: getRange
 * refuses cells outside the sheet, setValues reads text as if typed (a leading ' keeps text as
 * text, = starts a formula), setConditionalFormatRules replaces the whole list, a protected
 * sheet refuses changes, insertSheet makes the new sheet the active one, and a property value
 * over 9 KB is refused. Members it does not have throw, so a stray call fails its test.
 */
import { chartFactory, chartSnapshot, ChartType, type ChartSnapshot } from './sheetsCharts';
import {
  formatSnapshot,
  rangeList,
  setColumnWidths,
  setFontWeight,
  setNumberFormat,
  DEFAULT_COLUMN_WIDTH,
  type FormatSnapshot,
} from './sheetsFormats';
import { DeveloperMetadataVisibility, metadataApi, type MetadataEntry } from './sheetsMetadata';
import { documentProperties } from './sheetsProperties';
import { recorder, type Call } from './sheetsRecorder';
import { a1ToArea, areaToA1, type Area } from './sheetsGrid';
import { BooleanCriteria, ruleFactory, snapshot, type FakeRuleMaker, type RuleSnapshot } from './sheetsRules';
import { sheetsTypedInput } from './typedInput';
import { DataValidationCriteria, validationFactory, type FakeSheetValidation } from './sheetsFakeValidation';
import { protectionFactory, type FakeSheetProtections, type RangeProtectionSeed } from './sheetsFakeProtection';

export type { Call } from './sheetsRecorder';
export type { ChartSnapshot } from './sheetsCharts';
export type { FormatSnapshot } from './sheetsFormats';
export type { FakeRuleBuilder, FakeRuleMaker, RuleSnapshot } from './sheetsRules';
export type CellValue = string | number | boolean | Date;
type Cell = { value: CellValue; formula: string };
type Protection = 'none' | 'editable' | 'locked';

export interface SheetSeed {
  name: string;
  /** Stored as they are (not parsed as typed input): how the sheet looked before the test. */
  values?: CellValue[][];
  /** A new Google sheet has 1,000 rows and 26 columns; a seed is at least as big as its values. */
  maxRows?: number;
  maxColumns?: number;
  /** 'locked': a sheet protection this user may not edit; 'editable': one they may (they own it). */
  protection?: Protection;
  /** Developer metadata already on the sheet (an earlier session's, or another add-on's). */
  metadata?: { key: string; value: string | null }[];
  /** Data validation the school set (A1 -> rule, e.g. 'list:1,2,3'), modelled in sheetsFakeValidation.ts. */
  validation?: Record<string, string>;
  /** Range protections already on the sheet (the school's own), modelled in sheetsFakeProtection.ts. */
  rangeProtections?: RangeProtectionSeed[];
}

export const ProtectionType = { SHEET: 'SHEET', RANGE: 'RANGE' } as const;

/** Text as Sheets reads typed input (typedInput.ts models what it becomes); any other value is stored as it is. */
const asTyped = (input: unknown): Cell => sheetsTypedInput(input);

const isEmpty = (cell: Cell | undefined) => !cell || (cell.value === '' && cell.formula === '');

class FakeSheet {
  grid: Cell[][] = [];
  rules: object[] = [];
  numberFormats = new Map<string, string>();
  fontWeights = new Map<string, 'bold' | 'normal'>();
  columnWidths = new Map<number, number>();
  charts: object[] = [];
  metadata: MetadataEntry[] = [];
  validation!: FakeSheetValidation;
  rangeProtections!: FakeSheetProtections;
  constructor(
    public name: string,
    public maxRows: number,
    public maxColumns: number,
    public protection: Protection,
  ) {}
  cell = (row: number, column: number): Cell | undefined => this.grid[row - 1]?.[column - 1];
  put(row: number, column: number, cell: Cell) {
    (this.grid[row - 1] ??= [])[column - 1] = cell;
  }
  lastRow() {
    for (let row = this.grid.length; row > 0; row -= 1)
      if (Array.from(this.grid[row - 1] ?? [], (cell) => !isEmpty(cell)).some(Boolean)) return row;
    return 0;
  }
  lastColumn() {
    return this.grid.reduce(
      (last, row) => Array.from(row, (cell, index) => (isEmpty(cell) ? 0 : index + 1)).reduce((a, b) => Math.max(a, b), last),
      0,
    );
  }
  refuseIfLocked() {
    if (this.protection === 'locked')
      throw new Error(
        'You are trying to edit a protected cell or object. ' +
          'Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
  }
}

/** `fault`: return an error to make that call fail (as any Apps Script call can), else undefined. */
export function createSheetsFake(
  seeds: SheetSeed[],
  options: { htmlFiles?: Record<string, string>; fault?: (call: Call) => Error | undefined } = {},
) {
  const calls: Call[] = [];
  const recorded = recorder(calls, (call) => options.fault?.(call));
  const rules = ruleFactory(recorded);
  const charts = chartFactory(recorded);
  const validations = validationFactory(recorded);
  const protections = protectionFactory(recorded);
  const properties = documentProperties(recorded);
  const sidebars: { file: string; title: string }[] = [];
  let metadataIds = 0;
  const sheetMetadata = metadataApi(recorded, () => (metadataIds += 1));
  const sheets: FakeSheet[] = [];
  const sheetApis = new Map<FakeSheet, object>();
  let active = 0;
  /** The active range: the last one setActiveRange chose, on the sheet it brought to the front. */
  let activeRange: { sheet: string; a1: string } | null = null;

  function rangeApi(sheet: FakeSheet, area: Area): object {
    if (area.numRows < 1 || area.numColumns < 1) throw new Error('The number of rows and columns in the range must be at least 1.');
    if (
      area.row < 1 ||
      area.column < 1 ||
      area.row + area.numRows - 1 > sheet.maxRows ||
      area.column + area.numColumns - 1 > sheet.maxColumns
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    const each = <T>(visit: (row: number, column: number) => T): T[][] =>
      Array.from({ length: area.numRows }, (_, r) =>
        Array.from({ length: area.numColumns }, (_, c) => visit(area.row + r, area.column + c)),
      );
    const writeAll = (grid: unknown[][], asCell: (input: unknown) => Cell) => {
      if (!Array.isArray(grid) || grid.length !== area.numRows)
        throw new Error(
          'The number of rows in the data does not match the number of rows in the range. ' +
            `The data has ${grid?.length} but the range has ${area.numRows}.`,
        );
      for (const row of grid) {
        if (!Array.isArray(row) || row.length !== area.numColumns)
          throw new Error(
            'The number of columns in the data does not match the number of columns in the range. ' +
              `The data has ${row?.length} but the range has ${area.numColumns}.`,
          );
      }
      sheet.refuseIfLocked();
      grid.forEach((row, r) => row.forEach((input, c) => sheet.put(area.row + r, area.column + c, asCell(input))));
      return api;
    };
    const api: object = recorded('Range', {
      area,
      sheet,
      getA1Notation: () => areaToA1(area),
      getRow: () => area.row,
      getColumn: () => area.column,
      getNumRows: () => area.numRows,
      getNumColumns: () => area.numColumns,
      getSheet: () => sheetApis.get(sheet),
      getValues: () => each((row, column) => sheet.cell(row, column)?.value ?? ''),
      getFormulas: () => each((row, column) => sheet.cell(row, column)?.formula ?? ''),
      setValues: (grid: unknown[][]) => writeAll(grid, asTyped),
      setFormulas: (grid: unknown[][]) => writeAll(grid, (input) => ({ value: '', formula: String(input) })),
      setValue: (input: unknown) => writeAll([[input]], asTyped),
      setFormula: (formula: string) => writeAll([[formula]], () => ({ value: '', formula })),
      setNumberFormat: (format: unknown) => (setNumberFormat(sheet, [area], format), api),
      setFontWeight: (weight: unknown) => (setFontWeight(sheet, [area], weight), api),
      ...validations.rangeMethods(
        sheet.validation,
        area,
        () => sheet.refuseIfLocked(),
        () => api,
      ),
      protect: () => sheet.rangeProtections.protect(area),
    });
    return api;
  }

  /** Several ranges of one sheet, each checked as getRange checks it (sheetsFormats.ts gives them their setters). */
  const rangeListApi = (sheet: FakeSheet, a1Notations: unknown): object => {
    if (!Array.isArray(a1Notations) || a1Notations.some((a1) => typeof a1 !== 'string'))
      throw new Error('getRangeList takes a list of A1 notations.');
    return rangeList(
      recorded,
      sheet,
      a1Notations.map((a1: string) => rangeApi(sheet, a1ToArea(a1))),
    );
  };

  function sheetApi(sheet: FakeSheet): object {
    const grow = (what: 'maxRows' | 'maxColumns') => (after: number, howMany: number) => {
      if (after !== sheet[what]) throw new Error(`The fake only adds ${what === 'maxRows' ? 'rows' : 'columns'} at the end.`);
      sheet[what] += howMany;
      return api;
    };
    const api: object = recorded('Sheet', {
      getName: () => sheet.name,
      getLastRow: () => sheet.lastRow(),
      getLastColumn: () => sheet.lastColumn(),
      getMaxRows: () => sheet.maxRows,
      getMaxColumns: () => sheet.maxColumns,
      getRange: (first: string | number, column?: number, numRows = 1, numColumns = 1) =>
        rangeApi(sheet, typeof first === 'string' ? a1ToArea(first) : { row: first, column: column!, numRows, numColumns }),
      getConditionalFormatRules: () => [...sheet.rules],
      setConditionalFormatRules: (list: object[]) => {
        if (!Array.isArray(list) || !list.every(rules.isBuilt))
          throw new Error('setConditionalFormatRules takes rules built by SpreadsheetApp.newConditionalFormatRule().');
        if (list.some((rule) => rules.dataOf(rule).ranges.some((range) => range.sheet !== sheet)))
          throw new Error('Each conditional format rule must apply to ranges on this sheet.');
        sheet.refuseIfLocked();
        sheet.rules = [...list];
      },
      getProtections: (type: string) =>
        type === ProtectionType.SHEET && sheet.protection !== 'none'
          ? [
              recorded('Protection', {
                canEdit: () => sheet.protection === 'editable',
                isWarningOnly: () => false,
                getProtectionType: () => ProtectionType.SHEET,
              }),
            ]
          : type === ProtectionType.RANGE
            ? sheet.rangeProtections.apis()
            : [],
      getRangeList: (a1Notations: unknown) => rangeListApi(sheet, a1Notations),
      getColumnWidth: (column: number) => sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH,
      setColumnWidth: (column: number, width: number) => (setColumnWidths(sheet, column, 1, width), api),
      setColumnWidths: (startColumn: number, numColumns: number, width: number) => (
        setColumnWidths(sheet, startColumn, numColumns, width),
        api
      ),
      newChart: () => charts.builder(sheet),
      insertChart: (chart: unknown) => charts.insert(sheet, chart),
      getCharts: () => [...sheet.charts],
      insertRowsAfter: grow('maxRows'),
      insertColumnsAfter: grow('maxColumns'),
      activate: () => ((active = sheets.indexOf(sheet)), api),
      /** Sheet.setActiveRange(range): selects a range of this sheet, making the sheet the active one. */
      setActiveRange: (range: unknown) => {
        const chosen = range as { sheet?: FakeSheet; area?: Area };
        if (chosen?.sheet !== sheet || !chosen.area) throw new Error('setActiveRange takes a range of this sheet.');
        active = sheets.indexOf(sheet);
        activeRange = { sheet: sheet.name, a1: areaToA1(chosen.area) };
        return range;
      },
      ...sheetMetadata(sheet.metadata, () => api),
    });
    sheetApis.set(sheet, api);
    return api;
  }

  function addSheet(seed: SheetSeed, at = sheets.length): FakeSheet {
    if (sheets.some((sheet) => sheet.name.toLowerCase() === seed.name.toLowerCase())) {
      throw new Error(`A sheet with the name "${seed.name}" already exists. Please enter another name.`);
    }
    const values = seed.values ?? [];
    const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
    const sheet = new FakeSheet(
      seed.name,
      seed.maxRows ?? Math.max(1000, values.length),
      seed.maxColumns ?? Math.max(26, width),
      seed.protection ?? 'none',
    );
    sheet.grid = values.map((row) => row.map((value) => ({ value, formula: '' })));
    sheet.validation = new validations.SheetValidation(seed.validation, a1ToArea);
    sheet.rangeProtections = new protections.SheetProtections(seed.rangeProtections, a1ToArea, (area) => rangeApi(sheet, area));
    sheet.metadata = (seed.metadata ?? []).map(({ key, value }) => ({
      id: (metadataIds += 1),
      key,
      value,
      visibility: DeveloperMetadataVisibility.DOCUMENT,
    }));
    sheets.splice(at, 0, sheet);
    sheetApi(sheet);
    return sheet;
  }
  seeds.forEach((seed) => addSheet(seed));

  const activeSheet = () => sheetApis.get(sheets[active]!);
  const spreadsheet = recorded('Spreadsheet', {
    getSheets: () => sheets.map((sheet) => sheetApis.get(sheet)),
    getSheetByName: (name: string) => {
      const sheet = sheets.find((candidate) => candidate.name === name);
      return sheet ? sheetApis.get(sheet) : null;
    },
    getActiveSheet: activeSheet,
    insertSheet: (name: string) => {
      const sheet = addSheet({ name }, active + 1);
      active = sheets.indexOf(sheet);
      return sheetApis.get(sheet);
    },
    /**
     * Sheets keeps at least one sheet. Which sheet becomes active after the active one goes is not
     * documented: here, the one before it.
     */
    deleteSheet: (target: unknown) => {
      const index = sheets.findIndex((sheet) => sheetApis.get(sheet) === target);
      if (index < 0) throw new Error('deleteSheet takes a sheet of this spreadsheet.');
      if (sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
      sheets.splice(index, 1);
      if (active >= index && active > 0) active -= 1;
    },
  });

  const ui = recorded('Ui', {
    showSidebar: (output: { file: string; title: string }) => void sidebars.push({ file: output.file, title: output.title }),
    alert: () => 'OK',
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL' },
    createAddonMenu: () => {
      const menu: object = recorded('Menu', { addItem: () => menu, addSeparator: () => menu, addToUi: () => undefined });
      return menu;
    },
  });

  function htmlOutput(file: string): object {
    if (options.htmlFiles?.[file] === undefined) throw new Error(`No HTML file named ${file} was found.`);
    const output = { file, title: '' };
    const api: object = recorded('HtmlOutput', {
      file,
      get title() {
        return output.title;
      },
      setTitle: (title: string) => ((output.title = title), api),
    });
    return api;
  }

  const globals = {
    SpreadsheetApp: recorded('SpreadsheetApp', {
      getActiveSpreadsheet: () => spreadsheet,
      getActiveSheet: activeSheet,
      getUi: () => ui,
      newConditionalFormatRule: () => rules.builder(),
      newDataValidation: () => validations.builder(),
      // Apps Script batches writes until the script ends or flush(); the fake applies each at once.
      flush: () => undefined,
      ProtectionType,
      DeveloperMetadataVisibility,
      BooleanCriteria,
      DataValidationCriteria,
    }),
    Charts: recorded('Charts', { ChartType }),
    PropertiesService: recorded('PropertiesService', { getDocumentProperties: () => properties.api }),
    HtmlService: recorded('HtmlService', { createHtmlOutputFromFile: htmlOutput }),
  };

  const stateOf = (name: string) => {
    const sheet = sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`The fake has no sheet '${name}'.`);
    return sheet;
  };

  const values = (name: string) => stateOf(name).grid.map((row) => Array.from(row, (cell) => cell?.value ?? ''));
  const size = (name: string) => ({ maxRows: stateOf(name).maxRows, maxColumns: stateOf(name).maxColumns });
  const ruleList = (name: string): RuleSnapshot[] => stateOf(name).rules.map((rule) => snapshot(rules.dataOf(rule)));
  /** Cell (A1) to formula, for every cell holding one. */
  function formulaCells(name: string): Record<string, string> {
    const cells: Record<string, string> = {};
    stateOf(name).grid.forEach((row, r) =>
      Array.from(row).forEach((cell, c) => {
        if (cell?.formula) cells[areaToA1({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 })] = cell.formula;
      }),
    );
    return cells;
  }
  const formats = (name: string): FormatSnapshot => formatSnapshot(stateOf(name));
  const chartList = (name: string): ChartSnapshot[] => stateOf(name).charts.map((chart) => chartSnapshot(charts.dataOf(chart)));

  return {
    globals,
    calls,
    resetCalls: () => void calls.splice(0),
    /** What the user would see, read without recording a call. */
    sheetNames: () => sheets.map((sheet) => sheet.name),
    activeSheetName: () => sheets[active]!.name,
    activeRange: () => activeRange,
    values,
    formulas: (name: string) =>
      stateOf(name)
        .grid.flatMap((row) => Array.from(row, (cell) => cell?.formula ?? ''))
        .filter(Boolean),
    formulaCells,
    size,
    rules: ruleList,
    formats,
    charts: chartList,
    /** Everything a user could see of one sheet, for "nothing else changed" checks. */
    state: (name: string) => ({
      values: values(name),
      formulas: formulaCells(name),
      rules: ruleList(name),
      formats: formats(name),
      charts: chartList(name),
      size: size(name),
      metadata: stateOf(name).metadata.map(({ key, value }) => ({ key, value })),
      validation: stateOf(name).validation.snapshot(),
      rangeProtections: stateOf(name).rangeProtections.snapshot(),
    }),
    properties: properties.contents,
    /** A sheet's developer metadata, read without recording a call. */
    metadata: (name: string) => stateOf(name).metadata.map(({ key, value }) => ({ key, value })),
    sidebars,
    /** Someone else protects (or unprotects) a sheet while the add-on is open. */
    setProtection: (name: string, protection: Protection) => void (stateOf(name).protection = protection),
    /** Puts rules made with the fake's own builder on a sheet, as the school made them by hand; records no calls. */
    seedRules(name: string, make: (maker: FakeRuleMaker) => object[]) {
      const before = calls.length;
      const api = sheetApis.get(stateOf(name)) as { getRange: (a1: string) => object };
      stateOf(name).rules = make({ newRule: () => rules.builder(), range: (a1) => api.getRange(a1) });
      calls.splice(before);
    },
  };
}

export type SheetsFake = ReturnType<typeof createSheetsFake>;
