import { latestSnapshot, readHistory } from "../../src/engine/history";
import type { Issue } from "../../src/engine/model";
import { rawTable } from "./fixtures";

const HEADER = ["Taken at", "Partner", "Tier", "Rank", "Composite"];

describe("Tier History", () => {
  it("reads the rows of earlier runs", () => {
    const issues: Issue[] = [];
    const rows = readHistory(rawTable(HEADER, [["2026-01-01T00:00:00Z", "Acme", "Focus", 2, 60]]), issues);
    expect(rows).toEqual([{ takenAt: "2026-01-01T00:00:00Z", partner: "Acme", tier: "Focus", rank: 2, composite: 60 }]);
    expect(issues).toEqual([]);
  });

  it("takes the latest snapshot by Taken at", () => {
    const rows = readHistory(
      rawTable(HEADER, [
        ["2026-01-01T00:00:00Z", "Acme", "Scale", 3, 40],
        ["2026-02-01T00:00:00Z", "Acme", "Strategic", 1, 80],
        ["2026-01-15T00:00:00Z", "Acme", "Focus", 2, 60],
      ]),
      [],
    );
    expect(latestSnapshot(rows)).toEqual({ takenAt: "2026-02-01T00:00:00Z", tiers: { acme: "Strategic" } });
  });

  it("keeps a partner named __proto__ as an ordinary partner", () => {
    const rows = readHistory(rawTable(HEADER, [["2026-01-01T00:00:00Z", "__proto__", "Focus", 1, 60]]), []);
    const snapshot = latestSnapshot(rows);
    expect(Object.hasOwn(snapshot?.tiers ?? {}, "__proto__")).toBe(true);
    expect(snapshot?.tiers["__proto__"]).toBe("Focus");
  });

  it("has no snapshot without history", () => {
    expect(latestSnapshot([])).toBeNull();
  });

  it("skips rows without a known tier and warns when the columns are missing", () => {
    const issues: Issue[] = [];
    expect(readHistory(rawTable(HEADER, [["2026-01-01", "Acme", "Gold", 1, 1]]), issues)).toEqual([]);
    expect(readHistory(rawTable(["When", "Who"], [["x", "y"]]), issues)).toEqual([]);
    expect(issues.some((i) => i.severity === "warning")).toBe(true);
  });
});
