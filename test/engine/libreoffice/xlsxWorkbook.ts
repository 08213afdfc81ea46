/**
 * Test support: an .xlsx file from SheetModels, the parts Excel itself writes for a plain
 * workbook (content types, relationships, workbook, styles, one part per sheet), zipped.
 */
import type { SheetModel } from './xlsxModel';
import { escapeXml, worksheetXml } from './xlsxSheet';
import { XlsxStyles } from './xlsxStyles';
import { zipArchive } from './zipArchive';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, index) =>
      `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ` +
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
  );
  return (
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    `${sheets.join('')}</Types>`
  );
}

const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** A fixed A1 range ($A$1:$T$40), as defined names hold one. */
const absolute = (range: string) => range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

/** The defined name that sets the print area of the sheet at `index`. */
const printAreaName = (index: number, sheetName: string, area: string) =>
  `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(`${quotedSheet(sheetName)}!${absolute(area)}`)}</definedName>`;

function workbook(sheets: readonly SheetModel[]): string {
  const entries = sheets.map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`);
  const printAreas = sheets.flatMap((sheet, index) => (sheet.print ? [printAreaName(index, sheet.name, sheet.print.area)] : []));
  const names = printAreas.length > 0 ? `<definedNames>${printAreas.join('')}</definedNames>` : '';
  return `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIP}"><sheets>${entries.join('')}</sheets>${names}</workbook>`;
}

function workbookRelationships(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, index) => `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIP}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  );
  const styles = `<Relationship Id="rId${sheetCount + 1}" Type="${RELATIONSHIP}/styles" Target="styles.xml"/>`;
  return `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheets.join('')}${styles}</Relationships>`;
}

export function xlsxWorkbook(sheets: readonly SheetModel[]): Buffer {
  const styles = new XlsxStyles();
  // Sheets first: writing them collects the fills and formats that styles.xml must then list.
  const worksheets = sheets.map((sheet, index) => ({ path: `xl/worksheets/sheet${index + 1}.xml`, content: worksheetXml(sheet, styles) }));
  return zipArchive([
    { path: '[Content_Types].xml', content: contentTypes(sheets.length) },
    {
      path: '_rels/.rels',
      content:
        `${DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIP}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { path: 'xl/workbook.xml', content: workbook(sheets) },
    { path: 'xl/_rels/workbook.xml.rels', content: workbookRelationships(sheets.length) },
    { path: 'xl/styles.xml', content: styles.xml() },
    ...worksheets,
  ]);
}
