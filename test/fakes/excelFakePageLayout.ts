/**
 * worksheet.pageLayout of the Excel fake (ExcelApi 1.9), as Office defines it: setPrintArea takes
 * an A1 address on the sheet, zoom is PageLayoutZoomOptions (a scale, or pages to fit across and
 * down), paperSize one of Excel.PaperType's values, orientation Portrait or Landscape. Writes queue
 * and land at sync; a value Office would refuse fails there with InvalidArgument. Where the
 * workbook says ExcelApi 1.9 is missing, every use fails with ApiNotFound, as an older Excel does.
 * Nothing here knows about Tracklight.
 */
import { FakeExcelError, parseAddress } from './excelFakeA1';
import { Batch, FakeObject } from './excelFakeProxy';
import type { FakeSheet } from './excelFakeWorkbook';
import type { FakePageSetup } from './excelFakePageSetup';

const PAPER_SIZES = new Set(['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5', 'Executive', 'Tabloid']);

export class WorksheetPageLayout extends FakeObject<FakeSheet> {
  protected readonly scalars = {
    orientation: (sheet: FakeSheet) => sheet.pageSetup.orientation,
    paperSize: (sheet: FakeSheet) => sheet.pageSetup.paperSize,
    zoom: (sheet: FakeSheet) => structuredClone(sheet.pageSetup.zoom),
  };

  constructor(batch: Batch, resolve: () => FakeSheet | null) {
    super(
      batch,
      () => {
        if (!batch.workbook.supportsPageLayout) throw new FakeExcelError('ApiNotFound', 'worksheet.pageLayout needs ExcelApi 1.9');
        return resolve();
      },
      'PageLayout',
    );
  }

  setPrintArea(printArea: string): void {
    this.queue('setPrintArea', (sheet) => {
      if (typeof printArea !== 'string') throw new FakeExcelError('InvalidArgument', 'This fake takes the print area as an A1 address');
      parseAddress(printArea);
      sheet.pageSetup.printArea = printArea;
    });
  }
  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(orientation: string) {
    this.queue('orientation=', (sheet) => {
      if (orientation !== 'Portrait' && orientation !== 'Landscape')
        throw new FakeExcelError('InvalidArgument', `'${orientation}' is not an orientation`);
      sheet.pageSetup.orientation = orientation;
    });
  }
  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(paperSize: string) {
    this.queue('paperSize=', (sheet) => {
      if (!PAPER_SIZES.has(paperSize)) throw new FakeExcelError('InvalidArgument', `'${paperSize}' is not an Excel.PaperType`);
      sheet.pageSetup.paperSize = paperSize;
    });
  }
  get zoom(): FakePageSetup['zoom'] {
    return this.read('zoom');
  }
  set zoom(zoom: FakePageSetup['zoom']) {
    this.queue('zoom=', (sheet) => {
      const counts = [zoom.horizontalFitToPages, zoom.verticalFitToPages, zoom.scale].filter((value) => value !== undefined);
      if (counts.length === 0 || counts.some((value) => typeof value !== 'number' || value < 0))
        throw new FakeExcelError('InvalidArgument', 'zoom takes a scale or pages to fit, as numbers');
      sheet.pageSetup.zoom = structuredClone(zoom);
    });
  }
}
