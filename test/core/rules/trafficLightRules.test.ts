/**
 * trafficLightRules: what it returns, where its references point as a conditional format spreads
 * them, what it refuses and how it says so, and the marker that tells its rules from a school's.
 */
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { functions, STATUSES } from '../../../core';
import { isTracklightRule, PALETTES, RuleInputError, trafficLightRules, type TrafficLightInput } from '../../../core/rules';
import { asTypedCell, evaluateRules } from './ruleGrid';

const stringLiterals = (formula: string) => [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((match) => match[1]!);
const withoutLiterals = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');
/** The cell references a formula makes, e.g. ['F2', '$E2']. */
const references = (formula: string) => [...new Set(withoutLiterals(formula).match(/\$?\b[A-Z]{1,3}\$?\d+\b/g) ?? [])].sort();

const messageFor = (input: unknown): string => {
  try {
    trafficLightRules(input as TrafficLightInput);
  } catch (problem) {
    expect(problem).toBeInstanceOf(RuleInputError);
    return (problem as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be refused`);
};

describe('the four rules', () => {
  it('come one per status, in order, in the chosen palette, standard by default', () => {
    const rules = trafficLightRules({ current: 'F2:H300', target: 'E2:E300' });
    expect(rules.map((rule) => rule.status)).toEqual([...STATUSES]);
    expect(rules.map(({ fill, fontColor }) => ({ fill, fontColor }))).toEqual(STATUSES.map((status) => PALETTES.standard.colours[status]));
    const colourBlind = trafficLightRules({ current: 'F2:H300', target: 'E2:E300', palette: 'colour-blind' });
    expect(colourBlind.map((rule) => rule.fill)).toEqual(STATUSES.map((status) => PALETTES['colour-blind'].colours[status].fill));
    expect(colourBlind.map((rule) => rule.formula)).toEqual(rules.map((rule) => rule.formula));
  });

  it('are written for the top-left grade cell: F2 moves with the cell, the target column is anchored ($E2)', () => {
    for (const rule of trafficLightRules({ current: 'F2:H300', target: 'E2:E300' })) {
      expect(rule.formula.startsWith('=')).toBe(true);
      expect(references(rule.formula)).toEqual(['$E2', 'F2']);
    }
  });

  it('call only functions Excel (2013 on) and Google Sheets both evaluate in a conditional format, and no custom function', () => {
    const both = [
      'ABS',
      'AND',
      'CHOOSE',
      'DECIMAL',
      'FIND',
      'IF',
      'IFERROR',
      'INT',
      'ISLOGICAL',
      'LEFT',
      'LEN',
      'MID',
      'N',
      'NA',
      'RIGHT',
      'ROUND',
      'SUBSTITUTE',
      'UNICODE',
      'UPPER',
    ];
    const engine = HyperFormula.getRegisteredFunctionNames('enGB');
    for (const rule of trafficLightRules({ current: 'F2:H300', target: 'E2:E300', tolerance: 0.34 })) {
      const called = [...new Set(withoutLiterals(rule.formula).match(/[A-Z][A-Z0-9.]*(?=\()/g))].sort();
      expect(called.filter((name) => !both.includes(name))).toEqual([]);
      expect(called.every((name) => engine.includes(name))).toBe(true);
    }
  });

  it('stay inside the formula limits: no array constant, string literals within 255 characters, well under 8,192 in all', () => {
    for (const rule of trafficLightRules({ current: 'AA10:AZ20000', target: 'Z10:Z20000', tolerance: 9 })) {
      expect(withoutLiterals(rule.formula)).not.toContain('{');
      expect(Math.max(...stringLiterals(rule.formula).map((literal) => literal.length))).toBeLessThanOrEqual(255);
      // Issue 11's spelt-out vocational grades lengthened the letters' lookups from about 1,500 characters.
      expect(rule.formula.length).toBeLessThan(3000);
    }
  });

  it('read a tolerance of 0.34 and of 0.33 the same way (a third), and 0.3 differently', () => {
    const formulas = (tolerance: number) =>
      trafficLightRules({ current: 'F2:H300', target: 'E2:E300', tolerance }).map((rule) => rule.formula);
    expect(formulas(0.33)).toEqual(formulas(0.34));
    expect(formulas(0.3)).not.toEqual(formulas(0.34));
    expect(formulas(0)).not.toEqual(formulas(0.3));
  });
});

describe('where the references point as the format spreads', () => {
  // Targets in E, RP1-RP3 in F:H, two pupils; HyperFormula spreads each formula over F2:H3.
  const grid = [
    ['Target', 'RP1', 'RP2', 'RP3'],
    ['5', '4', '5-', '6'],
    ['7', '7', 'U', '7+'],
  ].map((row, index) => [null, null, null, null, ...(index === 0 ? row : row.map(asTypedCell))]);

  it("one target column broadcasts: the rule for G2 reads G2 and $E2, and every cell gets ON_TRACK's colour", () => {
    const rules = trafficLightRules({ current: 'F2:H3', target: 'E2:E3' });
    const sheet = evaluateRules(
      grid,
      { row: 1, col: 5, rows: 2, cols: 3 },
      rules.map((rule) => rule.formula),
    );
    expect(references(sheet.formulaAt(0, 0, 1)!)).toEqual(['$E2', 'G2']);
    expect(references(sheet.formulaAt(0, 1, 2)!)).toEqual(['$E3', 'H3']);
    const shown = [0, 1].map((row) =>
      [0, 1, 2].map((col) =>
        rules
          .filter((_, index) => sheet.results[index]![row]![col] === true)
          .map((rule) => rule.status)
          .join(),
      ),
    );
    const grades = grid.slice(1).map((row) => row.slice(5).map((cell) => String(cell).slice(1)));
    expect(shown).toEqual(functions.ON_TRACK(grades, [['5'], ['7']]));
    expect(shown).toEqual([
      ['Below', 'Below', 'Above'],
      ['On', 'Well below', 'Above'],
    ]);
  });

  it('one target column per grade column: the target reference moves too, and each grade meets its own target', () => {
    // Targets in B:C, grades in F:G, two pupils: F2 against B2, G3 against C3.
    const targets = [
      ['5', '6'],
      ['4', '9-'],
    ];
    const grades = [
      ['5+', '6'],
      ['3', '8'],
    ];
    const data = [[null], ...targets.map((row, index) => [null, ...row.map(asTypedCell), null, null, ...grades[index]!.map(asTypedCell)])];
    const rules = trafficLightRules({ current: 'F2:G3', target: 'B2:C3' });
    expect(references(rules[0]!.formula)).toEqual(['B2', 'F2']);
    const sheet = evaluateRules(
      data,
      { row: 1, col: 5, rows: 2, cols: 2 },
      rules.map((rule) => rule.formula),
    );
    expect(references(sheet.formulaAt(0, 1, 1)!)).toEqual(['C3', 'G3']);
    const shown = [0, 1].map((row) =>
      [0, 1].map((col) =>
        rules
          .filter((_, index) => sheet.results[index]![row]![col] === true)
          .map((rule) => rule.status)
          .join(),
      ),
    );
    expect(shown).toEqual(functions.ON_TRACK(grades, targets));
    expect(shown).toEqual([
      ['Above', 'On'],
      ['Below', 'Below'],
    ]); // +1/3, 0, -1, -2/3
  });

  it('a single target cell is fixed ($E$1) for every grade', () => {
    expect(references(trafficLightRules({ current: 'F2:H300', target: 'E1' })[1]!.formula)).toEqual(['$E$1', 'F2']);
  });

  it('accepts absolute, lower-case, reversed and sheet-named ranges, and writes the same formula', () => {
    const plain = trafficLightRules({ current: 'F2:H300', target: 'E2:E300' });
    expect(trafficLightRules({ current: '$F$2:$H$300', target: '$e$2:$e$300' })).toEqual(plain);
    expect(trafficLightRules({ current: 'H300:F2', target: 'E300:E2' })).toEqual(plain);
    expect(trafficLightRules({ current: "'Year 7'!F2:H300", target: "'Year 7'!E2:E300" })).toEqual(plain);
    expect(trafficLightRules({ current: 'Y7!F2:H300', target: 'E2:E300' })).toEqual(plain);
  });
});

describe('bad input is refused with a message that says what to do', () => {
  it.each([
    [{ current: 'F2:H', target: 'E2:E300' }, ['Grades (current)', "'H' has no row number", 'e.g. F2:H300']],
    [{ current: 'F:H', target: 'E2:E300' }, ['whole columns are not coloured']],
    [{ current: 'banana', target: 'E2:E300' }, ["'banana' is not a range", 'give the first and last cell']],
    [{ current: '', target: 'E2:E300' }, ['The range is empty']],
    [{ current: 'F2:H300', target: 'E2:E300:E400' }, ['Targets (target)', "more than one ':'"]],
    [{ current: 'F0:H300', target: 'E2:E300' }, ['row outside 1 to 1,048,576']],
    [{ current: 'F2:H300', target: 'D2:E300' }, ['D2:E300 (299 rows x 2 columns) must be one column', 'F2:H300 (299 rows x 3 columns)']],
    [{ current: 'F2:H300', target: 'E2:E200' }, ['different numbers of rows', 'e.g. E2:E300 for F2:H300']],
    [{ current: 'F2:H300', target: 'G2:G300' }, ['overlap', 'without the target column']],
    [{ current: "'Year 7'!F2:H300", target: "'Year 8'!E2:E300" }, ["on 'Year 7'", "on 'Year 8'", "targets on the grades' sheet"]],
    [{ current: 'F2:H300', target: 'E2:E300', tolerance: -1 }, ['Tolerance cannot be below 0']],
    [{ current: 'F2:H300', target: 'E2:E300', tolerance: 12 }, ['at most 9 grades']],
    [{ current: 'F2:H300', target: 'E2:E300', palette: 'pink' }, ['Choose a palette: standard, colour-blind, no-red']],
    [{ current: 5, target: 'E2:E300' }, ['Grades (current): A range must be text']],
    ['F2:H300', ['needs { current, target }']],
  ])('%j', (input, fragments) => {
    const message = messageFor(input);
    for (const fragment of fragments) expect(message).toContain(fragment);
  });

  it('treats an omitted, null or undefined tolerance and palette as the defaults', () => {
    const plain = trafficLightRules({ current: 'F2:H300', target: 'E2:E300' });
    expect(trafficLightRules({ current: 'F2:H300', target: 'E2:E300', tolerance: null, palette: undefined })).toEqual(plain);
  });
});

describe("telling Tracklight rules from a school's", () => {
  const ours = trafficLightRules({ current: 'F2:H300', target: 'E2:E300', tolerance: 0.34 }).map((rule) => rule.formula);

  it('recognises every rule Tracklight writes, also after a host re-cases or re-spaces it', () => {
    for (const formula of ours) {
      expect(isTracklightRule(formula)).toBe(true);
      // Hosts may change case and spacing outside string literals, never inside them.
      const respaced = formula.replace(/,/g, ', ').replace(/\bN\(/, 'n( ').replace(/=0,/, ' = 0 ,');
      expect(isTracklightRule(respaced)).toBe(true);
    }
  });

  it.each(['=$F2<$E2', '=F2="tracklight"', '=AND(N("other")=0,F2>1)', '=ISNUMBER(SEARCH("tracklight",A1))', '=COUNTIF($A:$A,A1)>1', ''])(
    "does not claim the school's rule %j",
    (formula) => expect(isTracklightRule(formula)).toBe(false),
  );
});
