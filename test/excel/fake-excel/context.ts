/** FakeRequestContext: the batch queue, `sync()` with payload accounting, faults and hooks. */
import { excelError, FakeExcelError } from "./errors";
import type { ClientObjectBase, ContextCore, Op } from "./proxy";
import { checkProtection } from "./protection";
import { RequestSizer } from "./request-size";
import type { FakeWorkbook } from "./workbook";
import { ApplicationProxy, WorkbookProxy } from "./workbook-proxy";

export class FakeRequestContext implements ContextCore {
  readonly _wb: FakeWorkbook;
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  private ops: Op[] = [];
  private staged: { commit: () => void; bytes: number }[] = [];
  private touched = new Set<ClientObjectBase<unknown>>();
  private roundTrips = 0;
  private readonly sizer = new RequestSizer();

  /** Excel.run's `delayForCellEdit` (honoured where wb.delayForCellEditSupported). */
  private readonly delayForCellEdit: boolean;

  constructor(wb: FakeWorkbook, options: { delayForCellEdit?: boolean } = {}) {
    this._wb = wb;
    this.delayForCellEdit = options.delayForCellEdit === true;
    this.workbook = new WorkbookProxy(this, "workbook", () => wb, wb);
    this.application = (this.workbook as unknown as { application: ApplicationProxy }).application;
  }

  /** @internal */ _enqueue(op: Op): void {
    this.ops.push(op);
  }
  /** @internal */ _lastOp(): Op | undefined {
    return this.ops[this.ops.length - 1];
  }
  /** @internal */ _stage(commit: () => void, bytes: number): void {
    this.staged.push({ commit, bytes });
  }
  /** @internal */ _touch(p: ClientObjectBase<unknown>): void {
    this.touched.add(p);
  }

  /** Operations queued since the last sync (for tests of the fake itself). */
  get pendingOperations(): number {
    return this.ops.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.ops;
    this.ops = [];
    const wb = this._wb;
    if (ops.length === 0) {
      wb.stats.emptySyncs++;
      return passThroughValue as T;
    }
    await Promise.resolve();
    const index = this.roundTrips++;
    for (const hook of [...wb._hooks]) hook(wb, index);
    // The request as Office.js serialises it (request-size.ts).
    const bytes = this.sizer.bytes(ops);
    const s = wb.stats;
    s.syncs++;
    s.requests.push(bytes);
    s.operations.push(ops.length);
    s.totalRequestBytes += bytes;
    s.maxRequestBytes = Math.max(s.maxRequestBytes, bytes);
    const fault = wb._nextFault();
    if (fault) throw excelError(fault);
    if (wb._cellEditLeft > 0) {
      wb._cellEditLeft--;
      if (this.delayForCellEdit && wb.delayForCellEditSupported) s.delayedForCellEdit++;
      else throw excelError("InvalidOperationInCellEditMode");
    }
    if (bytes > wb.requestLimitBytes)
      throw excelError(wb.webMode ? "GeneralException" : "RequestPayloadSizeLimitExceeded");
    this.staged = [];
    this.touched = new Set();
    try {
      for (const op of ops) {
        try {
          checkProtection(wb, op);
          op.run();
        } catch (e) {
          if (e instanceof FakeExcelError) {
            e.debugInfo.errorLocation ??= `${op.obj._className}.${op.name}`;
            e.debugInfo.statement = `${op.obj._path}.${op.name}(...)`;
          }
          throw e;
        }
      }
      const responseBytes = this.staged.reduce((n, x) => n + x.bytes, 0);
      s.responses.push(responseBytes);
      s.maxResponseBytes = Math.max(s.maxResponseBytes, responseBytes);
      if (responseBytes > wb.responseLimitBytes)
        throw excelError(wb.webMode ? "GeneralException" : "ResponsePayloadSizeLimitExceeded");
      for (const x of this.staged) x.commit();
      for (const p of this.touched) p._nullKnown = true;
      this.sizer.settle();
    } finally {
      this.staged = [];
      this.touched = new Set();
    }
    return passThroughValue as T;
  }
}
