/** The add-on around the functions: manifest scopes, no network, and the menu in every auth mode. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../../core';
import { allScripts, AUTH_MODE, loadSheetsAddOn, readBuilt, SCRIPT_FILES, sheetsDist } from './sheetsBundle';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('appsscript.json', () => {
  const manifest = JSON.parse(readBuilt('appsscript.json'));

  it('asks for exactly the two scopes the add-on needs', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('runs on V8 in the UK time zone', () => {
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Europe/London' });
  });

  it('sends no exception to Google Cloud Logging: thrown messages can quote a cell, and a cell can hold a pupil name', () => {
    expect(manifest.exceptionLogging).toBe('NONE');
  });

  it('is built from the manifest in the source, with no logging setting added on the way', () => {
    const source = JSON.parse(readFileSync(path.join(root, 'sheets-addon', 'appsscript.json'), 'utf8'));
    expect(source.exceptionLogging).toBe('NONE');
    expect(manifest).toEqual(source);
  });
});

describe("the add-on's scripts", () => {
  const code = allScripts();

  it('are Code.js and Deferred.js, beside Sidebar.html and the manifest: what clasp pushes', () => {
    expect(readdirSync(sheetsDist).sort()).toEqual(['Code.js', 'Deferred.js', 'Sidebar.html', 'appsscript.json']);
    expect(readdirSync(sheetsDist).filter((file) => file.endsWith('.js'))).toEqual([...SCRIPT_FILES]);
  });

  it('reference no network API, so pupil data cannot leave the spreadsheet', () => {
    expect(code).not.toMatch(/\b(UrlFetchApp|fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource)\b/);
  });

  it('name no Apps Script service beyond the ones they need: the spreadsheet, the sidebar and document properties', () => {
    const services = code.match(/\b([A-Z]\w*(App|Service)|Utilities|Session|Logger|Browser)\b/g) ?? [];
    expect(new Set(services)).toEqual(new Set(['SpreadsheetApp', 'HtmlService', 'PropertiesService']));
  });

  it('use the Charts service only for its ChartType names: the report chart is built by the sheet itself', () => {
    // Charts.newDataTable() and friends render charts apart from any spreadsheet; an embedded chart
    // needs only the current spreadsheet, so the two scopes above still cover it.
    expect(new Set(code.match(/\bCharts\.\w+/g))).toEqual(new Set(['Charts.ChartType']));
  });

  it('are plain scripts: no import or export, static or dynamic, in either file or in the text Code.js compiles later', () => {
    for (const file of SCRIPT_FILES) {
      // Static import/export cannot even compile as a classic script.
      expect(() => new vm.Script(readBuilt(file)), file).not.toThrow();
    }
    const deferredSource = vm.runInNewContext(`${readBuilt('Deferred.js')}\nTRACKLIGHT_DEFERRED_SOURCE`) as string;
    expect(() => new vm.Script(deferredSource)).not.toThrow();
    expect(code).not.toMatch(/\bimport\s*\(|\bimport\.meta\b/);
  });

  it('touches no Apps Script service while loading: custom functions run where most are off limits', () => {
    const { calls } = loadSheetsAddOn();
    expect(calls).toEqual([]);
  });
});

describe('the add-on menu', () => {
  const menuCalls = ['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Menu.addItem', 'Menu.addItem', 'Menu.addToUi'];

  it('onOpen in AuthMode.NONE builds the menu and touches nothing else', () => {
    const addOn = loadSheetsAddOn();
    addOn.call('onOpen', { authMode: AUTH_MODE.NONE });
    expect(addOn.calls.map((c) => c.member)).toEqual(menuCalls);
    expect(addOn.calls[2]!.args).toEqual(['Open Tracklight', 'openTracklight']);
    expect(addOn.calls[3]!.args).toEqual(['Function list', 'showFunctionList']);
  });

  it('onInstall builds the same menu in the file where the add-on is installed', () => {
    const addOn = loadSheetsAddOn();
    addOn.call('onInstall', { authMode: AUTH_MODE.FULL });
    expect(addOn.calls.map((c) => c.member)).toEqual(menuCalls);
  });

  it('every menu item names a top-level function', () => {
    const addOn = loadSheetsAddOn();
    addOn.call('onOpen', { authMode: AUTH_MODE.LIMITED });
    const handlers = addOn.calls.filter((c) => c.member === 'Menu.addItem').map((c) => c.args[1] as string);
    for (const handler of handlers) expect(typeof addOn.scope[handler], handler).toBe('function');
  });

  it('Function list lists every function with a range example (Open Tracklight opens the sidebar: test/sheets-addon/host)', () => {
    const addOn = loadSheetsAddOn();
    addOn.call('showFunctionList');
    const alert = addOn.calls.find((c) => c.member === 'Ui.alert')!;
    const [title, text, buttons] = alert.args as string[];
    expect(title).toBe('Tracklight functions');
    for (const { name } of DEFINITIONS) expect(text).toContain(`${name}(`);
    expect(text).toContain('ON_TRACK(current, target, [tolerance], [scale])');
    expect(text).toContain('=ON_TRACK(F2:H300, E2:E300)');
    expect(buttons).toBe('OK');
  });
});
