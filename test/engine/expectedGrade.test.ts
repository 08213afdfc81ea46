/**
 * EXPECTED_GRADE typed into a real formula engine (HyperFormula): a Year 11 tracker with final
 * targets in column E and a flight-path table on its own sheet, Flight!A1:D10, as a data manager
 * keeps one. The spill must hold, pupil by pupil, what the table says for that pupil's target
 * (read from the table here, not typed in twice), in every way a host passes cells.
 */
import type { RawCellContent } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { functions } from '../../core';
import { buildTrackerEngine, type Host } from '../support/hyperformulaPlugin';
import { expectedFrom, hostBlock, shownAt, spillAt, typeFormulas, at, type Shown } from './trackerSheet';

const COLLECTIONS = ['Autumn', 'Spring', 'Summer'];

/** Flight!A1:D10: final targets 1-9, each with the fine grade expected at each collection. */
const FLIGHT: RawCellContent[][] = [
  ['Final target', ...COLLECTIONS],
  [1, '1-', '1-', '1'],
  [2, '1', '1+', '2-'],
  [3, '2-', '2+', '3-'],
  [4, '3-', '3+', '4-'],
  [5, '4-', '4+', '5-'],
  [6, '5-', '5+', '6-'],
  [7, '6-', '6+', '7-'],
  [8, '7-', '7+', '8-'],
  [9, '8-', '8+', '9-'],
];

/** Column E's final targets for pupils in rows 2-30: whole grades, text, a blank, an absent mark and one with no row (6+). */
const TARGETS: RawCellContent[] = [5, 6, 4, 7, 8, 5, 3, 9, '6', 5, null, 4, 6, 7, 5, '6+', 2, 8, 5, 4, 6, 'X', 7, 5, 3, 6, 9, 4, 5];
/** Spring working-at grades in column G, for ON_TRACK against the expected grade. */
const SPRING = [
  '4+',
  '5',
  '3+',
  '6+',
  '7',
  '4',
  '2+',
  '8',
  '5+',
  '4-',
  '',
  '4',
  '5+',
  '6',
  '5',
  '6',
  '1+',
  '7+',
  '4+',
  '3',
  '6',
  '',
  '6+',
  '5',
  '2',
  '5',
  '8+',
  '3+',
  '4+',
];

function trackerGrid(): RawCellContent[][] {
  const header = ['UPN', 'Name', 'Class', 'PP', 'Target', 'Autumn', 'Spring', 'Summer'];
  const rows = TARGETS.map((target, index) => [
    `K8012${String(index + 1).padStart(8, '0')}`,
    `Pupil ${index + 1}`,
    index % 2 === 0 ? '11A' : '11B',
    index % 3 === 0 ? 'Y' : 'N',
    target,
    null,
    SPRING[index] === '' ? null : SPRING[index]!,
    null,
  ]);
  return [header, ...rows];
}

// One empty column between result blocks, so each spill's edge can be seen.
const FORMULAS = {
  J2: '=EXPECTED_GRADE(E2:E30,"Spring",Flight!A1:D10)',
  L2: '=PUPIL.EXPECTED_GRADE(E2:E30,"Spring",Flight!A1:D10)',
  N2: '=ON_TRACK(G2:G30, J2:J30)', // over the EXPECTED_GRADE spill
  P2: '=EXPECTED_GRADE(E2:E30," summer ")', // no table: the flat line
  R2: '=EXPECTED_GRADE(E2:E30,"Sprung",Flight!A1:D10)',
};

function buildEngine(host: Host) {
  const grid = trackerGrid();
  const engine = buildTrackerEngine(grid, { host });
  const flight = engine.getSheetId(engine.addSheet('Flight'))!;
  engine.setSheetContent(flight, FLIGHT);
  typeFormulas(engine, FORMULAS);
  return { engine, grid };
}

/** What the table says for this target at this collection, as points; undefined when it has no row for the target. */
function fromTable(target: RawCellContent, collection: string): number | undefined {
  const row = FLIGHT.slice(1).find(([final]) => functions.GRADE_POINTS(final) === functions.GRADE_POINTS(target));
  return row ? (functions.GRADE_POINTS(row[COLLECTIONS.indexOf(collection) + 1]) as number) : undefined;
}

describe.each<Host>(['excel-web', 'excel-desktop', 'sheets'])(
  'EXPECTED_GRADE in a tracker, with cells passed as %s passes them',
  (host) => {
    const { engine, grid } = buildEngine(host);
    const flightBlock = FLIGHT.map((row) => row.map((cell) => cell));

    it('spills one expected grade per pupil, each the Spring grade on their own row of the flight path', () => {
      const spill = spillAt(engine, 'J2');
      expect(spill).toHaveLength(TARGETS.length);
      spill.forEach(([shown], index) => {
        const target = TARGETS[index]!;
        const expected = fromTable(target, 'Spring');
        if (target === null || target === 'X') expect(shown).toBe('');
        else if (expected === undefined) expect(shown).toMatchObject({ error: '#N/A' });
        else expect(shown).toBe(expected);
      });
    });

    it('shows exactly what the core returns for the same arrays, the #N/A message for 6+ included', () => {
      const core = functions.EXPECTED_GRADE(hostBlock(grid, 'E2:E30', host), 'Spring', flightBlock);
      expect(spillAt(engine, 'J2')).toEqual(expectedFrom(core));
      const sixPlus = spillAt(engine, 'J2')[TARGETS.indexOf('6+')]![0] as Extract<Shown, { error: string }>;
      expect(sixPlus.message).toContain("no row for a final target of '6+'");
    });

    it('gives the same spill under the Excel spelling PUPIL.EXPECTED_GRADE', () => {
      expect(spillAt(engine, 'L2')).toEqual(spillAt(engine, 'J2'));
    });

    it('feeds ON_TRACK, which compares each Spring grade with the grade the path expected', () => {
      const core = functions.ON_TRACK(
        hostBlock(grid, 'G2:G30', host),
        functions.EXPECTED_GRADE(hostBlock(grid, 'E2:E30', host), 'Spring', flightBlock),
      );
      expect(spillAt(engine, 'N2')).toEqual(expectedFrom(core));
      expect(spillAt(engine, 'N2').flat()).toContain('On');
    });

    it('with no table gives each target itself', () => {
      expect(spillAt(engine, 'P2')).toEqual(expectedFrom(functions.GRADE_POINTS(hostBlock(grid, 'E2:E30', host))));
    });

    it('an unknown collection is one #VALUE! naming the collections on the Flight sheet', () => {
      const shown = shownAt(engine, at('R2')) as Extract<Shown, { error: string }>;
      expect(shown.error).toBe('#VALUE!');
      for (const name of COLLECTIONS) expect(shown.message).toContain(`'${name}'`);
      expect(spillAt(engine, 'R2')).toEqual([[shown]]);
    });

    it('follows an edit to the flight path: a new Spring grade for target 5 reaches every pupil with that target', () => {
      const { engine: live } = buildEngine(host);
      const flight = live.getSheetId('Flight')!;
      live.setCellContents({ sheet: flight, row: 5, col: 2 }, '5-');
      const spill = spillAt(live, 'J2');
      TARGETS.forEach((target, index) => {
        if (target === 5) expect(spill[index]![0]).toBe(functions.GRADE_POINTS('5-'));
      });
    });
  },
);
