/**
 * Lets the pane paint and answer input between slices of long work (issue 11: no task on the
 * pane's thread over 200 ms). A round trip to Excel yields by itself; the work the pane does
 * with its answer (converting 50,000 cells, building the next request) is what needs this.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
