/// <reference types="google-apps-script" />
/**
 * The panel's settings (palette, tolerance, the corrected layout) saved with the spreadsheet in
 * its document properties, so everyone who opens the file with Tracklight sees the same.
 *
 * Apps Script caps each property value at 9 KB (and a whole store at 500 KB). A wide tracker's
 * layout can pass 9 KB, so the settings are stored as JSON in chunks: `tracklight.settings`
 * holds how many, `tracklight.settings.0`, `.1`, ... hold the text. The JSON is written in
 * ASCII (other characters as \uXXXX escapes, which JSON.parse reads back), so a chunk of
 * CHUNK_CHARACTERS characters is that many bytes, safely under the cap with its key.
 */
import type { DamagedSettings } from '../../core/panel/documentSettings';

const COUNT_KEY = 'tracklight.settings';
const chunkKey = (index: number) => `${COUNT_KEY}.${index}`;
const CHUNK_KEY = /^tracklight\.settings\.(\d+)$/;
export const CHUNK_CHARACTERS = 8000;

function documentProperties(): GoogleAppsScript.Properties.Properties {
  const properties = PropertiesService.getDocumentProperties();
  // Null outside an add-on or a bound script: say so rather than fail obscurely.
  if (!properties)
    throw new Error(
      'Tracklight can only keep settings in a spreadsheet it is installed in. Open it from Extensions > Tracklight in the spreadsheet.',
    );
  return properties;
}

const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);

const damaged = (how: string): DamagedSettings => ({ damaged: how });

/**
 * The saved settings as they were saved, or null when this spreadsheet has none. Damaged settings
 * come back as DamagedSettings saying how (a chunk missing, a count that is not one), and text that
 * no longer parses comes back as it is: the panel says so, works from the defaults and keeps the
 * saved copy untouched until the user chooses to start again. Throwing here would stop the panel
 * opening, and with it the only way to start again.
 */
export function loadSettings(): unknown {
  const stored = documentProperties().getProperties();
  const countText = stored[COUNT_KEY];
  if (countText === undefined) return null;
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1) return damaged(`the saved number of parts is '${countText}', not a whole number from 1`);
  const chunks = Array.from({ length: count }, (_, index) => stored[chunkKey(index)]);
  const missing = chunks.findIndex((chunk) => typeof chunk !== 'string');
  // Not joined without it: the parts either side could still happen to make valid JSON.
  if (missing >= 0) return damaged(`part ${missing + 1} of ${count} of the saved text is missing`);
  const text = chunks.join('');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Saves in one setProperties call, then deletes every chunk past the new count: left over from a
 * longer earlier save, or from damaged settings whose count no longer says how many there were.
 */
export function saveSettings(settings: unknown): void {
  const properties = documentProperties();
  const json = settings === undefined ? 'null' : asciiJson(settings);
  const values: Record<string, string> = {};
  let count = 0;
  for (let start = 0; start < json.length; start += CHUNK_CHARACTERS)
    values[chunkKey(count++)] = json.slice(start, start + CHUNK_CHARACTERS);
  values[COUNT_KEY] = String(count);
  properties.setProperties(values);
  for (const key of properties.getKeys()) {
    const index = CHUNK_KEY.exec(key)?.[1];
    if (index !== undefined && Number(index) >= count) properties.deleteProperty(key);
  }
}
