/**
 * "Report on several sheets" in the panel, on the preview's host over the year group kept one sheet per
 * subject (dev/preview/yearGroupSheets.ts): ticking sheets saves them with the report settings; preview
 * and build read each sheet once; a ticked sheet that has gone is named and nothing is written.
 */
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../core/panel/host';
import { buildReportSheet, previewReport } from '../../../core/panel/reports';
import { listSheetChoices, tickSheet } from '../../../core/panel/severalSheets';
import { ShownHeadlines } from '../../../core/panel/shownHeadlines';
import { createPreviewHost } from '../../../dev/preview/previewHost';
import { PreviewWorkbook } from '../../../dev/preview/workbook';
import { YEAR_GROUP_PUPILS, yearGroupSheets } from '../../../dev/preview/yearGroupSheets';
import { startSession } from '../../support/panelSession';

const [MATHS, ENGLISH, SCIENCE] = ['Y11 Maths', 'Y11 English', 'Y11 Science'];

/** The three subject sheets and a notes tab, 'Y11 Maths' open, with every readValues call recorded. */
async function yearGroupPanel() {
  const workbook = new PreviewWorkbook();
  for (const { name, rows } of yearGroupSheets()) workbook.addSheet(name, rows);
  workbook.addSheet('Notes', [['Parents evening', 'Thursday']]);
  workbook.activate(MATHS);
  const preview = createPreviewHost(workbook, { latencyMs: 0 });
  const reads: string[] = [];
  const host: Host = {
    ...preview,
    readValues: (name) => {
      reads.push(name);
      return preview.readValues(name);
    },
  };
  return { workbook, reads, ...(await startSession(host)) };
}

describe('report on several sheets (panel)', () => {
  it('lists the other sheets and saves the ticked ones with the report settings', async () => {
    const { session, workbook } = await yearGroupPanel();
    expect(await listSheetChoices(session)).toEqual([ENGLISH, SCIENCE, 'Notes'].map((name) => ({ name, ticked: false, missing: false })));
    expect(tickSheet(session, MATHS, ENGLISH, true)).toBeNull();
    expect(tickSheet(session, MATHS, SCIENCE, true)).toBeNull();
    expect(tickSheet(session, MATHS, 'Notes', true)).toBeNull();
    expect(tickSheet(session, MATHS, 'Notes', false)).toBeNull();
    await session.save();
    expect(JSON.parse(workbook.settingsText ?? '{}').report).toEqual({ combineSheets: [ENGLISH, SCIENCE] });
    expect((await listSheetChoices(session)).filter((choice) => choice.ticked).map((choice) => choice.name)).toEqual([ENGLISH, SCIENCE]);
  });

  it('previews and builds the report on the ticked sheets, reading each sheet once a click', async () => {
    const { session, status, lines, reads, workbook } = await yearGroupPanel();
    tickSheet(session, MATHS, ENGLISH, true);
    tickSheet(session, MATHS, SCIENCE, true);
    const display = new ShownHeadlines();
    reads.length = 0;
    await previewReport(session, status, display, 'ticked sheets');
    expect(reads).toEqual([MATHS, ENGLISH, SCIENCE]);
    const shown = display.current!;
    expect(shown.others).toEqual([ENGLISH, SCIENCE]);
    expect(shown.report.wide).toBe(true);
    expect(shown.report.subjects).toEqual(['Maths', 'English', 'Science']);
    expect(shown.headline.lines[0]).toBe(`${YEAR_GROUP_PUPILS} pupils`);
    expect(shown.headline.lines.some((line) => line.startsWith('Projected Attainment 8: '))).toBe(true);
    expect(shown.report.warnings[0]).toMatch(
      new RegExp(
        `^${YEAR_GROUP_PUPILS} pupils in '${SCIENCE}' were matched by name and class, as it has no UPN column\\. Matched twice: `,
      ),
    );
    expect(lines.at(-1)).toBe(
      `done: The headline numbers for '${MATHS} + 2 sheets' are shown below. ` +
        'Nothing has been written yet: choose Build report on these sheets to add the report sheet.',
    );

    reads.length = 0;
    const before = workbook.sheets.map((sheet) => sheet.name);
    await buildReportSheet(session, status, display, 'ticked sheets');
    expect(reads).toEqual([MATHS, ENGLISH, SCIENCE]);
    const added = workbook.sheets.map((sheet) => sheet.name).filter((name) => !before.includes(name));
    expect(added).toHaveLength(1);
    // Shortened to Excel's 31 characters, the sheet's name still says where it came from; its title says it whole.
    expect(added[0]).toContain(`${MATHS} + 2`);
    expect(String(workbook.sheet(added[0]!).rows[0]?.[0])).toContain(`Tracklight report - ${MATHS} + 2 sheets - `);
    expect(lines.at(-1)).toBe(
      `done: Added the report sheet '${added[0]}'. '${MATHS}', '${ENGLISH}', '${SCIENCE}' and every other sheet are unchanged.`,
    );
  });

  it('names a ticked sheet that has gone, reads no other sheet, and writes nothing', async () => {
    const { session, status, lines, reads, workbook } = await yearGroupPanel();
    tickSheet(session, MATHS, ENGLISH, true);
    tickSheet(session, MATHS, SCIENCE, true);
    workbook.deleteSheet(SCIENCE);
    expect((await listSheetChoices(session)).find((choice) => choice.name === SCIENCE)).toEqual({
      name: SCIENCE,
      ticked: true,
      missing: true,
    });
    const before = workbook.sheets.map((sheet) => sheet.name);
    reads.length = 0;
    await buildReportSheet(session, status, new ShownHeadlines(), 'ticked sheets');
    expect(reads).toEqual([MATHS]);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(before);
    expect(lines.at(-1)).toBe(
      `problem: '${SCIENCE}' is no longer in this workbook (renamed or deleted): ` +
        'untick it under Report on several sheets, or tick the sheet by its new name. Nothing was changed.',
    );
  });

  it('asks for a sheet to be ticked before reporting on several', async () => {
    const { session, status, lines, workbook } = await yearGroupPanel();
    const before = workbook.sheets.length;
    await previewReport(session, status, new ShownHeadlines(), 'ticked sheets');
    expect(lines.at(-1)).toBe(
      'problem: No other sheet is ticked under Report on several sheets: ' +
        `tick the sheets to report on with '${MATHS}'. Nothing was changed.`,
    );
    expect(workbook.sheets).toHaveLength(before);
  });
});
