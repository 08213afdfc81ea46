/**
 * "Make class sheets" never costs a school what it typed, in every host: a sheet is Tracklight's
 * only by its durable mark, a teacher's edit in A1 or A2 stops that sheet's update (and says so),
 * anything typed where the class list must spill is named and kept, and a run that stops part-way
 * leaves sheets the next run finds. Each case drives the real panel action over a real
 * PanelSession, on the Excel fake, the built Sheets add-on on the Sheets fake, and the preview.
 */
import { describe, expect, it } from 'vitest';
import { makeClassSheets } from '../../../core/panel/classSheetsAction';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { sampleTracker, TRACKER } from '../../sheets-addon/host/reportApiCounts';
import { panelOn, WORLDS, type Cell, type World, type WorldKind, type WorldOptions } from '../../support/worlds';

const CLASSES = ['10A', '10B', '10C', '10D', '10E'];
const classColumn = (rows: Cell[][]) => rows[2]!.indexOf('Class');
/** The synthetic school's Year 10, its 60 pupils spread over five classes. */
const tracker = (): Cell[][] => {
  const rows = sampleTracker(60) as Cell[][];
  const column = classColumn(rows);
  return rows.map((row, r) => (r < 3 ? row : row.map((value, c) => (c === column ? CLASSES[r % CLASSES.length]! : value))));
};
const classesOf = (rows: Cell[][]) => [...new Set(rows.slice(3).map((row) => String(row[classColumn(rows)])))].sort();

function worldOf(kind: WorldKind, options: WorldOptions = {}, extra: { name: string; values: Cell[][] }[] = []): World {
  return WORLDS[kind]([{ name: TRACKER, values: tracker() }, ...extra], options);
}

/** Makes the class sheets from the tracker, as a click on "Make class sheets" does, and returns what the panel said. */
async function makeOn(world: World): Promise<string[]> {
  world.activate(TRACKER);
  const { session, status, lines } = await panelOn(world);
  await makeClassSheets(session, status);
  return [...lines];
}

const isFormula = (value: unknown) => typeof value === 'string' && value.startsWith('=');
const classSheetNames = (world: World) => world.sheetNames().filter((name) => name.startsWith('Class '));

describe.each(['excel', 'sheets', 'preview'] as const)('class sheets keep what the school typed (%s)', (kind) => {
  const neverWritten =
    "a sheet the school made under a class sheet's name is never written: the class gets a new sheet, and the panel says why";
  it(neverWritten, async () => {
    const world = worldOf(kind);
    await makeOn(world);
    world.deleteSheet('Class 10B');
    const notes = [['Our own notes for 10B'], ['Parents evening 12 March'], ['Seating plan on the wall']];
    world.addSheet({ name: 'Class 10B', values: notes });

    const lines = await makeOn(world);

    expect(world.cells('Class 10B')).toEqual({ A1: notes[0]![0], A2: notes[1]![0], A3: notes[2]![0] });
    expect(isFormula(world.cells('Class 10B (2)').A2), 'class 10B has a new sheet').toBe(true);
    expect(lines.join('\n')).toContain(
      "'Class 10B' has no Tracklight mark, so it is not a class sheet Tracklight made: " +
        "it was left alone, and class 10B has the new sheet 'Class 10B (2)'.",
    );
    expect(lines.join('\n')).not.toContain("Updated 'Class 10B' ");
  });

  it("a saved record that names the school's own sheet does not make it Tracklight's", async () => {
    const notes = [['Class 10C: our own markbook'], ['Do not change']];
    const world = worldOf(kind, {}, [{ name: 'Class 10C', values: notes }]);
    await world.host.saveSettings({
      version: 1,
      rules: DEFAULT_RULE_SETTINGS,
      layouts: {},
      classSheets: [{ name: 'Class 10C', className: '10C', trackerSheetName: TRACKER }],
    });

    await makeOn(world);

    expect(world.cells('Class 10C')).toEqual({ A1: notes[0]![0], A2: notes[1]![0] });
    expect(isFormula(world.cells('Class 10C (2)').A2)).toBe(true);
  });

  it("a teacher's note in A1 stops that sheet's update and names the cell; clearing it lets the next run update it", async () => {
    const world = worldOf(kind);
    await makeOn(world);
    world.type('Class 10A', 'A1', 'Seating plan: see board');
    const before = world.cells('Class 10A');

    const lines = await makeOn(world);

    expect(world.cells('Class 10A')).toEqual(before);
    expect(lines.join('\n')).toContain(
      "'Class 10A' was edited by hand (A1), so it was not updated. " +
        'Rename it to keep your changes and let Tracklight make a new class sheet, or clear A1 to let Tracklight update it.',
    );
    expect(classSheetNames(world)).toHaveLength(classesOf(tracker()).length);

    world.type('Class 10A', 'A1', '');
    const again = await makeOn(world);
    expect(again.join('\n')).toMatch(/Updated 'Class 10A' for class 10A/);
    expect(isFormula(world.cells('Class 10A').A1)).toBe(true);
  });

  it('something typed where the class list spills is named, kept, and nothing is written over it', async () => {
    const world = worldOf(kind);
    await makeOn(world);
    world.type('Class 10B', 'C5', 'Absent on trip');
    const before = world.cells('Class 10B');

    const lines = await makeOn(world);

    expect(world.cells('Class 10B')).toEqual(before);
    expect(lines.join('\n')).toContain("'Class 10B' has something typed in C5, where the class list needs room");
    expect(lines.join('\n')).toMatch(/Updated 'Class 10A'/);
  });

  it.skipIf(kind === 'preview')(
    'a run that stops part-way marks each sheet as it is made, so the next run updates those and makes the rest',
    async () => {
      const world = worldOf(kind, { failThirdNewSheet: true });
      const first = await makeOn(world);
      expect(first.join('\n')).toMatch(/could not be written|was not reached/);
      const madeFirst = classSheetNames(world);
      expect(madeFirst.length).toBeGreaterThanOrEqual(2);

      const second = await makeOn(world);

      const classes = classesOf(tracker());
      expect(classSheetNames(world).sort()).toEqual(classes.map((name) => `Class ${name}`).sort());
      for (const name of madeFirst) expect(second.join('\n')).toContain(`Updated '${name}'`);
      for (const name of classSheetNames(world)) expect(isFormula(world.cells(name).A2), name).toBe(true);
    },
  );
});

describe('Excel without worksheet custom properties (before ExcelApi 1.12)', () => {
  it('finds its class sheets by the saved records and exactly what it wrote, and refuses a sheet whose A1 changed', async () => {
    const world = worldOf('excel', { excelApi: '1.11' });
    await makeOn(world);
    const again = await makeOn(world);
    expect(again.join('\n')).toMatch(/0 created, \d+ updated/);

    world.type('Class 10A', 'A1', 'Seating plan');
    const lines = await makeOn(world);
    expect(world.cells('Class 10A').A1).toBe('Seating plan');
    expect(lines.join('\n')).toContain(
      "'Class 10A' was edited by hand (A1), so it was not updated. " +
        'Rename it to keep your changes and let Tracklight make a new class sheet.',
    );
  });
});
