/**
 * Exact text → value, looked up by a range of a longer string without slicing it out. A list
 * cell ("Capability 042; Capability 049") names a few of a small set of values, and registers
 * hold thousands of distinct cells: reading each value through this table finds its display
 * spelling with no string allocated per value. An open-addressing table of 32-bit hashes, as
 * in `first-seen.ts`.
 */
export class RangeTable<V> {
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  private hashes = new Int32Array(16);
  /** Slot → 1 + position in `keys`; 0 is empty. */
  private slots = new Int32Array(32);

  /** The value of `text.slice(start, end)`, or undefined when that text has none yet. */
  get(text: string, start: number, end: number): V | undefined {
    const hash = hashRange(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return undefined;
      if (this.hashes[entry - 1] === hash && sameText(this.keys[entry - 1] as string, text, start, end))
        return this.values[entry - 1];
    }
  }

  /** Records the value of a text not yet in the table. */
  add(key: string, value: V): void {
    const at = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    if (at >= this.hashes.length) {
      const bigger = new Int32Array(this.hashes.length * 2);
      bigger.set(this.hashes);
      this.hashes = bigger;
    }
    this.hashes[at] = hashRange(key, 0, key.length);
    if ((at + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(at, this.slots);
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    for (let i = 0; i < this.keys.length; i++) this.place(i, slots);
    this.slots = slots;
  }

  private place(i: number, slots: Int32Array): void {
    const mask = slots.length - 1;
    let slot = (this.hashes[i] as number) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  }
}

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)`, as a signed 32-bit integer. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** key === text.slice(start, end), without the slice. */
function sameText(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
