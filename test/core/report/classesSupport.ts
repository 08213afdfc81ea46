/**
 * Hand-built trackers for the classes-and-teachers and prediction-accuracy tests, shared by the report and the sheet
 * tests so both check the same hand-worked figures (worked in test/core/report/classes.test.ts and accuracy.test.ts).
 */
import type { GradeKind } from '../../../core/layout/roles';
import type { Layout } from '../../../core/layout';
import { col, grade, target, times, tracker, type ColumnSpec } from './support';

type Tracker = { layout: Layout; rows: unknown[][] };

/** Says what each named grade column holds, as detection reads it from a heading ("Maths RP2 Prediction"). */
export function withGradeKinds(sheet: Tracker, kinds: Readonly<Record<string, GradeKind>>): Tracker {
  const columns = sheet.layout.columns.map((column) => (column.header in kinds ? { ...column, kind: kinds[column.header] } : column));
  return { layout: { ...sheet.layout, columns }, rows: sheet.rows };
}

export interface ThreeClassOptions {
  /** The three class names, 10X1/10X2/10X3 unless a test needs others. */
  names?: [string, string, string];
  /** Leave out the class and teacher columns. */
  noClassColumns?: boolean;
  /** Read the Y/N column as PP (default) or as disadvantaged. */
  flag?: 'pp' | 'disadvantaged';
}

/**
 * 25 pupils in three classes, two subjects (Maths, English), two collections (RP1, RP2), per row:
 * class, teacher, PP, Maths target, RP1, RP2, English target, RP1, RP2.
 *   10X1 (ABC): 4 PP 6|5,6|6|6,6; 6 not PP 6|6,7|6|7,6; 1 not PP 6|6,-|6|6,- (no grade at RP2).
 *   10X2 (DEF): 2 PP 5|3,3|5|4,5; 8 not PP 5|5,4|5|5,5.
 *   10X3: 2 PP (BDG) 4|4,2|4|4,3; 1 not PP (BDG) and 1 not PP (ABC) 4|4,4|4|4,3.
 */
export function threeClassTracker(options: ThreeClassOptions = {}): Tracker {
  const [x1, x2, x3] = options.names ?? ['10X1', '10X2', '10X3'];
  const identity: ColumnSpec[] = options.noClassColumns ? [] : [col('Class', 'class'), col('Teacher', 'teacher')];
  const specs: ColumnSpec[] = [
    col('Name', 'name'),
    ...identity,
    col('PP', options.flag ?? 'pp'),
    target('Maths'),
    grade('RP1', 'Maths'),
    grade('RP2', 'Maths'),
    target('English'),
    grade('RP1', 'English'),
    grade('RP2', 'English'),
  ];
  const pupils: [string, string, ...unknown[]][] = [
    ...times(4, [x1, 'ABC', 'Y', 6, 5, 6, 6, 6, 6]),
    ...times(6, [x1, 'ABC', 'N', 6, 6, 7, 6, 7, 6]),
    [x1, 'ABC', 'N', 6, 6, '', 6, 6, ''],
    ...times(2, [x2, 'DEF', 'Y', 5, 3, 3, 5, 4, 5]),
    ...times(8, [x2, 'DEF', 'N', 5, 5, 4, 5, 5, 5]),
    ...times(2, [x3, 'BDG', 'Y', 4, 4, 2, 4, 4, 3]),
    [x3, 'BDG', 'N', 4, 4, 4, 4, 4, 3],
    [x3, 'ABC', 'N', 4, 4, 4, 4, 4, 3],
  ] as [string, string, ...unknown[]][];
  const body = pupils.map(([className, teacher, ...rest], i) =>
    options.noClassColumns ? [`Pupil ${i + 1}`, ...rest] : [`Pupil ${i + 1}`, className, teacher, ...rest],
  );
  return tracker(specs, body);
}

/**
 * Ten pupils in 11A (teacher AB) and 11B (CD), pupil 5 taught by CD although in 11A. Per pupil 1..10:
 *   Maths RP1 prediction = the result (pupil 10 has none); RP2 prediction 6, 5+, 7, 4, 6-, 5, 5, 4, 4, 6;
 *   Maths Result 5, 5, 5, 4, 5, 6, 5, 4, 3, 6.
 *   English RP1 prediction 4, 4, 4, then 5 for the rest; English RP2 mock 5 for everyone.
 *   History RP1 working-at 6, 4, then 5; History Result 5 for everyone.
 *   Science RP1 prediction 5 for everyone, and nothing to check it against.
 * With `noCheck`, the result and mock columns are left out.
 */
export function accuracyTracker(options: { className?: string; noCheck?: boolean } = {}): Tracker {
  const classA = options.className ?? '11A';
  const result = [5, 5, 5, 4, 5, 6, 5, 4, 3, 6];
  const rp2 = [6, '5+', 7, 4, '6-', 5, 5, 4, 4, 6];
  const checks = options.noCheck ? [] : [grade('Result', 'Maths'), grade('RP2', 'English'), grade('Result', 'History')];
  const specs: ColumnSpec[] = [
    col('Name', 'name'),
    col('Class', 'class'),
    col('Teacher', 'teacher'),
    grade('RP1', 'Maths'),
    grade('RP2', 'Maths'),
    grade('RP1', 'English'),
    grade('RP1', 'History'),
    grade('RP1', 'Science'),
    ...checks,
  ];
  const body = result.map((final, i) => {
    const className = i < 5 ? classA : '11B';
    const teacher = i < 4 ? 'AB' : 'CD';
    const earlier = [i === 9 ? '' : final, rp2[i], i < 3 ? 4 : 5, i === 0 ? 6 : i === 1 ? 4 : 5, 5];
    return [`Pupil ${i + 1}`, className, teacher, ...earlier, ...(options.noCheck ? [] : [final, 5, 5])];
  });
  return withGradeKinds(tracker(specs, body), {
    'Maths RP1': 'prediction',
    'Maths RP2': 'prediction',
    'Maths Result': 'result',
    'English RP1': 'prediction',
    'English RP2': 'assessment',
    'History RP1': 'workingAt',
    'History Result': 'result',
    'Science RP1': 'prediction',
  });
}
