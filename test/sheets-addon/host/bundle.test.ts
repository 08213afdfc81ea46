/** The built add-on as a whole: two scopes, no network API, and only the services the sidebar needs. */
import { describe, expect, it } from 'vitest';
import { allScripts, readBuilt } from '../sheetsBundle';

describe('the Sheets add-on with its sidebar', () => {
  it('still asks for only the current spreadsheet and its UI: sidebars and document properties need no more', () => {
    expect([...JSON.parse(readBuilt('appsscript.json')).oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('has no network API in its scripts or Sidebar.html', () => {
    for (const [file, text] of [
      ['scripts', allScripts()],
      ['Sidebar.html', readBuilt('Sidebar.html')],
    ]) {
      expect(text, file).not.toMatch(/\b(UrlFetchApp|fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource)\b/);
    }
  });

  it('names only SpreadsheetApp, HtmlService and PropertiesService among the Apps Script services', () => {
    const services =
      allScripts().match(/\b([A-Z]\w*(App|Service)|Utilities|Session|Logger|Browser|ScriptApp|CacheService|LockService)\b/g) ?? [];
    expect(new Set(services)).toEqual(new Set(['SpreadsheetApp', 'HtmlService', 'PropertiesService']));
  });
});
