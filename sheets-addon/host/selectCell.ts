/// <reference types="google-apps-script" />
/**
 * A missing pupil's link in "Who still has to enter": makes the cell their grade goes in the active
 * range, which brings its sheet to the front. Nothing is written. The address crossed
 * google.script.run, so only a single cell's A1 is accepted.
 */
import { refusal } from './errors';
import { sheetNamed } from './sheetTops';

const ONE_CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

export function selectCell(sheetName: string, a1: string): void {
  const sheet = sheetNamed(sheetName);
  if (typeof a1 !== 'string' || !ONE_CELL.test(a1))
    throw new Error('Tracklight was not told which cell to go to. Close the sidebar, open it again, and try once more.');
  try {
    sheet.setActiveRange(sheet.getRange(a1));
  } catch (error) {
    throw refusal(`go to ${a1} on '${sheet.getName()}'`, error, 'Nothing was changed. Go to the cell yourself, or try again.');
  }
}
