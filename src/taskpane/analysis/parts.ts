/**
 * Large results cross from the worker to the pane in parts (issue 11). A message is cloned as
 * one piece: the pane's thread deserialises it in a single task, and at 100,000 partners an
 * analysis (partners, tiers, issues, coverage…) and its sheets (100,000-row blocks) would hold
 * the pane for seconds — or fail with "Data cannot be cloned, out of memory". So every array
 * longer than PART_ITEMS is replaced by a placeholder and sent as slices, each its own message
 * and so its own small task; the pane puts the arrays back, giving its thread back in between.
 * Structured clone keeps every value as it is (NaN, -0, undefined, typed arrays), unlike JSON.
 */

/** Elements per slice: a few milliseconds to deserialise even for rich objects. */
export const PART_ITEMS = 2000;

const MARK = "__pedPart";

/** Where a long array was: its slices arrive as parts with this id. */
export interface Placeholder {
  [MARK]: number;
  length: number;
  /** Whether its elements hold placeholders of their own. */
  nested: boolean;
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

/**
 * The worker's side: `value` with every long array replaced by a placeholder, and the slices to
 * post before it (in order). Plain objects and arrays are walked; anything else (typed arrays,
 * Maps, Dates) travels as it is. `value` itself is not changed.
 */
export function splitLongArrays(value: unknown, partItems = PART_ITEMS): { skeleton: unknown; parts: Part[] } {
  const parts: Part[] = [];
  let next = 0;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length > partItems) {
        const id = next++;
        let nested = false;
        for (let from = 0; from < v.length; from += partItems) {
          const items = v.slice(from, from + partItems);
          for (let i = 0; i < items.length; i++) {
            if (!(i in items)) continue;
            const w = walk(items[i]);
            if (w !== items[i]) {
              items[i] = w;
              nested = true;
            }
          }
          parts.push({ part: id, items });
        }
        const placeholder: Placeholder = { [MARK]: id, length: v.length, nested };
        return placeholder;
      }
      let copy: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) continue;
        const w = walk(v[i]);
        if (w !== v[i]) {
          copy ??= v.slice();
          copy[i] = w;
        }
      }
      return copy ?? v;
    }
    if (isPlainObject(v)) {
      let copy: Record<string, unknown> | null = null;
      for (const key of Object.keys(v)) {
        const w = walk(v[key]);
        if (w !== v[key]) {
          copy ??= { ...v };
          copy[key] = w;
        }
      }
      return copy ?? v;
    }
    return v;
  };
  return { skeleton: walk(value), parts };
}

/** Lets the pane paint between slices of work. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Work between two yields: well under the 50 ms a browser calls a long task. */
const SLICE_MS = 25;

/**
 * The pane's side: the skeleton with its long arrays rebuilt from the parts received (by id,
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
  const resolve = (v: unknown, pending: { holder: Record<string, unknown> | unknown[]; key: string | number; p: Placeholder }[]): unknown => {
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
  const rebuild = async (p: Placeholder): Promise<unknown[]> => {
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
