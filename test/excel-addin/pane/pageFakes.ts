/**
 * The recording fakes of Excel JS and Office (test/fakes/), for the browser: the pane test bundles
 * this file with esbuild and runs it in the page before any of the page's scripts, so taskpane.js
 * meets them as the globals `Excel` and `Office`. office.js itself is a stub that adds only
 * Office.onReady and CustomFunctions to what is installed here.
 * Every Excel.run is recorded: how many context.sync() calls it made and whether it changed any
 * conditional format, so the test can find the batch that coloured a sheet and count its syncs.
 */
import { createExcelFake, FakeExcelError, type FakeSheetSeed, type FakeWorkbook } from '../../fakes/excelFake';
import { createOfficeFake, type OfficeFake } from '../../fakes/officeFake';

export interface PaneSeed {
  sheets: FakeSheetSeed[];
  active?: string;
  /** Start with every Excel.run failing, as when Excel cannot be reached; the test may clear it. */
  failing?: boolean;
}

export interface RunRecord {
  syncs: number;
  changedFormats: boolean;
}

/** What the test reads back through page.evaluate. */
export interface PaneFakes {
  workbook: FakeWorkbook;
  office: OfficeFake;
  runs: RunRecord[];
  failing: boolean;
}

type Batch<T> = (context: { sync(): Promise<void> }) => Promise<T>;

function installPaneFakes(seed: PaneSeed): void {
  const fake = createExcelFake(seed.sheets, { active: seed.active });
  const office = createOfficeFake();
  const state: PaneFakes = { workbook: fake.workbook, office, runs: [], failing: seed.failing ?? false };
  const formatsNow = () => JSON.stringify(fake.workbook.sheets.map((sheet) => [sheet.name, sheet.conditionalFormats]));

  const excel = {
    ConditionalFormatType: fake.excel.ConditionalFormatType,
    async run<T>(batch: Batch<T>): Promise<T> {
      if (state.failing) throw new FakeExcelError('GeneralException', 'An internal error has occurred.');
      const record: RunRecord = { syncs: 0, changedFormats: false };
      state.runs.push(record);
      const before = formatsNow();
      try {
        return await fake.excel.run((context) => {
          const sync = context.sync.bind(context);
          context.sync = () => {
            record.syncs += 1;
            return sync();
          };
          return batch(context);
        });
      } finally {
        record.changedFormats = formatsNow() !== before;
      }
    },
  };
  const page = globalThis as unknown as { Excel: unknown; Office: unknown; paneFakes: PaneFakes };
  page.Excel = excel;
  page.Office = { ...office.office };
  page.paneFakes = state;
}

(globalThis as unknown as { installPaneFakes: typeof installPaneFakes }).installPaneFakes = installPaneFakes;
