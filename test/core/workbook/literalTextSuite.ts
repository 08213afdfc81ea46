/**
 * The same checks for both hosts: every text a report copies from a tracker, and every text of a
 * sheet added through addSheet (the sample tracker's path), reads back from the host's cells
 * exactly as it was, however the host would have read it had it been typed. Each host's test file
 * wires its real write path (Excel: createExcelHost on the Excel fake; Sheets: the built Code.js on
 * the Sheets fake), and both fakes read written text as their host does (test/fakes/typedInput.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../../core/panel/sampleTracker';
import type { Report } from '../../../core/report';
import type { ReportSheetPlan } from '../../../core/reportSheet';
import { generateSchool, sampleWideTrackerSheet } from '../../../core/sample';
import { asLiteralRows, type WritableCell } from '../../../core/workbook/literalCells';
import { HOST_PARSED_TEXTS, SPACED_TEXTS, texts } from './hostParsedTexts';
import { PLACE_KINDS, placesOf } from './reportTextPlaces';
import { shownRows } from './shown';
import { textTrackerRows, textTrackers, type TextTrackerShape } from './textTracker';

export interface WrittenReport {
  report: Report;
  plan: ReportSheetPlan;
  /** The report sheet's cells as the host holds them, from A1. */
  written: unknown[][];
}

export interface HostUnderTest {
  name: string;
  /** Seeds a tracker holding `rows` as text, reads it through the host, plans the report in the core and writes it through the host. */
  writeReport(rows: (string | number)[][], shape: TextTrackerShape): Promise<WrittenReport>;
  /** Adds a sheet through the host's addSheet and gives back its cells. */
  addSheet(name: string, rows: WritableCell[][]): Promise<unknown[][]>;
}

const TRACKERS = textTrackers(texts(HOST_PARSED_TEXTS));
const cellAt = (grid: readonly (readonly unknown[])[], r: number, c: number) => grid[r]?.[c] ?? '';

export function literalTextSuite(host: HostUnderTest): void {
  describe(`${host.name}: text copied from a tracker into a report stays exactly as it was`, () => {
    const reports: WrittenReport[] = [];
    beforeAll(async () => {
      for (const shape of Object.values(TRACKERS)) reports.push(await host.writeReport(textTrackerRows(shape), shape));
    });

    it.each(HOST_PARSED_TEXTS)('$text (a host would make it $becomes)', ({ text }) => {
      const places = reports.flatMap(({ report, written }) => placesOf(text, report, written));
      // Every text is at least a pupil's name, UPN and class, so no text is checked nowhere.
      expect(places.map(({ place }) => place)).toEqual(
        expect.arrayContaining(['pupil list: Pupil', 'pupil list: UPN', 'pupil list: Class']),
      );
      expect(places.map(({ place, cell }) => ({ place, cell }))).toEqual(places.map(({ place, expected }) => ({ place, cell: expected })));
    });

    it('reaches every kind of place for most texts: trackers carry them into subjects, programmes, headings and collections', () => {
      const kinds = HOST_PARSED_TEXTS.flatMap(({ text }) =>
        reports.flatMap(({ report, written }) => placesOf(text, report, written).map(({ place }) => place)),
      );
      for (const kind of PLACE_KINDS)
        expect(kinds.filter((place) => place === kind).length, kind).toBeGreaterThanOrEqual(Math.floor(HOST_PARSED_TEXTS.length * 0.8));
    });

    it('shows every cell of each report as planned: nothing turned into a number, date, time, boolean or formula', () => {
      for (const { plan, written } of reports) {
        const read = plan.values.map((row, r) => row.map((_, c) => cellAt(written, r, c)));
        expect(read).toEqual(shownRows(plan.values));
      }
    });
  });

  describe(`${host.name}: a sheet added with text a host would read as values keeps it exactly`, () => {
    const entries = [...HOST_PARSED_TEXTS, ...SPACED_TEXTS];
    // Numbers and booleans beside the text: they must stay numbers and booleans.
    const rows = [['Text', 'Number', 'Flag'], ...entries.map(({ text }, i) => [text, i + 0.5, i % 2 === 0])];
    let written: unknown[][] = [];
    beforeAll(async () => {
      written = await host.addSheet('Texts copy', asLiteralRows(rows));
    });

    it.each(entries.map((entry, i) => ({ ...entry, row: i + 1 })))('$text (a host would make it $becomes)', ({ row }) => {
      expect(written[row]).toEqual(rows[row]);
    });

    it('the sample tracker reads back exactly as it was generated, numbers as numbers', async () => {
      const { rows: literal, year } = generateSample();
      const generated = sampleWideTrackerSheet(generateSchool({ years: [year] }), { year });
      expect(await host.addSheet('Sample tracker', literal)).toEqual(generated);
    });
  });
}
