/**
 * Saved settings this Tracklight cannot use as a whole (saved by a newer version, or unreadable)
 * stay in the workbook byte for byte through every ordinary action of a real PanelSession on the
 * Excel host: colouring, a palette or tolerance change, remembering class sheets. The session works
 * from the defaults and says, for each action, that nothing was saved and why. Only confirming
 * "Start again with default settings" (asked twice) replaces them. Version-1 settings keep what
 * Tracklight does not know, and what it could not read, when they are saved.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentSettings } from '../../../core/panel/documentSettings';
import { SETTINGS_KEY } from '../../../excel-addin/host';
import { createOfficeFake } from '../../fakes/officeFake';
import {
  CLASS_SHEETS_MADE,
  NEWER_SETTINGS,
  changeV1Settings,
  expectEveryActionRefusedToSave,
  expectOnlyChangesSaved,
  ordinaryActions,
  startSession,
  TRACKER,
  trackerRows,
  V1_WITH_EXTRAS,
} from '../../support/panelSession';
import { excelHostOn } from './support';

const OTHER_ADD_IN = { 'another-add-in': '{"theme":"dark"}' };

/** A workbook whose document settings hold `stored` (JSON text, as Office keeps it) under Tracklight's key. */
function workbookWith(stored: string) {
  const office = createOfficeFake({ saved: { ...OTHER_ADD_IN, [SETTINGS_KEY]: stored } });
  return excelHostOn([{ name: TRACKER, values: trackerRows() }], { office });
}

const KEPT = [
  {
    seed: 'settings saved by a newer version (2)',
    stored: JSON.stringify(NEWER_SETTINGS),
    why: /newer version of Tracklight \(version 2\)/,
  },
  {
    seed: 'settings that are not JSON',
    stored: JSON.stringify('{"version":1,"rules":{"pal'),
    why: /could not be read \(they are not valid JSON\)/,
  },
  { seed: 'settings that are not an object', stored: JSON.stringify([1, 2]), why: /could not be read \(they are not a settings object\)/ },
];

describe('Excel host: saved settings Tracklight cannot use are kept', () => {
  it.each(KEPT)('keeps $seed byte for byte through colouring, palette, tolerance, layout and class sheets', async ({ stored, why }) => {
    const { host, workbook, office } = workbookWith(stored);
    const before = structuredClone(office.document.saved);
    const recorded = await startSession(host);

    await ordinaryActions(recorded);

    // The actions did their work, from the defaults and the changes made here...
    expect(recorded.lines.some((line) => /^done: Year 10: coloured \d+ columns/.test(line))).toBe(true);
    expect(workbook.sheetNamed(TRACKER).conditionalFormats.length).toBeGreaterThan(0);
    expect(recorded.session.settings.rules).toEqual({ palette: 'no-red', tolerance: 0.5 });
    expect(recorded.session.settings.classSheets).toEqual(CLASS_SHEETS_MADE);
    // ...and the saved copy was never written, not even set in Office's memory.
    expect(office.document.saved).toEqual(before);
    expect(office.document.saved[SETTINGS_KEY]).toBe(stored);
    expect(office.calls.filter((call) => call !== `get ${SETTINGS_KEY}`)).toEqual([]);
    // Each of the five actions said once that it was not saved, and why.
    expectEveryActionRefusedToSave(recorded, why);
  });

  it.each(KEPT)('replaces $seed only on the second "Start again with default settings"', async ({ stored }) => {
    const { host, office } = workbookWith(stored);
    const recorded = await startSession(host);
    const { session } = recorded;
    await ordinaryActions(recorded);

    expect(await session.startAgainWithDefaults()).toEqual({ outcome: 'confirm' });
    expect(office.document.saved[SETTINGS_KEY]).toBe(stored);

    expect(await session.startAgainWithDefaults()).toEqual({ outcome: 'replaced' });
    const saved = JSON.parse(office.document.saved[SETTINGS_KEY]!);
    expect(saved).toEqual({ ...session.settings });
    expect(readDocumentSettings(saved)).toMatchObject({ settings: session.settings, problems: [], kept: null });
    expect(office.document.saved['another-add-in']).toBe(OTHER_ADD_IN['another-add-in']);

    // From now on an ordinary change is saved again.
    session.setPalette('standard');
    await session.rememberLayout(TRACKER, session.requireState().layout);
    expect(JSON.parse(office.document.saved[SETTINGS_KEY]!).rules.palette).toBe('standard');
  });

  it('keeps fields it does not know, and parts it could not read, when it saves version-1 settings', async () => {
    const { host, office } = workbookWith(JSON.stringify(V1_WITH_EXTRAS));
    const recorded = await startSession(host);
    const made = await changeV1Settings(recorded);
    expectOnlyChangesSaved(JSON.parse(office.document.saved[SETTINGS_KEY]!), recorded.session, made);
  });
});
