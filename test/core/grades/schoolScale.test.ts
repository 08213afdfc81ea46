/**
 * A school's own grade scale: the ready-made scales, what a school may not set (and the message
 * that says why), and the functions' optional `scale` argument, which reads a label-and-value
 * range or a ready-made scale's name and gives the same answers as the scale set for the library.
 */
import { describe, expect, it } from 'vitest';
import { createFunctions, functions, gradeSettingsSchema } from '../../../core/index';
import { SCALE_PRESETS } from '../../../core/grades/scalePresets';
import { asGrid, expectCellError } from '../functions/expectations';

const refusal = (settings: unknown) => {
  const parsed = gradeSettingsSchema.safeParse(settings);
  expect(parsed.success, JSON.stringify(settings)).toBe(false);
  return parsed.error!.issues.map((issue) => issue.message).join('\n');
};

describe('the ready-made scales', () => {
  it('KS3 descriptors run Emerging < Developing < Secure < Mastered, a step apart', () => {
    const ks3 = createFunctions(SCALE_PRESETS['ks3-descriptors'].settings);
    expect(asGrid(ks3.GRADE_POINTS([['Emerging', 'developing', 'SECURE', ' Mastered ']]))).toEqual([[1, 2, 3, 4]]);
    expect(ks3.ON_TRACK([['Mastered', 'Secure', 'Developing', 'Emerging']], 'Secure')).toEqual([['Above', 'On', 'Below', 'Well below']]);
  });

  it('Working towards / at / above read in any case and spacing', () => {
    const working = createFunctions(SCALE_PRESETS['working-at'].settings);
    expect(asGrid(working.GRADE_POINTS([['Working towards', 'working at', 'WORKING  ABOVE']]))).toEqual([[1, 2, 3]]);
  });

  it('sublevels are thirds of a level, so one sublevel under target is On at tolerance 0.34', () => {
    const sublevels = createFunctions(SCALE_PRESETS.sublevels.settings);
    expect(sublevels.RESIDUAL('6a', '6c')).toBeCloseTo(2 / 3, 12);
    expect(sublevels.ON_TRACK([['6b', '6c', '5a', '5b']], '6b', 0.34)).toEqual([['On', 'On', 'Below', 'Below']]);
    expect(sublevels.ON_TRACK('4c', '6b')).toBe('Well below');
    expect(SCALE_PRESETS.sublevels.settings.labels.map(({ label }) => label)).toEqual(
      ['4', '5', '6', '7', '8'].flatMap((level) => ['c', 'b', 'a'].map((sublevel) => `${level}${sublevel}`)),
    );
  });

  it('percentages read marks out of 100, with Below reaching 10 marks under target', () => {
    const percent = createFunctions(SCALE_PRESETS.percentages.settings);
    expect(asGrid(percent.GRADE_POINTS([[65, '72', 100, 0, '']]))).toEqual([[65, 72, 100, '', '']]);
    expect(percent.ON_TRACK([[70, 60, 54, 53]], 64)).toEqual([['Above', 'Below', 'Below', 'Well below']]);
    expectCellError(percent.GRADE_POINTS(101), '#VALUE!', 'use a mark from 0 to 100');
    expectCellError(percent.GRADE_POINTS('65%'), '#VALUE!', 'without a % sign');
    // A percentage scale does not read GCSE grades: 5+ is not a mark.
    expectCellError(percent.GRADE_POINTS('5+'), '#VALUE!');
  });
});

describe('a scale a school may not set', () => {
  it.each([
    [{ labels: [{ label: 'B', value: 3 }] }, "The label 'B' already means something in every tracker"],
    [{ labels: [{ label: '5+', value: 3 }] }, "The label '5+' already means something"],
    [{ labels: [{ label: 'ABS', value: 1 }] }, "The label 'ABS' already means something"],
    [{ labels: [{ label: '65', value: 1 }] }, "The label '65' already means something"],
    [
      {
        labels: [
          { label: 'Secure', value: 3 },
          { label: 'Secure plus', value: 3 },
        ],
      },
      "'Secure' and 'Secure plus' both have the value 3: give each label its own value",
    ],
    [{ labels: [{ label: 'Say "yes"', value: 1 }] }, 'Grade labels use letters A-Z, digits, spaces'],
    [{ labels: [{ label: 'Mastered', value: 12 }] }, 'Grade values run up to 9.5'],
    [{ numbers: 'fractions' }, 'Numbers in grade cells are grades or percentages'],
    [{ step: 0 }, 'A step must be more than 0'],
  ])('refuses %j, saying which label and why', (settings, message) => {
    expect(refusal(settings)).toContain(message);
  });

  it('allows a percentage scale its own labels above 9.5', () => {
    expect(gradeSettingsSchema.safeParse({ numbers: 'percentages', labels: [{ label: 'Full marks', value: 100 }] }).success).toBe(true);
  });
});

describe('the scale argument', () => {
  const TABLE = [
    ['Label', 'Value'],
    ['Emerging', 1],
    ['Developing', 2],
    ['Secure', 3],
    ['Mastered', 4],
    [null, null],
  ];

  it('reads a label-and-value range (with a heading row and blank rows) as the library set to it would', () => {
    const school = createFunctions({
      labels: TABLE.slice(1, 5).map(([label, value]) => ({ label: label as string, value: value as number })),
    });
    const grades = [
      ['Secure', 'Developing'],
      ['Mastered', 'Emerging'],
    ];
    const targets = [['Secure'], ['Developing']];
    expect(functions.ON_TRACK(grades, targets, null, TABLE)).toEqual(school.ON_TRACK(grades, targets));
    expect(functions.ON_TRACK(grades, targets, null, TABLE)).toEqual([
      ['On', 'Below'],
      ['Above', 'Below'],
    ]);
    expect(functions.RESIDUAL('Mastered', 'Emerging', TABLE)).toBe(3);
    expect(asGrid(functions.GRADE_POINTS([['Secure', '5']], TABLE))).toEqual([[3, 5]]);
  });

  it('takes a ready-made scale by name, in any case', () => {
    expect(functions.ON_TRACK('6a', '6b', 0, 'Sublevels')).toBe('Above');
    expect(functions.ON_TRACK(55, 64, 0, 'percentages')).toBe('Below');
    expect(functions.GRADE_POINTS('Working at', 'working-at')).toBe(2);
  });

  it('is read before the other arguments, so a threshold in PP_GAP is on the scale too', () => {
    const values = [['Secure'], ['Emerging'], ['Mastered'], ['Developing']];
    const flags = [['Y'], ['Y'], ['N'], ['N']];
    // Not flagged: Mastered and Developing, one of two at Secure or above, mean 3; flagged: Secure and Emerging, one of two, mean 2.
    expect(functions.PP_GAP(values, flags, '>=Secure', false, TABLE)).toBe(0);
    expect(functions.PP_GAP(values, flags, 'mean', false, TABLE)).toBe(1);
    expectCellError(functions.PP_GAP(values, flags, '>=Secure'), '#VALUE!', "'>=Secure' is not a measure");
  });

  it.each([
    [[['Secure', 3, 'x']], 'scale: the range must be two columns wide'],
    [[['Secure', 'high']], "scale: the value beside 'Secure' is 'high', not a number"],
    [[[7, 3]], 'scale: 7 is not a label'],
    [[['B', 3]], "scale: The label 'B' already means something"],
    [
      [
        ['Secure', 3],
        ['Strong', 3],
      ],
      "scale: 'Secure' and 'Strong' both have the value 3",
    ],
    ['ks4', "scale: 'ks4' is not a scale Tracklight has (gcse, ks3-descriptors, working-at, sublevels, percentages)"],
    [[['Label', 'Value']], "scale: the value beside 'Label' is 'Value', not a number"],
    [[[null, null]], 'scale: the range has no labels'],
  ])('refuses %j with a message that says what to fix', (scale, message) => {
    expectCellError(functions.ON_TRACK('Secure', 'Secure', 0, scale), '#VALUE!', message);
  });
});
