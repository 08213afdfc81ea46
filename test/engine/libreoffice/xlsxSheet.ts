/**
 * Test support: one worksheet's XML from a SheetModel, elements in the order the schema
 * (ECMA-376 CT_Worksheet) requires, since Excel refuses a file that has them out of order.
 */
import { cellName } from './a1';
import type { Cell, CellValue, ConditionalFormat, SheetModel } from './xlsxModel';
import { xlsxFormula } from './xlsxFormula';
import type { XlsxStyles } from './xlsxStyles';

export function escapeXml(text: string): string {
  // XML 1.0 cannot carry most control characters at all, escaped or not.
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text))
    throw new Error(`${JSON.stringify(text)} has a control character an .xlsx cannot hold`);
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function valueXml(reference: string, value: CellValue, style: string): string {
  if (value === null || value === undefined) return style ? `<c r="${reference}"${style}/>` : '';
  if (typeof value === 'boolean') return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} cannot be stored in a cell`);
    // String(n) is the shortest text that reads back as the same double.
    return `<c r="${reference}"${style}><v>${String(value)}</v></c>`;
  }
  // An inline string is always text: "5" stays the text 5, as a teacher typing '5 would get.
  return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function cellXml(reference: string, cell: Cell, styles: XlsxStyles): string {
  if ('sharedFormula' in cell) {
    const master = cell.master ? ` ref="${cell.master.range}"` : '';
    const text = cell.master ? escapeXml(xlsxFormula(cell.master.formula)) : '';
    return `<c r="${reference}"><f t="shared"${master} si="${cell.sharedFormula}">${text}</f></c>`;
  }
  const fill = styles.cellStyle(cell.fill);
  const style = fill === 0 ? '' : ` s="${fill}"`;
  if ('value' in cell) return valueXml(reference, cell.value, style);
  const cached = cell.cached === undefined ? '' : `<v>${cell.cached}</v>`;
  return `<c r="${reference}"${style}><f>${escapeXml(xlsxFormula(cell.formula))}</f>${cached}</c>`;
}

function sheetDataXml(sheet: SheetModel, styles: XlsxStyles): string {
  const rowCount = Math.max(sheet.rows.length, sheet.grid?.rows ?? 0);
  const height = sheet.grid ? ` ht="${sheet.grid.rowHeight}" customHeight="1"` : '';
  const rows: string[] = [];
  for (let row = 0; row < rowCount; row += 1) {
    const cells = (sheet.rows[row] ?? []).map((cell, column) => (cell ? cellXml(cellName(row, column), cell, styles) : '')).join('');
    // A uniform grid writes every row, empty or not, so each gets the fixed height.
    if (cells !== '' || sheet.grid) rows.push(`<row r="${row + 1}"${height}>${cells}</row>`);
  }
  return `<sheetData>${rows.join('')}</sheetData>`;
}

function conditionalFormatXml(format: ConditionalFormat, styles: XlsxStyles, priority: { next: number }): string {
  const rules = format.rules.map((rule) => {
    const dxf = styles.differentialStyle(rule.fill, rule.fontColor);
    const formula = escapeXml(xlsxFormula(rule.formula));
    return `<cfRule type="expression" dxfId="${dxf}" priority="${priority.next++}"><formula>${formula}</formula></cfRule>`;
  });
  return `<conditionalFormatting sqref="${format.range}">${rules.join('')}</conditionalFormatting>`;
}

export function worksheetXml(sheet: SheetModel, styles: XlsxStyles): string {
  const { grid, print } = sheet;
  const priority = { next: 1 };
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    print ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    // No gridlines on screen either: the printed cells must show nothing but their fill.
    '<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>',
    grid ? `<sheetFormatPr defaultRowHeight="${grid.rowHeight}" customHeight="1"/>` : '',
    grid ? `<cols><col min="1" max="${grid.columns}" width="${grid.columnWidth}" customWidth="1"/></cols>` : '',
    sheetDataXml(sheet, styles),
    ...(sheet.conditionalFormats ?? []).map((format) => conditionalFormatXml(format, styles, priority)),
    print ? '<printOptions gridLines="0" headings="0"/>' : '',
    '<pageMargins left="0.5" right="0.5" top="0.5" bottom="0.5" header="0" footer="0"/>',
    print ? '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"/>' : '',
    print ? '<headerFooter><oddHeader></oddHeader><oddFooter></oddFooter></headerFooter>' : '',
    '</worksheet>',
  ].join('');
}
