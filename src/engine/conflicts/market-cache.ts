/**
 * The segments or regions two partners of a reported pair both serve (describe-pairs.ts keeps
 * one cache per market axis). Lists are numbered by content and each intersection is kept, so
 * the tens of thousands of pairs of a large register share a few arrays instead of allocating
 * one each.
 */

// Results are read, never changed: pairs share this array (and partners' market lists).
const NO_MARKETS: string[] = [];

/**
 * The markets two partners both serve: an empty list serves all, so the other list is shared.
 * Each row's list is numbered by its content (registers hold few distinct market lists), and
 * the intersection of two lists is computed once per pair of lists and shared by every
 * conflict pair that has them.
 */
export class MarketCache {
  /** List number of each row; −1 for an empty list (every market). */
  readonly id: Int32Array;
  private readonly lists: string[][] = [];
  private readonly results: (string[] | undefined)[] | null;

  /** Numbers the lists of the rows rowOf[i] (list i of listOf), the only rows asked about. */
  constructor(rows: number, rowOf: Int32Array, listOf: (i: number) => string[]) {
    this.id = new Int32Array(rows);
    const ids = new Map<string[], number>();
    const byContent = new Map<string, number>();
    for (let i = 0; i < rowOf.length; i++) {
      const r = rowOf[i] ?? 0;
      const list = listOf(i);
      if (list.length === 0) {
        this.id[r] = -1;
        continue;
      }
      let id = ids.get(list);
      if (id === undefined) {
        // Equal lists may be distinct arrays: number them by content, once per array.
        const key = list.join("\u0000");
        id = byContent.get(key);
        if (id === undefined) {
          id = this.lists.length;
          byContent.set(key, id);
          this.lists.push(list);
        }
        ids.set(list, id);
      }
      this.id[r] = id;
    }
    const n = this.lists.length;
    this.results = n * n <= 1 << 20 ? new Array<string[] | undefined>(n * n) : null;
  }

  /** The markets rows a and b both serve. */
  shared(rowA: number, rowB: number): string[] {
    const ia = this.id[rowA] ?? -1;
    const ib = this.id[rowB] ?? -1;
    if (ia === -1) return ib === -1 ? NO_MARKETS : (this.lists[ib] ?? NO_MARKETS);
    const a = this.lists[ia] ?? NO_MARKETS;
    if (ib === -1 || ia === ib) return a;
    const b = this.lists[ib] ?? NO_MARKETS;
    if (this.results === null) return intersect(a, b);
    const key = ia * this.lists.length + ib;
    let hit = this.results[key];
    if (hit === undefined) {
      hit = intersect(a, b);
      this.results[key] = hit;
    }
    return hit;
  }
}

/** A's values that B also lists, in A's order; A itself when B lists them all. */
function intersect(a: string[], b: string[]): string[] {
  const both = a.filter((v) => b.includes(v));
  return both.length === a.length ? a : both;
}
