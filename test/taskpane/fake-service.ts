/**
 * An AnalysisService the test steers: each request waits until the test says which phases to
 * report and when to finish, so progress and cancel can be observed step by step.
 */
import type { RequestKind, RequestOf, ResultOf, RunPhase } from "../../src/taskpane/analysis/protocol";
import { type AnalysisService, RunCancelledError, threadService } from "../../src/taskpane/analysis/service";

interface Held {
  kind: RequestKind;
  phase: (p: RunPhase) => void;
  finish: () => void;
  fail: (e: unknown) => void;
}

export class SteeredService implements AnalysisService {
  readonly held: Held[] = [];
  cancels = 0;
  private inner = threadService();

  run<K extends RequestKind>(
    request: RequestOf<K>,
    onPhase: (phase: RunPhase) => void = () => {},
  ): Promise<ResultOf[K]> {
    // Only analyses are held; the simulator's small requests run at once.
    if (request.kind !== "analyze") return this.inner.run(request, onPhase);
    return new Promise<ResultOf[K]>((resolve, reject) => {
      this.held.push({
        kind: request.kind,
        phase: onPhase,
        finish: () => void this.inner.run(request).then(resolve, reject),
        fail: reject,
      });
    });
  }

  cancel(): void {
    this.cancels++;
    for (const h of this.held.splice(0)) h.fail(new RunCancelledError());
  }
}
