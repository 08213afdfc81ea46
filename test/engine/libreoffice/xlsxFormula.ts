/**
 * Test support: a formula as an .xlsx file stores it. Excel keeps formulas without the leading
 * "=", and saves every function newer than Excel 2007 as "_xlfn.NAME" (ECMA-376 knows only the
 * 2007 set; MS-XLSX 2.2.2 lists the prefixed ones). A reader that meets a bare DECIMAL in an .xlsx
 * treats it as an unknown name: LibreOffice shows #NAME?. So the test writes what Excel writes.
 *
 * Every function name must be in one of the two lists below, so a rule that starts using a new
 * function fails here, by name, instead of turning into #NAME? in the engine for an unclear reason.
 */

/** Functions of Excel 2007 and before, that .xlsx files spell as they are. */
const EXCEL_2007_FUNCTIONS = new Set([
  'ABS',
  'AND',
  'CHOOSE',
  'FIND',
  'IF',
  'IFERROR',
  'INDEX',
  'INT',
  'ISBLANK',
  'ISLOGICAL',
  'ISNA',
  'LEFT',
  'LEN',
  'MATCH',
  'MID',
  'N',
  'NA',
  'NOT',
  'OR',
  'RIGHT',
  'ROUND',
  'SUBSTITUTE',
  'TODAY',
  'UPPER',
]);

/** Functions that arrived later, that .xlsx files spell with _xlfn. (DECIMAL and UNICODE came in Excel 2013). */
const PREFIXED_FUNCTIONS = new Set(['DECIMAL', 'IFNA', 'IFS', 'LET', 'NUMBERVALUE', 'SWITCH', 'UNICODE', 'XLOOKUP', 'XOR']);

/** A string literal, with "" for a quote inside it: nothing inside one is a function name. */
const STRING_LITERAL = /("(?:[^"]|"")*")/;
const FUNCTION_CALL = /\b([A-Z][A-Z0-9.]*)\(/g;

function spellFunctions(code: string): string {
  return code.replace(FUNCTION_CALL, (call, name: string) => {
    if (PREFIXED_FUNCTIONS.has(name)) return `_xlfn.${name}(`;
    if (EXCEL_2007_FUNCTIONS.has(name)) return call;
    throw new Error(
      `The formula calls ${name}(), which xlsxFormula.ts does not know: ` +
        'add it to the Excel 2007 list or to the _xlfn. list, as Excel saves it',
    );
  });
}

/** "=AND(x,DECIMAL(...))" as an .xlsx keeps it: "AND(x,_xlfn.DECIMAL(...))". */
export function xlsxFormula(formula: string): string {
  if (!formula.startsWith('=')) throw new Error(`A formula starts with "=": ${formula.slice(0, 40)}`);
  // split() with a capturing group keeps the literals at the odd indexes, untouched.
  return formula
    .slice(1)
    .split(STRING_LITERAL)
    .map((part, index) => (index % 2 === 1 ? part : spellFunctions(part)))
    .join('');
}
