import { readExpectations } from "../../../src/engine/ingest/expectations";
import type { Issue, RawCell, SourceInfo } from "../../../src/engine/model";
import { rawTable, settings } from "../fixtures";

const HEADER = ["Tier", "Min Pipeline", "Min Revenue", "Max Investment"];
const read = (rows: RawCell[][], header: RawCell[] = HEADER) => {
  const issues: Issue[] = [];
  const sources: SourceInfo[] = [];
  const rowsRead = readExpectations(rawTable(header, rows, { sheet: "Expectations" }), settings(), issues, sources);
  return { rows: rowsRead, issues, sources };
};

describe("readExpectations (SPEC §1, §2.10 Expectations table)", () => {
  it("reads one row per tier, a blank cell meaning no check", () => {
    const { rows, issues } = read([
      ["Strategic", 1000, 500, null],
      ["focus", null, " 200 ", 50],
    ]);
    expect(rows).toEqual([
      { tier: "Strategic", row: 2, minPipeline: 1000, minRevenue: 500, maxInvestment: null },
      { tier: "Focus", row: 3, minPipeline: null, minRevenue: 200, maxInvestment: 50 },
    ]);
    expect(issues).toEqual([]);
  });

  it("finds its columns by synonyms, ignoring case and punctuation", () => {
    const { rows } = read([["Scale", 1, 2, 3]], ["TIER", "minimum_pipeline", "Revenue Target", "Investment cap"]);
    expect(rows).toEqual([{ tier: "Scale", row: 2, minPipeline: 1, minRevenue: 2, maxInvestment: 3 }]);
  });

  it("reports an unknown tier at its cell and ignores the row (Unscored owes nothing)", () => {
    const { rows, issues } = read([
      ["Gold", 1, 1, 1],
      ["Unscored", 1, 1, 1],
    ]);
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      {
        severity: "error",
        sheet: "Expectations",
        cell: "A2",
        message: 'Tier "Gold" is not Strategic, Focus or Scale; the row is ignored.',
      },
      {
        severity: "error",
        sheet: "Expectations",
        cell: "A3",
        message: 'Tier "Unscored" is not Strategic, Focus or Scale; the row is ignored.',
      },
    ]);
  });

  it("reports a repeated tier at its cell and keeps the first row", () => {
    const { rows, issues } = read([
      ["Focus", 1, null, null],
      ["FOCUS", 2, null, null],
    ]);
    expect(rows?.map((r) => r.minPipeline)).toEqual([1]);
    expect(issues).toEqual([
      {
        severity: "error",
        sheet: "Expectations",
        cell: "A3",
        message: 'Tier "Focus" appears again (first at A2); this row is skipped.',
      },
    ]);
  });

  it("reports text, a date, TRUE/FALSE, an error value and a negative amount in a number cell, and ignores that check only", () => {
    const { rows, issues } = read([
      ["Strategic", "lots", { kind: "date", iso: "2026-01-01" }, -5],
      ["Focus", true, { kind: "error", code: "#N/A" }, "1,000"],
    ]);
    expect(rows).toEqual([
      { tier: "Strategic", row: 2, minPipeline: null, minRevenue: null, maxInvestment: null },
      { tier: "Focus", row: 3, minPipeline: null, minRevenue: null, maxInvestment: null },
    ]);
    expect(issues.map((i) => [i.cell, i.message])).toEqual([
      ["B2", 'Min Pipeline "lots" is not a number; the value is ignored.'],
      ["C2", 'Min Revenue "2026-01-01" is a date, not a number; the value is ignored.'],
      ["D2", "Max Investment -5 is negative; the value is ignored."],
      ["B3", 'Min Pipeline "TRUE" is TRUE/FALSE, not a number; the value is ignored.'],
      ["C3", "Min Revenue holds the Excel error #N/A; the value is ignored."],
      ["D3", 'Max Investment "1,000" is not a number; the value is ignored.'],
    ]);
  });

  it("reports a row without a tier, and a table without a Tier column", () => {
    expect(read([[null, 1, 2, 3]]).issues).toEqual([
      {
        severity: "error",
        sheet: "Expectations",
        cell: "A2",
        message: "This row has data but no Tier; the row is skipped.",
      },
    ]);
    const noTier = read([["x"]], ["Level of care"]);
    expect(noTier.rows).toBeNull();
    expect(
      noTier.issues.some(
        (i) => i.severity === "error" && i.message.startsWith('The Expectations table has no "Tier" column'),
      ),
    ).toBe(true);
  });

  it("lists the table among the sources, with its usable rows", () => {
    expect(
      read([
        ["Scale", 1, null, null],
        ["Gold", 1, 1, 1],
      ]).sources,
    ).toEqual([{ input: "expectations", source: "Expectations", sheet: "Expectations", rows: 1 }]);
  });

  it("is null without a table", () => {
    expect(readExpectations(null, settings(), [], [])).toBeNull();
  });
});
