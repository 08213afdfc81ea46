/**
 * range.format in the Excel fake: columnWidth (points, whole columns) and font.bold. Reads are, as
 * in Excel, the common value of the range or null when its cells differ.
 */
import { FakeObject, type Batch, type RangeModel } from './excelFakeProxy';
import { FormatProtection } from './excelFakeProtection';

export class RangeFormat extends FakeObject<RangeModel> {
  protected readonly scalars = { columnWidth: ({ sheet, rect }: RangeModel) => sheet.columnWidthOf(rect) };
  readonly font = new RangeFont(this.batch, this.resolve);
  readonly protection = new FormatProtection(this.batch, this.resolve);

  constructor(batch: Batch, resolve: () => RangeModel | null) {
    super(batch, resolve, 'RangeFormat');
  }
  protected override navigation(name: string) {
    return name === 'font' ? this.font : name === 'protection' ? this.protection : undefined;
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(points: number) {
    this.queue('columnWidth=', ({ sheet, rect }) => sheet.setColumnWidth(rect, points));
  }
}

export class RangeFont extends FakeObject<RangeModel> {
  protected readonly scalars = { bold: ({ sheet, rect }: RangeModel) => sheet.boldIn(rect) };

  constructor(batch: Batch, resolve: () => RangeModel | null) {
    super(batch, resolve, 'RangeFont');
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(bold: boolean) {
    this.queue('bold=', ({ sheet, rect }) => sheet.setBold(rect, bold));
  }
}
