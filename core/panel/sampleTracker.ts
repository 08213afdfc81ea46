/**
 * "Insert a sample tracker": a new sheet holding the synthetic school's Year 11, one block per
 * subject (Maths Target | Maths RP1 ...), so anyone can try Tracklight in an empty workbook.
 * The pupils are made up by a seeded generator; no row describes a real child.
 */
import { generateSchool, sampleWideTrackerSheet } from '../sample';
import { asLiteralRows, type WritableCell } from '../workbook/literalCells';
import { uniqueSheetName } from '../workbook/sheetNames';
import type { PanelSession } from './session';
import { messageOf, type StatusArea } from './status';

export const SAMPLE_SHEET_NAME = 'Sample tracker';
const SAMPLE_YEAR = 11;

/**
 * The rows to write: through asLiteralRows, so every value lands as itself. Without it a host reads
 * the sample's own text as typed input: a grade range such as "5-4" would become the date 5 April.
 */
export function generateSample(): { rows: WritableCell[][]; pupils: number; year: number } {
  const school = generateSchool({ years: [SAMPLE_YEAR] });
  const rows = asLiteralRows(sampleWideTrackerSheet(school, { year: SAMPLE_YEAR }));
  return { rows, pupils: school.yearGroups[0]!.pupils.length, year: SAMPLE_YEAR };
}

export async function insertSampleTracker(session: PanelSession, status: StatusArea): Promise<void> {
  status.begin('Adding a sample tracker...');
  try {
    const existing = (await session.host.allSheets()).map((sheet) => sheet.name);
    const name = uniqueSheetName(SAMPLE_SHEET_NAME, existing);
    const { rows, pupils, year } = generateSample();
    await session.host.addSheet(name, rows);
    await session.readActiveSheet();
    status.line(
      `Added the sheet '${name}' with ${pupils} made-up Year ${year} pupils. ` +
        'Its layout is shown above: check it, then choose Colour this sheet.',
      'done',
    );
  } catch (problem) {
    status.line(`Could not add the sample tracker: ${messageOf(problem)}`, 'problem');
  }
}
