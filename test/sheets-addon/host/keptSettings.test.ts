/**
 * Saved settings this Tracklight cannot use as a whole (saved by a newer version, unreadable, or
 * with a chunk missing) stay in the spreadsheet's document properties byte for byte through every
 * ordinary action of a real PanelSession on the sidebar's Host, whose google.script.run calls the
 * built Code.js on the Sheets fake. Only confirming "Start again with default settings" (asked
 * twice) replaces them. Version-1 settings keep what Tracklight does not know when they are saved.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentSettings } from '../../../core/panel/documentSettings';
import {
  changeV1Settings,
  expectEveryActionRefusedToSave,
  expectOnlyChangesSaved,
  NEWER_SETTINGS,
  ordinaryActions,
  startSession,
  TRACKER,
  trackerRows,
  V1_WITH_EXTRAS,
} from '../../support/panelSession';
import { loadHost } from './hostBundle';
import { fakeScriptRun, sidebarHost } from './scriptRun';

type Spreadsheet = ReturnType<typeof loadHost>;
const properties = (spreadsheet: Spreadsheet) => spreadsheet.fake.globals.PropertiesService.getDocumentProperties() as any;

/** A spreadsheet with the tracker, another add-on's property, and Tracklight's settings as `seed` leaves them. */
function spreadsheetWith(seed: (spreadsheet: Spreadsheet) => void) {
  const spreadsheet = loadHost([{ name: TRACKER, values: trackerRows() }]);
  properties(spreadsheet).setProperty('another.add-on', 'kept');
  seed(spreadsheet);
  const host = sidebarHost(fakeScriptRun((name, args) => spreadsheet.run(name, ...args)).run);
  return { spreadsheet, host };
}

/** Long enough to need several chunks, so one can go missing. */
const LONG_SETTINGS = { ...V1_WITH_EXTRAS, schoolNote: 'Set up by Ms Okafor. '.repeat(1200) };

const KEPT = [
  {
    seed: 'settings saved by a newer version (2)',
    store: (spreadsheet: Spreadsheet) => spreadsheet.run('saveSettings', NEWER_SETTINGS),
    why: /newer version of Tracklight \(version 2\)/,
  },
  {
    seed: 'settings with a chunk missing',
    store: (spreadsheet: Spreadsheet) => {
      spreadsheet.run('saveSettings', LONG_SETTINGS);
      properties(spreadsheet).deleteProperty('tracklight.settings.1');
    },
    why: /could not be read \(part 2 of \d+ of the saved text is missing\)/,
  },
  {
    seed: 'settings that are not JSON',
    store: (spreadsheet: Spreadsheet) =>
      properties(spreadsheet).setProperties({ 'tracklight.settings': '1', 'tracklight.settings.0': '{"version":1,"rul' }),
    why: /could not be read \(they are not valid JSON\)/,
  },
];

describe('Sheets host: saved settings Tracklight cannot use are kept', () => {
  it.each(KEPT)('keeps $seed byte for byte through colouring, palette, tolerance, layout and class sheets', async ({ store, why }) => {
    const { spreadsheet, host } = spreadsheetWith(store);
    const before = spreadsheet.fake.properties();
    const recorded = await startSession(host);

    await ordinaryActions(recorded);

    expect(recorded.lines.some((line) => /^done: Year 10: coloured \d+ columns/.test(line))).toBe(true);
    expect(spreadsheet.fake.rules(TRACKER).length).toBeGreaterThan(0);
    expect(recorded.session.settings.rules).toEqual({ palette: 'no-red', tolerance: 0.5 });
    expect(spreadsheet.fake.properties()).toEqual(before);
    expectEveryActionRefusedToSave(recorded, why);
  });

  it.each(KEPT)('replaces $seed only on the second "Start again with default settings"', async ({ store }) => {
    const { spreadsheet, host } = spreadsheetWith(store);
    const before = spreadsheet.fake.properties();
    const recorded = await startSession(host);
    const { session } = recorded;
    await ordinaryActions(recorded);

    expect(await session.startAgainWithDefaults()).toEqual({ outcome: 'confirm' });
    expect(spreadsheet.fake.properties()).toEqual(before);

    expect(await session.startAgainWithDefaults()).toEqual({ outcome: 'replaced' });
    const saved = spreadsheet.run('loadSettings');
    expect(saved).toEqual({ ...session.settings });
    expect(readDocumentSettings(saved)).toMatchObject({ settings: session.settings, problems: [], kept: null });
    // Only Tracklight's count and the chunks it needs now remain beside the other add-on's property.
    const after = spreadsheet.fake.properties();
    const chunks = Array.from({ length: Number(after['tracklight.settings']) }, (_, index) => `tracklight.settings.${index}`);
    expect(chunks.length).toBeGreaterThan(0);
    expect(Object.keys(after).sort()).toEqual(['another.add-on', 'tracklight.settings', ...chunks].sort());
    expect(after['another.add-on']).toBe('kept');
  });

  it('keeps fields it does not know, and parts it could not read, when it saves version-1 settings', async () => {
    const { spreadsheet, host } = spreadsheetWith((each) => each.run('saveSettings', V1_WITH_EXTRAS));
    const recorded = await startSession(host);
    const made = await changeV1Settings(recorded);
    expectOnlyChangesSaved(spreadsheet.run('loadSettings'), recorded.session, made);
  });
});
