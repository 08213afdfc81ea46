/**
 * The sidebar: the menu opens it from the one built Sidebar.html, that file is self-contained
 * and safe to serve, and its Host turns google.script.run's callbacks into promises.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createScriptRunHost } from '../../../sheets-addon/sidebar/scriptRunHost';
import { readBuilt } from '../sheetsBundle';
import { loadHost } from './hostBundle';
import { builtServerFunctionNames, fakeScriptRun } from './scriptRun';

const html = readBuilt('Sidebar.html');
const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];

describe('Extensions > Tracklight > Open Tracklight', () => {
  it('shows the built Sidebar.html as a sidebar titled Tracklight', () => {
    const host = loadHost([{ name: 'Sheet1' }], { htmlFiles: { Sidebar: html } });
    host.call('onOpen', { authMode: 'FULL' });
    const items = host.fake.calls.filter((call) => call.member === 'Menu.addItem').map((call) => call.args);
    expect(items[0]).toEqual(['Open Tracklight', 'openTracklight']);

    host.call('openTracklight');
    expect(host.fake.sidebars).toEqual([{ file: 'Sidebar', title: 'Tracklight' }]);
  });

  it('gives every Host method a top-level server function of the same name, callable by google.script.run', () => {
    const host = loadHost([{ name: 'Sheet1' }]);
    const names = builtServerFunctionNames();
    // sidebarServer is typed by Host (SheetsServer), so the compiler already refuses a missing method.
    expect(names).toContain('readClassSheetFacts');
    for (const name of names) {
      expect(typeof host.scope[name], name).toBe('function');
      // google.script.run cannot call a name ending in _ (Apps Script keeps those private).
      expect(name.endsWith('_')).toBe(false);
    }
  });
});

describe('Sidebar.html', () => {
  it('is one self-contained file: one inline script, no external script, stylesheet, frame or image', () => {
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/<link\b|<iframe\b|<img\b|<object\b|<embed\b|@import|url\(\s*['"]?(https?:)?\/\//i);
  });

  it('names no network API, so nothing in the sidebar can send pupil data anywhere', () => {
    expect(html).not.toMatch(/\b(fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource|UrlFetchApp|importScripts|RTCPeerConnection)\b/);
  });

  it("calls exactly the built server's functions: the build wrote their names into the script", () => {
    expect(scripts[0]![2]!).toContain(JSON.stringify(builtServerFunctionNames()));
  });

  it('holds the shared panel and its google.script.run Host in its inlined script', () => {
    const body = scripts[0]![2]!;
    for (const label of [
      'Colour this sheet',
      'Colour every sheet with this layout',
      'Remove Tracklight colours',
      'Insert a sample tracker',
    ]) {
      expect(body).toContain(label);
    }
    expect(body).toContain('google.script.run');
    expect(html).toContain('id="app"');
  });

  it('has no "</script" or "<!--" inside the script body, and the body still compiles as a plain script', () => {
    const body = scripts[0]![2]!;
    expect(body).not.toMatch(/<\/script/i);
    expect(body).not.toContain('<!--');
    expect(() => new vm.Script(body)).not.toThrow();
    // The one closing tag in the file is the script's own.
    expect(html.match(/<\/script/gi)).toHaveLength(1);
  });
});

/** google.script.run answered by a map of server functions. */
const fakeScriptRunTo = (server: Record<string, (...args: unknown[]) => unknown>) => fakeScriptRun((name, args) => server[name]!(...args));

describe('the google.script.run Host', () => {
  it('calls the server function of the same name with the same arguments and resolves with its answer', async () => {
    const top = { name: 'Year 10', topRows: [['UPN']], lastRow: 1, isProtected: false };
    const { run, calls } = fakeScriptRunTo({
      activeSheet: () => top,
      allSheets: () => [top],
      loadSettings: () => ({ version: 1 }),
      saveSettings: () => undefined,
      applyColouring: () => ({ removed: 4, added: 4 }),
      removeColouring: () => ({ removed: 4 }),
      addSheet: () => undefined,
    });
    const host = createScriptRunHost(run, [
      'activeSheet',
      'allSheets',
      'loadSettings',
      'saveSettings',
      'applyColouring',
      'removeColouring',
      'addSheet',
    ]);
    const plan = { sheetName: 'Year 10', blocks: [] };

    expect(host.kind).toBe('sheets');
    expect(await host.activeSheet()).toEqual(top);
    expect(await host.allSheets()).toEqual([top]);
    expect(await host.loadSettings()).toEqual({ version: 1 });
    expect(await host.saveSettings({ version: 1 })).toBeUndefined();
    expect(await host.applyColouring(plan)).toEqual({ removed: 4, added: 4 });
    expect(await host.removeColouring('Year 10')).toEqual({ removed: 4 });
    expect(await host.addSheet('Sample', [['UPN']])).toBeUndefined();
    expect(calls).toEqual([
      { name: 'activeSheet', args: [] },
      { name: 'allSheets', args: [] },
      { name: 'loadSettings', args: [] },
      { name: 'saveSettings', args: [{ version: 1 }] },
      { name: 'applyColouring', args: [plan] },
      { name: 'removeColouring', args: ['Year 10'] },
      { name: 'addSheet', args: ['Sample', [['UPN']]] },
    ]);
  });

  it("rejects with the server's own message when the server function throws", async () => {
    const { run } = fakeScriptRunTo({
      removeColouring: () => {
        throw new Error("Exception: There is no sheet called 'Year 9' any more. Nothing was changed.");
      },
    });
    await expect(createScriptRunHost(run, ['removeColouring']).removeColouring('Year 9')).rejects.toThrow(
      /^There is no sheet called 'Year 9' any more\. Nothing was changed\.$/,
    );
  });

  it('keeps concurrent calls apart: each promise gets its own answer', async () => {
    const { run } = fakeScriptRunTo({ removeColouring: (name) => ({ removed: String(name).length }) });
    const host = createScriptRunHost(run, ['removeColouring']);
    expect(await Promise.all([host.removeColouring('Y7'), host.removeColouring('Year 11')])).toEqual([{ removed: 2 }, { removed: 7 }]);
  });
});
