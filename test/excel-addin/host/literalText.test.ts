/**
 * Excel: text a report or a new sheet copies from a tracker ("10E1", "Dec-24", "9:30 AM", "TRUE",
 * "00123"...) lands as that text, through createExcelHost's real addReportSheet and addSheet on the
 * Excel fake, which reads written text as Excel does (test/fakes/typedInput.ts). The checks are in
 * test/core/workbook/literalTextSuite.ts, shared with Google Sheets.
 */
import { reportFor } from '../../core/workbook/textTracker';
import { literalTextSuite } from '../../core/workbook/literalTextSuite';
import { excelHostOn } from './support';

const TRACKER = 'Texts';

literalTextSuite({
  name: 'Excel',
  async writeReport(rows, shape) {
    const { host, workbook } = excelHostOn([{ name: TRACKER, values: rows }]);
    const read = await host.readValues(TRACKER);
    const { report, plan } = reportFor(read.values, shape, read.sheetNames, host.maxSheetName);
    await host.addReportSheet(plan);
    return { report, plan, written: workbook.sheetNamed(plan.sheetName).values() };
  },
  async addSheet(name, rows) {
    const { host, workbook } = excelHostOn([{ name: 'Year 10', values: [['UPN']] }]);
    await host.addSheet(name, rows);
    return workbook.sheetNamed(name).values();
  },
});
