import type { RequestKind, RequestOf, ResultOf, RunPhase } from "./protocol";

/**
 * Runs analysis requests away from the pane's rendering: in a Web Worker in the add-in
 * (worker-service.ts), on the pane's thread where there is no Worker (threadService below).
 */
export interface AnalysisService {
  run<K extends RequestKind>(request: RequestOf<K>, onPhase?: (phase: RunPhase) => void): Promise<ResultOf[K]>;
  /** Stops every request in flight; their promises reject with RunCancelledError. */
  cancel(): void;
}

/** The rejection of a request that was cancelled: not a failure, nothing to report. */
export class RunCancelledError extends Error {
  constructor() {
    super("The analysis was cancelled.");
    this.name = "RunCancelledError";
  }
}

/**
 * The in-thread fallback. The engine is loaded on first use (a separate chunk), and each
 * request starts after a macrotask so the pane can paint "Analyzing…" first. Work already
 * under way cannot be interrupted on this thread; cancel makes its result be ignored.
 * @example await threadService().run({ kind: "simulate", input: { held: "read-1" }, saved, draft, shown: 50 })
 */
export function threadService(): AnalysisService {
  let generation = 0;
  // What a worker would hold between requests (held.ts), made on first use.
  let held: import("./held-data").HeldData | null = null;
  return {
    async run(request, onPhase = () => {}) {
      const mine = generation;
      const check = () => {
        if (mine !== generation) throw new RunCancelledError();
      };
      await new Promise((resolve) => setTimeout(resolve, 0));
      check();
      const { handleRequest } = await import("./handle-request");
      const { HeldData } = await import("./held-data");
      check();
      held ??= new HeldData();
      const result = handleRequest(
        request,
        (phase) => {
          if (mine === generation) onPhase(phase);
        },
        held,
      );
      check();
      // Results cross a Worker by structured clone (an analysis packed and transferred,
      // transfer.ts); clone here too so both paths hand the pane its own copy.
      return structuredClone(result);
    },
    cancel() {
      generation++;
    },
  };
}

/** Whether this environment can run the analysis worker. */
export function canUseWorker(): boolean {
  return typeof Worker !== "undefined";
}
