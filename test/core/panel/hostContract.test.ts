/**
 * The Host contract (core/panel/host.ts), written once and run over every host: the Excel host on
 * the Excel fake, the Sheets sidebar's Host over the built Code.js on the Sheets fake, and the dev
 * preview's host. The school's own rules are kept, applying twice never duplicates, a protected
 * sheet is refused with nothing changed, a missing sheet is named, no value changes but the ones
 * asked for, and a new sheet never goes over an existing one. What only one host does (sync
 * budgets, rows clipped to a Google sheet's size, Excel's own error codes) is tested beside it.
 */
import { describe, expect, it } from 'vitest';
import { planColouring, type ColouringPlan } from '../../../core/colouring/plan';
import { detectLayout } from '../../../core/layout';
import { DEFAULT_RULE_SETTINGS, isTracklightRule } from '../../../core/rules';
import { reportPlanFor, sampleTracker } from '../../excel-addin/host/reportApiCounts';
import { WORLDS, type Cell, type World, type WorldKind } from '../../support/worlds';

const TRACKER = 'Year 10';
const OTHER = 'Year 11';
const tracker = () => sampleTracker(40) as Cell[][];

function worldWithTracker(kind: WorldKind): World {
  return WORLDS[kind]([
    { name: TRACKER, values: tracker(), schoolRule: 'B4:B60' },
    { name: OTHER, values: sampleTracker(20) as Cell[][], schoolRule: 'C4:C40' },
  ]);
}

async function colouringPlan(world: World): Promise<ColouringPlan> {
  world.activate(TRACKER);
  const top = await world.host.activeSheet();
  const outcome = planColouring(top, detectLayout(top.topRows), DEFAULT_RULE_SETTINGS);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

const state = (world: World, name: string) => ({ cells: world.cells(name), rules: world.rules(name), validation: world.validation(name) });
const tracklightRules = (world: World, name: string) => world.rules(name).filter((rule) => isTracklightRule(rule.formula));
const schoolRules = (world: World, name: string) => world.rules(name).filter((rule) => !isTracklightRule(rule.formula));
const ruleCount = (plan: ColouringPlan) => plan.blocks.reduce((count, block) => count + block.rules.length, 0);

describe.each(['excel', 'sheets', 'preview'] as const)('the Host contract (%s)', (kind) => {
  describe('applyColouring', () => {
    it("adds exactly the plan's rules, keeps the school's own, and writes no value on any sheet", async () => {
      const world = worldWithTracker(kind);
      const [before, other] = [state(world, TRACKER), state(world, OTHER)];
      const plan = await colouringPlan(world);

      expect(await world.host.applyColouring(plan)).toEqual({ removed: 0, added: ruleCount(plan) });

      expect(
        tracklightRules(world, TRACKER)
          .map((rule) => rule.formula)
          .sort(),
      ).toEqual(plan.blocks.flatMap((block) => block.rules.map((rule) => rule.formula)).sort());
      expect(schoolRules(world, TRACKER)).toEqual(before.rules);
      expect(world.cells(TRACKER)).toEqual(before.cells);
      expect(state(world, OTHER)).toEqual(other);
    });

    it('applied twice gives the same rules: its own are replaced, never duplicated', async () => {
      const world = worldWithTracker(kind);
      const plan = await colouringPlan(world);
      await world.host.applyColouring(plan);
      const once = state(world, TRACKER);
      expect(await world.host.applyColouring(plan)).toEqual({ removed: ruleCount(plan), added: ruleCount(plan) });
      expect(state(world, TRACKER)).toEqual(once);
    });

    it('refuses a sheet protected since it was read, naming it, and changes nothing', async () => {
      const world = worldWithTracker(kind);
      const plan = await colouringPlan(world);
      const before = state(world, TRACKER);
      world.protect(TRACKER);
      await expect(world.host.applyColouring(plan)).rejects.toThrow(new RegExp(`'${TRACKER}'.*protected|protected.*'${TRACKER}'`));
      expect(state(world, TRACKER)).toEqual(before);
    });

    it('names a sheet that has gone, and changes nothing', async () => {
      const world = worldWithTracker(kind);
      const plan = await colouringPlan(world);
      const before = state(world, TRACKER);
      await expect(world.host.applyColouring({ ...plan, sheetName: 'Year 9' })).rejects.toThrow(/'Year 9'/);
      expect(state(world, TRACKER)).toEqual(before);
    });
  });

  describe('removeColouring', () => {
    it("takes away only Tracklight's rules: the school's rules and every value are exactly as before", async () => {
      const world = worldWithTracker(kind);
      const before = state(world, TRACKER);
      const plan = await colouringPlan(world);
      await world.host.applyColouring(plan);
      await world.host.applyColouring(plan);

      expect(await world.host.removeColouring(TRACKER)).toEqual({ removed: ruleCount(plan) });
      expect(state(world, TRACKER)).toEqual(before);
      expect(await world.host.removeColouring(TRACKER)).toEqual({ removed: 0 });
      expect(state(world, TRACKER)).toEqual(before);
    });

    it('refuses to remove colours from a protected sheet, naming it, and changes nothing', async () => {
      const world = worldWithTracker(kind);
      await world.host.applyColouring(await colouringPlan(world));
      const coloured = state(world, TRACKER);
      world.protect(TRACKER);
      await expect(world.host.removeColouring(TRACKER)).rejects.toThrow(new RegExp(`'${TRACKER}'.*protected|protected.*'${TRACKER}'`));
      expect(state(world, TRACKER)).toEqual(coloured);
    });

    it('replaces Tracklight rules an earlier layout left anywhere on the sheet', async () => {
      const world = worldWithTracker(kind);
      const plan = await colouringPlan(world);
      const [block] = plan.blocks;
      await world.host.applyColouring({ ...plan, blocks: [{ ...block!, current: 'A4:A50', target: 'B4:B50' }] });
      expect(await world.host.applyColouring(plan)).toEqual({ removed: block!.rules.length, added: ruleCount(plan) });
      expect(tracklightRules(world, TRACKER).map((rule) => rule.range)).not.toContain('A4:A50');
    });

    it("leaves another sheet's Tracklight colours alone", async () => {
      const world = worldWithTracker(kind);
      await world.host.applyColouring(await colouringPlan(world));
      const coloured = state(world, TRACKER);
      await world.host.removeColouring(OTHER);
      expect(state(world, TRACKER)).toEqual(coloured);
    });

    it('names a sheet that has gone', async () => {
      const world = worldWithTracker(kind);
      await expect(world.host.removeColouring('Year 9')).rejects.toThrow(/'Year 9'/);
    });
  });

  describe('addSheet and addReportSheet', () => {
    it('adds a sheet holding exactly the rows given, and makes it the open sheet', async () => {
      const world = worldWithTracker(kind);
      await world.host.addSheet('Sample tracker', [
        ['Name', 'Class', 'Target'],
        ['Ann', "'10E1", 5],
      ]);
      expect(world.cells('Sample tracker')).toEqual({ A1: 'Name', B1: 'Class', C1: 'Target', A2: 'Ann', B2: '10E1', C2: 5 });
      expect((await world.host.activeSheet()).name).toBe('Sample tracker');
    });

    it('adds the report on a new sheet, and never over an existing one', async () => {
      const world = worldWithTracker(kind);
      const { values, sheetNames } = await world.host.readValues(TRACKER);
      const plan = reportPlanFor(values, TRACKER, sheetNames, world.host.maxSheetName);
      await world.host.addReportSheet(plan);
      expect(world.sheetNames()).toContain(plan.sheetName);
      const written = state(world, plan.sheetName);

      await expect(world.host.addReportSheet(plan)).rejects.toThrow(new RegExp(`'${plan.sheetName.replace(/[()]/g, '\\$&')}'`));
      expect(state(world, plan.sheetName)).toEqual(written);
      expect(world.sheetNames().filter((name) => name === plan.sheetName)).toHaveLength(1);
    });
  });

  describe('activeSheet and allSheets', () => {
    it('read the open sheet from A1: its first 15 rows, as wide as it is used, its last row, and whether it is protected', async () => {
      const world = worldWithTracker(kind);
      world.activate(OTHER);
      world.protect(OTHER);
      const top = await world.host.activeSheet();
      const rows = sampleTracker(20) as Cell[][];
      expect(top).toEqual({ name: OTHER, topRows: rows.slice(0, 15), lastRow: rows.length, isProtected: true });
    });

    it('read every row of a short sheet and nothing of an empty one, and every sheet in tab order', async () => {
      const world = WORLDS[kind]([
        {
          name: 'Short',
          values: [
            ['Name', 'Target', 'RP1'],
            ['Ann', 5, 4],
          ],
        },
        { name: 'Empty', values: [] },
      ]);
      const sheets = await world.host.allSheets();
      expect(sheets.map(({ name, topRows, lastRow, isProtected }) => ({ name, topRows, lastRow, isProtected }))).toEqual([
        {
          name: 'Short',
          topRows: [
            ['Name', 'Target', 'RP1'],
            ['Ann', 5, 4],
          ],
          lastRow: 2,
          isProtected: false,
        },
        { name: 'Empty', topRows: [], lastRow: 0, isProtected: false },
      ]);
    });
  });

  describe('settings and reading', () => {
    it('gives back the settings it saved, as they were', async () => {
      const world = worldWithTracker(kind);
      expect(await world.host.loadSettings()).toBeNull();
      const settings = { version: 1, rules: { palette: 'no-red', tolerance: 0.34 }, layouts: {}, classSheets: [], note: 'Zoë’s tracker' };
      await world.host.saveSettings(settings);
      expect(await world.host.loadSettings()).toEqual(settings);
    });

    it('reads every value of the tracker, every sheet name and the open sheet in one call', async () => {
      const world = worldWithTracker(kind);
      world.activate(OTHER);
      const read = await world.host.readValues(TRACKER);
      expect(read.sheetNames).toEqual(world.sheetNames());
      expect(read.activeSheetName).toBe(OTHER);
      expect(read.values.slice(0, 3).map((row) => row.filter((cell) => cell !== '').length)).toEqual(
        tracker()
          .slice(0, 3)
          .map((row) => row.filter((cell) => cell !== '').length),
      );
      expect(read.values).toHaveLength(tracker().length);
    });
  });
});
