/**
 * "Check grades as they are typed" through the built Code.js on the Sheets fake: exactly what is
 * written, the school's validation kept and named, remove restores every cell, twice changes nothing
 * more, and the calls to the spreadsheet do not grow with the pupils.
 */
import { describe, expect, it } from 'vitest';
import type { SheetTop } from '../../../core/panel/host';
import type { GradeChecksApplied } from '../../../core/validation/gradeChecksPlan';
import { GRADE_CHECK_MARK } from '../../../core/validation/gradeCheckMark';
import { gradeChecksPlanFor } from '../../excel-addin/host/gradeChecksApiCounts';
import { loadHost } from './hostBundle';
import { wideTracker } from './trackers';

const SHEET = 'Year 10';
const SCHOOL = 'list:A,B,C';

function tracker(pupils = 40, validation: Record<string, string> = {}) {
  const server = loadHost([{ name: SHEET, values: wideTracker(pupils), validation }]);
  const plan = () => gradeChecksPlanFor(server.run<SheetTop>('activeSheet'));
  const apply = () => server.run<GradeChecksApplied>('applyGradeChecks', plan());
  return { server, plan, apply, validation: () => server.fake.state(SHEET).validation };
}

describe('Sheets grade checks', () => {
  it('sets one list rule per grade column: a dropdown, allowInvalid (a warning) and the marked help text', () => {
    const { server, plan, apply, validation } = tracker();
    const before = server.fake.state(SHEET);
    expect(apply()).toEqual({ checked: 12, leftAlone: [] });
    const { labels, helpText } = plan();
    expect(validation()).toEqual({
      'F4:H43,J4:L43,N4:P43,R4:T43': `VALUE_IN_LIST ${JSON.stringify([labels, true])} warning "${helpText}"`,
    });
    expect(helpText).toContain(GRADE_CHECK_MARK);
    const sets = server.fake.calls.filter((call) => call.member === 'Range.setDataValidation');
    expect(sets).toHaveLength(12);
    // Nothing else about the sheet changed.
    expect({ ...server.fake.state(SHEET), validation: {} }).toEqual({ ...before, validation: {} });
  });

  it("leaves a column with any cell of the school's validation whole, and names it", () => {
    const { apply, validation } = tracker(40, { 'G10:G12': SCHOOL, 'B4:B43': 'list:Y,N' });
    const outcome = apply();
    expect(outcome.checked).toBe(11);
    expect(outcome.leftAlone).toEqual([{ range: 'G4:G43', label: 'Maths RP2 (column G)' }]);
    expect(validation()['G10:G12']).toBe(SCHOOL);
    expect(validation()['B4:B43']).toBe('list:Y,N');
  });

  it('changes nothing more when applied twice', () => {
    const { apply, validation } = tracker(40, { 'G4:G43': SCHOOL });
    apply();
    const once = validation();
    apply();
    expect(validation()).toEqual(once);
  });

  it("removes only Tracklight's checks, so every cell's validation is as it was", () => {
    const { server, apply, validation } = tracker(40, { 'G4:G43': SCHOOL, 'B4:B43': 'list:Y,N' });
    const before = validation();
    apply();
    expect(server.run('removeGradeChecks', SHEET)).toEqual({ removed: 11 });
    expect(validation()).toEqual(before);
    expect(server.run('removeGradeChecks', SHEET)).toEqual({ removed: 0 });
  });

  it('refuses a protected sheet, changing nothing', () => {
    const { server, plan, validation } = tracker();
    const sent = plan();
    server.fake.setProtection(SHEET, 'locked');
    expect(() => server.run('applyGradeChecks', sent)).toThrow(/protected/);
    expect(validation()).toEqual({});
  });

  it('makes the same calls to the spreadsheet at 200 and 2,000 pupils', () => {
    const spreadsheetCalls = (pupils: number) => {
      const { server, plan, apply } = tracker(pupils);
      plan();
      server.fake.resetCalls();
      apply();
      server.run('removeGradeChecks', SHEET);
      // Reading a DataValidation Sheets has already returned is no round trip; everything else is counted.
      return server.fake.calls.filter((call) => !call.member.startsWith('DataValidation.')).length;
    };
    expect(spreadsheetCalls(200)).toBe(spreadsheetCalls(2000));
  });
});
