/**
 * What the panel does as the sheet under it changes, run over every host (the Excel fake, the built
 * Sheets add-on, the preview): headline numbers belong to the one sheet they were worked out from; an
 * empty sheet is offered nothing about columns it does not have; and when rows added above a tracker
 * push its headings out of the rows the panel reads, the last good layout is kept, not wiped, and not
 * used until the headings are back.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout, ROWS_READ } from '../../../core/layout';
import { colourEverySheet, colourThisSheet } from '../../../core/panel/actions';
import { makeClassSheets } from '../../../core/panel/classSheetsAction';
import { headlinesFollowing } from '../../../core/panel/shownHeadlines';
import { buildReportSheet, previewReport } from '../../../core/panel/reports';
import { emptySheetMessage, keptLayoutRefusal } from '../../../core/panel/sheetReading';
import { subjectPairings } from '../../../core/panel/pairingLines';
import { DEFAULT_RULE_SETTINGS, isTracklightRule } from '../../../core/rules';
import { generateSchool, sampleTrackerSheet } from '../../../core/sample';
import { trackerRows } from '../../support/panelSession';
import { panelOn, WORLDS, type Cell, type World, type WorldKind } from '../../support/worlds';

const TRACKER = 'Year 10';
const OTHER = 'Year 11';
const EMPTY = 'Empty';

const tracklightRules = (world: World, sheet: string) => world.rules(sheet).filter((rule) => isTracklightRule(rule.formula));
/** A department's one-subject tracker (narrow enough for a sheet a test adds in every host). */
const mathsTracker = (): Cell[][] =>
  sampleTrackerSheet(generateSchool({ years: [10], pupilsPerYear: 30 }), { year: 10, subject: 'Maths' });
/** The tracker after a school adds blank rows above it, one more than the panel reads. */
const pushedDown = (): Cell[][] => [...Array.from({ length: ROWS_READ + 1 }, (): Cell[] => []), ...mathsTracker()];

/** A user replaces the sheet's contents (deleting and re-adding it, as no fake inserts rows), then opens it. */
function replaceSheet(world: World, name: string, values: Cell[][]): void {
  world.activate(OTHER);
  world.deleteSheet(name);
  world.addSheet({ name, values });
  world.activate(name);
}

/** Two trackers, the first open, with the panel following the headline numbers. */
async function twoTrackers(kind: WorldKind) {
  const world = WORLDS[kind]([
    { name: TRACKER, values: trackerRows() },
    { name: OTHER, values: trackerRows() },
  ]);
  world.activate(TRACKER);
  const { session, status } = await panelOn(world);
  return { world, session, status, headlines: headlinesFollowing(session) };
}

describe.each(['excel', 'sheets', 'preview'] as const)('the panel as the sheet changes (%s)', (kind: WorldKind) => {
  describe('headline numbers', () => {
    it('are cleared when the panel reads another sheet, and kept while it shows the sheet they came from', async () => {
      const { world, session, status, headlines } = await twoTrackers(kind);
      await previewReport(session, status, headlines);
      expect(headlines.current?.sheetName).toBe(TRACKER);
      expect(headlines.current?.headline.lines.length).toBeGreaterThan(0);

      await session.readActiveSheet();
      expect(headlines.current?.sheetName).toBe(TRACKER);
      world.activate(OTHER);
      await session.readActiveSheet();
      expect(session.requireState().sheet.name).toBe(OTHER);
      expect(headlines.current).toBeNull();
    });

    it('stay on show on the report sheet they were written to, and go once another sheet is opened', async () => {
      const { world, session, status, headlines } = await twoTrackers(kind);
      await buildReportSheet(session, status, headlines);
      const reportSheet = world.sheetNames().find((name) => ![TRACKER, OTHER].includes(name));
      expect(reportSheet).toBeDefined();
      expect(session.requireState().sheet.name).toBe(reportSheet);
      expect(headlines.current?.sheetName).toBe(TRACKER);
      expect(headlines.reportSheet).toBe(reportSheet);

      world.activate(OTHER);
      await session.readActiveSheet();
      expect(headlines.current).toBeNull();
      expect(headlines.reportSheet).toBeNull();
    });
  });

  describe('an empty sheet', () => {
    it('has no columns, pairs or pairing lines, and every action says plainly that it is empty and what to do', async () => {
      const world = WORLDS[kind]([
        { name: EMPTY, values: [] },
        { name: TRACKER, values: trackerRows() },
      ]);
      world.activate(EMPTY);
      const { session, status, lines } = await panelOn(world);
      const state = session.requireState();
      expect(state.empty).toBe(true);
      expect(state.layout.columns).toEqual([]);
      expect(subjectPairings(state.layout)).toEqual([]);
      const sheetsBefore = world.sheetNames();

      for (const action of [
        colourThisSheet,
        colourEverySheet,
        makeClassSheets,
        (...args: Parameters<typeof colourThisSheet>) => previewReport(...args, headlinesFollowing(session)),
      ]) {
        await action(session, status);
        expect(lines).toEqual([`problem: ${emptySheetMessage(EMPTY)} Nothing was changed.`]);
        expect(lines.join('\n')).not.toMatch(/column/i);
      }
      expect(lines[0]).toMatch(/Insert a sample tracker/);
      expect(world.sheetNames()).toEqual(sheetsBefore);
      expect(tracklightRules(world, TRACKER)).toEqual([]);
    });

    it('is only a sheet with nothing in it: a title alone is a sheet to detect', async () => {
      const world = WORLDS[kind]([{ name: 'Title only', values: [['Year 9 tracker']] }]);
      const { session } = await panelOn(world);
      expect(session.requireState().empty).toBe(false);
    });
  });

  describe('headings pushed below the rows read', () => {
    it('keeps the layout last shown on the sheet, says so, and uses it for nothing until the headings are back', async () => {
      const world = WORLDS[kind]([
        { name: TRACKER, values: mathsTracker() },
        { name: OTHER, values: mathsTracker() },
      ]);
      world.activate(TRACKER);
      const { session, status, lines } = await panelOn(world);
      const { layout: good } = session.requireState();
      const lineTexts = subjectPairings(good).map((line) => line.text);
      const storedBefore = world.storedSettings();

      replaceSheet(world, TRACKER, pushedDown());
      await session.readActiveSheet();
      const kept = session.requireState();
      expect(kept.layout).toEqual(good);
      expect(subjectPairings(kept.layout).map((line) => line.text)).toEqual(lineTexts);
      expect(kept.keptBecause).toBe(keptLayoutRefusal(TRACKER));
      // One sentence: what was not found, what is kept, and what to do.
      expect(kept.note).toMatch(new RegExp(`^No grade headings were found in the top ${ROWS_READ} rows of '${TRACKER}', .*again\\.$`));
      expect(kept.note!.match(/\. /g)).toBeNull();

      await colourThisSheet(session, status);
      expect(lines).toEqual([`problem: ${keptLayoutRefusal(TRACKER)}`]);
      expect(tracklightRules(world, TRACKER)).toEqual([]);
      expect(world.storedSettings()).toBe(storedBefore);

      // Still correctable: an edit to the kept layout is kept (and saved), but not used until the headings are back.
      const rp3 = good.columns.find((column) => column.label === 'RP3')!;
      session.setPairTarget(rp3.index, null);
      expect(session.requireState().problems).toEqual([]);
      expect(session.requireState().keptBecause).toBe(keptLayoutRefusal(TRACKER));
      await colourThisSheet(session, status);
      expect(lines).toEqual([`problem: ${keptLayoutRefusal(TRACKER)}`]);

      replaceSheet(world, TRACKER, mathsTracker());
      await session.readActiveSheet();
      expect(session.requireState().keptBecause).toBeNull();
      expect(session.requireState().layout.pairs).toEqual(good.pairs.filter((pair) => pair.grade !== rp3.index));
      await colourThisSheet(session, status);
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^done: ${TRACKER}: coloured 2 columns `))]);
    });

    it('keeps the layout saved with the workbook when the panel opens on the pushed-down sheet', async () => {
      const saved = detectLayout(mathsTracker().slice(0, ROWS_READ));
      const settings = { version: 1, rules: { ...DEFAULT_RULE_SETTINGS }, layouts: { [TRACKER]: saved }, classSheets: [] };
      const world = WORLDS[kind]([{ name: TRACKER, values: pushedDown() }], { settings });
      const storedBefore = world.storedSettings();
      const { session, status } = await panelOn(world);
      expect(session.requireState().layout).toEqual(saved);
      expect(session.requireState().keptBecause).toBe(keptLayoutRefusal(TRACKER));
      await colourThisSheet(session, status);
      expect(tracklightRules(world, TRACKER)).toEqual([]);
      expect(world.storedSettings()).toBe(storedBefore);
    });

    it('with no good layout before, shows what detection found: no header row, and why', async () => {
      const world = WORLDS[kind]([{ name: TRACKER, values: pushedDown() }]);
      const { session } = await panelOn(world);
      const { layout, keptBecause } = session.requireState();
      expect(keptBecause).toBeNull();
      expect(layout.headerRow).toBeNull();
      expect(layout.warnings.map((warning) => warning.code)).toEqual(['noHeaderRow']);
    });
  });
});
