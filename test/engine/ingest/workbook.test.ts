import { CannotAnalyzeError } from "../../../src/engine/errors";
import { ingestWorkbook, MAX_PARTNERS } from "../../../src/engine/ingest";
import { cellAddress, columnLetters, columnNumber, parseCellAddress } from "../../../src/engine/ingest/addresses";
import { messages } from "../../../src/engine/ingest/messages";
import { sortIssues } from "../../../src/engine/ingest/order";
import { chooseScale, normalise, onScale } from "../../../src/engine/ingest/scale";
import type { Issue, RawCell } from "../../../src/engine/model";
import { partnersTable, rawTable, settings } from "../fixtures";

const cannotAnalyze = (run: () => unknown, message: RegExp) => {
  expect(run).toThrow(CannotAnalyzeError);
  expect(run).toThrow(message);
};

describe("ingestWorkbook: when there is nothing to analyse (SPEC §3 exit status 1)", () => {
  it("throws CannotAnalyzeError when there is no Partners table", () => {
    cannotAnalyze(() => ingestWorkbook({ partners: null }, settings()), /No Partners table/);
  });

  it("throws CannotAnalyzeError when the Partners table has no Partner column, listing the headers found", () => {
    const table = rawTable(["Company Size", "Fit"], [["Big", 3]]);
    cannotAnalyze(
      () => ingestWorkbook({ partners: table }, settings()),
      /no "Partner" column \(headers found: Company Size, Fit\)/,
    );
  });

  it("throws CannotAnalyzeError when the header row is empty", () => {
    cannotAnalyze(
      () => ingestWorkbook({ partners: rawTable([null, null], [["Acme", 3]]) }, settings()),
      /no "Partner" column \(headers found: none\)/,
    );
  });

  it("throws CannotAnalyzeError when the table is only a header", () => {
    cannotAnalyze(() => ingestWorkbook({ partners: rawTable(["Partner", "Fit"], []) }, settings()), /no data rows/);
  });

  it("throws CannotAnalyzeError when every row is blank", () => {
    const table = rawTable(["Partner", "Fit"], [[null, null], ["  ", ""], []]);
    cannotAnalyze(() => ingestWorkbook({ partners: table }, settings()), /no data rows/);
  });

  it("throws CannotAnalyzeError when no row has a partner name", () => {
    const table = rawTable(["Partner", "Fit"], [[null, 3]]);
    cannotAnalyze(
      () => ingestWorkbook({ partners: table }, settings()),
      /has 1 row with data but no Partner in any of them \(column A\)/,
    );
  });

  it(`throws CannotAnalyzeError over MAX_PARTNERS (${MAX_PARTNERS}, the data rows of an Excel sheet) rows, naming the count and the limit`, () => {
    expect(MAX_PARTNERS).toBe(1_048_575);
    const rows: RawCell[][] = Array.from({ length: MAX_PARTNERS + 1 }, () => ["P"]);
    cannotAnalyze(
      () => ingestWorkbook({ partners: rawTable(["Partner"], rows) }, settings()),
      /1,048,576 rows.*at most 1,048,575/,
    );
  }, 30_000);

  it("accepts more rows than the former 50,000 ceiling, not counting blank ones", () => {
    const rows: RawCell[][] = Array.from({ length: 60_000 }, (_, i) => [`P${i}`]);
    rows.push([null], ["  "]);
    const { portfolio } = ingestWorkbook({ partners: rawTable(["Partner"], rows) }, settings());
    expect(portfolio.partners).toHaveLength(60_000);
  }, 30_000);

  it("never throws for bad cells: each of six bad cells becomes its own issue naming sheet, cell, severity and problem, and the partner is kept", () => {
    const table = partnersTable([
      {
        Partner: "A",
        Fit: "x",
        Impact: { kind: "error", code: "#N/A" },
        Momentum: true,
        Investment: -1,
        Layer: "?",
        Roles: "Sponsor",
      },
    ]);
    const { portfolio, issues } = ingestWorkbook({ partners: table }, settings());
    expect(
      portfolio.partners.map((p) => [p.name, p.fit, p.impact, p.momentum, p.investment, p.layer, p.roles]),
    ).toEqual([["A", null, null, null, null, null, ["Sponsor"]]]);
    const at = (cell: string, severity: Issue["severity"], message: string): Issue => ({
      severity,
      sheet: "Partners",
      cell,
      message,
    });
    expect(issues).toEqual([
      at("A2", "info", messages.unscored("A", ["Fit", "Impact", "Momentum"])),
      at("C2", "warning", messages.unknownLayer("?")),
      at("D2", "warning", messages.unknownRoles(["Sponsor"])),
      at("I2", "error", messages.notANumber("Fit", "x", "text")),
      at("J2", "error", messages.errorValue("Impact", "#N/A")),
      at("K2", "error", messages.notANumber("Momentum", "TRUE", "boolean")),
      at("N2", "error", messages.negativeMoney("Investment", -1)),
    ]);
  });
});

describe("ingestWorkbook: sources and candidates", () => {
  it("records where the Partners rows came from and how many were read", () => {
    const table = partnersTable([{ Partner: "A" }, {}, { Partner: "B" }], { sheet: "Register", source: "tblPartners" });
    const { portfolio } = ingestWorkbook({ partners: table }, settings());
    expect(portfolio.sources).toEqual([{ input: "partners", source: "tblPartners", sheet: "Register", rows: 2 }]);
  });

  it("reads candidates with the Candidate column and their Fit on the same scale", () => {
    const candidates = rawTable(
      ["Candidate Name", "Strategic Fit"],
      [
        ["Newco", 4],
        ["Oldco", 9],
      ],
      { sheet: "Candidates" },
    );
    const { portfolio, issues } = ingestWorkbook(
      { partners: partnersTable([{ Partner: "A", Fit: 1, Impact: 1, Momentum: 1 }]), candidates },
      settings(),
    );
    expect(portfolio.scale.max).toBe(100);
    expect(portfolio.candidates.map((c) => [c.name, c.fit])).toEqual([
      ["Newco", 4],
      ["Oldco", 9],
    ]);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("reports a Candidates table without a Candidate column as an error and reads no candidates", () => {
    const candidates = rawTable(["Who", "Fit"], [["Newco", 4]], { sheet: "Candidates" });
    const { portfolio, issues } = ingestWorkbook(
      { partners: partnersTable([{ Partner: "A" }]), candidates },
      settings(),
    );
    expect(portfolio.candidates).toEqual([]);
    expect(issues).toContainEqual({
      severity: "error",
      sheet: "Candidates",
      cell: "",
      message: expect.stringContaining('"Candidate"'),
    });
  });
});

describe("ingestWorkbook: issue order", () => {
  it("sorts issues by sheet, then row, then column, table-level issues first", () => {
    const partners = partnersTable(
      [
        { Partner: "A", Fit: 9, Impact: "x", Momentum: 2 },
        { Partner: "B", Fit: "y", Impact: 3, Momentum: 2, Layer: "Edge" },
      ],
      { headerRow: 5, firstColumn: 3 },
    );
    partners.header.push("Notes");
    const candidates = rawTable(["Candidate", "Fit"], [["C", "bad"]], { sheet: "Candidates" });
    const { issues } = ingestWorkbook({ partners, candidates }, settings());
    expect(issues.map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      "Partners!",
      "Partners!C6",
      "Partners!L6",
      "Partners!C7",
      "Partners!E7",
      "Partners!K7",
      "Candidates!B2",
    ]);
  });
});

describe("ingestWorkbook: issues of the Partners table come first", () => {
  it("lists Partners issues before Candidates issues even when they are found later (scores are checked once the scale is known)", () => {
    const candidates = rawTable(["Candidate", "Fit"], [["C", "bad"]], { sheet: "Candidates" });
    const { issues } = ingestWorkbook(
      { partners: partnersTable([{ Partner: "A", Fit: -1, Impact: 1, Momentum: 1 }]), candidates },
      settings(),
    );
    expect(issues.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Partners!A2", "Partners!I2", "Candidates!B2"]);
  });
});

describe("sortIssues", () => {
  const issue = (sheet: string, cell: string, message = ""): Issue => ({ severity: "error", sheet, cell, message });

  it("orders columns by number, so B comes before AA", () => {
    expect(sortIssues([issue("S", "AA2"), issue("S", "B2"), issue("S", "Z1")]).map((i) => i.cell)).toEqual([
      "Z1",
      "B2",
      "AA2",
    ]);
  });

  it("orders rows numerically, so 9 comes before 10", () => {
    expect(sortIssues([issue("S", "A10"), issue("S", "A9")]).map((i) => i.cell)).toEqual(["A9", "A10"]);
  });

  it("keeps sheets in the order first mentioned", () => {
    expect(
      sortIssues([issue("Partners", "A3"), issue("Candidates", "A1"), issue("Partners", "A2")]).map(
        (i) => `${i.sheet}!${i.cell}`,
      ),
    ).toEqual(["Partners!A2", "Partners!A3", "Candidates!A1"]);
  });

  it("puts the sheets it is given first, in that order", () => {
    const sorted = sortIssues(
      [issue("Candidates", "A1"), issue("Extra", "A1"), issue("Partners", "A9")],
      ["Partners", undefined, "Candidates"],
    );
    expect(sorted.map((i) => i.sheet)).toEqual(["Partners", "Candidates", "Extra"]);
  });

  it("keeps issues at the same cell in the order found", () => {
    expect(sortIssues([issue("S", "A2", "first"), issue("S", "A2", "second")]).map((i) => i.message)).toEqual([
      "first",
      "second",
    ]);
  });

  it("does not mutate its argument", () => {
    const input = [issue("S", "B1"), issue("S", "A1")];
    sortIssues(input);
    expect(input.map((i) => i.cell)).toEqual(["B1", "A1"]);
  });
});

describe("A1 addresses", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [28, "AB"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("writes column %p as %s and reads it back", (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it("joins column letters and row", () => {
    expect(cellAddress(5, 3)).toBe("C5");
  });

  it("reads an A1 address back, with or without $, in either case; null when it is not one", () => {
    expect(parseCellAddress("C5")).toEqual({ row: 5, column: 3 });
    expect(parseCellAddress(" $xfd$1048576 ")).toEqual({ row: 1048576, column: 16384 });
    expect(parseCellAddress("A")).toBeNull();
    expect(parseCellAddress("Sheet1!A1")).toBeNull();
  });
});

describe("chooseScale and normalise (SPEC §2.1)", () => {
  it("chooses 0–5 under auto when nothing exceeds 5, 5 included", () => {
    expect(chooseScale([0, 5, -3], "auto")).toEqual({ max: 5, chosen: "auto" });
  });

  it("chooses 0–100 under auto when one value exceeds 5", () => {
    expect(chooseScale([1, 5.01], "auto")).toEqual({ max: 100, chosen: "auto" });
  });

  it("chooses 0–5 when there are no scores at all", () => {
    expect(chooseScale([], "auto")).toEqual({ max: 5, chosen: "auto" });
  });

  it("obeys an explicit setting", () => {
    expect(chooseScale([50], "0-5")).toEqual({ max: 5, chosen: "setting" });
    expect(chooseScale([1], "0-100")).toEqual({ max: 100, chosen: "setting" });
  });

  it("normalises as 100 × value / max on both scales", () => {
    expect(normalise(4, { max: 5, chosen: "auto" })).toBe(80);
    expect(normalise(5, { max: 5, chosen: "auto" })).toBe(100);
    expect(normalise(73, { max: 100, chosen: "auto" })).toBe(73);
    expect(normalise(0, { max: 100, chosen: "setting" })).toBe(0);
  });

  it("treats 0 and the max as on the scale, anything outside as off", () => {
    const scale = { max: 5, chosen: "auto" } as const;
    expect([0, 5, -0.01, 5.01].map((v) => onScale(v, scale))).toEqual([true, true, false, false]);
  });
});
