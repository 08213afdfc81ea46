/**
 * The Host the preview gives the shared panel: the same contract the Excel and Sheets hosts keep,
 * over the in-memory workbook. Each call waits a moment first, as a real host's round trip does,
 * so the panel's progress and busy states are seen working.
 */
import { ROWS_READ } from '../../core/layout';
import type { Host, SheetTop } from '../../core/panel/host';
import { isTracklightRule } from '../../core/rules';
import { usedSize, type CellValue, type PreviewSheet, type PreviewWorkbook } from './workbook';

const roundTrip = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What both hosts store for a written value: an apostrophe in front only says "this is text". */
export function storedValue(value: string | number | boolean): CellValue {
  if (typeof value !== 'string') return value;
  if (value === '') return null;
  return value.startsWith("'") ? value.slice(1) : value;
}

export function sheetTop(sheet: PreviewSheet): SheetTop {
  const used = usedSize(sheet.rows);
  const topRows = sheet.rows.slice(0, Math.min(ROWS_READ, used.rows)).map((row) =>
    Array.from({ length: used.columns }, (_, column) => row[column] ?? ''));
  return { name: sheet.name, topRows, lastRow: used.rows, isProtected: sheet.isProtected };
}

export interface PreviewHostOptions {
  kind?: Host['kind'];
  latencyMs?: number;
  /** false: no onActiveSheetChange, as in the Sheets sidebar, which has no such event. */
  sheetEvents?: boolean;
}

/** `dispose` stops a closed panel from following sheet changes (the preview's "Reopen panel"). */
export function createPreviewHost(workbook: PreviewWorkbook, { kind = 'preview', latencyMs = 15, sheetEvents = true }: PreviewHostOptions = {}): Host & { dispose(): void } {
  const wait = () => roundTrip(latencyMs);
  const stops: (() => void)[] = [];
  const host: Host & { dispose(): void } = {
    dispose: () => stops.splice(0).forEach((stop) => stop()),
    kind,
    async activeSheet() {
      await wait();
      return sheetTop(workbook.active);
    },
    async allSheets() {
      await wait();
      return workbook.sheets.map(sheetTop);
    },
    async loadSettings() {
      await wait();
      return workbook.settingsText === null ? null : JSON.parse(workbook.settingsText);
    },
    async saveSettings(settings) {
      await wait();
      workbook.settingsText = JSON.stringify(settings);
    },
    async applyColouring(plan) {
      await wait();
      const sheet = workbook.sheet(plan.sheetName);
      // A real host fails on a protected sheet; the panel's plan should have refused it first.
      if (sheet.isProtected) throw new Error(`'${sheet.name}' is protected.`);
      const own = sheet.rules.filter((rule) => !isTracklightRule(rule.formula));
      const removed = sheet.rules.length - own.length;
      const added = plan.blocks.flatMap((block) =>
        block.rules.map((rule) => ({ range: block.current, formula: rule.formula, fill: rule.fill, fontColor: rule.fontColor })));
      workbook.setRules(sheet.name, [...own, ...added]);
      return { removed, added: added.length };
    },
    async removeColouring(sheetName) {
      await wait();
      const sheet = workbook.sheet(sheetName);
      const own = sheet.rules.filter((rule) => !isTracklightRule(rule.formula));
      const removed = sheet.rules.length - own.length;
      if (removed > 0) workbook.setRules(sheet.name, own);
      return { removed };
    },
    async addSheet(name, rows) {
      await wait();
      workbook.addSheet(name, rows.map((row) => row.map(storedValue)));
      workbook.activate(name);
    },
  };
  if (sheetEvents) host.onActiveSheetChange = (listener) => void stops.push(workbook.onActivate(listener));
  return host;
}
