/**
 * The production AnalysisService: a Web Worker when the host has one, else the in-thread
 * fallback. Only the entry point imports this file: `import.meta.url` is how webpack 5 finds
 * and bundles the worker, and the test runner's CommonJS output cannot express it.
 */
import { type AnalysisService, canUseWorker, threadService } from "./service";
import { type WorkerLike, workerService } from "./worker-client";

export function createAnalysisService(): AnalysisService {
  if (!canUseWorker()) return threadService();
  return workerService(() => new Worker(new URL("./analysis.worker.ts", import.meta.url)) as unknown as WorkerLike);
}
