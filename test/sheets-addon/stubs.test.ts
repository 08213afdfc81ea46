/**
 * The top-level stubs in the built Code.js: Sheets lists a custom function, with its help, only
 * from a JSDoc block with @customfunction directly on a top-level function declaration.
 */
import { describe, expect, it } from 'vitest';
import { DEFINITIONS, functions } from '../../core';
import { loadSheetsAddOn, readBuilt } from './sheetsBundle';

interface Stub {
  name: string;
  signature: string[];
  jsDoc: string[];
}

/** Every top-level `function name(...)` with the JSDoc block (if any) that sits directly on it. */
function topLevelFunctions(code: string): Stub[] {
  const declaration = /(?:\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\n)?^function (\w+)\(([^)]*)\)/gm;
  return [...code.matchAll(declaration)].map(([, doc = '', name, params]) => ({
    name: name!,
    signature: params!
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    jsDoc: doc
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, '').trim())
      .filter(Boolean),
  }));
}

const stubs = topLevelFunctions(readBuilt('Code.js'));
const customStubs = stubs.filter((stub) => stub.jsDoc.includes('@customfunction'));
const PARAM_LINE = /^@param \{([^}]+)\} (\[\w+\]|\w+) (.+)$/;

describe('custom function stubs in Code.js', () => {
  it('has exactly one @customfunction stub per registry function, in registry order', () => {
    expect(customStubs.map((stub) => stub.name)).toEqual(DEFINITIONS.map((d) => d.name));
  });

  it.each(DEFINITIONS.map((d) => d.name))('%s: JSDoc carries the registry description, @param lines and @return', (name) => {
    const stub = customStubs.find((s) => s.name === name)!;
    const registered = functions[name];
    expect(stub.jsDoc[0]).toBe(registered.description);
    expect(stub.jsDoc).toContain(`@return ${registered.returns}`);

    const params = stub.jsDoc.filter((line) => line.startsWith('@param'));
    expect(params).toHaveLength(registered.parameters.length);
    params.forEach((line, index) => {
      const expected = registered.parameters[index]!;
      const [, type, label, description] = PARAM_LINE.exec(line) ?? [];
      expect(label, line).toBe(expected.optional ? `[${expected.name}]` : expected.name);
      expect(description, line).toBe(expected.description);
      // A range argument documents both forms Sheets passes: one cell, or rows of cells.
      expect(type!.includes('Array<Array<'), line).toBe(expected.range);
      expect(type!.split('|')[0], line).toBe(expected.type === 'any' ? '*' : expected.type);
    });
    expect(stub.signature).toEqual(registered.parameters.map((p) => p.name));
  });

  it('declares every stub at top level, where Sheets and google.script.run find it', () => {
    const { scope } = loadSheetsAddOn();
    for (const stub of stubs) expect(typeof scope[stub.name], stub.name).toBe('function');
  });

  it('gives the triggers and menu items no @customfunction, so they are never offered as formulas', () => {
    const others = stubs.filter((stub) => !customStubs.includes(stub)).map((stub) => stub.name);
    expect(others.sort()).toEqual([
      'activeSheet',
      'addReportSheet',
      'addSheet',
      'allSheets',
      'applyColouring',
      'applyGradeChecks',
      'loadSettings',
      'lockCollection',
      'onInstall',
      'onOpen',
      'openTracklight',
      'readClassSheetFacts',
      'readLocks',
      'readPupilSheetFacts',
      'readValues',
      'removeColouring',
      'removeGradeChecks',
      'saveSettings',
      'selectCell',
      'showFunctionList',
      'unlockCollection',
      'writeClassSheets',
      'writePupilSheet',
    ]);
    expect(stubs.filter((s) => others.includes(s.name)).every((s) => s.jsDoc.length === 0)).toBe(true);
  });
});
