/**
 * The `scale` argument typed into a real formula engine (HyperFormula): a KS3 tracker graded in
 * descriptors, with the school's scale on its own sheet, Scales!A1:B5, as the README shows
 * (=ON_TRACK(F2:H300, E2:E300, , Scales!A2:B6)). Each spill must be what the core gives for the same
 * arrays on that scale, in every way a host passes cells, and a ready-made scale named in quotes
 * must give the same answers as its table.
 */
import type { RawCellContent } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { createFunctions, functions } from '../../core';
import { SCALE_PRESETS } from '../../core/grades/scalePresets';
import { buildTrackerEngine, type Host } from '../support/hyperformulaPlugin';
import { expectedFrom, hostBlock, spillAt, typeFormulas } from './trackerSheet';

const LABELS = ['Emerging', 'Developing', 'Secure', 'Mastered'];
const SCALES: RawCellContent[][] = [['Label', 'Value'], ...LABELS.map((label, index) => [label, index + 1])];
const TARGETS = ['Secure', 'Mastered', 'Developing', 'Secure', null, 'Secure', 'Mastered', 'Emerging'];
const AUTUMN = ['Developing', 'Secure', 'Developing', 'Mastered', 'Secure', 'ABS', 'emerging', 'Secure'];
const SPRING = ['Secure', 'Mastered', 'Secure', 'Mastered', 'Secure', 'Secure', 'Developing', 'Secure+'];

function trackerGrid(): RawCellContent[][] {
  const header = ['UPN', 'Name', 'Class', 'PP', 'Target', 'Autumn', 'Spring'];
  return [
    header,
    ...TARGETS.map((target, index) => [
      `K80${index}`,
      `Pupil ${index + 1}`,
      '8A',
      index % 2 ? 'Y' : 'N',
      target,
      AUTUMN[index]!,
      SPRING[index]!,
    ]),
  ];
}

const FORMULAS = {
  J2: '=ON_TRACK(F2:G9, E2:E9, , Scales!A1:B5)',
  M2: '=PUPIL.ON_TRACK(F2:G9, E2:E9, , "ks3-descriptors")',
  P2: '=RESIDUAL(G2:G9, E2:E9, Scales!A1:B5)',
  R2: '=GRADE_POINTS(F2:G9, Scales!A2:B5)',
  U2: '=ON_TRACK(F2:G9, E2:E9)',
};

function buildEngine(host: Host) {
  const grid = trackerGrid();
  const engine = buildTrackerEngine(grid, { host });
  const scales = engine.getSheetId(engine.addSheet('Scales'))!;
  engine.setSheetContent(scales, SCALES);
  typeFormulas(engine, FORMULAS);
  return { engine, grid };
}

describe.each<Host>(['excel-web', 'excel-desktop', 'sheets'])(
  'the scale argument in a KS3 tracker, with cells passed as %s passes them',
  (host) => {
    const { engine, grid } = buildEngine(host);
    const school = createFunctions(SCALE_PRESETS['ks3-descriptors'].settings);

    it("spills ON_TRACK on the school's scale, as the core gives it for the same arrays", () => {
      const core = school.ON_TRACK(hostBlock(grid, 'F2:G9', host), hostBlock(grid, 'E2:E9', host));
      expect(spillAt(engine, 'J2')).toEqual(expectedFrom(core));
      expect(spillAt(engine, 'J2').flat()).toEqual(expect.arrayContaining(['Above', 'On', 'Below', 'Well below']));
    });

    it('gives the same answers for the ready-made scale named in quotes', () => {
      expect(spillAt(engine, 'M2')).toEqual(spillAt(engine, 'J2'));
    });

    it('reads RESIDUAL and GRADE_POINTS on the scale too, with or without the heading row', () => {
      expect(spillAt(engine, 'P2')).toEqual(expectedFrom(school.RESIDUAL(hostBlock(grid, 'G2:G9', host), hostBlock(grid, 'E2:E9', host))));
      expect(spillAt(engine, 'R2')).toEqual(expectedFrom(school.GRADE_POINTS(hostBlock(grid, 'F2:G9', host))));
    });

    it('without the argument, descriptors are not grades: every cell is an error or blank', () => {
      const plain = functions.ON_TRACK(hostBlock(grid, 'F2:G9', host), hostBlock(grid, 'E2:E9', host));
      expect(spillAt(engine, 'U2')).toEqual(expectedFrom(plain));
      expect(
        spillAt(engine, 'U2')
          .flat()
          .some((cell) => typeof cell === 'string' && cell !== ''),
      ).toBe(false);
    });
  },
);
