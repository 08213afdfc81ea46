/** Settings saved with the spreadsheet in document properties, including ones past the 9 KB per-value cap. */
import { describe, expect, it } from 'vitest';
import { emptyDocumentSettings, readDocumentSettings } from '../../core/panel/documentSettings';
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
  it('give back null when the spreadsheet has no settings', () => {
    const host = loadHost([{ name: 'Sheet1' }]);
    expect(host.run('loadSettings')).toBeNull();
  });

  it('round-trip a small settings object', () => {
    const host = loadHost([{ name: 'Sheet1' }]);
    const settings = { palette: 'no-red', tolerance: 0.34, layout: null, note: "Mr O'Brien's set" };
    host.run('saveSettings', settings);
    expect(host.run('loadSettings')).toEqual(settings);
  });

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

  it('hand damaged settings to the panel as text, which it reports and replaces on the next save', () => {
    const host = loadHost([{ name: 'Sheet1' }]);
    host.run('saveSettings', bigSettings());
    const properties = host.fake.globals.PropertiesService.getDocumentProperties() as any;
    properties.deleteProperty(Object.keys(host.fake.properties()).find((key) => key.endsWith('.1'))!);

    const damaged = host.run('loadSettings');
    expect(typeof damaged).toBe('string');
    const read = readDocumentSettings(damaged);
    expect(read.settings).toEqual(emptyDocumentSettings());
    expect(read.problems.join(' ')).toMatch(/could not be read.*replaced the next time you change a setting/);

    host.run('saveSettings', read.settings);
    expect(host.run('loadSettings')).toEqual(emptyDocumentSettings());
  });

  it('hand back stored text that no longer parses as it is, for the panel to report', () => {
    const host = loadHost([{ name: 'Sheet1' }]);
    (host.fake.globals.PropertiesService.getDocumentProperties() as any).setProperties({ 'tracklight.settings': '1', 'tracklight.settings.0': '{"version":1,"rul' });
    expect(host.run('loadSettings')).toBe('{"version":1,"rul');
    expect(readDocumentSettings(host.run('loadSettings')).problems.join(' ')).toMatch(/could not be read \(they are not valid JSON\)/);
  });
});
