/**
 * Google Sheets: text a report or a new sheet copies from a tracker ("10E1", "Dec-24", "9:30 AM",
 * "TRUE", "00123"...) lands as that text, through the built Code.js's addReportSheet and addSheet on
 * the Sheets fake, which reads setValues as Sheets does (test/fakes/typedInput.ts). The checks are in
 * test/core/workbook/literalTextSuite.ts, shared with Excel.
 */
import { SHEET_NAME_LIMIT } from '../../../core/workbook/sheetNames';
import { reportFor } from '../../core/workbook/textTracker';
import { literalTextSuite } from '../../core/workbook/literalTextSuite';
import { loadHost } from './hostBundle';

const TRACKER = 'Texts';

literalTextSuite({
  name: 'Google Sheets',
  async writeReport(rows, shape) {
    const host = loadHost([{ name: TRACKER, values: rows }]);
    const read = host.run<{ values: unknown[][] }>('readValues', TRACKER).values;
    const { report, plan } = reportFor(read, shape, host.fake.sheetNames(), SHEET_NAME_LIMIT.sheets);
    host.run('addReportSheet', plan);
    return { report, plan, written: host.fake.values(plan.sheetName) };
  },
  async addSheet(name, rows) {
    const host = loadHost([{ name: 'Year 10', values: [['UPN']] }]);
    host.run('addSheet', name, rows);
    return host.fake.values(name);
  },
});
