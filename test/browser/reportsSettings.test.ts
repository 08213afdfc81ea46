/**
 * The reports' part of the document settings (core/panel/documentSettings.ts): the class sheets
 * Tracklight made, which decide the only sheets "Make class sheets" may ever rewrite, and the
 * school's report settings. Both survive a round trip; a damaged part costs only itself, is named,
 * and never turns a sheet of the school's into one Tracklight may write over.
 */
import { describe, expect, it } from 'vitest';
import { checkedForSaving, readDocumentSettings } from '../../core/panel/documentSettings';

const records = [
  { name: 'Class 10A', className: '10A', trackerSheetName: 'Year 10' },
  { name: "Mr O'Neil's set", className: '10B', trackerSheetName: 'Year 10' },
];
const base = { version: 1 as const, rules: { palette: 'standard' as const, tolerance: 0 }, layouts: {} };

describe('document settings for reports', () => {
  it('keep the class sheets Tracklight made and the report settings as saved, through JSON', () => {
    const saved = checkedForSaving({ ...base, classSheets: records, report: { praiseMinSubjects: 4 } });
    const read = readDocumentSettings(JSON.stringify(saved));
    expect(read.problems).toEqual([]);
    expect(read.settings.classSheets).toEqual(records);
    // Kept as typed, not filled with defaults: a field left out keeps following the defaults.
    expect(read.settings.report).toEqual({ praiseMinSubjects: 4 });
  });

  it('from before class sheets existed read as none made, without complaint', () => {
    const read = readDocumentSettings({ ...base });
    expect(read.problems).toEqual([]);
    expect(read.settings.classSheets).toEqual([]);
    expect(read.settings.report).toBeUndefined();
  });

  it('drop only a class sheet record that cannot be read, and say so', () => {
    const read = readDocumentSettings({ ...base, classSheets: [records[0], { name: '', className: '10C' }, records[1]] });
    expect(read.settings.classSheets).toEqual(records);
    expect(read.problems).toEqual([
      '1 of the class sheets Tracklight made could not be read from the saved settings, so that sheet is left as it is: ' +
        'making class sheets again adds a new sheet for its class.',
    ]);
    expect(readDocumentSettings({ ...base, classSheets: 'Class 10A' }).problems[0]).toMatch(
      /^The saved list of class sheets could not be read/,
    );
  });

  it('name report settings that cannot be used, keep everything else, and never save them', () => {
    const read = readDocumentSettings({ ...base, classSheets: records, report: { praiseMinSubjects: 0 } });
    expect(read.settings.report).toBeUndefined();
    expect(read.settings.classSheets).toEqual(records);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(
      /^Saved report settings could not be used \(praiseMinSubjects: .*at least 1.*\)\. The defaults are used instead\.$/,
    );
    expect(() => checkedForSaving({ ...base, report: { praiseMinSubjects: 0 } })).toThrow();
    expect(() => checkedForSaving({ ...base, classSheets: [{ name: 'Class 10A' }] as never })).toThrow();
  });
});
