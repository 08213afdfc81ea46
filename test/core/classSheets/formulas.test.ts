/** The class sheets' formula text, the classes read from a class column, and their natural order. */
import { describe, expect, it } from 'vitest';
import {
  classFilterFormula,
  distinctClasses,
  headerFormula,
  naturalCompare,
  quoteSheetName,
  stringLiteral,
} from '../../../core/classSheets';

describe('formula text', () => {
  it('quotes every sheet name, doubling apostrophes, and doubles double quotes in a class', () => {
    expect(quoteSheetName('Year 10')).toBe("'Year 10'");
    expect(quoteSheetName("Mr O'Neil's set")).toBe("'Mr O''Neil''s set'");
    expect(stringLiteral('The "A" set')).toBe('"The ""A"" set"');
  });

  it('filters the tracker rows by the class column, with a message when the class is empty', () => {
    const source = { trackerSheetName: "O'Neil's Year 10", dataRange: 'A4:W403', classRange: 'D4:D403' };
    const sheet = "'O''Neil''s Year 10'";
    const test = `IFERROR(TRIM(${sheet}!D4:D403),"")="10""X"""`;
    expect(classFilterFormula(source, '10"X"')).toBe(
      `=IF(SUMPRODUCT(--(${test}))=0,"No pupils in class 10""X""",FILTER(IF(${sheet}!A4:W403="","",${sheet}!A4:W403),${test}))`,
    );
    expect(headerFormula('Year 10', 'A3:W3')).toBe(`=FILTER(IF('Year 10'!A3:W3="","",'Year 10'!A3:W3),LEN('Year 10'!A3:W3)>=0)`);
  });

  it('has no argument that Google Sheets FILTER lacks: exactly two arguments to FILTER', () => {
    // Sheets: FILTER(range, condition1, [condition2...]) has no if_empty; a third argument would be read as a condition.
    const formula = classFilterFormula({ trackerSheetName: 'T', dataRange: 'A2:C9', classRange: 'B2:B9' }, '7A');
    const inside = formula.slice(formula.indexOf('FILTER(') + 'FILTER('.length, -2);
    let depth = 0;
    let commas = 0;
    let inString = false;
    for (const character of inside) {
      if (character === '"') inString = !inString;
      else if (!inString && character === '(') depth += 1;
      else if (!inString && character === ')') depth -= 1;
      else if (!inString && depth === 0 && character === ',') commas += 1;
    }
    expect(commas).toBe(1);
  });
});

describe('classes in a class column', () => {
  it('trims spaces, ignores case and reads 7 and "7" as one class, as TRIM and "=" do', () => {
    const { classes, blank } = distinctClasses([['10A'], [' 10a '], ['10  B'], [7], ['7'], [''], [null], ['10 B']]);
    expect(classes.map((group) => [group.className, group.pupils])).toEqual([
      ['7', 2],
      ['10 B', 2],
      ['10A', 2],
    ]);
    expect(blank).toBe(2);
  });

  it('skips values that name no class, and says why', () => {
    const { classes, skipped } = distinctClasses(['10A', true, '#N/A', '#N/A', new Date(2025, 0, 1), 'x'.repeat(101)]);
    expect(classes.map((group) => group.className)).toEqual(['10A']);
    expect(skipped.map((entry) => [entry.value, entry.pupils])).toEqual([
      ['TRUE', 1],
      ["'#N/A'", 2],
      ['a date', 1],
      [expect.stringContaining('101 characters'), 1],
    ]);
    expect(skipped[1]!.reason).toMatch(/fix it in the tracker/);
  });

  it('sorts naturally: numbers as numbers, 10A before 10A2 before 10B', () => {
    const shuffled = ['10B', 'Y7', '7B', '10A2', '8A', '7A', '10A', '9x1', '9X10', '9x2'];
    expect([...shuffled].sort(naturalCompare)).toEqual(['7A', '7B', '8A', '9x1', '9x2', '9X10', '10A', '10A2', '10B', 'Y7']);
    expect(naturalCompare('007', '7')).not.toBe(0);
    expect(naturalCompare('123456789012345678901', '123456789012345678902')).toBeLessThan(0);
  });
});
