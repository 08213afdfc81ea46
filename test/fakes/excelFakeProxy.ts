/**
 * What every proxy of the Excel fake shares (excelFake.ts): commands queue on the batch and reach
 * the workbook only at context.sync(); a property can be read only after a load and a sync
 * (PropertyNotLoaded otherwise); every call is counted. Nothing here knows about Tracklight.
 */
import { FakeExcelError, type Rect } from './excelFakeA1';
import type { FakeSheet, FakeWorkbook } from './excelFakeWorkbook';

/** What a Range proxy stands for once synced: a rectangle of one sheet. */
export type RangeModel = { sheet: FakeSheet; rect: Rect };

export class Batch {
  pending: (() => void)[] = [];
  constructor(readonly workbook: FakeWorkbook) {}
}

/** "a, b/c" or ["a", "b/c"] -> [["a"], ["b", "c"]] */
function readPaths(spec: unknown): string[][] {
  if (spec === undefined || spec === null) return [];
  const list = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec.map(String) : null;
  if (!list) throw new FakeExcelError('InvalidArgument', 'This fake takes load("a, b/c") or load(["a", "b/c"]) only');
  return list
    .map((path) => path.trim())
    .filter(Boolean)
    .map((path) => path.split('/').map((part) => part.trim()));
}

/** Anything a load path can reach: a proxy, or a collection of them. */
export interface Loadable {
  applyLoad(paths: string[][]): void;
}

/** What every proxy shares: queued loads and writes, and reads only of what a sync loaded. */
export abstract class FakeObject<M> implements Loadable {
  private readonly loaded = new Map<string, unknown>();
  private state: 'unsynced' | 'loaded' | 'null' = 'unsynced';
  protected abstract readonly scalars: Record<string, (model: M) => unknown>;

  constructor(
    protected readonly batch: Batch,
    protected readonly resolve: () => M | null,
    readonly typeName: string,
  ) {}

  protected navigation(_name: string): Loadable | undefined {
    return undefined;
  }

  load(spec?: string | string[]): this {
    this.count('load');
    const paths = readPaths(spec);
    this.batch.pending.push(() => this.applyLoad(paths));
    return this;
  }

  get isNullObject(): boolean {
    if (this.state === 'unsynced') throw notLoaded(this.typeName, 'isNullObject');
    return this.state === 'null';
  }

  /** At sync: snapshots the named scalars (all of them when none is named) and loads children. */
  applyLoad(paths: string[][]): void {
    const model = this.resolve();
    this.state = model === null ? 'null' : 'loaded';
    if (model === null) return;
    const wanted = paths.length > 0 ? paths : Object.keys(this.scalars).map((name) => [name]);
    const byChild = new Map<string, string[][]>();
    for (const [first, ...rest] of wanted) {
      const scalar = this.scalars[first!];
      if (scalar && rest.length === 0) this.loaded.set(first!, structuredClone(scalar(model)));
      else byChild.set(first!, [...(byChild.get(first!) ?? []), ...(rest.length ? [rest] : [])]);
    }
    for (const [name, rest] of byChild) {
      const child = this.navigation(name);
      if (!child) throw new FakeExcelError('InvalidArgument', `${this.typeName} has no property '${name}' to load`);
      child.applyLoad(rest);
    }
  }

  protected count(member: string): void {
    this.batch.workbook.count(`${this.typeName}.${member}`);
  }

  protected read<T>(property: string): T {
    if (this.state === 'null')
      throw new FakeExcelError('InvalidObjectPath', `${this.typeName} is a null object: check isNullObject before reading '${property}'`);
    if (!this.loaded.has(property)) throw notLoaded(this.typeName, property);
    return this.loaded.get(property) as T;
  }

  /** Queues a change to the model; `member` is what the call count records. */
  protected queue(member: string, change: (model: M) => void): void {
    this.count(member);
    this.batch.pending.push(() => {
      const fault = this.batch.workbook.fault?.(`${this.typeName}.${member}`);
      if (fault) throw fault;
      const model = this.resolve();
      if (model === null) throw new FakeExcelError('InvalidObjectPath', `${this.typeName} is a null object and cannot be changed`);
      change(model);
    });
  }
}

export function notLoaded(typeName: string, property: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `${typeName}.${property} is not available: call load('${property}') and context.sync() before reading it`,
  );
}

/** Collections: `items` after a load; a path not starting with "items" is loaded on every item, as Office does. */
export abstract class FakeCollection<M, I, P extends Loadable> extends FakeObject<M> {
  private loadedItems: P[] | null = null;
  protected readonly scalars = {};
  protected abstract members(model: M): I[];
  protected abstract item(member: I): P;

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded(this.typeName, 'items');
    return this.loadedItems;
  }

  override applyLoad(paths: string[][]): void {
    const model = this.resolve();
    if (model === null) return;
    this.loadedItems = this.members(model).map((member) => this.item(member));
    const itemPaths = paths.map((path) => (path[0] === 'items' ? path.slice(1) : path)).filter((path) => path.length > 0);
    for (const item of this.loadedItems) item.applyLoad(itemPaths);
  }
}
