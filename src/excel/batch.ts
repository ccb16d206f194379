/**
 * Office.js cost is dominated by round trips and payload size (DESIGN "Few round trips").
 * A Batch queues operations into one request and syncs only when the next operation would
 * push the request past the budget, so the number of syncs follows the bytes written, not
 * the number of rows or operations.
 */

import { pacer } from "./yield";

/**
 * Excel on the web refuses requests over 5 MB (Microsoft Learn, "Resource limits and performance
 * optimization for Office Add-ins"); stay well under. Budgets count UTF-8 bytes of the request as
 * Office.js serialises it (test/excel/office-js/ measures the real serializer).
 */
export const REQUEST_BUDGET_BYTES = 3_500_000;

/**
 * What one values write costs beyond its values in Office.js's request: the range's ObjectPath
 * and Instantiate action (with its sheet's), the SetProperty action and its "L" list — about 300
 * bytes measured; counted with room to spare.
 */
export const VALUES_WRITE_BYTES = 400;

/** UTF-8 length of a string (what crosses the wire), without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class Batch {
  /** Bytes queued since the last sync (an estimate: the JSON of what is sent). */
  private pending = 0;
  syncs = 0;
  largestRequest = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number = REQUEST_BUDGET_BYTES,
  ) {}

  /** Records an operation of about `bytes` bytes, syncing first if it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.sync();
    this.pending += bytes;
  }

  /** Records a small operation (a format, a table, a chart) without checking the budget. */
  note(bytes = 200): void {
    this.pending += bytes;
  }

  async sync(): Promise<void> {
    this.largestRequest = Math.max(this.largestRequest, this.pending);
    await this.context.sync();
    this.syncs += 1;
    this.pending = 0;
  }
}

/** Splits rows into runs within a byte budget as they are added (rowChunks). */
class RowChunker {
  readonly chunks: { start: number; end: number; bytes: number }[] = [];
  private start = 0;
  private bytes = 2;
  private i = 0;
  constructor(private readonly budget: number) {}
  add(row: unknown[]): void {
    const size = utf8Length(JSON.stringify(row)) + 1;
    if (this.i > this.start && this.bytes + size > this.budget) {
      this.chunks.push({ start: this.start, end: this.i, bytes: this.bytes });
      this.start = this.i;
      this.bytes = 2;
    }
    this.bytes += size;
    this.i++;
  }
  done(): { start: number; end: number; bytes: number }[] {
    if (this.i > this.start) this.chunks.push({ start: this.start, end: this.i, bytes: this.bytes });
    return this.chunks;
  }
}

/**
 * Splits rows into runs whose JSON stays within `budget` UTF-8 bytes (at least one row each),
 * so a large block is written with a few whole-range assignments.
 * @returns [start, end) row index pairs
 */
export function rowChunks(rows: unknown[][], budget: number): { start: number; end: number; bytes: number }[] {
  const chunker = new RowChunker(budget);
  for (const row of rows) chunker.add(row);
  return chunker.done();
}

/**
 * rowChunks, giving the pane's thread back every few tens of milliseconds: sizing a
 * 100,000-row sheet takes longer than a browser's long task (issue 11).
 */
export async function rowChunksPaced(
  rows: unknown[][],
  budget: number,
): Promise<{ start: number; end: number; bytes: number }[]> {
  const chunker = new RowChunker(budget);
  const pause = pacer();
  for (let i = 0; i < rows.length; i++) {
    chunker.add(rows[i] as unknown[]);
    if ((i & 255) === 255) await pause();
  }
  return chunker.done();
}
