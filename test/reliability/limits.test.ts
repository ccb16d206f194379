/**
 * README "Large portfolios": no ceiling below Excel's own (1,048,575 data rows). The tests use
 * sizes past the former 50,000 limit but small enough for the suite; the 100,000 and 1,048,575
 * partner figures come from `npm run bench -- --cli` (docs/PERFORMANCE.md).
 */
import { analyzeWorkbook } from "../../src/engine/analyze";
import { CannotAnalyzeError } from "../../src/engine/errors";
import { MAX_PARTNERS } from "../../src/engine/ingest";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { buildReport } from "../../src/report";
import { MAX_CONFLICT_ROWS } from "../../src/report/conflicts-sheet";
import { partnersTable } from "../engine/fixtures";
import { syntheticRows } from "./corpus";
import { RUN_AT } from "./corpus-workbook";

describe("the partner limit is Excel's sheet", () => {
  it("is 1,048,575 rows, the data rows below a header in one sheet", () => {
    expect(MAX_PARTNERS).toBe(1_048_575);
  });

  it("analyses 60,000 partners, past the former 50,000 ceiling", () => {
    const rows = syntheticRows(60_000).map((r) => ({
      Partner: r[0] as string,
      Fit: r[8] as number,
      Impact: r[9] as number,
      Momentum: r[10] as number,
    }));
    const analysis = analyzeWorkbook({ partners: partnersTable(rows) }, DEFAULT_SETTINGS, { runAt: RUN_AT });
    expect(analysis.tiering.totals.count).toBe(60_000);
  }, 120_000);

  it("refuses more rows than a sheet can hold, with the count and the limit in the message", () => {
    const rows = Array.from({ length: MAX_PARTNERS + 1 }, () => ({ Partner: "P" }));
    expect(() => analyzeWorkbook({ partners: partnersTable(rows) }, DEFAULT_SETTINGS, { runAt: RUN_AT })).toThrow(
      new CannotAnalyzeError(
        "The Partners table has 1,048,576 rows; the add-in analyses at most 1,048,575. Split the portfolio or filter it first.",
      ),
    );
  }, 120_000);
});

describe("what the sheets show of very large results", () => {
  it("lists at most 5,000 conflict pairs on the Conflicts sheet (the JSON has them all)", () => {
    expect(MAX_CONFLICT_ROWS).toBe(5_000);
  });

  it("names at most 30 providers in a Coverage cell, then how many more", () => {
    const rows = syntheticRows(40).map((r) => ({ Partner: r[0] as string, Capabilities: "Identity" }));
    const analysis = analyzeWorkbook({ partners: partnersTable(rows) }, DEFAULT_SETTINGS, { runAt: RUN_AT });
    const coverage = buildReport(analysis).find((s) => s.key === "coverage");
    const cells = coverage?.blocks.flatMap((b) => b.values.flat()) ?? [];
    const names = cells.find((c): c is string => typeof c === "string" && c.startsWith("Partner 000001"));
    expect(names?.split("; ")).toHaveLength(31);
    expect(names).toMatch(/; … and 10 more$/);
  });
});
