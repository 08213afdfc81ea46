/** Settings saved with the spreadsheet in document properties, including ones past the 9 KB per-value cap. */
import { describe, expect, it } from 'vitest';
import { emptyDocumentSettings, readDocumentSettings } from '../../../core/panel/documentSettings';
import { loadHost } from './hostBundle';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** A wide tracker's corrected layout: long headings, and names that are not plain ASCII. */
function bigSettings() {
  const columns = Array.from({ length: 120 }, (_, index) => ({
    index,
    header: `Français / 数学 / Ümlaut 🙂 column ${index} ${'x'.repeat(80)}`,
    role: index % 4 === 0 ? 'target' : 'grade',
  }));
  return { palette: 'colour-blind', tolerance: 0.34, layout: { version: 1, headerRow: 2, columns } };
}

describe('saveSettings and loadSettings', () => {
  it('round-trip settings far over 9 KB, every stored value staying under the cap', () => {
    const host = loadHost([{ name: 'Sheet1' }]);
    const settings = bigSettings();
    expect(bytes(JSON.stringify(settings))).toBeGreaterThan(2 * 9 * 1024);

    host.run('saveSettings', settings);

    const stored = Object.values(host.fake.properties());
    expect(stored.length).toBeGreaterThan(3);
    for (const value of stored) expect(bytes(value)).toBeLessThanOrEqual(9 * 1024);
    expect(host.run('loadSettings')).toEqual(settings);
  });

  it('a smaller save afterwards removes the chunks it no longer needs, and other properties stay', () => {
    const host = loadHost([{ name: 'Sheet1' }]);
    (host.fake.globals.PropertiesService.getDocumentProperties() as any).setProperty('another.add-on', 'kept');
    host.run('saveSettings', bigSettings());
    host.run('saveSettings', { palette: 'standard', tolerance: 0 });

    expect(host.run('loadSettings')).toEqual({ palette: 'standard', tolerance: 0 });
    const keys = Object.keys(host.fake.properties());
    expect(keys).toContain('another.add-on');
    expect(keys).toHaveLength(3); // the other add-on's, the count, and one chunk
  });

  it('hand a copy with a chunk missing to the panel as damaged, saying which part, for the panel to keep', () => {
    const host = loadHost([{ name: 'Sheet1' }]);
    host.run('saveSettings', bigSettings());
    const properties = host.fake.globals.PropertiesService.getDocumentProperties() as any;
    const count = Number(host.fake.properties()['tracklight.settings']);
    properties.deleteProperty('tracklight.settings.1');

    const damaged = host.run('loadSettings');
    expect(damaged).toEqual({ damaged: `part 2 of ${count} of the saved text is missing` });
    const read = readDocumentSettings(damaged);
    expect(read.settings).toEqual(emptyDocumentSettings());
    expect(read.problems).toEqual([]);
    expect(read.kept?.found).toBe(
      `This workbook's Tracklight settings could not be read (part 2 of ${count} of the saved text is missing).`,
    );
  });

  it('hand a count of parts that is not one to the panel as damaged', () => {
    const host = loadHost([{ name: 'Sheet1' }]);
    (host.fake.globals.PropertiesService.getDocumentProperties() as any).setProperties({
      'tracklight.settings': 'three',
      'tracklight.settings.0': '{"version":1}',
    });
    expect(host.run('loadSettings')).toEqual({ damaged: "the saved number of parts is 'three', not a whole number from 1" });
  });

  it('hand back stored text that no longer parses as it is, for the panel to report and keep', () => {
    const host = loadHost([{ name: 'Sheet1' }]);
    (host.fake.globals.PropertiesService.getDocumentProperties() as any).setProperties({
      'tracklight.settings': '1',
      'tracklight.settings.0': '{"version":1,"rul',
    });
    expect(host.run('loadSettings')).toBe('{"version":1,"rul');
    expect(readDocumentSettings(host.run('loadSettings')).kept?.found).toMatch(/could not be read \(they are not valid JSON\)/);
  });

  it('a save over damaged settings leaves no chunk of them behind', () => {
    const host = loadHost([{ name: 'Sheet1' }]);
    host.run('saveSettings', bigSettings());
    const properties = host.fake.globals.PropertiesService.getDocumentProperties() as any;
    properties.setProperty('another.add-on', 'kept');
    properties.setProperty('tracklight.settings', 'three');

    host.run('saveSettings', { palette: 'standard', tolerance: 0 });
    expect(host.run('loadSettings')).toEqual({ palette: 'standard', tolerance: 0 });
    expect(Object.keys(host.fake.properties()).sort()).toEqual(['another.add-on', 'tracklight.settings', 'tracklight.settings.0']);
  });
});
