/**
 * Office.js cost is dominated by round trips and payload size (DESIGN "Few round trips").
 * A Batch queues operations into one request and syncs only when the next operation would
 * push the request past the budget, so the number of syncs follows the bytes written, not
 * the number of rows or operations.
 */

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

/**
 * Splits rows into runs whose JSON stays within `budget` UTF-8 bytes (at least one row each),
 * so a large block is written with a few whole-range assignments.
 * @returns [start, end) row index pairs
 */
export function rowChunks(rows: unknown[][], budget: number): { start: number; end: number; bytes: number }[] {
  const chunks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < rows.length; i++) {
    const size = utf8Length(JSON.stringify(rows[i])) + 1;
    if (i > start && bytes + size > budget) {
      chunks.push({ start, end: i, bytes });
      start = i;
      bytes = 2;
    }
    bytes += size;
  }
  if (rows.length > 0) chunks.push({ start, end: rows.length, bytes });
  return chunks;
}
