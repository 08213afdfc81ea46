/** The grade checks plan: which cells, which list, which warning, and where Excel reads a long list from. */
import { describe, expect, it } from 'vitest';
import { gradeSettingsSchema } from '../../../core/grades/gradeSettings';
import { SCALE_PRESETS } from '../../../core/grades/scalePresets';
import { detectLayout } from '../../../core/layout';
import { excelListSource, GRADE_LIST_HEADING } from '../../../core/validation/excelListSource';
import { GRADE_CHECK_MARK, isTracklightGradeCheck } from '../../../core/validation/gradeCheckMark';
import { planGradeChecks, type GradeChecksPlan } from '../../../core/validation/gradeChecksPlan';
import { wideTracker } from '../../excel-addin/host/trackers';

const PUPILS = 200;
const sheet = { name: 'Year 10', lastRow: 3 + PUPILS, isProtected: false };
const layout = () => detectLayout(wideTracker(PUPILS).slice(0, 15));

function plan(scale = gradeSettingsSchema.parse({})): GradeChecksPlan {
  const outcome = planGradeChecks(sheet, layout(), scale);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

describe('planGradeChecks', () => {
  it('checks every paired grade column from the first pupil row to the last, one range per column', () => {
    expect(plan().columns).toEqual(
      ['G', 'H', 'I', 'K', 'L', 'M', 'O', 'P', 'Q', 'S', 'T', 'U'].map((letter) => ({
        range: `${letter}4:${letter}203`,
        label: expect.stringContaining(`(column ${letter})`),
      })),
    );
    expect(plan().columns[0]!.label).toBe('Maths RP1 (column G)');
  });

  it('lists the built-in GCSE scale highest first, fine grades and U included, inline for Excel', () => {
    const { labels, excelSource } = plan();
    expect(labels).toEqual([...['9', '8', '7', '6', '5', '4', '3', '2', '1'].flatMap((grade) => [`${grade}+`, grade, `${grade}-`]), 'U']);
    expect(excelSource).toEqual({ kind: 'inline', source: labels.join(',') });
  });

  it("lists a school's own labels, highest first, instead of the GCSE grades", () => {
    const { labels, excelSource } = plan(gradeSettingsSchema.parse(SCALE_PRESETS['ks3-descriptors'].settings));
    expect(labels).toEqual(['Mastered', 'Secure', 'Developing', 'Emerging']);
    expect(excelSource).toEqual({ kind: 'inline', source: 'Mastered,Secure,Developing,Emerging' });
  });

  it('carries the mark in both the Excel warning and the Sheets help text', () => {
    const { message, helpText } = plan();
    expect(message.endsWith(GRADE_CHECK_MARK)).toBe(true);
    expect(helpText.endsWith(GRADE_CHECK_MARK)).toBe(true);
    expect(isTracklightGradeCheck(message)).toBe(true);
    expect(isTracklightGradeCheck('Please choose a grade from the list')).toBe(false);
    expect(isTracklightGradeCheck(null)).toBe(false);
  });

  it('refuses a protected sheet, a sheet without pairs or pupils, and a marks-out-of-100 scale, changing nothing', () => {
    expect(planGradeChecks({ ...sheet, isProtected: true }, layout(), undefined)).toMatchObject({ ok: false });
    expect(planGradeChecks({ ...sheet, lastRow: 3 }, layout(), undefined)).toMatchObject({ ok: false, message: /no pupil rows/ });
    expect(planGradeChecks(sheet, { ...layout(), pairs: [] }, undefined)).toMatchObject({ ok: false, message: /paired/ });
    const percentages = gradeSettingsSchema.parse(SCALE_PRESETS.percentages.settings);
    expect(planGradeChecks(sheet, layout(), percentages)).toMatchObject({ ok: false, message: /out of 100/ });
  });
});

describe('excelListSource', () => {
  it('keeps a list of 255 characters inline', () => {
    const labels = Array.from({ length: 51 }, (_, index) => `L${String(index).padStart(3, '0')}`);
    expect(labels.join(',').length).toBe(254);
    expect(excelListSource(labels)).toEqual({ kind: 'inline', source: labels.join(',') });
  });

  it("puts a longer list on Tracklight's very hidden sheet, referenced as an absolute range below its heading", () => {
    const labels = Array.from({ length: 40 }, (_, index) => `Descriptor number ${index + 1}`);
    expect(labels.join(',').length).toBeGreaterThan(255);
    const source = excelListSource(labels);
    expect(source).toMatchObject({ kind: 'sheet', sheetName: 'Tracklight lists', source: "='Tracklight lists'!$A$2:$A$41" });
    if (source.kind !== 'sheet') throw new Error('expected a sheet source');
    expect(source.column.slice(0, 41)).toEqual([GRADE_LIST_HEADING, ...labels]);
    // Always 200 rows below the heading, blank after the list, so a shorter list leaves no old labels behind.
    expect(source.column).toHaveLength(201);
    expect(new Set(source.column.slice(41))).toEqual(new Set(['']));
  });

  it("sends a school's long scale to the sheet in the plan", () => {
    const labels = Array.from({ length: 30 }, (_, index) => ({ label: `Stage ${index + 1} secure`, value: (index + 1) / 4 }));
    const { excelSource } = plan(gradeSettingsSchema.parse({ labels }));
    expect(excelSource.kind).toBe('sheet');
    expect(excelSource.source).toBe("='Tracklight lists'!$A$2:$A$31");
  });
});
