/**
 * Running again: the input is never modified; the result workbook is not an input; a workbook
 * that already holds a run's sheets is read for the user's data only, and its Tier History
 * gives tier movement (SPEC §2.2: Up, Down, Same, New).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { withPreviousRun } from "./previous-run";
import { analyze, fixture, runCli, scratch, tieringOf } from "./run-cli";

const work = scratch();
afterAll(() => work.cleanup());
const INPUT = fixture("partners-shared-strings.xlsx");
const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("the input workbook", () => {
  it.each([
    "partners-shared-strings.xlsx",
    "partners-table.xlsx",
    "partners-openpyxl-style.xlsx",
    "partners-rich-formulas.xlsx",
  ])("is byte-for-byte unchanged after a run on %s", async (name) => {
    const before = digest(fixture(name));
    await analyze(fixture(name), work.dir, `unchanged-${name}`);
    expect(digest(fixture(name))).toBe(before);
  });
});

describe("running on the result workbook itself", () => {
  it("fails cleanly (exit 1, no Partners table): OUT.xlsx holds results only, and its Tiering sheet is not read as partners", async () => {
    const first = await analyze(INPUT, work.dir, "first-out");
    const before = digest(first.outPath);
    const run = await runCli(["analyze", first.outPath, "--out", work.path("second-out.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/No Partners table found/);
    expect(existsSync(work.path("second-out.xlsx"))).toBe(false);
    expect(digest(first.outPath)).toBe(before);
  });
});

describe("a workbook that holds a previous run's sheets", () => {
  const T1 = "2026-01-05T09:00:00.000Z";
  const T2 = "2026-02-05T09:00:00.000Z";
  let first: Record<string, unknown>;
  let second: Awaited<ReturnType<typeof analyze>>;
  let merged: string;

  beforeAll(async () => {
    // Fit-heavy weights first, Impact-heavy next: Fabrikam Resale (5, 2, 3) drops from
    // Strategic to Focus; Tailspin Data (2.5, 4.5, 3.5) rises from Focus to Strategic.
    const run1 = await analyze(INPUT, work.dir, "t1", ["--run-at", T1, "--weights", "3,1,1"]);
    first = run1.json;
    merged = work.path("analysed-before.xlsx");
    const added = [
      "Blue Yonder Labs",
      "Technology",
      "Core",
      "Integrate",
      "Analytics",
      null,
      null,
      null,
      4,
      4,
      4,
      1000,
      2000,
      500,
      "Ana Ruiz",
    ];
    writeFileSync(merged, await withPreviousRun(INPUT, run1.outPath, { addPartners: [added] }));
    second = await analyze(merged, work.dir, "t2", ["--run-at", T2, "--weights", "1,3,1"]);
  });

  it("reads the user's Partners sheet, not the output sheets and tables beside it", () => {
    expect(second.json.sources).toEqual([{ input: "partners", source: "Partners", sheet: "Partners", rows: 15 }]);
    expect(tieringOf(second.json).partners).toHaveLength(15);
  });

  it("shows movement against the latest snapshot in the Tier History: Up, Down, Same and New", () => {
    const movement = (partner: string) => tieringOf(second.json).partners.find((p) => p.partner === partner);
    expect(tieringOf(first).partners.find((p) => p.partner === "Fabrikam Resale")).toMatchObject({
      tier: "Strategic",
      movement: null,
    }); // no history yet
    expect(movement("Fabrikam Resale")).toMatchObject({ tier: "Focus", previousTier: "Strategic", movement: "Down" });
    expect(movement("Tailspin Data")).toMatchObject({ tier: "Strategic", previousTier: "Focus", movement: "Up" });
    expect(movement("Northwind Cloud")).toMatchObject({
      tier: "Strategic",
      previousTier: "Strategic",
      movement: "Same",
    });
    expect(movement("Blue Yonder Labs")).toMatchObject({ previousTier: null, movement: "New" });
  });

  it("carries the earlier snapshot forward in the new Tier History, then adds this run's", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second.outPath);
    const takenAt: string[] = [];
    wb.getWorksheet("Tier History")?.eachRow((row, r) => {
      if (r > 1) takenAt.push(String(row.getCell(1).value));
    });
    expect(takenAt.filter((t) => t === T1)).toHaveLength(14);
    expect(takenAt.filter((t) => t === T2)).toHaveLength(15);
  });

  it("writes no Tier History with --no-snapshot, and still shows movement against the one it read", async () => {
    const run = await analyze(merged, work.dir, "no-snapshot", ["--run-at", T2, "--no-snapshot"]);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(run.outPath);
    expect(wb.getWorksheet("Tier History")).toBeUndefined();
    expect(tieringOf(run.json).partners.find((p) => p.partner === "Northwind Cloud")?.movement).toBe("Same");
  });
});
