/**
 * The load/sync protocol: proxies queue operations; `context.sync()` runs them in order against
 * the document; loaded values become readable only after that sync.
 */
import { excelError, propertyNotLoaded, FakeExcelError } from "./errors";
import { parseLoadOptions, treeToString } from "./load";
import { specOf, stageLoad } from "./spec";
import type { FakeWorkbook } from "./workbook";
import { versionAtLeast } from "./version";
import { jsonBytes, wire } from "./wire";

export { install, type ClassSpec } from "./spec";
export { jsonBytes, utf8Bytes, wire } from "./wire";
export { versionAtLeast } from "./version";

export interface Op {
  obj: ClientObjectBase<unknown>;
  name: string;
  args: unknown[];
  run: () => void;
  /** Set when the operation creates an object (a method returning a proxy): no action of its own in Office.js. */
  creates?: ClientObjectBase<unknown>;
  /** "set" for a property write (SetProperty), "load" for a load (Query); else a method call. */
  kind?: "set" | "load";
}

/** The slice of the request context the proxies need. */
export interface ContextCore {
  readonly _wb: FakeWorkbook;
  _enqueue(op: Op): void;
  _stage(commit: () => void, bytes: number): void;
  _touch(p: ClientObjectBase<unknown>): void;
  /** The operation queued last (to mark it as a property write). */
  _lastOp?(): Op | undefined;
}

export abstract class ClientObjectBase<T> {
  readonly context: ContextCore;
  /** @internal A readable path for payload accounting and error messages. */
  _path: string;
  private _target: T | null | undefined = undefined;
  private _resolver: () => T | null;
  private _loaded = new Map<string, unknown>();
  private _navCache = new Map<string, ClientObjectBase<unknown>>();
  /** @internal */ _items: ClientObjectBase<unknown>[] | undefined;
  /** @internal */ _nullKnown = false;
  /**
   * @internal How Office.js would name this object on the wire (an ObjectPath): the parent it
   * hangs from, the member ("" for an indexer) and the arguments. The root has none.
   */
  _wire: { parent: ClientObjectBase<unknown>; member: string; args?: unknown[]; type: 3 | 4 | 5 } | undefined;

  constructor(ctx: ContextCore, path: string, resolver: () => T | null, bound?: T) {
    this.context = ctx;
    this._path = path;
    this._resolver = resolver;
    if (bound !== undefined) {
      this._target = bound;
      this._nullKnown = true;
    }
  }

  /** @internal */ get _className(): string {
    return specOf(this).name;
  }

  /** @internal Binds (once) and returns the document object, null for a null object. */
  _resolve(): T | null {
    if (this._target === undefined) this._target = this._resolver();
    const t = this._target;
    if (t !== null && isDead(t)) throw excelError("ItemNotFound", undefined, this._className);
    this.context._touch(this as ClientObjectBase<unknown>);
    return t;
  }

  /** @internal Re-points this proxy (used by methods that return objects). */
  _bindVia(resolver: () => T | null): void {
    this._resolver = resolver;
    this._target = undefined;
  }

  get isNullObject(): boolean {
    if (!this._nullKnown) throw propertyNotLoaded(this._className, "isNullObject");
    return this._target === null;
  }

  /** @internal */ _api(version: string, what: string): void {
    const have = this.context._wb.supportedApiVersion;
    if (!versionAtLeast(have, version)) {
      throw new FakeExcelError(
        "ApiNotFound",
        `The method or property ${what} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
        what,
      );
    }
  }

  /** @internal */ _read(prop: string): unknown {
    if (this._nullKnown && this._target === null) return undefined;
    if (!this._loaded.has(prop)) throw propertyNotLoaded(this._className, prop);
    return this._loaded.get(prop);
  }

  /** @internal Queues an operation that runs against the bound document object at sync. */
  _queue(name: string, args: unknown[], fn: (t: T) => void): void {
    this.context._enqueue({
      obj: this as ClientObjectBase<unknown>,
      name,
      args,
      run: () => {
        const t = this._resolve();
        if (t !== null) fn(t);
      },
    });
  }

  /** @internal A property write: queued, and the property is no longer readable until loaded again. */
  _set(prop: string, value: unknown, apply: (t: T, v: unknown) => void): void {
    this._loaded.delete(prop);
    this._queue(prop, [value], (t) => apply(t, wire(value)));
    const op = this.context._lastOp?.();
    if (op) op.kind = "set";
  }

  /** @internal A method returning an object: queued; the child binds when the method runs. */
  _child<C extends ClientObjectBase<U>, U>(child: C, name: string, args: unknown[], derive: (t: T) => U | null): C {
    const resolver = (): U | null => {
      const t = this._resolve();
      return t === null ? null : derive(t);
    };
    child._bindVia(resolver);
    // Office.js names getItem on a collection as an indexer path, other methods as method paths.
    child._wire = {
      parent: this as ClientObjectBase<unknown>,
      member: name === "getItem" ? "" : name,
      args,
      type: name === "getItem" ? 5 : 3,
    };
    this.context._enqueue({
      obj: this as ClientObjectBase<unknown>,
      name,
      args,
      run: () => {
        child._resolve();
      },
      creates: child as ClientObjectBase<unknown>,
    });
    return child;
  }

  /** @internal A method returning a value: ClientResult filled at sync. */
  _result<R>(name: string, args: unknown[], compute: (t: T) => R): FakeClientResult<R> {
    const res = new FakeClientResult<R>();
    this.context._enqueue({
      obj: this as ClientObjectBase<unknown>,
      name,
      args,
      run: () => {
        const t = this._resolve();
        const v = t === null ? (null as R) : compute(t);
        this.context._stage(() => res._fill(v), jsonBytes(v));
      },
    });
    return res;
  }

  /** @internal A navigation property: one proxy per parent, resolved through the parent. */
  _nav<C extends ClientObjectBase<unknown>>(name: string, make: () => C): C {
    let c = this._navCache.get(name);
    if (!c) {
      c = make();
      c._wire ??= { parent: this as ClientObjectBase<unknown>, member: name, type: 4 };
      this._navCache.set(name, c);
    }
    return c as C;
  }

  load(option?: unknown): this {
    const tree = parseLoadOptions(option);
    this.context._enqueue({
      obj: this as ClientObjectBase<unknown>,
      name: "load",
      args: [treeToString(tree)],
      kind: "load",
      run: () => stageLoad(this as ClientObjectBase<unknown>, tree),
    });
    return this;
  }

  set(properties: Record<string, unknown>): void {
    const spec = specOf(this);
    for (const [k, v] of Object.entries(properties)) {
      const nav = spec.navs?.[k];
      if (nav && v && typeof v === "object") {
        (nav.make(this) as unknown as { set(p: unknown): void }).set(v);
      } else if (spec.scalars[k]?.set) {
        (this as unknown as Record<string, unknown>)[k] = v;
      } else {
        throw excelError("InvalidArgument", `The property '${k}' can't be set on ${spec.name}.`, `${spec.name}.${k}`);
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = v;
    for (const [k, c] of this._navCache) {
      const j = c.toJSON();
      if (Object.keys(j).length) out[k] = j;
    }
    if (this._items) out.items = this._items.map((i) => i.toJSON());
    return out;
  }

  /** @internal */ _commitLoaded(values: [string, unknown][], items?: ClientObjectBase<unknown>[]): void {
    for (const [k, v] of values) this._loaded.set(k, v);
    if (items) this._items = items;
  }

  /** @internal Whether this proxy is resolved yet (for nav caching in item creation). */
  _peek(): T | null | undefined {
    return this._target;
  }
}

/** Collections add `items` (readable after a load that includes them). */
export abstract class CollectionBase<T, I> extends ClientObjectBase<T> {
  get items(): I[] {
    if (this._nullKnown && this._peek() === null) return [];
    if (!this._items) throw propertyNotLoaded(this._className, "items");
    return this._items as unknown as I[];
  }
}

export class FakeClientResult<R> {
  private _has = false;
  private _value: R | undefined;
  get value(): R {
    if (!this._has) throw excelError("ValueNotLoaded");
    return this._value as R;
  }
  /** @internal */ _fill(v: R): void {
    this._value = v;
    this._has = true;
  }
}

function isDead(t: unknown): boolean {
  if (typeof t !== "object" || t === null) return false;
  const o = t as { deleted?: unknown; sheet?: { deleted?: unknown } };
  return o.deleted === true || o.sheet?.deleted === true;
}

/** Resolver placeholder for proxies bound by the operation that creates them. */
export const PENDING = (): never => {
  throw new Error("fake-excel: proxy used before the operation that creates it ran");
};

/** A JSON-ish argument rendering for readable proxy paths. */
export const arg = (v: unknown): string => (v instanceof ClientObjectBase ? v._path : (JSON.stringify(v) ?? ""));
