/**
 * The panel's state, without any DOM: the document settings, the active sheet, and its layout as
 * detected, restored or corrected. Views render from it and call its methods; every change is
 * checked with validateLayout before it is used or saved, and a change that does not check out is
 * kept on screen with its problems, never silently undone.
 *
 * Saved settings that cannot be used as a whole (documentSettings.ts) are kept: the session works
 * from the defaults in memory, every save is refused with a plain reason, and only a confirmed
 * "Start again with default settings" replaces them.
 */
import { createGradeScale, defaultGradeScale, type GradeScale } from '../grades/gradeScale';
import { gradeSettingsSchema, type GradeSettings } from '../grades/gradeSettings';
import { SCALE_PRESETS, type ScalePresetName } from '../grades/scalePresets';
import { readScaleText } from '../grades/scaleText';
import { detectLayout, rebuildPairs, validateLayout, type ColumnRole, type Layout, type LayoutPair } from '../layout';
import { PALETTE_NAMES, toleranceSchema, type PaletteName } from '../rules';
import { checkReportSettings } from '../report/settings';
import {
  checkedForSaving,
  emptyDocumentSettings,
  forSaving,
  noChanges,
  noteChange,
  readDocumentSettings,
  type DocumentSettings,
  type KeptCopy,
  type SettingsChange,
  type StoredSettings,
} from './documentSettings';
import type { Host } from './host';
import { readSheet, type SheetState } from './sheetReading';

export type { SheetState } from './sheetReading';

/** The one control that replaces saved settings the panel keeps. */
export const START_AGAIN = 'Start again with default settings';

/** Something the session could not save, for the panel to say. */
export interface SaveProblem {
  message: string;
  /** failed: the host could not save; kept: the host was not asked, as the saved copy is kept. */
  reason: 'failed' | 'kept';
  /** What asked to save: an action (colouring, class sheets), which may save several times, or an edit. */
  cause: 'action' | 'edit';
}

export type StartAgainOutcome = { outcome: 'confirm' } | { outcome: 'replaced' } | { outcome: 'failed'; message: string };

export class PanelSession {
  settings: DocumentSettings = emptyDocumentSettings();
  /** Problems reading the saved settings, shown once. */
  loadProblems: string[] = [];
  /** Set while the saved settings are kept as they are: nothing is saved until "Start again with default settings" is confirmed. */
  kept: KeptCopy | null = null;
  state: SheetState | null = null;
  /** The settings as stored, which every save writes back with only the changed parts replaced. */
  private stored: StoredSettings | null = null;
  private changedParts = noChanges();
  private confirmingStartAgain = false;
  /** Grade columns the user chose "Not coloured" for, so re-pairing after a role change leaves them so. */
  private leftUncoloured = new Set<number>();
  /** Per sheet, the last layout shown that fitted it, kept when its headings drop out of the rows read (sheetReading.ts). */
  private lastGood = new Map<string, Layout>();
  private saving: Promise<void> = Promise.resolve();
  private reads = 0;
  private listeners = new Set<() => void>();

  constructor(
    readonly host: Host,
    private readonly onSaveProblem: (problem: SaveProblem) => void,
  ) {}

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
    this.stored = read.stored;
    this.kept = read.kept;
    await this.readActiveSheet();
  }

  /** Reads the sheet open in the host now, with its saved layout if that still fits. */
  async readActiveSheet(): Promise<void> {
    // Reads can overlap (a sheet-change event during "Insert a sample tracker"): only the latest is shown.
    const read = (this.reads += 1);
    const sheet = await this.host.activeSheet();
    if (read !== this.reads) return;
    this.leftUncoloured.clear();
    this.setState(readSheet(sheet, this.settings.layouts[sheet.name], this.lastGood.get(sheet.name)));
  }

  /** Detects again, optionally reading the headings from `headerRow` (counted from 1). Corrections are replaced. */
  detectAgain(headerRow?: number): void {
    const state = this.requireState();
    this.leftUncoloured.clear();
    const options = headerRow === undefined ? undefined : { headerRow: headerRow - 1 };
    this.setState({ ...state, layout: detectLayout(state.sheet.topRows, options), problems: [], note: null, keptBecause: null });
  }

  /** How grades are read here (cells that are not grades, the report): by the school's scale when it has set one. */
  gradeScale(): GradeScale {
    const { scale } = this.settings.rules;
    return scale ? createGradeScale(scale) : defaultGradeScale;
  }

  /**
   * Sets the school's grade scale: a ready-made one, or its own labels as typed ("Secure = 3" per
   * line). Returns the problem to show, or null when the scale is used and saved; the typed text is never replaced.
   */
  setScale(choice: ScalePresetName | 'own', ownLabels = ''): string | null {
    let scale: GradeSettings | undefined;
    if (choice === 'own') {
      const reading = readScaleText(ownLabels);
      if (!reading.ok) return reading.message;
      scale = reading.scale;
    } else scale = choice === 'gcse' ? undefined : gradeSettingsSchema.parse(SCALE_PRESETS[choice].settings);
    const { scale: _previous, ...rules } = this.settings.rules;
    this.settings.rules = scale ? { ...rules, scale } : rules;
    void this.save({ part: 'scale' });
    return null;
  }

  /** Shows `state`, remembering its layout as the sheet's last good one when it checks out (a kept one included, with any edit to it). */
  private setState(state: SheetState): void {
    const { sheet, layout, problems, empty } = state;
    if (!empty && problems.length === 0 && layout.headerRow !== null) this.lastGood.set(sheet.name, layout);
    this.state = state;
    this.changed();
  }

  setRole(columnIndex: number, role: ColumnRole): void {
    const { layout } = this.requireState();
    const columns = layout.columns.map((column) => (column.index === columnIndex ? { ...column, role } : column));
    let rebuilt: Layout;
    try {
      rebuilt = rebuildPairs({ ...layout, columns });
    } catch (problem) {
      this.show({ ...layout, columns }, [messageOf(problem)]);
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
    this.settings.layouts[state.sheet.name] = result.layout;
    // An edit to a kept layout is kept too, but is not used until the sheet's headings are found again.
    this.setState({ ...state, layout: result.layout, problems: [], note: state.keptBecause === null ? null : state.note });
    void this.save({ part: 'layout', sheet: state.sheet.name, by: 'edit' });
  }

  private show(layout: Layout, problems: string[]): void {
    this.state = { ...this.requireState(), layout, problems, note: null };
    this.changed();
  }

  setPalette(palette: PaletteName): void {
    if (!PALETTE_NAMES.includes(palette)) return;
    this.settings.rules = { ...this.settings.rules, palette };
    void this.save({ part: 'palette' });
  }

  /**
   * Returns the problem to show, or null when the tolerance is used (and saved, unless the saved copy is kept).
   * The typed text is never replaced.
   */
  setTolerance(text: string): string | null {
    if (text.trim() === '') return 'Enter a tolerance in grades, from 0 (exactly on target) up, e.g. 0.34.';
    const parsed = toleranceSchema.safeParse(Number(text.trim()));
    if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Enter a tolerance in grades, e.g. 0.34.';
    this.settings.rules = { ...this.settings.rules, tolerance: parsed.data };
    void this.save({ part: 'tolerance' });
    return null;
  }

  /** Remembers the layout used on a sheet (after colouring), so the panel restores it there. */
  rememberLayout(sheetName: string, layout: Layout): Promise<void> {
    this.settings.layouts[sheetName] = layout;
    return this.save({ part: 'layout', sheet: sheetName, by: 'action' });
  }

  /** The class sheets Tracklight has made (after "Make class sheets"), so only those are rewritten next time. */
  rememberClassSheets(records: DocumentSettings['classSheets']): Promise<void> {
    this.settings.classSheets = records;
    return this.save({ part: 'classSheets' });
  }

  /**
   * Changes some report settings (a field set to undefined follows the default again). Returns the
   * problem to show, or null when the change is used and saved; a change the report would refuse is not kept.
   */
  setReportSettings(change: Readonly<Record<string, unknown>>): string | null {
    const next: Record<string, unknown> = { ...(this.settings.report ?? {}) };
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
    const checked = checkReportSettings({ tolerance: this.settings.rules.tolerance, ...next });
    if (!checked.ok) return checked.message;
    this.settings.report = next;
    void this.save({ part: 'report' });
    return null;
  }

  /**
   * What the report is built with: the saved report settings, over the colours' tolerance, so a
   * grade counts as on target in the report exactly when it is coloured On or Above.
   */
  reportSettingsInput(): Record<string, unknown> {
    return { tolerance: this.settings.rules.tolerance, ...(this.settings.report ?? {}) };
  }

  /**
   * Saves run one after another, so an older save never lands after a newer one. `change` is what
   * was changed, the only part written over the stored copy. While the saved copy is kept nothing
   * is saved, and the panel is told why.
   */
  save(change?: SettingsChange): Promise<void> {
    if (change) noteChange(this.changedParts, change);
    if (this.kept) {
      this.onSaveProblem({ message: notSavedMessage(change, this.kept), reason: 'kept', cause: causeOf(change) });
      return this.saving;
    }
    const snapshot = forSaving(this.settings, this.stored, this.changedParts);
    this.saving = this.saving
      .then(() => this.host.saveSettings(snapshot))
      .catch((problem: unknown) => {
        this.onSaveProblem({
          message: `Your settings could not be saved with the workbook: ${messageOf(problem)}`,
          reason: 'failed',
          cause: 'edit',
        });
      });
    return this.saving;
  }

  /**
   * "Start again with default settings": the one way to replace a kept copy, and it asks first. The
   * first call only asks (the view says "Click again ..."); the second saves what the panel works
   * from (the defaults, with any change made since it opened) over the kept copy.
   */
  async startAgainWithDefaults(): Promise<StartAgainOutcome> {
    // Nothing kept: the saved copy is already the panel's own.
    if (!this.kept) return { outcome: 'replaced' };
    if (!this.confirmingStartAgain) {
      this.confirmingStartAgain = true;
      return { outcome: 'confirm' };
    }
    this.confirmingStartAgain = false;
    const snapshot = checkedForSaving(this.settings);
    const replacing = this.saving.then(() => this.host.saveSettings(snapshot));
    this.saving = replacing.catch(() => undefined);
    try {
      await replacing;
    } catch (problem) {
      return {
        outcome: 'failed',
        message: `The saved settings were not replaced, and are still kept as they were: ${messageOf(problem)}`,
      };
    }
    this.kept = null;
    this.stored = null;
    this.changedParts = noChanges();
    this.changed();
    return { outcome: 'replaced' };
  }

  /** Takes back the question the first "Start again with default settings" asked. */
  cancelStartAgain(): void {
    this.confirmingStartAgain = false;
  }

  requireState(): SheetState {
    if (!this.state) throw new Error('Tracklight has not read a sheet yet: click "Read the active sheet again".');
    return this.state;
  }
}

/** As status.ts has it for the views; kept here so the session imports nothing that touches the DOM. */
const messageOf = (problem: unknown): string => (problem instanceof Error ? problem.message : String(problem));

/** What was not saved, by what changed. */
function notSavedPart(change: SettingsChange | undefined): string {
  switch (change?.part) {
    case 'palette':
      return 'the palette you chose; it is used until the panel closes';
    case 'tolerance':
      return 'the tolerance you entered; it is used until the panel closes';
    case 'layout':
      return change.by === 'edit'
        ? 'your change to the layout; it is used until the panel closes'
        : 'the layout used; the panel will not restore it next time';
    case 'report':
      return 'your change to the report settings; it is used until the panel closes';
    case 'classSheets':
      return 'the list of class sheets made; once the panel closes, making class sheets again adds new sheets instead of updating these';
    default:
      return 'your change; it is used until the panel closes';
  }
}

/** Colouring and class sheets save as they go, possibly many times in one click; everything else is an edit. */
const causeOf = (change: SettingsChange | undefined): SaveProblem['cause'] =>
  change?.part === 'classSheets' || (change?.part === 'layout' && change.by === 'action') ? 'action' : 'edit';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function notSavedMessage(change: SettingsChange | undefined, kept: KeptCopy): string {
  return (
    `${capitalised(kept.because)}, so Tracklight keeps them as they are and has not saved ${notSavedPart(change)}. ` +
    `The saved copy is replaced only when you confirm "${START_AGAIN}" at the top of the panel.`
  );
}

/**
 * After a role change, every grade keeps the target it had while both still hold those roles, and a
 * grade the user chose not to colour stays uncoloured; only the rest take detection's new pairing.
 */
function keepEarlierPairs(rebuilt: Layout, earlier: readonly LayoutPair[], leftUncoloured: ReadonlySet<number>): LayoutPair[] {
  const roleOf = new Map(rebuilt.columns.map((column) => [column.index, column.role]));
  const kept = new Map(
    earlier.filter((pair) => roleOf.get(pair.grade) === 'grade' && roleOf.get(pair.target) === 'target').map((pair) => [pair.grade, pair]),
  );
  const pairs = rebuilt.pairs.filter((pair) => !kept.has(pair.grade) && !leftUncoloured.has(pair.grade));
  return [...pairs, ...kept.values()].filter((pair) => !leftUncoloured.has(pair.grade)).sort((a, b) => a.grade - b.grade);
}
