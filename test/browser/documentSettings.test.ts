/**
 * What the panel saves with the document and reads back: a round trip keeps everything, and a
 * damaged part costs only itself, with a message naming it (core/panel/documentSettings.ts).
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../core/layout';
import { checkedForSaving, documentSettingsSchema, emptyDocumentSettings, readDocumentSettings } from '../../core/panel/documentSettings';
import { generateSchool, sampleTrackerSheet } from '../../core/sample';

const layout = detectLayout(sampleTrackerSheet(generateSchool({ years: [7], pupilsPerYear: 20 }), { year: 7, subject: 'Maths' }).slice(0, 15));

describe('document settings', () => {
  it('come back exactly as saved, through JSON as a document stores them', () => {
    const saved = checkedForSaving({ version: 1, rules: { palette: 'no-red', tolerance: 0.34 }, layouts: { Y7: layout } });
    const read = readDocumentSettings(JSON.parse(JSON.stringify(saved)));
    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual(saved);
    expect(readDocumentSettings(JSON.stringify(saved)).settings).toEqual(saved);
  });

  it('are the defaults, without complaint, in a workbook that has none', () => {
    expect(readDocumentSettings(null)).toEqual({ settings: emptyDocumentSettings(), problems: [] });
    expect(emptyDocumentSettings().rules).toEqual({ palette: 'standard', tolerance: 0 });
  });

  it('lose only the part that cannot be read, and say which', () => {
    const read = readDocumentSettings({ version: 1, rules: { palette: 'rainbow', tolerance: 0.5 }, layouts: { Y7: layout, Y8: { version: 1, columns: 'all of them' } } });
    expect(read.settings.layouts).toEqual({ Y7: layout });
    expect(read.settings.rules.palette).toBe('standard');
    expect(read.problems).toHaveLength(2);
    expect(read.problems[0]).toMatch(/^Saved colour settings: .*palette.*The defaults are used instead\.$/i);
    expect(read.problems[1]).toMatch(/^The saved layout for 'Y8' could not be read \(.+\), so it is detected again\.$/);
  });

  it('from another version or not an object are named, and the defaults used', () => {
    for (const saved of [{ version: 2, rules: {}, layouts: {} }, 'not json {', [1, 2]]) {
      const read = readDocumentSettings(saved);
      expect(read.settings).toEqual(emptyDocumentSettings());
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]).toMatch(/^Tracklight's saved settings in this workbook could not be read \(.+\)\. The defaults are used/);
    }
  });

  it('are checked before saving: nothing unreadable is ever written', () => {
    expect(() => checkedForSaving({ ...emptyDocumentSettings(), rules: { palette: 'standard', tolerance: -1 } })).toThrow();
    expect(documentSettingsSchema.safeParse(emptyDocumentSettings()).success).toBe(true);
  });
});
