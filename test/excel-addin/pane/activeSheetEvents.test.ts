/**
 * The Excel host's onActiveSheetChange: the panel follows the user to another sheet through
 * worksheets.onActivated (ExcelApi 1.7). The recording fake has no events, so here its
 * worksheets are given an onActivated that behaves as Office documents it: add() queues, and the
 * handler is registered only by the next context.sync(). Where Excel has no such event (the plain
 * fake, like an Excel older than ExcelApi 1.7), following quietly does nothing: the panel's
 * "Read the active sheet again" button remains, and nothing may throw or reject unhandled.
 */
import { describe, expect, it } from 'vitest';
import { createExcelHost, type ExcelApi, type OfficeApi } from '../../../excel-addin/host';
import { createExcelFake } from '../../fakes/excelFake';
import { createOfficeFake } from '../../fakes/officeFake';
import { wideTracker } from '../host/trackers';

type Handler = (args: { type: 'WorksheetActivated'; worksheetId: string }) => Promise<unknown>;

/** The fake, with worksheets.onActivated added to every request context. */
function fakeWithActivatedEvent() {
  const fake = createExcelFake([
    { name: 'Year 10', values: wideTracker(5) },
    { name: 'Year 11', values: wideTracker(5) },
  ]);
  const registered: Handler[] = [];
  const excel = {
    ...fake.excel,
    run: <T>(batch: (context: never) => Promise<T>) =>
      fake.excel.run((context) => {
        const queued: Handler[] = [];
        const sync = context.sync.bind(context);
        context.sync = async () => {
          await sync();
          registered.push(...queued.splice(0));
        };
        Object.assign(context.workbook.worksheets, { onActivated: { add: (handler: Handler) => void queued.push(handler) } });
        return batch(context as never);
      }),
  };
  const activate = (worksheetId: string) => Promise.all(registered.map((handler) => handler({ type: 'WorksheetActivated', worksheetId })));
  return { excel, workbook: fake.workbook, registered, activate };
}

const hostOn = (excel: unknown) => createExcelHost(excel as ExcelApi, createOfficeFake().office as unknown as OfficeApi);
/** Lets queued promise callbacks run, so a registration that is under way finishes. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Excel host: following the active sheet', () => {
  it('registers one onActivated handler in one Excel.run, and calls the listener each time a sheet is opened', async () => {
    const { excel, workbook, registered, activate } = fakeWithActivatedEvent();
    const host = hostOn(excel);
    let calls = 0;
    host.onActiveSheetChange!(() => (calls += 1));
    await settle();

    expect(registered).toHaveLength(1);
    expect(workbook.runs).toBe(1);
    expect(workbook.syncs).toBe(1);
    expect(calls).toBe(0);

    await activate('{sheet-2}');
    await activate('{sheet-1}');
    expect(calls).toBe(2);
  });

  it('does nothing, and throws nothing, where Excel has no worksheets.onActivated', async () => {
    const fake = createExcelFake([{ name: 'Year 10', values: wideTracker(5) }]);
    const host = hostOn(fake.excel);
    const valuesBefore = fake.workbook.sheetNamed('Year 10').values();
    let calls = 0;
    expect(() => host.onActiveSheetChange!(() => (calls += 1))).not.toThrow();
    await settle();
    // vitest fails the run on an unhandled rejection, so reaching here with nothing changed is the proof.
    expect(calls).toBe(0);
    expect(fake.workbook.sheetNamed('Year 10').values()).toEqual(valuesBefore);
    expect(fake.workbook.sheetNamed('Year 10').conditionalFormats).toEqual([]);
  });

  it('does nothing, and throws nothing, when Excel refuses to register the handler', async () => {
    const refusing = {
      ...createExcelFake([{ name: 'Year 10' }]).excel,
      run: () => Promise.reject(Object.assign(new Error('An internal error has occurred.'), { code: 'GeneralException' })),
    };
    const host = hostOn(refusing);
    expect(() => host.onActiveSheetChange!(() => undefined)).not.toThrow();
    await settle();
  });
});
