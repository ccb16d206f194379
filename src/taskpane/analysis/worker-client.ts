import { CannotAnalyzeError } from "../../engine/errors";
import type { AnalysisRequest, RunPhase, WorkerCall, WorkerReply } from "./protocol";
import { type AnalysisService, RunCancelledError } from "./service";
import { packInput } from "./columnar";
import { HeldDataGoneError, isHeld } from "./held";
import { joinLongArrays } from "./parts";
import { type PackedAnalyze, partsCollector, unpackAnalyzeResult } from "./transfer";

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onPhase: (phase: RunPhase) => void;
  /** Slices of the result's long arrays received so far (transfer.ts). */
  parts?: ReturnType<typeof partsCollector>;
}

/** What the client needs of a Worker (a real one, or a stand-in in tests). */
export interface WorkerLike {
  postMessage(message: WorkerCall, transfer?: Transferable[]): void;
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
  /** Posting in call order, packing included. */
  let queue: Promise<void> = Promise.resolve();

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
      else if (reply.type === "part") (p.parts ??= partsCollector()).add(reply);
      else {
        pending.delete(reply.id);
        if (reply.type === "done" && reply.packed === "analyze")
          unpackAnalyzeResult(reply.result as PackedAnalyze, p.parts?.parts ?? new Map()).then(p.resolve, p.reject);
        else if (reply.type === "done" && reply.packed === "parts")
          joinLongArrays(reply.result, p.parts?.parts ?? new Map()).then(p.resolve, p.reject);
        else if (reply.type === "done") p.resolve(reply.result);
        else
          p.reject(
            reply.error.name === "CannotAnalyzeError"
              ? new CannotAnalyzeError(reply.error.message)
              : reply.error.name === "HeldDataGoneError"
                ? new HeldDataGoneError(reply.error.token ?? "")
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
        const post = (call: WorkerCall, transfer: Transferable[] = []) => {
          // Cancelled while the input was being packed: nothing to send.
          if (!pending.has(id)) return;
          try {
            worker ??= start();
            worker.postMessage(call, transfer);
          } catch (error) {
            pending.delete(id);
            reject(error);
          }
        };
        // Whole workbooks travel in columns of transferred typed arrays (columnar.ts), packed
        // a slice at a time so the pane never stops for the whole table. Calls are posted in
        // the order they were made (a request naming held rows goes after the one holding them).
        const call = request as AnalysisRequest;
        const rows =
          (call.kind === "analyze" || call.kind === "hold") && !isHeld(call.input) && call.input.partners
            ? call.input
            : null;
        queue = queue.then(() =>
          rows
            ? packInput(rows).then(
                ({ packed, transfer }) =>
                  post(
                    { id, request: { ...call, input: { partners: null } } as AnalysisRequest, input: packed },
                    transfer,
                  ),
                (error: unknown) => {
                  pending.delete(id);
                  reject(error);
                },
              )
            : post({ id, request }),
        );
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
