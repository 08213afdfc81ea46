/** Report settings: the defaults a data manager expects, and plain messages for bad values. */
import { describe, expect, it } from 'vitest';
import { checkReportSettings, DEFAULT_STEM_SUBJECTS } from '../../../core/report';
import { DEFAULT_EFFORT_CONCERN, DEFAULT_EFFORT_GOOD } from '../../../core/report/effortSettings';

describe('report settings', () => {
  it('default to the issue’s choices: KS2 bands at 100 and 110, CAT4 below 90 / above 110, STEM, lists at 3 subjects, tolerance 0', () => {
    expect(checkReportSettings(undefined)).toEqual({
      ok: true,
      settings: {
        tolerance: 0,
        priorBands: { middleFrom: 100, highFrom: 110 },
        cat4Bands: { middleFrom: 90, highAbove: 110 },
        subjectGroups: [{ name: 'STEM', subjects: [...DEFAULT_STEM_SUBJECTS] }],
        praiseMinSubjects: 3,
        underachievingMinSubjects: 3,
        carryForward: true,
        attendanceBands: { persistentAtOrBelow: 90, severeAtOrBelow: 50 },
        effort: { concern: [...DEFAULT_EFFORT_CONCERN], good: [...DEFAULT_EFFORT_GOOD], numbersBestIs: 'lowest', numbersConcernFrom: 3 },
        combinedGroups: [],
        combineSheets: [],
      },
    });
  });

  it('check combined groups, attendance cut-offs and sheets to combine, saying what to fix', () => {
    const good = checkReportSettings({ combinedGroups: [{ conditions: ['disadvantaged', 'boys', 'ethnicity:WBRI'] }] });
    expect(good.ok && good.settings.combinedGroups).toEqual([{ conditions: ['disadvantaged', 'boys', 'ethnicity:WBRI'] }]);
    const bad = checkReportSettings({
      combinedGroups: [{ conditions: ['pp', 'pp'] }, { conditions: ['ethnicity:XXXX'] }, { conditions: ['pp', 'boys', 'eal', 'send'] }],
      attendanceBands: { persistentAtOrBelow: 50, severeAtOrBelow: 60 },
      combineSheets: ['Y11 English', 'Y11 English'],
    });
    const lines = bad.ok ? [] : bad.message.split('\n');
    expect(lines).toEqual([
      'attendanceBands: Severe absence must start below persistent absence',
      'combinedGroups > 0 > conditions: Choose each group once',
      expect.stringMatching(
        /^combinedGroups > 1 > conditions > 0: Use a group key \(pp, notPp, .*\) or an ethnicity code written ethnicity:WBRI/,
      ),
      'combinedGroups > 2 > conditions: Combine at most three groups',
      'combineSheets: List each sheet once',
    ]);
  });

  it('fills in what a partial setting leaves out', () => {
    const checked = checkReportSettings({ priorBands: { highFrom: 112 }, interventionFrom: ' RP2 ' });
    expect(checked.ok && checked.settings.priorBands).toEqual({ middleFrom: 100, highFrom: 112 });
    expect(checked.ok && checked.settings.interventionFrom).toBe('RP2');
  });

  it('says what to fix, one problem per line, and refuses settings it does not know', () => {
    const checked = checkReportSettings({ praiseMinSubjects: 0, colour: 'red', subjectGroups: [{ name: '', subjects: [] }] });
    expect(checked.ok).toBe(false);
    const lines = checked.ok ? [] : checked.message.split('\n');
    expect(lines).toContain('praiseMinSubjects: praiseMinSubjects must be at least 1');
    expect(lines).toContain('subjectGroups > 0 > name: Give the subject group a name');
    expect(lines).toContain('subjectGroups > 0 > subjects: List at least one subject in the group');
    expect(lines.some((line) => line.includes('colour'))).toBe(true);
  });

  it('refuses whole-number settings that are not whole, and KS2 cut-offs outside the scale', () => {
    expect(checkReportSettings({ underachievingMinSubjects: 2.5 })).toMatchObject({
      ok: false,
      message: 'underachievingMinSubjects: underachievingMinSubjects must be a whole number',
    });
    expect(checkReportSettings({ priorBands: { middleFrom: 40 } })).toMatchObject({
      ok: false,
      message: 'priorBands > middleFrom: KS2 cut-offs run from 59 to 121',
    });
  });
});
