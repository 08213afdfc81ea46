/**
 * Data validation in the Sheets fake, as Apps Script documents it: SpreadsheetApp.newDataValidation()
 * builds a DataValidation (requireValueInList(values, showDropdown), requireValueInRange(range,
 * showDropdown), setAllowInvalid, setHelpText,
 * build), and each cell holds one rule or none: range.setDataValidation(rule) sets every cell of the
 * range (null clears), getDataValidations() gives each cell's (null where none), getDataValidation()
 * the top-left cell's, clearDataValidations() clears them. A protected sheet refuses the writes.
 * Nothing here knows about Tracklight. A test seeds a school's rule as A1 -> 'list:1,2,3'; the
 * snapshot gives every rule back as A1 range(s) -> its seed, or a description of what a host built.
 */
import type { Recorded } from './sheetsRecorder';
import { areaToA1, type Area } from './sheetsGrid';

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
} as const;

interface ValidationData {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
  seed?: string;
}

const key = (row: number, column: number) => `${row},${column}`;
const content = (data: ValidationData) => JSON.stringify(data);

export function validationFactory(recorded: Recorded) {
  const built = new WeakMap<object, ValidationData>();

  function make(data: ValidationData): object {
    const rule = recorded('DataValidation', {
      getCriteriaType: () => data.criteria,
      getCriteriaValues: () => structuredClone(data.values),
      getAllowInvalid: () => data.allowInvalid,
      getHelpText: () => data.helpText,
    });
    built.set(rule, data);
    return rule;
  }

  function builder(): object {
    const data: ValidationData = { criteria: '', values: [], allowInvalid: true, helpText: '' };
    const api: object = recorded('DataValidationBuilder', {
      requireValueInList: (values: unknown, showDropdown = true) => {
        if (!Array.isArray(values) || values.length === 0 || values.some((value) => typeof value !== 'string'))
          throw new Error('requireValueInList takes a non-empty list of text values.');
        Object.assign(data, { criteria: DataValidationCriteria.VALUE_IN_LIST, values: [[...values], showDropdown] });
        return api;
      },
      // Apps Script keeps the Range itself; the fake keeps where it is ('Year 10'!B3:B40), which is what a test compares.
      requireValueInRange: (range: unknown, showDropdown = true) => {
        const source = range as { getA1Notation?: () => string; getSheet?: () => { getName(): string } } | null;
        if (typeof source?.getA1Notation !== 'function' || typeof source.getSheet !== 'function')
          throw new Error('requireValueInRange takes a Range.');
        const where = `'${source.getSheet().getName().replace(/'/g, "''")}'!${source.getA1Notation()}`;
        Object.assign(data, { criteria: DataValidationCriteria.VALUE_IN_RANGE, values: [where, showDropdown] });
        return api;
      },
      setAllowInvalid: (allow: unknown) => {
        if (typeof allow !== 'boolean') throw new Error('setAllowInvalid takes true or false.');
        data.allowInvalid = allow;
        return api;
      },
      setHelpText: (text: unknown) => {
        if (typeof text !== 'string') throw new Error('setHelpText takes text.');
        data.helpText = text;
        return api;
      },
      build: () => {
        if (data.criteria === '') throw new Error('A data validation rule needs criteria before build().');
        return make({ ...data, values: structuredClone(data.values) });
      },
    });
    return api;
  }

  /** 'list:a,b' (as a school set it by hand, rejecting input), any other 'kind:x' a custom formula. */
  function seeded(seed: string): object {
    const [kind = '', ...rest] = seed.split(':');
    const criteria = rest.join(':');
    return kind === 'list'
      ? make({
          criteria: DataValidationCriteria.VALUE_IN_LIST,
          values: [criteria.split(','), true],
          allowInvalid: false,
          helpText: '',
          seed,
        })
      : make({ criteria: DataValidationCriteria.CUSTOM_FORMULA, values: [criteria], allowInvalid: false, helpText: '', seed });
  }

  /** One sheet's cells' rules. */
  class SheetValidation {
    private readonly cells = new Map<string, object>();
    constructor(seed: Record<string, string> | undefined, toArea: (a1: string) => Area) {
      for (const [a1, text] of Object.entries(seed ?? {})) this.set(toArea(a1), seeded(text));
    }
    set(area: Area, rule: object | null): void {
      if (rule !== null && !built.has(rule))
        throw new Error('setDataValidation takes a rule built by SpreadsheetApp.newDataValidation().');
      for (let r = 0; r < area.numRows; r += 1)
        for (let c = 0; c < area.numColumns; c += 1) {
          if (rule) this.cells.set(key(area.row + r, area.column + c), rule);
          else this.cells.delete(key(area.row + r, area.column + c));
        }
    }
    grid(area: Area): (object | null)[][] {
      return Array.from({ length: area.numRows }, (_, r) =>
        Array.from({ length: area.numColumns }, (__, c) => this.cells.get(key(area.row + r, area.column + c)) ?? null),
      );
    }
    /** For tests: A1 range(s) -> the rule, for every rule on the sheet; cells with equal rules are one entry. */
    snapshot(): Record<string, string> {
      const groups = new Map<string, { data: ValidationData; cells: [number, number][] }>();
      for (const [cellKey, rule] of this.cells) {
        const data = built.get(rule)!;
        const group = groups.get(content(data)) ?? { data, cells: [] };
        group.cells.push(cellKey.split(',').map(Number) as [number, number]);
        groups.set(content(data), group);
      }
      const entries = [...groups.values()].map(({ data, cells }) => [columnRuns(cells).map(areaToA1).join(','), describe(data)] as const);
      return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
    }
  }

  /** The Range methods, for the fake's Range; `writable` throws on a protected sheet. */
  const rangeMethods = (validation: SheetValidation, area: Area, writable: () => void, self: () => object) => ({
    setDataValidation: (rule: object | null) => (writable(), validation.set(area, rule), self()),
    getDataValidation: () => validation.grid({ ...area, numRows: 1, numColumns: 1 })[0]![0]!,
    getDataValidations: () => validation.grid(area),
    clearDataValidations: () => (writable(), validation.set(area, null), self()),
  });

  return { builder, SheetValidation, rangeMethods };
}

export type FakeSheetValidation = InstanceType<ReturnType<typeof validationFactory>['SheetValidation']>;

function describe(data: ValidationData): string {
  if (data.seed) return data.seed;
  return `${data.criteria} ${JSON.stringify(data.values)} ${data.allowInvalid ? 'warning' : 'reject'} "${data.helpText}"`;
}

/** Cells (1-based) as runs down each column, neighbouring columns with the same rows merged. */
function columnRuns(cells: [number, number][]): Area[] {
  const sorted = [...cells].sort(([ar, ac], [br, bc]) => ac - bc || ar - br);
  const runs: Area[] = [];
  for (const [row, column] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === column && last.row + last.numRows === row) last.numRows += 1;
    else runs.push({ row, column, numRows: 1, numColumns: 1 });
  }
  return runs.reduce<Area[]>((merged, run) => {
    const last = merged[merged.length - 1];
    if (last && last.row === run.row && last.numRows === run.numRows && last.column + last.numColumns === run.column) last.numColumns += 1;
    else merged.push({ ...run });
    return merged;
  }, []);
}
