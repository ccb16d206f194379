/**
 * Office.js cost is dominated by round trips and payload size (DESIGN "Few round trips").
 * A Batch queues operations into one request and syncs only when the next operation would
 * push the request past the budget, so the number of syncs follows the bytes written, not
 * the number of rows or operations.
 */

/** Excel on the web refuses requests over about 5 MB; stay well under (and under 4 MB). */
export const REQUEST_BUDGET_BYTES = 3_500_000;

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
 * Splits rows into runs whose JSON stays within `budget` bytes (at least one row each), so a
 * large block is written with a few whole-range assignments.
 * @returns [start, end) row index pairs
 */
export function rowChunks(rows: unknown[][], budget: number): { start: number; end: number; bytes: number }[] {
  const chunks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < rows.length; i++) {
    const size = JSON.stringify(rows[i]).length + 1;
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
