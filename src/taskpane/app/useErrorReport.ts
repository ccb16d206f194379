import { useCallback, useState } from "react";
import { RunCancelledError } from "../analysis/service";
import { describeError, type ErrorReport } from "./describe-error";

export interface ErrorChannel {
  error: ErrorReport | null;
  /** Shows an error in the pane's MessageBar (a cancelled run is not an error and is ignored). */
  report: (error: unknown) => void;
  dismiss: () => void;
}

/** The pane's one error channel: every failure ends here, in words, never only in the console. */
export function useErrorReport(): ErrorChannel {
  const [error, setError] = useState<ErrorReport | null>(null);
  const report = useCallback((e: unknown) => {
    if (e instanceof RunCancelledError) return;
    setError(describeError(e));
  }, []);
  const dismiss = useCallback(() => setError(null), []);
  return { error, report, dismiss };
}
