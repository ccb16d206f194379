/**
 * Large results cross from the worker to the pane in parts (issue 11). A message is cloned as
 * one piece: the pane's thread deserialises it in a single task, and at 100,000 partners an
 * analysis (partners, tiers, issues, coverage…) and its sheets (100,000-row blocks) would hold
 * the pane for seconds — or fail with "Data cannot be cloned, out of memory". So every array
 * holding more than PART_WEIGHT values is replaced by a placeholder and sent as slices, each its own message
 * and so its own small task; the pane puts the arrays back, giving its thread back in between.
 * Structured clone keeps every value as it is (NaN, -0, undefined, typed arrays), unlike JSON.
 */

/** Values per slice: a few milliseconds for the pane to deserialise. */
export const PART_WEIGHT = 10_000;
/**
 * An array holding more values than this travels in slices: what stays in the reply itself is
 * then a few such arrays per object, small enough to deserialise at once.
 */
export const SPLIT_WEIGHT = 2_000;

const MARK = "__pedPart";

/** Where a long array was: its slices arrive as parts with this id. */
export interface Placeholder {
  [MARK]: number;
  length: number;
  /** Whether its elements hold placeholders of their own. */
  nested: boolean;
  /** An object sent as [key, value] entries (a record keyed by 100,000 partner names). */
  entries?: true;
}

/** One slice of a long array. */
export interface Part {
  part: number;
  items: unknown[];
}

/** An object of properties (not an array, typed array, Map, Date…), from this realm or another. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && Object.prototype.toString.call(v) === "[object Object]";
}

function isPlaceholder(v: unknown): v is Placeholder {
  return isPlainObject(v) && typeof v[MARK] === "number";
}

/** A value's weight: about how many values structured clone copies for it (strings by length). */
const leafWeight = (v: unknown): number => (typeof v === "string" ? 1 + (v.length >> 5) : 1);

/**
 * The worker's side: `value` with every heavy array replaced by a placeholder, and the slices to
 * post before it (in order). An array is heavy when what it holds weighs more than
 * SPLIT_WEIGHT values: a thousand capabilities holding a thousand provider names
 * each are as heavy as a million-row list. Slices weigh at most `budget` each (at least one
 * element), and an element heavy on its own is split inside. Plain objects and arrays are
 * walked; anything else (typed arrays, Maps, Dates) travels as it is. `value` is not changed.
 * Arrays above `splitAt` become placeholders; slices weigh at most `budget`.
 */
export function splitLongArrays(
  value: unknown,
  budget = PART_WEIGHT,
  splitAt = Math.min(SPLIT_WEIGHT, budget),
): { skeleton: unknown; parts: Part[] } {
  const parts: Part[] = [];
  let next = 0;
  /** The value to send in its place, and its weight once its heavy arrays are placeholders. */
  const walk = (v: unknown): [unknown, number] => {
    if (Array.isArray(v)) {
      let copy: unknown[] | null = null;
      let total = 1;
      const weights = new Array<number>(v.length);
      let nested = false;
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) {
          weights[i] = 0;
          continue;
        }
        const [w, weight] = walk(v[i]);
        weights[i] = weight;
        total += weight;
        if (w !== v[i]) {
          copy ??= v.slice();
          copy[i] = w;
          nested = true;
        }
      }
      const items = copy ?? v;
      if (total <= splitAt) return [items, total];
      return [slice(items, weights, nested, false), 4];
    }
    if (isPlainObject(v)) {
      let copy: Record<string, unknown> | null = null;
      let total = 1;
      const keys = Object.keys(v);
      const weights = new Array<number>(keys.length);
      keys.forEach((key, i) => {
        const [w, weight] = walk(v[key]);
        weights[i] = weight + 2;
        total += weight + 2;
        if (w !== v[key]) {
          copy ??= { ...v };
          copy[key] = w;
        }
      });
      const out = copy ?? v;
      if (total <= splitAt || keys.length < 2) return [out, total];
      // A heavy record travels as slices of [key, value] entries.
      return [
        slice(
          keys.map((key) => [key, out[key]]),
          weights,
          copy !== null,
          true,
        ),
        4,
      ];
    }
    return [v, leafWeight(v)];
  };
  /** Posts `items` in slices of at most `budget` (at least one item each); returns the placeholder. */
  const slice = (items: unknown[], weights: number[], nested: boolean, entries: boolean): Placeholder => {
    const id = next++;
    let from = 0;
    while (from < items.length) {
      let to = from;
      let weight = 0;
      while (to < items.length && (to === from || weight + (weights[to] as number) <= budget)) {
        weight += weights[to] as number;
        to++;
      }
      parts.push({ part: id, items: items.slice(from, to) });
      from = to;
    }
    return entries
      ? { [MARK]: id, length: items.length, nested, entries }
      : { [MARK]: id, length: items.length, nested };
  };
  return { skeleton: walk(value)[0], parts };
}

/** Lets the pane paint between slices of work. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Work between two yields: well under the 50 ms a browser calls a long task. */
const SLICE_MS = 12;

/**
 * The pane's side: the skeleton with its long arrays (and heavy records) rebuilt from the parts received (by id,
 * in order), yielding to the browser every few tens of milliseconds.
 */
export async function joinLongArrays<T>(skeleton: unknown, parts: ReadonlyMap<number, unknown[][]>): Promise<T> {
  let since = Date.now();
  const pause = async () => {
    if (Date.now() - since > SLICE_MS) {
      await breathe();
      since = Date.now();
    }
  };
  // Placeholders in the skeleton (small) are found synchronously; long arrays are filled with pauses.
  const resolve = (
    v: unknown,
    pending: { holder: Record<string, unknown> | unknown[]; key: string | number; p: Placeholder }[],
  ): unknown => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) continue;
        if (isPlaceholder(v[i])) pending.push({ holder: v, key: i, p: v[i] as Placeholder });
        else resolve(v[i], pending);
      }
    } else if (isPlainObject(v)) {
      for (const key of Object.keys(v)) {
        if (isPlaceholder(v[key])) pending.push({ holder: v, key, p: v[key] as Placeholder });
        else resolve(v[key], pending);
      }
    }
    return v;
  };
  const rebuild = async (p: Placeholder): Promise<unknown> => {
    const items = await rebuildItems(p);
    if (!p.entries) return items;
    const record: Record<string, unknown> = {};
    for (let i = 0; i < items.length; i++) {
      const [key, value] = items[i] as [string, unknown];
      // As structured clone makes it: an own property even for a key like "__proto__".
      Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
      if ((i & 1023) === 1023) await pause();
    }
    return record;
  };
  const rebuildItems = async (p: Placeholder): Promise<unknown[]> => {
    const slices = parts.get(p[MARK]) ?? [];
    const out: unknown[] = new Array(p.length);
    let at = 0;
    for (const items of slices) {
      for (let i = 0; i < items.length; i++) if (i in items) out[at + i] = items[i];
      if (p.nested) {
        const inner: Parameters<typeof resolve>[1] = [];
        for (let i = 0; i < items.length; i++) {
          if (isPlaceholder(items[i])) inner.push({ holder: out, key: at + i, p: items[i] as Placeholder });
          else resolve(items[i], inner);
        }
        for (const { holder, key, p: q } of inner) (holder as Record<string, unknown>)[key] = await rebuild(q);
      }
      at += items.length;
      await pause();
    }
    if (at !== p.length) throw new Error(`A result arrived incomplete (${at} of ${p.length} items).`);
    return out;
  };
  if (isPlaceholder(skeleton)) return (await rebuild(skeleton)) as T;
  const top: Parameters<typeof resolve>[1] = [];
  resolve(skeleton, top);
  for (const { holder, key, p } of top) (holder as Record<string, unknown>)[key] = await rebuild(p);
  return skeleton as T;
}
