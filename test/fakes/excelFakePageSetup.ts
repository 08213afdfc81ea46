/** A sheet's page setup in the Excel fake, as worksheet.pageLayout (excelFakePageLayout.ts) reads and writes it. */

/** What a sheet's page setup holds: Excel's defaults for a new sheet, where nothing is set. */
export interface FakePageSetup {
  printArea: string | null;
  orientation: 'Portrait' | 'Landscape';
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
}

export const defaultPageSetup = (): FakePageSetup => ({
  printArea: null,
  orientation: 'Portrait',
  paperSize: 'Letter',
  zoom: { scale: 100 },
});
