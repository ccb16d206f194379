/**
 * The load/sync protocol: proxies queue operations; `context.sync()` runs them in order against
 * the document; loaded values become readable only after that sync.
 */
import { excelError, propertyNotLoaded, FakeExcelError } from "./errors";
import { parseLoadOptions, treeToString, type LoadTree } from "./load";
import type { FakeWorkbook } from "./workbook";

/** What a proxy class exposes to `load`: scalar getters/setters and navigation properties. */
export interface ClassSpec<T> {
  name: string;
  scalars: Record<string, { get: (t: T, p: ClientObjectBase<T>) => unknown; set?: (t: T, v: unknown, p: ClientObjectBase<T>) => void; api?: string }>;
  navs?: Record<string, { make: (p: ClientObjectBase<T>) => ClientObjectBase<unknown>; api?: string }>;
  /** Collections: the current items and a factory for item proxies. */
  items?: { list: (t: T) => unknown[]; make: (p: ClientObjectBase<T>, item: unknown) => ClientObjectBase<unknown> };
}

export interface Op {
  obj: ClientObjectBase<unknown>;
  name: string;
  args: unknown[];
  run: () => void;
}

/** The slice of the request context the proxies need. */
export interface ContextCore {
  readonly _wb: FakeWorkbook;
  _enqueue(op: Op): void;
  _stage(commit: () => void, bytes: number): void;
  _touch(p: ClientObjectBase<unknown>): void;
}

const SPECS = new WeakMap<object, ClassSpec<unknown>>();

/** The spec installed for a proxy's class (looked up along the prototype chain). */
export function specOf(p: object): ClassSpec<unknown> {
  let proto = Object.getPrototypeOf(p) as object | null;
  while (proto) {
    const s = SPECS.get(proto.constructor);
    if (s) return s;
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  throw new Error("fake-excel: no spec installed for this proxy class");
}

export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number), b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0, y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
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
      throw new FakeExcelError("ApiNotFound",
        `The method or property ${what} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`, what);
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
      obj: this as ClientObjectBase<unknown>, name, args,
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
  }

  /** @internal A method returning an object: queued; the child binds when the method runs. */
  _child<C extends ClientObjectBase<U>, U>(child: C, name: string, args: unknown[], derive: (t: T) => U | null): C {
    const resolver = (): U | null => {
      const t = this._resolve();
      return t === null ? null : derive(t);
    };
    child._bindVia(resolver);
    this.context._enqueue({ obj: this as ClientObjectBase<unknown>, name, args, run: () => { child._resolve(); } });
    return child;
  }

  /** @internal A method returning a value: ClientResult filled at sync. */
  _result<R>(name: string, args: unknown[], compute: (t: T) => R): FakeClientResult<R> {
    const res = new FakeClientResult<R>();
    this.context._enqueue({
      obj: this as ClientObjectBase<unknown>, name, args,
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
      this._navCache.set(name, c);
    }
    return c as C;
  }

  load(option?: unknown): this {
    const tree = parseLoadOptions(option);
    this.context._enqueue({
      obj: this as ClientObjectBase<unknown>, name: "load", args: [treeToString(tree)],
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

/** What survives the trip to Excel: JSON semantics (NaN/undefined → null, Dates → strings); proxies kept. */
export function wire(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof ClientObjectBase) return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.map(wire);
  if (typeof v === "object") {
    const toJSON = (v as { toJSON?: () => unknown }).toJSON;
    if (typeof toJSON === "function") return wire(toJSON.call(v));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined && typeof x !== "function") out[k] = wire(x);
    return out;
  }
  return null;
}

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v, (_k, x: unknown) => (x instanceof ClientObjectBase ? { _ref: x._path } : x));
  return s === undefined ? 0 : utf8Bytes(s);
}

/** Runs a load at its place in the batch; values are committed when the whole batch succeeds. */
function stageLoad(p: ClientObjectBase<unknown>, tree: LoadTree): void {
  const t = p._resolve();
  if (t === null) return;
  const spec = specOf(p);
  const values: [string, unknown][] = [];
  let items: ClientObjectBase<unknown>[] | undefined;
  const all = tree.all || tree.keys.size === 0;
  const scalarNames = all ? Object.keys(spec.scalars) : [];
  const subs: [string, LoadTree][] = [];
  for (const [k, sub] of tree.keys) {
    if (spec.scalars[k]) scalarNames.push(k);
    else if (spec.navs?.[k]) subs.push([k, sub]);
    else if (spec.items && k === "items") subs.push([k, sub]);
    else if (spec.items) subs.push(["items", { keys: new Map([[k, sub]]), all: false }]);
    else throw excelError("InvalidArgument", `The property '${k}' is not found on ${spec.name}.`, `${spec.name}.${k}`);
  }
  if (spec.items && all && !tree.keys.has("items")) subs.push(["items", { keys: new Map(), all: true }]);
  for (const name of new Set(scalarNames)) {
    const s = spec.scalars[name];
    if (!s) continue;
    if (s.api) p._api(s.api, `${spec.name}.${name}`);
    values.push([name, wire(s.get(t, p))]);
  }
  for (const [k, sub] of subs) {
    if (k === "items" && spec.items) {
      const merged: LoadTree = { keys: new Map(), all: sub.all || sub.keys.size === 0 };
      for (const [kk, ss] of tree.keys) if (kk === "items") for (const [a, b] of ss.keys) merged.keys.set(a, b);
      for (const [a, b] of sub.keys) merged.keys.set(a, b);
      let list = spec.items.list(t);
      if (tree.skip) list = list.slice(tree.skip);
      if (tree.top !== undefined) list = list.slice(0, tree.top);
      items = list.map((it) => spec.items!.make(p, it));
      for (const it of items) stageLoad(it, merged);
    } else {
      const nav = spec.navs?.[k];
      if (nav) stageLoad(nav.make(p), sub);
    }
  }
  p.context._stage(() => p._commitLoaded(values, items), jsonBytes(values));
}

/** Installs accessors for a spec's scalar and navigation properties on a proxy class. */
export function install<T>(ctor: abstract new (...a: never[]) => ClientObjectBase<T>, spec: ClassSpec<T>): void {
  SPECS.set(ctor, spec as ClassSpec<unknown>);
  for (const [name, s] of Object.entries(spec.scalars)) {
    const desc: PropertyDescriptor = {
      configurable: true,
      enumerable: true,
      get(this: ClientObjectBase<T>) {
        if (s.api) this._api(s.api, `${spec.name}.${name}`);
        return this._read(name);
      },
    };
    if (s.set) {
      const setter = s.set;
      desc.set = function (this: ClientObjectBase<T>, v: unknown) {
        if (s.api) this._api(s.api, `${spec.name}.${name}`);
        this._set(name, v, (t, w) => setter(t, w, this));
      };
    }
    Object.defineProperty(ctor.prototype, name, desc);
  }
  for (const [name, n] of Object.entries(spec.navs ?? {})) {
    Object.defineProperty(ctor.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: ClientObjectBase<T>) {
        if (n.api) this._api(n.api, `${spec.name}.${name}`);
        return n.make(this);
      },
    });
  }
}

/** Resolver placeholder for proxies bound by the operation that creates them. */
export const PENDING = (): never => {
  throw new Error("fake-excel: proxy used before the operation that creates it ran");
};

/** A JSON-ish argument rendering for readable proxy paths. */
export const arg = (v: unknown): string => (v instanceof ClientObjectBase ? v._path : JSON.stringify(v) ?? "");
