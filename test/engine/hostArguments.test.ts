/**
 * What the core receives through the engine, recorded: empty cells and omitted optional
 * arguments arrive exactly as each host passes them (Excel on the web: null and null; older Excel
 * desktop: 0 and null; Sheets: "" and undefined, with trailing omitted arguments simply absent),
 * and a single cell given to a range parameter arrives as Excel ([[value]]) or Sheets (value) passes it.
 */
import { describe, expect, it } from 'vitest';
import { CellError, DEFINITIONS, functions } from '../../core';
import { buildTrackerEngine, type Host, type Library } from '../support/hyperformulaPlugin';
import { at, shownAt } from './trackerSheet';

// From the hosts' documented behaviour (see the team brief), not from the adapter's own table.
// Excel declares range parameters as any[][] and passes every parameter; Sheets does neither.
const HOST_BEHAVIOUR: Record<Host, { empty: unknown; omitted: unknown; isExcel: boolean }> = {
  'excel-web': { empty: null, omitted: null, isExcel: true },
  'excel-desktop': { empty: 0, omitted: null, isExcel: true },
  sheets: { empty: '', omitted: undefined, isExcel: false },
};

// A1:B2 grades with B1 empty, C1 a KS2 score, D1:D2 flags with D2 empty, E1 a cell showing #VALUE!.
const SHEET = [
  [5, null, 100, 'Y', '=GRADE_POINTS("5++")'],
  ['5+', 'U', null, null, 4],
];

function recordingEngine(host: Host) {
  const calls: Array<{ name: string; args: unknown[] }> = [];
  const recording: Library = Object.fromEntries(
    DEFINITIONS.map(({ name }) => [
      name,
      (...args: unknown[]) => {
        calls.push({ name, args });
        return functions[name](...args);
      },
    ]),
  );
  const engine = buildTrackerEngine(SHEET, { host, library: recording });
  /** Types a formula and returns the arguments of the core call that computed it. */
  const argumentsFor = (formula: string) => {
    calls.length = 0;
    engine.setCellContents(at('A5'), formula);
    return calls.at(-1)!.args;
  };
  return { engine, argumentsFor };
}

describe.each(Object.keys(HOST_BEHAVIOUR) as Host[])('arguments as %s passes them', (host) => {
  const { empty, omitted, isExcel } = HOST_BEHAVIOUR[host];
  const oneCell = (value: unknown) => (isExcel ? [[value]] : value);
  /** Excel passes every trailing optional argument (the grade functions' `scale`) as omitted; Sheets leaves them off. */
  const trailing = (count: number) => (isExcel ? Array.from({ length: count }, () => omitted) : []);
  const { engine, argumentsFor } = recordingEngine(host);

  it('passes a range as rows of cells, with empty cells as the host passes them', () => {
    expect(argumentsFor('=GRADE_POINTS(A1:B2)')).toStrictEqual([
      [
        [5, empty],
        ['5+', 'U'],
      ],
      ...trailing(1),
    ]);
  });

  it('passes one cell given to a range parameter as the host does; an option stays a value', () => {
    expect(argumentsFor('=GRADE_POINTS(B1)')).toStrictEqual([oneCell(empty), ...trailing(1)]);
    expect(argumentsFor('=GRADE_POINTS(A2:A2)')).toStrictEqual([oneCell('5+'), ...trailing(1)]);
    expect(argumentsFor('=ON_TRACK(A1, 4, 0.34)')).toStrictEqual([oneCell(5), oneCell(4), 0.34, ...trailing(1)]);
  });

  it('passes omitted optional arguments as the host does', () => {
    expect(argumentsFor('=TARGET_GRADE(C1)')).toStrictEqual(isExcel ? [[[100]], omitted, omitted, omitted, omitted] : [100]);
    expect(argumentsFor('=TARGET_GRADE(C1, "maths")')).toStrictEqual(
      isExcel ? [[[100]], 'maths', omitted, omitted, omitted] : [100, 'maths'],
    );
    const gap = argumentsFor('=PP_GAP(A1:A2, D1:D2, , TRUE)');
    expect(gap).toStrictEqual([[[5], ['5+']], [['Y'], [empty]], omitted, true, ...trailing(1)]);
    expect(gap).toHaveLength(isExcel ? 5 : 4);
  });

  it('passes a cell showing an error as a core CellError with its code and message', () => {
    const [range] = argumentsFor('=GRADE_POINTS(E1:E2)') as [unknown[][]];
    expect(range[0]![0]).toBeInstanceOf(CellError);
    expect(range[0]![0]).toStrictEqual(functions.GRADE_POINTS('5++'));
    expect(shownAt(engine, at('A5'))).toStrictEqual({ error: '#VALUE!', message: expect.stringContaining("'5++'") });
  });
});
