import { errorCode, hostError } from "./errors";

/**
 * Runs an Excel batch, retrying while the user is editing a cell: Excel refuses API calls in
 * cell-edit mode with InvalidOperationInCellEditMode (Script Lab does the same:
 * https://github.com/OfficeDev/script-lab). After the last attempt the error is raised, in
 * words, to be shown in the pane.
 */
export async function withCellEditRetry<T>(
  run: () => Promise<T>,
  doing: string,
  options: {
    attempts?: number;
    delayMs?: number;
    wait?: (ms: number) => Promise<void>;
    /** Told `true` as soon as Excel refuses for cell-edit mode (so the pane can say so at once), `false` when the call ends. */
    onCellEdit?: (editing: boolean) => void;
  } = {},
): Promise<T> {
  const attempts = options.attempts ?? 4;
  const delayMs = options.delayMs ?? 750;
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let waited = false;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        const code = errorCode(error);
        // Only Excel's own failures are translated; ours (CannotAnalyzeError, bugs) pass as they are.
        if (code === "") throw error;
        if (code !== "InvalidOperationInCellEditMode" || attempt >= attempts) throw hostError(error, doing);
        if (!waited) options.onCellEdit?.(true);
        waited = true;
        await wait(delayMs * attempt);
      }
    }
  } finally {
    if (waited) options.onCellEdit?.(false);
  }
}
