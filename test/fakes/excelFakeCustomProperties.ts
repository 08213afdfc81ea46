/**
 * worksheet.customProperties of the Excel fake (ExcelApi 1.12), as Office defines them: keys are
 * compared without regard to case and may have at most 255 characters (InvalidArgument beyond);
 * add() replaces a property with the same key; getItem() of a missing key is ItemNotFound at sync,
 * getItemOrNullObject() a null object. Where the workbook says the API set is missing, every use
 * fails with ApiNotFound at sync, as an older Excel does. Nothing here knows about Tracklight.
 */
import { FakeExcelError } from './excelFakeA1';
import { Batch, FakeCollection, FakeObject } from './excelFakeProxy';
import type { FakeSheet } from './excelFakeWorkbook';

type PropertyModel = { sheet: FakeSheet; key: string };
const MAX_KEY = 255;

function supported(batch: Batch): void {
  if (!batch.workbook.supportsCustomProperties)
    throw new FakeExcelError('ApiNotFound', 'worksheet.customProperties needs ExcelApi 1.12, which this Excel does not have');
}

export class WorksheetCustomPropertyCollection extends FakeCollection<FakeSheet, PropertyModel, WorksheetCustomProperty> {
  constructor(
    batch: Batch,
    private readonly sheet: () => FakeSheet | null,
  ) {
    super(batch, () => (supported(batch), sheet()), 'WorksheetCustomPropertyCollection');
  }
  protected members(sheet: FakeSheet): PropertyModel[] {
    return [...sheet.customProperties.keys()].map((key) => ({ sheet, key }));
  }
  protected item(model: PropertyModel): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.batch, () => (model.sheet.customProperties.has(model.key) ? model : null));
  }

  add(key: string, value: string): WorksheetCustomProperty {
    this.queue('add', (sheet) => {
      if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY)
        throw new FakeExcelError('InvalidArgument', `A custom property key must have 1 to ${MAX_KEY} characters`);
      sheet.assertWritable();
      sheet.customProperties.set(key.toLowerCase(), { key, value: String(value) });
    });
    return this.itemFor(key, 'add');
  }
  getItem(key: string): WorksheetCustomProperty {
    this.count('getItem');
    return this.itemFor(key, 'getItem');
  }
  getItemOrNullObject(key: string): WorksheetCustomProperty {
    this.count('getItemOrNullObject');
    return this.itemFor(key, 'orNull');
  }

  private itemFor(key: string, how: 'add' | 'getItem' | 'orNull'): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.batch, () => {
      supported(this.batch);
      const sheet = this.sheet();
      if (sheet?.customProperties.has(key.toLowerCase())) return { sheet, key: key.toLowerCase() };
      if (how === 'orNull') return null;
      throw new FakeExcelError('ItemNotFound', `There is no custom property '${key}' on this sheet`);
    });
  }
}

export class WorksheetCustomProperty extends FakeObject<PropertyModel> {
  protected readonly scalars = {
    key: ({ sheet, key }: PropertyModel) => sheet.customProperties.get(key)!.key,
    value: ({ sheet, key }: PropertyModel) => sheet.customProperties.get(key)!.value,
  };
  constructor(batch: Batch, resolve: () => PropertyModel | null) {
    super(batch, resolve, 'WorksheetCustomProperty');
  }
  get key(): string {
    return this.read('key');
  }
  get value(): string {
    return this.read('value');
  }
  set value(value: string) {
    this.queue('value=', ({ sheet, key }) => {
      sheet.assertWritable();
      sheet.customProperties.get(key)!.value = String(value);
    });
  }
  delete(): void {
    this.queue('delete', ({ sheet, key }) => void sheet.customProperties.delete(key));
  }
}
