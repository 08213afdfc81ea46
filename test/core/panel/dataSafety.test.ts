/**
 * The data-safety suite: every panel action, each run twice, over a school's workbook that holds
 * everything a school can lose: its own conditional formats and data validation, a class sheet a
 * teacher has typed over, a sheet of its own named like a class sheet, plain notes, and saved
 * settings that are damaged, from a newer Tracklight, or from an older one. Every value, formula,
 * rule, validation and setting is compared before and after. Only what Tracklight's own plans name
 * may differ: its own rules, the sheets it adds, and A1 and A2 of class sheets it made and no one
 * has edited. Run over the Excel fake, the built Sheets add-on on the Sheets fake, and the preview.
 */
import { describe, expect, it } from 'vitest';
import { colourEverySheet, colourThisSheet, removeColours } from '../../../core/panel/actions';
import { makeClassSheets } from '../../../core/panel/classSheetsAction';
import { buildReportSheet, type PreviewDisplay } from '../../../core/panel/reports';
import { isTracklightRule } from '../../../core/rules';
import { sampleTracker } from '../../sheets-addon/host/reportApiCounts';
import { panelOn, WORLDS, type Cell, type RuleView, type SheetSeed, type World, type WorldKind } from '../../support/worlds';

const CLASSES = ['10A', '10B', '10C', '10D', '10E'];

/** The synthetic school's tracker, its pupils spread over five classes. */
function tracker(pupils: number): Cell[][] {
  const rows = sampleTracker(pupils) as Cell[][];
  const column = rows[2]!.indexOf('Class');
  return rows.map((row, r) => (r < 3 ? row : row.map((value, c) => (c === column ? CLASSES[r % CLASSES.length]! : value))));
}

const SETTINGS = {
  damaged: '{"version":1,"rules":{"palette":"no-red"',
  newer: {
    version: 2,
    rules: { palette: 'colour-blind', tolerance: 0.34, contrast: 'high' },
    layouts: {},
    classSheets: [{ name: 'Class 10A', className: '10A', trackerSheetName: 'Year 10', madeBy: 'Tracklight 2' }],
    futureField: { keep: true },
  },
  older: { version: 1, rules: { palette: 'no-red', tolerance: 0.34 }, layouts: {}, schoolNote: 'Set up by the data manager in September' },
} as const;
type SettingsCase = keyof typeof SETTINGS;

const SCHOOL_SHEETS: SheetSeed[] = [
  { name: 'Year 10', values: tracker(60), schoolRule: 'B4:B200', validation: { 'AA4:AA200': 'list:1,2,3,4,5,6,7,8,9' } },
  { name: 'Year 11', values: tracker(40), schoolRule: 'C4:C200' },
  // The school's own sheet, named as Tracklight would name class 10C's sheet.
  {
    name: 'Class 10C',
    values: [['Our 10C trip list'], ['Ann', 'paid'], ['Bob', 'not paid']],
    schoolRule: 'B2:B50',
    validation: { 'B2:B50': 'list:paid,not paid' },
  },
  {
    name: 'Notes',
    values: [
      ['Parents evening', 'Thursday 12 March'],
      ['10E1', '00123'],
    ],
  },
];

interface Snapshot {
  cells: Record<string, unknown>;
  schoolRules: RuleView[];
  tracklightRules: RuleView[];
  validation: Record<string, string>;
}
function snapshot(world: World): Record<string, Snapshot> {
  return Object.fromEntries(
    world.sheetNames().map((name) => {
      const rules = world.rules(name);
      return [
        name,
        {
          cells: world.cells(name),
          schoolRules: rules.filter((rule) => !isTracklightRule(rule.formula)),
          tracklightRules: rules.filter((rule) => isTracklightRule(rule.formula)),
          validation: world.validation(name),
        },
      ];
    }),
  );
}

const display: PreviewDisplay = { current: null, show: () => undefined, written: () => undefined };

/** Every panel action on the Year 10 tracker, in the order a head of department might click them, twice over. */
async function everyActionTwice(world: World): Promise<string[]> {
  const said: string[] = [];
  for (let round = 0; round < 2; round += 1) {
    for (const action of [
      colourThisSheet,
      colourEverySheet,
      removeColours,
      colourThisSheet,
      (s: never, t: never) => buildReportSheet(s, t, display),
      makeClassSheets,
    ]) {
      world.activate('Year 10');
      const { session, status, lines } = await panelOn(world);
      await (action as (session: unknown, status: unknown) => Promise<void>)(session, status);
      said.push(...lines);
    }
  }
  return said;
}

describe.each(['excel', 'sheets', 'preview'] as const)('nothing the school made is lost (%s)', (kind: WorldKind) => {
  describe.each(Object.keys(SETTINGS) as SettingsCase[])('with %s saved settings', (settingsCase) => {
    it('every action, twice, changes only what its own plan names', async () => {
      const world = WORLDS[kind](SCHOOL_SHEETS, { settings: SETTINGS[settingsCase] });
      const storedBefore = world.storedSettings();
      // A first "Make class sheets", then a teacher types notes over every cell of one class sheet.
      world.activate('Year 10');
      const first = await panelOn(world);
      await makeClassSheets(first.session, first.status);
      for (const row of [1, 2, 3, 4, 5, 6])
        for (const column of ['A', 'B', 'C', 'D', 'E']) world.type('Class 10A', `${column}${row}`, `Note ${column}${row}`);
      const before = snapshot(world);

      const said = await everyActionTwice(world);
      const after = snapshot(world);

      for (const [name, was] of Object.entries(before)) {
        const now = after[name];
        expect(now, `${name} is still there`).toBeDefined();
        expect(now!.schoolRules, `${name}: the school's own rules`).toEqual(was.schoolRules);
        expect(now!.validation, `${name}: the school's validation`).toEqual(was.validation);
        const ownsCells = /^Class 10[BDE]$|^Class 10C \(2\)$/.test(name);
        if (ownsCells) {
          // Tracklight's own unedited class sheets: only A1 and A2 may be rewritten.
          const { A1: _a1, A2: _a2, ...rest } = now!.cells;
          const { A1: _b1, A2: _b2, ...restBefore } = was.cells;
          expect(rest, `${name}: every cell but A1 and A2`).toEqual(restBefore);
        } else {
          expect(now!.cells, `${name}: every value and formula`).toEqual(was.cells);
        }
      }
      // The class sheet the teacher typed over is theirs: not even its colours change.
      expect(after['Class 10A']).toEqual(before['Class 10A']);
      expect(said.join('\n')).toContain("'Class 10A' was edited by hand (A1 and A2), so it was not updated.");
      // Every sheet added is a report: one per "Build report", never over a sheet.
      const added = Object.keys(after).filter((sheet) => !(sheet in before));
      expect(added).toHaveLength(2);
      for (const name of added) expect(name).toMatch(/report/i);
      // The actions did their work: colours on both trackers, the other class sheets kept up to date.
      expect(after['Year 10']!.tracklightRules.length).toBeGreaterThan(0);
      expect(after['Year 11']!.tracklightRules.length).toBeGreaterThan(0);
      expect(said.filter((line) => line.includes("Updated 'Class 10B' for class 10B"))).toHaveLength(2);

      if (settingsCase === 'older') {
        const stored = JSON.parse(world.storedSettings()!);
        expect(stored.schoolNote).toBe(SETTINGS.older.schoolNote);
        expect(stored.rules.palette).toBe('no-red');
      } else {
        expect(world.storedSettings(), 'damaged or newer settings are never overwritten by an ordinary action').toBe(storedBefore);
      }
    });
  });
});
