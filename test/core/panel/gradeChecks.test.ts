/**
 * "Check grades as they are typed" and "Remove grade checks" as the panel runs them, over every
 * host: the Excel host on its fake, the Sheets sidebar over the built Code.js, and the preview.
 * The school's own validation on a grade column is kept and named; remove gives back exactly the
 * validation there was; twice changes nothing more.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../core/layout';
import { checkGradesAsTyped, removeGradeChecks } from '../../../core/panel/gradeChecksAction';
import { columnLetter } from '../../../core/workbook/a1';
import { sampleTracker } from '../../excel-addin/host/reportApiCounts';
import { panelOn, WORLDS, type Cell } from '../../support/worlds';

const TRACKER = 'Year 10';
const rows = sampleTracker(40) as Cell[][];
const layout = detectLayout(rows.slice(0, 15));
const firstRow = layout.dataStartRow! + 1;
const [schoolColumn, ...checkedColumns] = [...new Set(layout.pairs.map((pair) => pair.grade))].sort((a, b) => a - b);
const schoolLetter = columnLetter(schoolColumn!);
const schoolLabel = layout.columns.find((column) => column.index === schoolColumn)!.label;
const SCHOOL = { [`${schoolLetter}${firstRow}:${schoolLetter}${rows.length}`]: 'list:A,B,C' };

describe.each(['excel', 'sheets', 'preview'] as const)('grade checks from the panel (%s)', (kind) => {
  it("checks every other grade column, names the one with the school's validation, and removes only its own", async () => {
    const world = WORLDS[kind]([{ name: TRACKER, values: rows, validation: SCHOOL }]);
    const cells = world.cells(TRACKER);
    const { session, status, lines } = await panelOn(world);

    await checkGradesAsTyped(session, status);
    expect(lines[0]).toMatch(new RegExp(`^done: ${TRACKER}: ${checkedColumns.length} grade columns now offer a list`));
    expect(lines[1]).toBe(`  - ${schoolLabel} (column ${schoolLetter}) already has data validation of the school's own: left as it is.`);
    const once = world.validation(TRACKER);
    expect(Object.keys(once).length).toBeGreaterThan(1);
    expect(once[Object.keys(SCHOOL)[0]!]).toBe('list:A,B,C');

    await checkGradesAsTyped(session, status);
    expect(world.validation(TRACKER)).toEqual(once);

    await removeGradeChecks(session, status);
    expect(lines.at(-1)).toBe(
      `done: ${TRACKER}: removed Tracklight's grade checks from ${checkedColumns.length} grade columns. ` +
        "The school's own validation and every value are unchanged.",
    );
    expect(world.validation(TRACKER)).toEqual(SCHOOL);
    expect(world.cells(TRACKER)).toEqual(cells);
  });
});
