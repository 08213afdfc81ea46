/**
 * The grade settings schema is built on first use (issue 14), and the GCSE scale is made without
 * it: what it is made from must be exactly what the schema makes of no settings.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_SETTINGS } from '../../../core/grades/gradeLabels';
import { createGradeScale, defaultGradeScale } from '../../../core/grades/gradeScale';
import { gradeSettingsSchema } from '../../../core/grades/gradeSettings';
import { gradeSettingsSchemaOnce } from '../../../core/grades/gradeSettingsSchema';

describe('the grade settings schema, built once on first use', () => {
  it('is one object, the one gradeSettings.ts offers', () => {
    expect(gradeSettingsSchemaOnce()).toBe(gradeSettingsSchemaOnce());
    expect(gradeSettingsSchema).toBe(gradeSettingsSchemaOnce());
  });

  it('makes of no settings exactly the settings the GCSE scale is made from without it', () => {
    expect(gradeSettingsSchema.parse({})).toEqual(DEFAULT_GRADE_SETTINGS);
  });

  it('reads every kind of cell alike with no settings and with empty settings', () => {
    const cells = [9, 5, 0, 4.5, 101, '5+', '6-', '5/4', 'U', 'B', 'L2M', 'ABS', '', '  ', '5++', null, undefined, true, new Date(0)];
    const withEmpty = createGradeScale({});
    for (const cell of cells) expect(createGradeScale().read(cell), String(cell)).toEqual(withEmpty.read(cell));
    expect(createGradeScale().step).toBe(withEmpty.step);
    expect(defaultGradeScale.step).toBe(withEmpty.step);
  });
});
