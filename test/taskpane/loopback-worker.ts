/**
 * A Worker stand-in for tests: answers like analysis.worker.ts, one macrotask later, with what it
 * holds between requests in its own store (gone when it is terminated, as a worker's globals are).
 */
import { requestOfCall } from "../../src/taskpane/analysis/columnar";
import { handleRequest } from "../../src/taskpane/analysis/handle-request";
import { HeldDataGoneError } from "../../src/taskpane/analysis/held";
import { HeldData } from "../../src/taskpane/analysis/held-data";
import type { WorkerCall, WorkerReply } from "../../src/taskpane/analysis/protocol";
import type { WorkerLike } from "../../src/taskpane/analysis/worker-client";

export class LoopbackWorker implements WorkerLike {
  onmessage: ((ev: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  /** What this worker holds between requests (a worker's global scope: gone with it). */
  held = new HeldData();
  /** The requests as they arrived, unpacked. */
  received: ReturnType<typeof requestOfCall>[] = [];
  postMessage(call: WorkerCall, _transfer?: Transferable[]): void {
    const { id } = call;
    const request = requestOfCall(structuredClone(call));
    this.received.push(request);
    setTimeout(() => {
      if (this.terminated) return;
      const send = (reply: WorkerReply) =>
        this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<WorkerReply>);
      try {
        const result = handleRequest(request, (phase) => send({ id, type: "phase", phase }), this.held);
        send({ id, type: "done", result });
      } catch (e) {
        const token = e instanceof HeldDataGoneError ? e.token : undefined;
        send({ id, type: "failed", error: { name: (e as Error).name, message: (e as Error).message, token } });
      }
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}
