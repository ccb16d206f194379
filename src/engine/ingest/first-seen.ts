/**
 * Matching names (already lower-cased) with the data row each was first seen in: the duplicate
 * check of ingest. An open-addressing table of 32-bit hashes over the keys' own array, sized
 * from the rows to read: at 100,000 partners a Map of the keys cost more than reading the rows.
 */
export class FirstSeenNames {
  /** Every key added, in order: `keys[i]` is the i-th partner's matching name. */
  readonly keys: string[] = [];
  private readonly rows: number[] = [];
  private hashes: Int32Array;
  /** Slot → 1 + position in `keys`; 0 is empty. */
  private slots: Int32Array;

  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(Math.max(16, expected));
  }

  /** The row `key` was first seen in; when it is new, records it with `row` and returns -1. */
  firstOrAdd(key: string, row: number): number {
    const hash = hashOf(key);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      if (this.hashes[entry - 1] === hash && this.keys[entry - 1] === key) return this.rows[entry - 1] as number;
      slot = (slot + 1) & mask;
    }
    const at = this.keys.length;
    this.keys.push(key);
    this.rows.push(row);
    if (at >= this.hashes.length) this.hashes = grow(this.hashes);
    this.hashes[at] = hash;
    this.slots[slot] = at + 1;
    if ((at + 1) * 2 > this.slots.length) this.rehash();
    return -1;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.keys.length; i++) {
      let slot = (this.hashes[i] as number) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
    this.slots = slots;
  }
}

function grow(values: Int32Array): Int32Array {
  const bigger = new Int32Array(values.length * 2);
  bigger.set(values);
  return bigger;
}

/** FNV-1a over the UTF-16 code units, as a signed 32-bit integer (what `hashes` holds). */
function hashOf(key: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash;
}
