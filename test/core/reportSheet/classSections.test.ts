/** The classes-and-teachers section as written: the class and teacher tables, their formats, the sentence and the note. */
import { describe, expect, it } from 'vitest';
import { prepareSections } from '../../../core/report/buildReport';
import { classesReport, CLASSES_NOTE, type ClassesReport } from '../../../core/report/classes';
import type { ReportSheetPlan } from '../../../core/reportSheet';
import { classesSection } from '../../../core/reportSheet/classSections';
import { FORMATS, SheetGrid } from '../../../core/reportSheet/grid';
import { threeClassTracker } from '../report/classesSupport';
import { columnIn, expectFormatsOnNumbersOnly, formatsAt, tableAt } from './support';

// 10X3 is named "=1+1" here: the lowest class at RP2 (figures worked in test/core/report/classes.test.ts).
const classes = ((): ClassesReport => {
  const result = classesReport(prepareSections(threeClassTracker({ names: ['10X1', '10X2', '=1+1'] })));
  if (!result.ok) throw new Error(result.leftOut.because);
  return result.value;
})();

// The sheet helpers read only a plan's values and number formats, which a finished grid has.
const written = (): ReportSheetPlan => {
  const grid = new SheetGrid();
  classesSection(grid, classes);
  return grid.finish() as ReportSheetPlan;
};

describe('classes and teachers section', () => {
  const plan = written();
  const classTable = tableAt(plan, 'Classes at each collection');

  it('writes one row per class and collection, latest collection first and lowest mean residual first', () => {
    expect(classTable.header).toEqual([
      'Collection',
      'Rank',
      'Class',
      'Teacher',
      'Pupils graded',
      'Grades compared',
      'On or above target',
      'Mean residual (grades)',
      'Mean target (grades)',
      'PP gap in the class (grades)',
      'PP pupils graded',
      'PP pupils well below',
      'Caution',
    ]);
    // 3 classes x 2 collections: the rows never grow with pupils.
    expect(classTable.body).toHaveLength(6);
    // "=1+1" (10X3) at RP2: 4 pupils, 8 grades, 2 of 8 on target, -1 grade, target 4, gap 1, both PP pupils well below.
    // Tracker text with a digit or symbol ("RP2", "10X2", "=1+1") carries the apostrophe both hosts read as text and hide.
    expect(classTable.body[0]).toEqual(["'RP2", 1, "'=1+1", 'BDG', 4, 8, 0.25, -1, 4, 1, 2, 2, 'Fewer than 10 pupils: read with caution']);
    expect(classTable.body.map((row) => `${row[0]} ${row[1]} ${row[2]}`)).toEqual([
      "'RP2 1 '=1+1",
      "'RP2 2 '10X2",
      "'RP2 3 '10X1",
      "'RP1 1 '10X2",
      "'RP1 2 '=1+1",
      "'RP1 3 '10X1",
    ]);
  });

  it('writes the figures as numbers with the report formats, and text with none', () => {
    const row = classTable.headerRow + 1;
    const formatOf = (label: string) => formatsAt(plan, row, columnIn(classTable, label) + 1);
    expect(formatOf('Rank')).toEqual([FORMATS.count]);
    expect(formatOf('Pupils graded')).toEqual([FORMATS.count]);
    expect(formatOf('On or above target')).toEqual([FORMATS.share]);
    expect(formatOf('Mean residual (grades)')).toEqual([FORMATS.residual]);
    expect(formatOf('Mean target (grades)')).toEqual([FORMATS.residual]);
    expect(formatOf('PP gap in the class (grades)')).toEqual([FORMATS.residual]);
    expect(formatOf('Class')).toEqual([]);
    expectFormatsOnNumbersOnly(plan);
  });

  it('writes the teacher table with the classes each teaches, tracker text kept as text', () => {
    const teachers = tableAt(plan, 'Teachers at each collection');
    expect(teachers.header.slice(0, 4)).toEqual(['Collection', 'Rank', 'Teacher', 'Classes']);
    expect(teachers.body).toHaveLength(6);
    // ABC teaches 10X1 and one pupil of "=1+1": the names, sorted ("=" before digits) and joined, are tracker text,
    // so they get the text marker.
    const abc = teachers.body.find((row) => row[0] === "'RP2" && row[2] === 'ABC')!;
    expect(abc.slice(0, 5)).toEqual(["'RP2", 3, 'ABC', "'=1+1, 10X1", 11]);
  });

  it('ends with the sentence about the lowest class and the note, so no host reads the class name as a formula', () => {
    const texts = plan.values.map((row) => row[0]);
    expect(texts).toContain(
      "'=1+1 (BDG) is 1.0 grades below target on average at RP2, the lowest of 3 classes; 2 of its 2 PP pupils are well below.",
    );
    expect(texts).toContain(CLASSES_NOTE);
    expect(texts.indexOf(CLASSES_NOTE)).toBeGreaterThan(tableAt(plan, 'Teachers at each collection').headerRow + 6);
  });
});
