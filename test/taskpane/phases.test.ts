import { runProgress, RUN_PHASES, writeShare } from "../../src/taskpane/analyze/phases";

describe("runProgress", () => {
  it("rises phase by phase from reading to writing", () => {
    let p = 0;
    for (const phase of RUN_PHASES) {
      const next = runProgress(phase, null, p);
      expect(next).toBeGreaterThanOrEqual(p);
      p = next;
    }
    expect(p).toBeLessThan(1);
  });
  it("moves within reading by the rows read so far", () => {
    const start = runProgress("read", null, 0);
    const half = runProgress("read", null, 0, 0.5);
    const done = runProgress("read", null, 0, 1);
    expect(start).toBe(0);
    expect(half).toBeGreaterThan(start);
    expect(done).toBeGreaterThan(half);
    expect(done).toBeCloseTo(runProgress("ingest", null, 0));
  });

  it("counts the sheets written", () => {
    expect(runProgress("write", { done: 4, total: 4 }, 0)).toBe(1);
    expect(runProgress("write", { done: 2, total: 4 }, 0)).toBeLessThan(1);
  });
  it("never goes backwards when the engine reports phases in another order", () => {
    expect(runProgress("ingest", null, 0.5)).toBe(0.5);
  });
  it("gives writing, more than half of a run's time, about half of the bar: it starts below 55 %, not at 90 %", () => {
    const start = runProgress("write", { done: 0, total: 8 }, 0);
    expect(start).toBeLessThan(0.55);
    expect(runProgress("write", { done: 4, total: 8 }, 0) - start).toBeGreaterThan(0.2);
  });
  it("measures writing per sheet by the cells each sheet holds", () => {
    const sheet = (rows: number) => ({ blocks: [{ values: Array.from({ length: rows }, () => [1, 2, 3, 4, 5]) }] });
    const specs = [sheet(2000), sheet(10), sheet(10)];
    expect(writeShare(specs, 1)).toBeGreaterThan(0.8);
    expect(writeShare(specs, 3)).toBe(1);
    expect(runProgress("write", { done: 1, total: 3, share: writeShare(specs, 1) }, 0)).toBeGreaterThan(
      runProgress("write", { done: 1, total: 3 }, 0),
    );
  });
});
