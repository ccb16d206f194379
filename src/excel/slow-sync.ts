/** How long one round trip may go unanswered before the pane says what may be holding it. */
export const SLOW_SYNC_MS = 1500;

/**
 * Times every `context.sync()` of a batch: `onWaiting(true)` once a sync has gone unanswered for
 * `afterMs`, `onWaiting(false)` when it settles. With `Excel.run({ delayForCellEdit: true })`
 * Excel holds the request while a cell is being edited and says nothing (Excel.RunOptions,
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions), so a long silence is the
 * only sign the pane gets. Returns the same context, its `sync` wrapped.
 */
export function watchSlowSyncs(
  context: Excel.RequestContext,
  onWaiting: (waiting: boolean) => void,
  afterMs = SLOW_SYNC_MS,
): Excel.RequestContext {
  const sync = context.sync.bind(context);
  context.sync = (<T>(passThroughValue?: T): Promise<T> => {
    let slow = false;
    const timer = setTimeout(() => {
      slow = true;
      onWaiting(true);
    }, afterMs);
    const settle = () => {
      clearTimeout(timer);
      if (slow) onWaiting(false);
    };
    return sync(passThroughValue).then(
      (value) => {
        settle();
        return value as T;
      },
      (error: unknown) => {
        settle();
        throw error;
      },
    );
  }) as typeof context.sync;
  return context;
}
