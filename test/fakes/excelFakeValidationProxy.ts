/**
 * The Excel fake's data validation proxies: range.dataValidation, and the RangeAreas that
 * range.getSpecialCellsOrNullObject('DataValidations') gives (ExcelApi 1.9). They queue and read
 * like every proxy (excelFakeProxy.ts); the cells' rules are excelFakeValidation.ts.
 */
import { FakeExcelError, formatAddress, type Rect } from './excelFakeA1';
import { FakeObject, type Batch, type Loadable } from './excelFakeProxy';
import { defaultAlert, type FakeValidationRule } from './excelFakeValidation';
import type { FakeSheet } from './excelFakeWorkbook';

/** What a DataValidation proxy stands for: some cells of one sheet (a Range's one rectangle, or a RangeAreas' several). */
export type CellsModel = { sheet: FakeSheet; rects: Rect[] };

/** range.dataValidation (and rangeAreas.dataValidation). */
export class DataValidation extends FakeObject<CellsModel> {
  protected readonly scalars = {
    type: ({ sheet, rects }: CellsModel) => {
      const rule = sheet.validation.common(rects);
      return rule === 'none' ? 'None' : rule === 'inconsistent' ? 'Inconsistent' : rule.type;
    },
    rule: ({ sheet, rects }: CellsModel) => {
      const rule = sheet.validation.common(rects);
      return rule === 'none' ? {} : rule === 'inconsistent' ? null : rule.rule;
    },
    errorAlert: ({ sheet, rects }: CellsModel) => {
      const rule = sheet.validation.common(rects);
      return rule === 'none' ? defaultAlert() : rule === 'inconsistent' ? null : rule.errorAlert;
    },
    ignoreBlanks: ({ sheet, rects }: CellsModel) => {
      const rule = sheet.validation.common(rects);
      return typeof rule === 'string' ? true : rule.ignoreBlanks;
    },
  };
  constructor(batch: Batch, resolve: () => CellsModel | null) {
    super(batch, resolve, 'DataValidation');
  }
  get type(): string {
    return this.read('type');
  }
  get rule(): unknown {
    return this.read('rule');
  }
  set rule(rule: unknown) {
    this.queue('rule=', ({ sheet, rects }) => (sheet.assertWritable(), sheet.validation.setRule(rects, rule)));
  }
  get errorAlert(): FakeValidationRule['errorAlert'] {
    return this.read('errorAlert');
  }
  set errorAlert(alert: unknown) {
    this.queue('errorAlert=', ({ sheet, rects }) => (sheet.assertWritable(), sheet.validation.setErrorAlert(rects, alert)));
  }
  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks');
  }
  clear(): void {
    this.queue('clear', ({ sheet, rects }) => (sheet.assertWritable(), sheet.validation.clear(rects)));
  }
}

/** What getSpecialCellsOrNullObject gives: the cells of a range that match, as one or more rectangles (ExcelApi 1.9). */
export class RangeAreas extends FakeObject<CellsModel> {
  protected readonly scalars = {
    address: ({ sheet, rects }: CellsModel) => rects.map((rect) => `${sheet.quotedName()}!${formatAddress(rect)}`).join(','),
    areaCount: ({ rects }: CellsModel) => rects.length,
  };
  readonly dataValidation = new DataValidation(this.batch, this.resolve);
  constructor(batch: Batch, resolve: () => CellsModel | null) {
    super(batch, resolve, 'RangeAreas');
  }
  protected override navigation(name: string): Loadable | undefined {
    return name === 'dataValidation' ? this.dataValidation : undefined;
  }
  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}

/** range.getSpecialCellsOrNullObject: only 'DataValidations', the one kind this fake models. */
export function specialCells(batch: Batch, resolveRange: () => { sheet: FakeSheet; rect: Rect } | null, cellType: string): RangeAreas {
  if (cellType !== 'DataValidations')
    throw new FakeExcelError('InvalidArgument', `The fake models getSpecialCells('DataValidations') only, not '${cellType}'`);
  return new RangeAreas(batch, () => {
    const range = resolveRange();
    if (!range) return null;
    const rects = range.sheet.validation.validatedRects([range.rect]);
    return rects ? { sheet: range.sheet, rects } : null;
  });
}
