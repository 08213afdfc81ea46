/**
 * Pupil data never leaves the workbook: the shipped Excel scripts hold no network API, and the
 * page loads nothing remote except office.js, which Office requires from Microsoft's CDN. The task
 * pane's modules load only the add-in's own chunks, from beside them.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excelDist, moduleImports, readDist, shippedScripts } from './excelBundle';

const NETWORK_APIS = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|RTCPeerConnection|WebTransport)\b/g;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

describe.each(shippedScripts())('the built %s', (file) => {
  const script = readDist(file);

  it('names no network API', () => {
    expect(script.match(NETWORK_APIS) ?? []).toEqual([]);
  });

  it('holds no remote address at all', () => {
    expect(script.match(/\b(?:https?|wss?):\/\/[^\s"'`]*/g) ?? []).toEqual([]);
  });

  it("loads no script at run time but the add-in's own modules, each by a fixed relative path", () => {
    expect(script).not.toMatch(/createElement\(\s*["']script["']/);
    const { atOnce, onDemand } = moduleImports(file);
    // Every import() names one of the add-in's files: none is worked out at run time.
    expect(script.match(/\bimport\s*\(/g) ?? []).toHaveLength(script.match(/\bimport\(\s*"\.{1,2}\//g)?.length ?? 0);
    for (const imported of [...atOnce, ...onDemand]) expect(existsSync(excelDist + imported), imported).toBe(true);
  });
});

describe('functions.js', () => {
  it('loads no script or module at run time: a classic script, self-contained', () => {
    expect(readDist('functions.js')).not.toMatch(/\bimport\s*\(|createElement\(\s*["']script["']/);
    expect(moduleImports('functions.js')).toEqual({ atOnce: [], onDemand: [] });
  });
});

describe('taskpane.html', () => {
  const html = readDist('taskpane.html');
  const references = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);

  it('loads office.js from Microsoft and everything else from the add-in itself', () => {
    expect(references).toContain(OFFICE_JS);
    expect(references.filter((reference) => reference !== OFFICE_JS).every((reference) => !/^[a-z]+:|^\/\//i.test(reference))).toBe(true);
  });

  it('loads office.js before the functions script, which calls CustomFunctions.associate at once', () => {
    expect(html.indexOf(OFFICE_JS)).toBeLessThan(html.indexOf('functions.js'));
  });

  it('has the one mount point the shared panel will use', () => {
    expect(html.match(/id="app"/g)).toHaveLength(1);
  });
});
