/** The Excel host wired to the recording fakes, as the task pane wires it to Office's globals. */
import { createExcelHost } from '../../../excel-addin/host';
import type { ExcelApi, OfficeApi } from '../../../excel-addin/host';
import { createExcelFake, type FakeSheetSeed } from '../../fakes/excelFake';
import { createOfficeFake, type OfficeFake } from '../../fakes/officeFake';

/** `excelApi`: the newest ExcelApi set this Excel has; below 1.12 it has no worksheet custom properties. */
export function excelHostOn(sheets: FakeSheetSeed[], options: { active?: string; office?: OfficeFake; excelApi?: string } = {}) {
  const office = options.office ?? createOfficeFake({ excelApi: options.excelApi });
  const fake = createExcelFake(sheets, {
    active: options.active,
    customProperties: office.office.context.requirements.isSetSupported('ExcelApi', '1.12'),
    pageLayout: office.office.context.requirements.isSetSupported('ExcelApi', '1.9'),
  });
  // The fakes implement the members the host uses, not every overload Office's types declare.
  const host = createExcelHost(fake.excel as unknown as ExcelApi, office.office as unknown as OfficeApi);
  return { host, workbook: fake.workbook, office };
}

/** A deep copy of a sheet's values and conditional formats, to compare before and after. */
export function snapshotOf(workbook: ReturnType<typeof excelHostOn>['workbook'], sheetName: string) {
  const sheet = workbook.sheetNamed(sheetName);
  return structuredClone({ values: sheet.values(), conditionalFormats: sheet.conditionalFormats });
}
