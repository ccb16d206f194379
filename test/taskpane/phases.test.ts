import { runProgress, RUN_PHASES } from "../../src/taskpane/analyze/phases";

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
  it("counts the sheets written", () => {
    expect(runProgress("write", { done: 4, total: 4 }, 0)).toBe(1);
    expect(runProgress("write", { done: 2, total: 4 }, 0)).toBeLessThan(1);
  });
  it("never goes backwards when the engine reports phases in another order", () => {
    expect(runProgress("ingest", null, 0.5)).toBe(0.5);
  });
});
