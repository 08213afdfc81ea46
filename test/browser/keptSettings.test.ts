/**
 * The panel in real Chromium, on the Excel host and on the Sheets sidebar's host, when the saved
 * settings cannot be used as a whole: it says what it found and when the saved copy will be
 * replaced, says "Not saved" once per action, leaves the saved copy exactly as it was, and
 * replaces it only on the second click of "Start again with default settings".
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDocumentSettings } from '../../core/panel/documentSettings';
import { PALETTES } from '../../core/rules';
import { SETTINGS_KEY } from '../../excel-addin/host';
import { loadHost } from '../sheets-addon/host/hostBundle';
import { builtServerFunctionNames } from '../sheets-addon/host/scriptRun';
import { NEWER_SETTINGS, TRACKER, trackerRows, V1_WITH_EXTRAS } from '../support/panelSession';
import { contrastProblems } from './support/accessibility';
import { hasChromium } from './support/chromium';
import { screenshotPath } from './support/screenshots';
import { useServerInChromium } from './support/previewInChromium';
import { waitForLine } from './support/grid';

const START_AGAIN = 'Start again with default settings';
const CONFIRM = 'Click again to replace the saved settings with the defaults';
const WHEN_REPLACED = 'The saved copy is replaced only when you confirm "Start again with default settings".';
const notSaved = (lines: string[]) => lines.filter((line) => line.startsWith('Not saved: '));

/** The page: one mount point and the bundled keptSettingsPage.ts, served on 127.0.0.1. */
async function servePage(): Promise<{ url: string; close(): Promise<void> }> {
  const bundled = await build({
    entryPoints: [path.join(import.meta.dirname, 'keptSettingsPage.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    logLevel: 'warning',
  });
  const script = bundled.outputFiles[0]!.text;
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tracklight</title></head>' +
    '<body><div id="panel-root"></div><script src="/page.js"></script></body></html>';
  const server = http.createServer((request, response) => {
    if (request.url === '/') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    if (request.url === '/page.js') return void response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    response.writeHead(404).end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.skipIf(!hasChromium)('the panel with saved settings it cannot use (Chromium)', () => {
  const served = useServerInChromium(servePage);
  const open = () => served.open('', { width: 420, height: 1400 });

  const savedCopy = (page: Page) => page.getByRole('region', { name: 'Saved settings' });

  it('on Excel: says a newer version saved them, keeps them through colouring, and replaces them on the second click', async () => {
    const page = await open();
    const stored = { [SETTINGS_KEY]: JSON.stringify(NEWER_SETTINGS), 'another-add-in': '{"theme":"dark"}' };
    const rows = trackerRows();
    const sheets = [
      { name: TRACKER, values: rows },
      { name: 'Year 11', values: rows },
    ];
    await page.evaluate(({ sheets, stored }) => window.openExcelPanel(sheets, stored), { sheets, stored });

    const notice = savedCopy(page);
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain("This workbook's Tracklight settings were saved by a newer version of Tracklight (version 2)");
    expect(text).toContain(WHEN_REPLACED);

    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    let lines = await waitForLine(page, /Year 10: coloured/);
    expect(notSaved(lines)).toHaveLength(1);
    expect(notSaved(lines)[0]).toMatch(
      /newer version of Tracklight \(version 2\).*replaced only when you confirm "Start again with default settings"/,
    );
    expect(await contrastProblems(page)).toEqual([]);

    // Two sheets coloured, two layouts that would have been saved: said once for the one action.
    await page.getByRole('button', { name: 'Colour every sheet with this layout' }).click();
    lines = await waitForLine(page, /Coloured 2 of 2 sheets/);
    expect(notSaved(lines)).toHaveLength(1);
    expect(await page.evaluate(() => window.excelSaved())).toEqual(stored);

    // The first click only asks; leaving the button takes the question back.
    await page.getByRole('button', { name: START_AGAIN }).click();
    await page.getByRole('button', { name: CONFIRM }).waitFor();
    expect(await page.evaluate(() => window.excelSaved())).toEqual(stored);
    expect(await contrastProblems(page)).toEqual([]);
    await page.locator('#panel-root').screenshot({ path: screenshotPath('kept-settings.png') });
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: START_AGAIN }).waitFor();

    await page.getByRole('button', { name: START_AGAIN }).click();
    await page.getByRole('button', { name: CONFIRM }).click();
    await notice.getByText(/replaced with the defaults/).waitFor();
    expect(await notice.getByRole('button').count()).toBe(0);
    const saved = await page.evaluate(() => window.excelSaved());
    expect(saved['another-add-in']).toBe(stored['another-add-in']);
    const replaced = readDocumentSettings(JSON.parse(saved[SETTINGS_KEY]!));
    expect(replaced.kept).toBeNull();
    expect(Object.keys(replaced.settings.layouts).sort()).toEqual([TRACKER, 'Year 11']);

    // Saving works again: the next colouring says nothing about saving.
    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    lines = await waitForLine(page, /Year 10: coloured/);
    expect(notSaved(lines)).toEqual([]);
  });

  it('on Sheets: says which part is missing, keeps the rest through a palette change, and replaces it on the second click', async () => {
    const spreadsheet = loadHost([{ name: TRACKER, values: trackerRows() }]);
    spreadsheet.run('saveSettings', { ...V1_WITH_EXTRAS, schoolNote: 'Set up by Ms Okafor. '.repeat(1200) });
    const properties = spreadsheet.fake.globals.PropertiesService.getDocumentProperties() as any;
    properties.deleteProperty('tracklight.settings.1');
    const before = spreadsheet.fake.properties();

    const page = await open();
    await page.exposeFunction('__appsScript', (name: string, args: string) => {
      try {
        return JSON.stringify({ ok: true, value: spreadsheet.run(name, ...JSON.parse(args)) });
      } catch (error) {
        return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    });
    await page.evaluate((names) => window.openSheetsPanel(names), builtServerFunctionNames());

    const notice = savedCopy(page);
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toMatch(/This workbook's Tracklight settings could not be read \(part 2 of \d+ of the saved text is missing\)/);
    expect(text).toContain(WHEN_REPLACED);

    await page.getByLabel(PALETTES['no-red'].label).check();
    const topLines = await waitForLine(page, /^Not saved: /, '.tl-notices');
    expect(notSaved(topLines)).toHaveLength(1);
    expect(notSaved(topLines)[0]).toMatch(
      /^Not saved: This workbook's saved Tracklight settings could not be read \(part 2 of \d+ of the saved text is missing\), so Tracklight keeps them as they are and has not saved the palette you chose/,
    );
    expect(spreadsheet.fake.properties()).toEqual(before);
    expect(await contrastProblems(page)).toEqual([]);

    await page.getByRole('button', { name: START_AGAIN }).click();
    await page.getByRole('button', { name: CONFIRM }).click();
    await notice.getByText(/replaced with the defaults/).waitFor();
    const replaced = readDocumentSettings(spreadsheet.run('loadSettings'));
    expect(replaced.kept).toBeNull();
    expect(replaced.settings.rules.palette).toBe('no-red');
  });
});
