import { CannotAnalyzeError } from "../../engine/errors";
import type { RunPhase, WorkerCall, WorkerReply } from "./protocol";
import { type AnalysisService, RunCancelledError } from "./service";
import { type PackedAnalyze, unpackAnalyzeResult } from "./transfer";

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onPhase: (phase: RunPhase) => void;
}

/** What the client needs of a Worker (a real one, or a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: WorkerCall): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
}

/**
 * An AnalysisService over a Web Worker. Cancel terminates the worker — the only way to stop
 * a computation in progress — and the next request starts a fresh one.
 * @example workerService(() => new Worker(new URL("./analysis.worker.ts", import.meta.url)))
 */
export function workerService(createWorker: () => WorkerLike): AnalysisService {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const rejectAll = (error: unknown) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const start = (): WorkerLike => {
    const w = createWorker();
    w.onmessage = (ev) => {
      const reply = ev.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.type === "phase") p.onPhase(reply.phase);
      else {
        pending.delete(reply.id);
        if (reply.type === "done" && reply.packed === "analyze")
          unpackAnalyzeResult(reply.result as PackedAnalyze).then(p.resolve, p.reject);
        else if (reply.type === "done") p.resolve(reply.result);
        else
          p.reject(
            reply.error.name === "CannotAnalyzeError"
              ? new CannotAnalyzeError(reply.error.message)
              : workerFailure(reply.error.message),
          );
      }
    };
    // A worker that fails to load or crashes answers nothing more: fail what it held.
    w.onerror = (ev) => {
      ev.preventDefault?.();
      rejectAll(workerFailure(ev.message || "the analysis worker stopped"));
      w.terminate();
      if (worker === w) worker = null;
    };
    return w;
  };

  return {
    run(request, onPhase = () => {}) {
      const id = nextId++;
      // Inside the executor, a worker that cannot start (e.g. refused by a policy) rejects the
      // request instead of throwing at the caller.
      return new Promise((resolve, reject) => {
        worker ??= start();
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onPhase });
        worker.postMessage({ id, request });
      });
    },
    cancel() {
      worker?.terminate();
      worker = null;
      rejectAll(new RunCancelledError());
    },
  };
}

function workerFailure(message: string): Error {
  return new Error(`The analysis stopped unexpectedly: ${message}`);
}
