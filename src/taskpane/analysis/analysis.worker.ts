/**
 * The analysis worker: answers the pane's requests (protocol.ts) so that reading, tiering and
 * building the report never freeze the pane. Bundled by webpack 5 from
 * `new Worker(new URL("./analysis.worker.ts", import.meta.url))` in worker-service.ts.
 */
import { requestOfCall } from "./columnar";
import { handleRequest } from "./handle-request";
import { HeldDataGoneError } from "./held";
import { splitLongArrays } from "./parts";
import type { ResultOf, WorkerCall, WorkerReply } from "./protocol";
import { packAnalyzeResult } from "./transfer";

const scope = self as unknown as {
  onmessage: ((ev: MessageEvent<WorkerCall>) => void) | null;
  postMessage(reply: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = (ev) => {
  const { id } = ev.data;
  try {
    // The input tables arrive in columns (columnar.ts): rows again, here, off the pane's thread.
    const request = requestOfCall(ev.data);
    const result = handleRequest(request, (phase) => scope.postMessage({ id, type: "phase", phase }));
    if (request.kind === "analyze") {
      // Transferred, not cloned whole (transfer.ts).
      const { parts, packed, transfer } = packAnalyzeResult(result as ResultOf["analyze"]);
      for (const { part, items } of parts) scope.postMessage({ id, type: "part", part, items });
      scope.postMessage({ id, type: "done", result: packed, packed: "analyze" }, transfer);
    } else {
      // Other results in slices too when heavy (the typed portfolio of 100,000 partners, parts.ts).
      const { skeleton, parts } = splitLongArrays(result);
      for (const { part, items } of parts) scope.postMessage({ id, type: "part", part, items });
      scope.postMessage({ id, type: "done", result: skeleton, packed: parts.length > 0 ? "parts" : undefined });
    }
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const token = e instanceof HeldDataGoneError ? e.token : undefined;
    scope.postMessage({ id, type: "failed", error: { name: e.name, message: e.message, token } });
  }
};
