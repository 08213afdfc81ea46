/**
 * What the panel saves with the document and reads back: a round trip keeps everything, a damaged
 * part costs only itself, with a message naming it, and is written back as it was stored; settings
 * that cannot be used as a whole are kept, never saved over (core/panel/documentSettings.ts).
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../core/layout';
import {
  checkedForSaving,
  documentSettingsSchema,
  emptyDocumentSettings,
  forSaving,
  noChanges,
  noteChange,
  readDocumentSettings,
} from '../../core/panel/documentSettings';
import { generateSchool, sampleTrackerSheet } from '../../core/sample';

const layout = detectLayout(
  sampleTrackerSheet(generateSchool({ years: [7], pupilsPerYear: 20 }), { year: 7, subject: 'Maths' }).slice(0, 15),
);

describe('document settings', () => {
  it('come back exactly as saved, through JSON as a document stores them', () => {
    const saved = checkedForSaving({ version: 1, rules: { palette: 'no-red', tolerance: 0.34 }, layouts: { Y7: layout } });
    const read = readDocumentSettings(JSON.parse(JSON.stringify(saved)));
    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual(saved);
    expect(readDocumentSettings(JSON.stringify(saved)).settings).toEqual(saved);
  });

  it('are the defaults, without complaint, in a workbook that has none', () => {
    expect(readDocumentSettings(null)).toEqual({ settings: emptyDocumentSettings(), problems: [], stored: null, kept: null });
    expect(emptyDocumentSettings().rules).toEqual({ palette: 'standard', tolerance: 0 });
  });

  it('lose only the part that cannot be read, say which, and that the saved part is kept', () => {
    const read = readDocumentSettings({
      version: 1,
      rules: { palette: 'rainbow', tolerance: 0.5 },
      layouts: { Y7: layout, Y8: { version: 1, columns: 'all of them' } },
    });
    expect(read.settings.layouts).toEqual({ Y7: layout });
    expect(read.settings.rules.palette).toBe('standard');
    expect(read.kept).toBeNull();
    expect(read.problems).toHaveLength(2);
    expect(read.problems[0]).toMatch(
      /^Saved colour settings: .*palette.*The defaults are used instead; the saved value is kept as it is until you choose another\.$/i,
    );
    expect(read.problems[1]).toMatch(
      /^The saved layout for 'Y8' could not be read \(.+\), so it is detected again\. The saved one is kept as it is until this sheet's layout is saved again\.$/,
    );
  });

  it('from a newer version are kept as they are, said plainly, and the defaults used', () => {
    const read = readDocumentSettings({ version: 2, rules: { palette: 'no-red' }, layouts: {}, palettes: {} });
    expect(read.settings).toEqual(emptyDocumentSettings());
    expect(read.problems).toEqual([]);
    expect(read.stored).toBeNull();
    expect(read.kept!.found).toMatch(
      /^This workbook's Tracklight settings were saved by a newer version of Tracklight \(version 2\), which this version cannot read\./,
    );
    expect(read.kept!.because).toBe("this workbook's Tracklight settings were saved by a newer version of Tracklight (version 2)");
  });

  it('that cannot be read as a whole are kept as they are, with the reason, and the defaults used', () => {
    const reasons = [
      ['not json {', 'they are not valid JSON'],
      [[1, 2], 'they are not a settings object'],
      [{ version: 'one', rules: {} }, 'they are version "one", and this Tracklight reads version 1'],
      [{ rules: {} }, 'they have no version'],
      [{ damaged: 'part 2 of 3 of the saved text is missing' }, 'part 2 of 3 of the saved text is missing'],
    ] as const;
    for (const [saved, why] of reasons) {
      const read = readDocumentSettings(saved);
      expect(read.settings).toEqual(emptyDocumentSettings());
      expect(read.problems).toEqual([]);
      expect(read.kept).toEqual({
        found: `This workbook's Tracklight settings could not be read (${why}).`,
        because: `this workbook's saved Tracklight settings could not be read (${why})`,
      });
    }
  });

  it('are saved back with only what changed: fields Tracklight does not know, and parts it could not read, stay as stored', () => {
    const stored = {
      version: 1,
      schoolNote: 'kept',
      rules: { palette: 'rainbow', tolerance: 0.34, contrast: 'high' },
      layouts: { Y7: layout, Y8: { version: 1, columns: 'all of them' } },
      classSheets: [{ name: 'Class 7A', className: '7A', trackerSheetName: 'Y7', madeBy: 'later' }, { name: '' }],
      report: { praiseMinSubjects: 0 },
    };
    const read = readDocumentSettings(JSON.parse(JSON.stringify(stored)));
    expect(forSaving(read.settings, read.stored, noChanges())).toEqual(stored);

    const changed = noChanges();
    read.settings.rules.tolerance = 0.5;
    noteChange(changed, { part: 'tolerance' });
    read.settings.layouts.Y9 = layout;
    noteChange(changed, { part: 'layout', sheet: 'Y9', by: 'action' });
    read.settings.classSheets = [...read.settings.classSheets, { name: 'Class 7B', className: '7B', trackerSheetName: 'Y7' }];
    noteChange(changed, { part: 'classSheets' });
    expect(forSaving(read.settings, read.stored, changed)).toEqual({
      ...stored,
      // The palette that could not be read stays until one is chosen; the tolerance was chosen.
      rules: { ...stored.rules, tolerance: 0.5 },
      layouts: { ...stored.layouts, Y9: layout },
      classSheets: [stored.classSheets[0], { name: 'Class 7B', className: '7B', trackerSheetName: 'Y7' }, stored.classSheets[1]],
    });

    read.settings.rules.palette = 'no-red';
    noteChange(changed, { part: 'palette' });
    read.settings.layouts.Y8 = layout;
    noteChange(changed, { part: 'layout', sheet: 'Y8', by: 'edit' });
    const saving = forSaving(read.settings, read.stored, changed);
    expect(saving.rules).toEqual({ palette: 'no-red', tolerance: 0.5, contrast: 'high' });
    expect(saving.layouts).toEqual({ Y7: layout, Y8: layout, Y9: layout });
  });

  it('are saved whole when none were stored, or when the saved copy was replaced', () => {
    const settings = checkedForSaving({ version: 1, rules: { palette: 'no-red', tolerance: 0.34 }, layouts: { Y7: layout } });
    expect(forSaving(settings, null, noChanges())).toEqual(settings);
  });

  it('are checked before saving: nothing unreadable is ever written', () => {
    expect(() => checkedForSaving({ ...emptyDocumentSettings(), rules: { palette: 'standard', tolerance: -1 } })).toThrow();
    expect(documentSettingsSchema.safeParse(emptyDocumentSettings()).success).toBe(true);
  });
});
