/** Proxy class specs: accessors installed on prototypes, and `load` staged at its place in a batch. */
import { API_TAGS, SET_API_TAGS } from "./api-tags";
import { excelError } from "./errors";
import type { LoadTree } from "./load";
import type { ClientObjectBase } from "./proxy";
import { jsonBytes, wire } from "./wire";
import { versionAtLeast } from "./version";

/** What a proxy class exposes to `load`: scalar getters/setters and navigation properties. */
export interface ClassSpec<T> {
  name: string;
  /**
   * `api`: the ExcelApi version of the member (reading and writing), "1.1" when absent;
   * `setApi`: a later version for writing it, when Office.js has one (e.g. Worksheet.visibility).
   */
  scalars: Record<
    string,
    {
      get: (t: T, p: ClientObjectBase<T>) => unknown;
      set?: (t: T, v: unknown, p: ClientObjectBase<T>) => void;
      api?: string;
      setApi?: string;
    }
  >;
  navs?: Record<string, { make: (p: ClientObjectBase<T>) => ClientObjectBase<unknown>; api?: string }>;
  /** Collections: the current items and a factory for item proxies. */
  items?: { list: (t: T) => unknown[]; make: (p: ClientObjectBase<T>, item: unknown) => ClientObjectBase<unknown> };
}

const SPECS = new WeakMap<object, ClassSpec<unknown>>();
const ALL: ClassSpec<unknown>[] = [];

/** Every installed class spec (for the requirement-set check of the fake itself). */
export function installedSpecs(): readonly ClassSpec<unknown>[] {
  return ALL;
}

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

/** Runs a load at its place in the batch; values are committed when the whole batch succeeds. */
export function stageLoad(p: ClientObjectBase<unknown>, tree: LoadTree): void {
  const t = p._resolve();
  if (t === null) return;
  const spec = specOf(p);
  const values: [string, unknown][] = [];
  let items: ClientObjectBase<unknown>[] | undefined;
  const all = tree.all || tree.keys.size === 0;
  // Loading everything skips properties above the host's API version, as a real host simply has none.
  const have = p.context._wb.supportedApiVersion;
  const scalarNames = all
    ? Object.keys(spec.scalars).filter(
        (k) => !spec.scalars[k]?.api || versionAtLeast(have, spec.scalars[k]?.api ?? "1.1"),
      )
    : [];
  const subs: [string, LoadTree][] = [];
  for (const [k, sub] of tree.keys) {
    if (k === "isNullObject" || k === "isNull") continue; // accepted by Office.js; known after any sync
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
      // A loaded item comes back with its id: Office.js then names it collection[id].
      for (const it of items)
        it._wire = { parent: p, member: "", args: ["{00000000-0001-0000-0000-000000000000}"], type: 5 };
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
  // Every member carries its requirement set: inline, else from API_TAGS (api-tags.ts).
  for (const [name, s] of Object.entries(spec.scalars)) {
    s.api ??= API_TAGS[`${spec.name}.${name}`];
    s.setApi ??= SET_API_TAGS[`${spec.name}.${name}`];
  }
  for (const [name, n] of Object.entries(spec.navs ?? {})) n.api ??= API_TAGS[`${spec.name}.${name}`];
  SPECS.set(ctor, spec as ClassSpec<unknown>);
  ALL.push(spec as ClassSpec<unknown>);
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
        const api = s.setApi ?? s.api;
        if (api) this._api(api, `${spec.name}.${name}`);
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
