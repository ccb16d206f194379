import { latestSnapshot, readHistory } from "../../src/engine/history";
import type { Issue, RawCell } from "../../src/engine/model";
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

  it("warns when the Taken at, Partner or Tier column is missing, and reads nothing", () => {
    const issues: Issue[] = [];
    expect(readHistory(rawTable(["When", "Who"], [["x", "y"]], { sheet: "Tier History" }), issues)).toEqual([]);
    expect(issues).toContainEqual({
      severity: "warning",
      sheet: "Tier History",
      cell: "",
      message: "The Tier History lacks Taken at, Partner or Tier columns; tier movement and evolution are not shown.",
    });
  });
});

describe("Tier History bad input (SPEC §2.9: each problem an issue at its cell, the analysis goes on)", () => {
  const read = (rows: RawCell[][], header: RawCell[] = HEADER) => {
    const issues: Issue[] = [];
    const rowsRead = readHistory(rawTable(header, rows, { sheet: "Tier History" }), issues);
    return { rows: rowsRead, issues: issues.map((i) => [i.severity, i.cell, i.message]) };
  };

  it("skips a row with a blank Taken at or Partner, with a warning at that cell", () => {
    const r = read([
      [null, "Acme", "Focus", 1, 60],
      ["2026-01-01", " ", "Focus", 1, 60],
    ]);
    expect(r.rows).toEqual([]);
    expect(r.issues).toEqual([
      ["warning", "A2", "This Tier History row has no Taken at; the row is skipped."],
      ["warning", "B3", "This Tier History row has no Partner; the row is skipped."],
    ]);
  });

  it("skips a row whose Taken at is not an ISO 8601 date, with a warning at that cell", () => {
    const r = read([
      ["last Tuesday", "Acme", "Focus", 1, 60],
      ["01/02/2026", "Acme", "Focus", 1, 60],
      [{ kind: "date", iso: "2026-02-01" }, "Acme", "Focus", 1, 60],
    ]);
    expect(r.rows.map((x) => x.takenAt)).toEqual(["2026-02-01"]);
    expect(r.issues).toEqual([
      [
        "warning",
        "A2",
        'Taken at "last Tuesday" is not an ISO 8601 date and time (e.g. 2026-03-01T09:00:00Z); the row is skipped.',
      ],
      [
        "warning",
        "A3",
        'Taken at "01/02/2026" is not an ISO 8601 date and time (e.g. 2026-03-01T09:00:00Z); the row is skipped.',
      ],
    ]);
  });

  it("skips a row whose Tier is not Strategic, Focus, Scale or Unscored (blank included), with a warning at that cell", () => {
    const r = read([
      ["2026-01-01", "Acme", "Gold", 1, 60],
      ["2026-01-01", "Bolt", null, 1, 60],
      ["2026-01-01", "Cask", "unscored", null, null],
    ]);
    expect(r.rows.map((x) => [x.partner, x.tier])).toEqual([["Cask", "Unscored"]]);
    expect(r.issues).toEqual([
      ["warning", "C2", 'Tier "Gold" is not Strategic, Focus, Scale or Unscored; the row is skipped.'],
      ["warning", "C3", "This Tier History row has no Tier; the row is skipped."],
    ]);
  });

  it("warns at the cell of a Strategic, Focus or Scale row without a Composite, and reports a Composite that is not a number", () => {
    const r = read([
      ["2026-01-01", "Acme", "Focus", 1, null],
      ["2026-01-01", "Bolt", "Scale", 2, "high"],
    ]);
    expect(r.rows.map((x) => x.composite)).toEqual([null, null]);
    expect(r.issues).toEqual([
      ["warning", "E2", "This Focus row has no Composite; it counts for movement but is not a point of evolution."],
      ["error", "E3", 'Composite "high" is not a number; the value is ignored.'],
    ]);
  });

  it("warns once when the table has no Composite column at all", () => {
    const r = read([["2026-01-01", "Acme", "Focus"]], ["Taken at", "Partner", "Tier"]);
    expect(r.issues).toEqual([
      ["warning", "", "The Tier History has no Composite column; tier movement is shown, evolution is not."],
    ]);
  });

  it("warns at a partner's second row in one snapshot, keeps it for the rewrite, and lets the first row count", () => {
    const r = read([
      ["2026-01-01", "Acme", "Focus", 1, 60],
      ["2026-01-01", " ACME ", "Strategic", 1, 90],
      ["2026-02-01", "Acme", "Scale", 1, 40],
    ]);
    expect(r.rows.map((x) => x.duplicate ?? false)).toEqual([false, true, false]);
    expect(r.issues).toEqual([
      ["warning", "B3", '"ACME" appears again in the snapshot taken at 2026-01-01 (first at B2); this row is ignored.'],
    ]);
    expect(latestSnapshot(r.rows.slice(0, 2))).toEqual({ takenAt: "2026-01-01", tiers: { acme: "Focus" } });
  });

  it("reports an Excel error value in Taken at once, at its cell", () => {
    const r = read([[{ kind: "error", code: "#REF!" }, "Acme", "Focus", 1, 60]]);
    expect(r.rows).toEqual([]);
    expect(r.issues).toEqual([["error", "A2", "Taken at holds the Excel error #REF!; the value is ignored."]]);
  });
});
