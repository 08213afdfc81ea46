/** The .xlsx spelling of formulas, which the LibreOffice tests rely on to be read at all. */
import { describe, expect, it } from 'vitest';
import { trafficLightRules } from '../../../core';
import { xlsxFormula } from './xlsxFormula';

describe('xlsxFormula', () => {
  it('drops the "=" and prefixes the functions newer than Excel 2007, as Excel saves them', () => {
    expect(xlsxFormula('=IFERROR(DECIMAL(A1,10),ABS(B2))')).toBe('IFERROR(_xlfn.DECIMAL(A1,10),ABS(B2))');
  });

  it('leaves string literals alone, quotes inside them included', () => {
    expect(xlsxFormula('=FIND(" DECIMAL( ""LET("" ",A1)')).toBe('FIND(" DECIMAL( ""LET("" ",A1)');
  });

  it('refuses a function it does not know, by name, rather than guessing its spelling', () => {
    expect(() => xlsxFormula('=TEXTJOIN(",",TRUE,A1:A3)')).toThrow(/TEXTJOIN\(\)/);
  });

  it('knows every function the traffic-light rules call, and prefixes their DECIMAL', () => {
    for (const rule of trafficLightRules({ current: 'F2:H300', target: 'E2:E300', tolerance: 0.34 })) {
      const spelt = xlsxFormula(rule.formula);
      expect(spelt).toContain('_xlfn.DECIMAL(');
      expect(spelt.replace(/_xlfn\.DECIMAL\(/g, '')).not.toMatch(/(^|[^.])DECIMAL\(/);
    }
  });
});
