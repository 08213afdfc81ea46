/**
 * The panel's state, without any DOM: the document settings, the active sheet, and its layout as
 * detected, restored or corrected. Views render from it and call its methods; every change is
 * checked with validateLayout before it is used or saved, and a change that does not check out is
 * kept on screen with its problems, never silently undone.
 */
import { detectLayout, rebuildPairs, validateLayout, type ColumnRole, type Layout, type LayoutPair } from '../layout';
import { PALETTE_NAMES, toleranceSchema, type PaletteName } from '../rules';
import { checkedForSaving, readDocumentSettings, emptyDocumentSettings, type DocumentSettings } from './documentSettings';
import type { Host, SheetTop } from './host';

export interface SheetState {
  sheet: SheetTop;
  /** The layout as shown: the last valid one, or the user's edit with its problems. */
  layout: Layout;
  /** What validateLayout said about `layout`; empty when it can be used. */
  problems: string[];
  /** Said above the layout: where it came from, when that matters. */
  note: string | null;
}

export class PanelSession {
  settings: DocumentSettings = emptyDocumentSettings();
  /** Problems reading the saved settings, shown once. */
  loadProblems: string[] = [];
  state: SheetState | null = null;
  /** Grade columns the user chose "Not coloured" for, so re-pairing after a role change leaves them so. */
  private leftUncoloured = new Set<number>();
  private saving: Promise<void> = Promise.resolve();
  private reads = 0;
  private listeners = new Set<() => void>();

  constructor(readonly host: Host, private readonly onSaveProblem: (message: string) => void) {}

  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  async start(): Promise<void> {
    const read = readDocumentSettings(await this.host.loadSettings());
    this.settings = read.settings;
    this.loadProblems = read.problems;
    await this.readActiveSheet();
  }

  /** Reads the sheet open in the host now, with its saved layout if that still fits. */
  async readActiveSheet(): Promise<void> {
    // Reads can overlap (a sheet-change event during "Insert a sample tracker"): only the latest is shown.
    const read = (this.reads += 1);
    const sheet = await this.host.activeSheet();
    if (read !== this.reads) return;
    this.leftUncoloured.clear();
    const saved = this.settings.layouts[sheet.name];
    if (saved) {
      const check = validateLayout(saved, sheet.topRows);
      if (check.ok) {
        this.state = { sheet, layout: check.layout, problems: [], note: 'Using the layout saved with this workbook for this sheet.' };
      } else {
        this.state = {
          sheet, layout: detectLayout(sheet.topRows), problems: [],
          note: `The layout saved for this sheet no longer fits it (${check.errors.join(' ')}) Showing the detected layout; the saved one is replaced only when you change a column or colour this sheet.`,
        };
      }
    } else {
      this.state = { sheet, layout: detectLayout(sheet.topRows), problems: [], note: null };
    }
    this.changed();
  }

  /** Detects again, optionally reading the headings from `headerRow` (counted from 1). Corrections are replaced. */
  detectAgain(headerRow?: number): void {
    const state = this.requireState();
    this.leftUncoloured.clear();
    const options = headerRow === undefined ? undefined : { headerRow: headerRow - 1 };
    this.state = { ...state, layout: detectLayout(state.sheet.topRows, options), problems: [], note: null };
    this.changed();
  }

  setRole(columnIndex: number, role: ColumnRole): void {
    const { layout } = this.requireState();
    const columns = layout.columns.map((column) => (column.index === columnIndex ? { ...column, role } : column));
    let rebuilt: Layout;
    try {
      rebuilt = rebuildPairs({ ...layout, columns });
    } catch (problem) {
      this.show({ ...layout, columns }, [problem instanceof Error ? problem.message : String(problem)]);
      return;
    }
    this.check({ ...rebuilt, pairs: keepEarlierPairs(rebuilt, layout.pairs, this.leftUncoloured) });
  }

  /** `target` null means "Not coloured". */
  setPairTarget(gradeIndex: number, target: number | null): void {
    const { layout } = this.requireState();
    const pairs = layout.pairs.filter((pair) => pair.grade !== gradeIndex);
    if (target === null) this.leftUncoloured.add(gradeIndex);
    else {
      this.leftUncoloured.delete(gradeIndex);
      pairs.push({ grade: gradeIndex, target, label: '' });
    }
    this.check({ ...layout, pairs: pairs.sort((a, b) => a.grade - b.grade) });
  }

  /** Keeps a valid layout (and saves it with the document), or shows the edit with what is wrong. */
  private check(candidate: Layout): void {
    const state = this.requireState();
    const result = validateLayout(candidate, state.sheet.topRows);
    if (!result.ok) return this.show(candidate, result.errors);
    this.state = { ...state, layout: result.layout, problems: [], note: null };
    this.settings.layouts[state.sheet.name] = result.layout;
    this.changed();
    void this.save();
  }

  private show(layout: Layout, problems: string[]): void {
    this.state = { ...this.requireState(), layout, problems, note: null };
    this.changed();
  }

  setPalette(palette: PaletteName): void {
    if (!PALETTE_NAMES.includes(palette)) return;
    this.settings.rules = { ...this.settings.rules, palette };
    void this.save();
  }

  /** Returns the problem to show, or null when the tolerance was saved. The typed text is never replaced. */
  setTolerance(text: string): string | null {
    if (text.trim() === '') return 'Enter a tolerance in grades, from 0 (exactly on target) up, e.g. 0.34.';
    const parsed = toleranceSchema.safeParse(Number(text.trim()));
    if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Enter a tolerance in grades, e.g. 0.34.';
    this.settings.rules = { ...this.settings.rules, tolerance: parsed.data };
    void this.save();
    return null;
  }

  /** Remembers the layout used on a sheet (after colouring), so the panel restores it there. */
  rememberLayout(sheetName: string, layout: Layout): Promise<void> {
    this.settings.layouts[sheetName] = layout;
    return this.save();
  }

  /** The class sheets Tracklight has made (after "Make class sheets"), so only those are rewritten next time. */
  rememberClassSheets(records: DocumentSettings['classSheets']): Promise<void> {
    this.settings.classSheets = records;
    return this.save();
  }

  /**
   * What the report is built with: the saved report settings, over the colours' tolerance, so a
   * grade counts as on target in the report exactly when it is coloured On or Above.
   */
  reportSettingsInput(): Record<string, unknown> {
    return { tolerance: this.settings.rules.tolerance, ...(this.settings.report ?? {}) };
  }

  /** Saves run one after another, so an older save never lands after a newer one. */
  save(): Promise<void> {
    const snapshot = checkedForSaving(this.settings);
    this.saving = this.saving.then(() => this.host.saveSettings(snapshot)).catch((problem: unknown) => {
      this.onSaveProblem(`Your settings could not be saved with the workbook: ${problem instanceof Error ? problem.message : String(problem)}`);
    });
    return this.saving;
  }

  requireState(): SheetState {
    if (!this.state) throw new Error('Tracklight has not read a sheet yet: click "Read the active sheet again".');
    return this.state;
  }
}

/**
 * After a role change, every grade keeps the target it had while both still hold those roles, and a
 * grade the user chose not to colour stays uncoloured; only the rest take detection's new pairing.
 */
function keepEarlierPairs(rebuilt: Layout, earlier: readonly LayoutPair[], leftUncoloured: ReadonlySet<number>): LayoutPair[] {
  const roleOf = new Map(rebuilt.columns.map((column) => [column.index, column.role]));
  const kept = new Map(earlier.filter((pair) => roleOf.get(pair.grade) === 'grade' && roleOf.get(pair.target) === 'target').map((pair) => [pair.grade, pair]));
  const pairs = rebuilt.pairs.filter((pair) => !kept.has(pair.grade) && !leftUncoloured.has(pair.grade));
  return [...pairs, ...kept.values()].filter((pair) => !leftUncoloured.has(pair.grade)).sort((a, b) => a.grade - b.grade);
}
