import { createOfficeGateway } from "../../src/excel/office-gateway";
import { watchSlowSyncs } from "../../src/excel/slow-sync";

/** A context whose round trips answer only when the test says so. */
function heldContext() {
  const pending: (() => void)[] = [];
  const context = {
    workbook: { worksheets: { getItem: () => ({ activate: () => undefined }) } },
    sync: <T>(value?: T) => new Promise<T>((resolve) => pending.push(() => resolve(value as T))),
  } as unknown as Excel.RequestContext;
  return { context, answer: () => pending.shift()?.() };
}

describe("a round trip Excel leaves unanswered (delayForCellEdit holds it silently)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("is reported once it has waited the given time, and cleared when Excel answers", async () => {
    const { context, answer } = heldContext();
    const seen: boolean[] = [];
    const watched = watchSlowSyncs(context, (w) => seen.push(w), 1500);
    const sync = watched.sync("done");
    jest.advanceTimersByTime(1499);
    expect(seen).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(seen).toEqual([true]);
    answer();
    await expect(sync).resolves.toBe("done");
    expect(seen).toEqual([true, false]);
  });

  it("says nothing of a round trip answered in time, and passes a refusal on", async () => {
    const seen: boolean[] = [];
    const refused = { sync: () => Promise.reject(Object.assign(new Error("no"), { code: "AccessDenied" })) };
    const watched = watchSlowSyncs(refused as unknown as Excel.RequestContext, (w) => seen.push(w), 1500);
    await expect(watched.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    jest.advanceTimersByTime(5000);
    expect(seen).toEqual([]);
  });

  it("reaches the pane through the gateway's watchSlowSync, for every call the gateway makes", async () => {
    const { context, answer } = heldContext();
    const run = ((_options: Excel.RunOptions, batch: (c: Excel.RequestContext) => Promise<unknown>) =>
      batch(context)) as unknown as typeof Excel.run;
    const gateway = createOfficeGateway({ run }, () => true, { slowSyncMs: 1000 });
    const seen: boolean[] = [];
    const stop = gateway.watchSlowSync?.((w) => seen.push(w));
    const selecting = gateway.activateSheet("Tiering");
    await jest.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual([true]);
    answer();
    await selecting;
    expect(seen).toEqual([true, false]);
    stop?.();
  });
});
