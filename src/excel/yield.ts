/**
 * Lets the pane paint and answer input between slices of long work (issue 11: no task on the
 * pane's thread over 200 ms). A round trip to Excel yields by itself; the work the pane does
 * with its answer (converting 50,000 cells, building the next request) is what needs this.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Work between two yields: well under the 50 ms a browser counts as a long task. */
export const SLICE_MS = 12;

/**
 * A pause to call often in a long loop: it gives the thread back once SLICE_MS have passed
 * since the last time, and costs a clock read otherwise.
 * @example const pause = pacer(); for (const row of rows) { work(row); await pause(); }
 */
export function pacer(sliceMs = SLICE_MS): () => Promise<void> {
  let since = Date.now();
  return async () => {
    if (Date.now() - since < sliceMs) return;
    await nextTask();
    since = Date.now();
  };
}
