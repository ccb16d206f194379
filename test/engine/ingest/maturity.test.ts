import { ingestWorkbook } from "../../../src/engine/ingest";
import type { RawCell } from "../../../src/engine/model";
import { partnersTable, rawTable, settings } from "../fixtures";

const partners = partnersTable([{ Partner: "Acme" }]);
const ALL = ["Strategy", "People", "Process", "Technology", "Customer", "Results"];
const ingest = (rows: RawCell[][], header: RawCell[] = ["Pillar", "Score", "Target"]) =>
  ingestWorkbook({ partners, maturity: rawTable(header, rows, { sheet: "Maturity" }) }, settings());
const issuesAt = (r: ReturnType<typeof ingest>) =>
  r.issues.filter((i) => i.sheet === "Maturity").map((i) => [i.severity, i.cell, i.message]);
const full = (score: RawCell = 3, target: RawCell = 4) => ALL.map((p) => [p, score, target]);

describe("Maturity table (SPEC §1, §2.9)", () => {
  it("reads Pillar, Score and Target", () => {
    const r = ingest(full());
    expect(r.portfolio.maturity?.[0]).toEqual({ pillar: "Strategy", row: 2, score: 3, target: 4 });
    expect(issuesAt(r)).toEqual([]);
  });

  it("recognises standard pillars case-insensitively and shows their standard spelling", () => {
    expect(ingest([[" people ", 2, 3]]).portfolio.maturity?.[0]?.pillar).toBe("People");
  });

  it("accepts decimal levels from 1 to 5", () => {
    expect(ingest([["People", 2.5, 5]]).portfolio.maturity?.[0]).toMatchObject({ score: 2.5, target: 5 });
  });

  it.each<[string, RawCell]>([
    ["below 1", 0],
    ["above 5", 6],
    ["text", "high"],
    ["a boolean", true],
  ])("reports a Score %s at its cell and leaves it empty", (_, value) => {
    const r = ingest([["People", value, 4]]);
    expect(r.portfolio.maturity?.[0]?.score).toBeNull();
    expect(issuesAt(r).filter((i) => i[0] === "error")).toEqual([
      ["error", "B2", expect.stringMatching(/^Score ".*" is not a number from 1 to 5; the cell is left empty\.$/)],
    ]);
  });

  it("reports a Target outside 1–5 at its cell and leaves it empty", () => {
    const r = ingest([["People", 3, 9]]);
    expect(r.portfolio.maturity?.[0]?.target).toBeNull();
    expect(
      issuesAt(r)
        .filter((i) => i[0] === "error")
        .map((i) => i[1]),
    ).toEqual(["C2"]);
  });

  it("accepts a table without a Target column", () => {
    expect(ingest([["People", 3]], ["Pillar", "Score"]).portfolio.maturity?.[0]?.target).toBeNull();
  });

  it("keeps an unknown pillar with a warning", () => {
    const r = ingest([...full(), ["Partner Ops", 2, 3]]);
    expect(r.portfolio.maturity?.map((m) => m.pillar)).toContain("Partner Ops");
    expect(issuesAt(r)).toEqual([["warning", "A8", expect.stringContaining('Pillar "Partner Ops" is not one of')]]);
  });

  it("skips a later row repeating a pillar, with an error", () => {
    const r = ingest([...full(), ["strategy", 1, 1]]);
    expect(r.portfolio.maturity).toHaveLength(6);
    expect(issuesAt(r)).toEqual([["error", "A8", expect.stringContaining("appears again (first at A2)")]]);
  });

  it("notes the standard pillars missing from the table", () => {
    expect(issuesAt(ingest([["Strategy", 3, 4]]))).toEqual([
      ["info", "", expect.stringContaining("no row for People, Process, Technology, Customer, Results")],
    ]);
  });

  it("is null without a Maturity table", () => {
    expect(ingestWorkbook({ partners }, settings()).portfolio.maturity).toBeNull();
  });

  it("is null, with an error, when the table has no Pillar column", () => {
    const r = ingest([[3]], ["Score"]);
    expect(r.portfolio.maturity).toBeNull();
    expect(issuesAt(r)[0]?.[0]).toBe("error");
  });
});
