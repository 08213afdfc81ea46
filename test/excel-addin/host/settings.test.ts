/**
 * Settings and layouts are kept in the workbook (Office.context.document.settings) under one key,
 * saved with saveAsync, and come back unchanged when the workbook is opened again.
 */
import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY } from '../../../excel-addin/host';
import { createOfficeFake } from '../../fakes/officeFake';
import { excelHostOn } from './support';

const sheets = [{ name: 'Year 10' }];
const saved = {
  version: 1,
  rules: { palette: 'colour-blind', tolerance: 0.34 },
  layouts: {
    'Year 10': {
      version: 1,
      headerRow: 2,
      dataStartRow: 3,
      columns: [],
      pairs: [],
      subjects: ['Maths'],
      collections: ['RP1'],
      warnings: [],
    },
  },
};

describe('Excel host: document settings', () => {
  it("round-trips through the saved workbook under one key, leaving other add-ins' settings alone", async () => {
    const office = createOfficeFake({ saved: { 'another-add-in': '{"theme":"dark"}' } });
    const { host } = excelHostOn(sheets, { office });
    await host.saveSettings(saved);
    expect(office.calls).toEqual([`set ${SETTINGS_KEY}`, 'saveAsync']);
    expect(Object.keys(office.document.saved).sort()).toEqual(['another-add-in', SETTINGS_KEY]);
    expect(office.document.saved['another-add-in']).toBe('{"theme":"dark"}');

    // The workbook opened again: Office reads the saved settings afresh.
    const reopened = excelHostOn(sheets, { office: createOfficeFake({ saved: office.document.saved }) });
    expect(await reopened.host.loadSettings()).toEqual(saved);
  });

  it('rejects with a readable message when Excel cannot save, and the saved workbook keeps its old settings', async () => {
    const office = createOfficeFake({
      saved: { [SETTINGS_KEY]: JSON.stringify({ version: 1, rules: { palette: 'standard', tolerance: 0 }, layouts: {} }) },
      failSaveWith: 'The document is read-only.',
    });
    const { host } = excelHostOn(sheets, { office });
    const savedBefore = { ...office.document.saved };
    await expect(host.saveSettings(saved)).rejects.toThrow(
      /^Excel could not save Tracklight's settings in this workbook \(The document is read-only\.\)\. If the workbook is read-only, save a copy/,
    );
    expect(office.document.saved).toEqual(savedBefore);
  });

  it('still says what to do when Excel gives no reason', async () => {
    const { host } = excelHostOn(sheets, { office: createOfficeFake({ failSaveWith: '' }) });
    await expect(host.saveSettings(saved)).rejects.toThrow(/\(Excel gave no reason\)\. If the workbook is read-only/);
  });

  it('hands the panel settings Office cannot read back as damaged, so the panel still opens and keeps them', async () => {
    const office = createOfficeFake({ saved: { [SETTINGS_KEY]: JSON.stringify(saved) } });
    office.office.context.document.settings.get = () => {
      throw new Error('The settings part of this file is corrupt.');
    };
    const { host } = excelHostOn(sheets, { office });
    expect(await host.loadSettings()).toEqual({ damaged: 'Excel could not read them: The settings part of this file is corrupt.' });
  });
});
