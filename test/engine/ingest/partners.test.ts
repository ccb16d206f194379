import { ingestWorkbook } from "../../../src/engine/ingest";
import type { Issue, RawCell, Settings } from "../../../src/engine/model";
import { type PartnerCells, partnersTable, rawTable, settings } from "../fixtures";

/** Ingests a Partners table built from rows (header at A1 unless placed elsewhere). */
function ingest(rows: PartnerCells[], opts: { headerRow?: number; firstColumn?: number; settings?: Settings } = {}) {
  return ingestWorkbook({ partners: partnersTable(rows, opts) }, opts.settings ?? settings());
}

/** The issues at one cell. */
const at = (issues: Issue[], cell: string) => issues.filter((i) => i.cell === cell);

const SCORED = { Fit: 4, Impact: 3, Momentum: 2 } as const;

describe("ingest: Partners rows (SPEC §1)", () => {
  it("reads every column of a well-formed row", () => {
    const { portfolio, issues } = ingest([
      {
        Partner: "Acme",
        Type: "Technology",
        Layer: "Core",
        Roles: "Co-sell; Integrate",
        Capabilities: "CRM, Billing",
        Segments: "Enterprise",
        Regions: "EMEA",
        Lifecycle: "Awareness; Adoption",
        Fit: 4,
        Impact: 3.5,
        Momentum: 2,
        Pipeline: 1000,
        Revenue: 500,
        Investment: 100,
        Owner: "Dana",
      },
    ]);
    expect(issues).toEqual([]);
    expect(portfolio.partners).toEqual([
      {
        name: "Acme",
        row: 2,
        type: "Technology",
        layer: "Core",
        roles: ["Co-sell", "Integrate"],
        capabilities: ["CRM", "Billing"],
        segments: ["Enterprise"],
        regions: ["EMEA"],
        lifecycle: ["Awareness", "Adoption"],
        fit: 4,
        impact: 3.5,
        momentum: 2,
        pipeline: 1000,
        revenue: 500,
        investment: 100,
        owner: "Dana",
      },
    ]);
  });

  it("records the sheet row of each partner, counting from the header's row", () => {
    const { portfolio } = ingest([{ Partner: "A" }, {}, { Partner: "B" }], { headerRow: 5, firstColumn: 3 });
    expect(portfolio.partners.map((p) => [p.name, p.row])).toEqual([
      ["A", 6],
      ["B", 8],
    ]);
  });

  it("skips blank rows, including rows of only white space", () => {
    const { portfolio, issues } = ingest([
      {},
      { Partner: "A", ...SCORED },
      { Partner: "  ", Owner: " " },
      { Partner: "B", ...SCORED },
    ]);
    expect(portfolio.partners.map((p) => p.name)).toEqual(["A", "B"]);
    expect(issues).toEqual([]);
  });

  it("skips a sparse row whose cells are all holes or blank, and reads one with a value among holes", () => {
    // A reader may hand over sparse rows (cells never written): a hole is a blank cell.
    const sparseBlank: RawCell[] = [];
    sparseBlank[3] = " ";
    const sparseNamed: RawCell[] = [];
    sparseNamed[0] = "C";
    const table = rawTable(["Partner", "Fit", "Impact", "Momentum"], [["A", 4, 3, 2], sparseBlank, sparseNamed]);
    const { portfolio, issues } = ingestWorkbook({ partners: table }, settings());
    expect(portfolio.partners.map((p) => [p.name, p.row])).toEqual([
      ["A", 2],
      ["C", 4],
    ]);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("trims names and collapses their internal white space", () => {
    const { portfolio } = ingest([{ Partner: "  Acme    Corp  " }]);
    expect(portfolio.partners[0]?.name).toBe("Acme Corp");
  });

  it("reads a number in the name column as its text", () => {
    const { portfolio } = ingest([{ Partner: 3 }]);
    expect(portfolio.partners[0]?.name).toBe("3");
  });

  it("keeps unknown columns out of the partner and notes them once (info)", () => {
    const table = rawTable(
      ["Partner", "Notes", "Fit", "Impact", "Momentum", "Tier Last Year"],
      [["Acme", "hello", 4, 3, 2, "x"]],
    );
    const { portfolio, issues } = ingestWorkbook({ partners: table }, settings());
    expect(portfolio.partners[0]).toMatchObject({ name: "Acme", fit: 4, impact: 3, momentum: 2 });
    expect(issues).toEqual([
      { severity: "info", sheet: "Partners", cell: "", message: expect.stringMatching(/"Notes", "Tier Last Year"/) },
    ]);
  });

  it("warns at the header cell of a duplicate column and reads the first one", () => {
    const table = rawTable(["Partner", "Fit", "Impact", "Momentum", "Strategic Fit"], [["Acme", 4, 3, 2, 1]], {
      headerRow: 5,
      firstColumn: 3,
    });
    const { portfolio, issues } = ingestWorkbook({ partners: table }, settings());
    expect(portfolio.partners[0]?.fit).toBe(4);
    expect(issues).toEqual([
      { severity: "warning", sheet: "Partners", cell: "G5", message: expect.stringMatching(/"Strategic Fit".*Fit/) },
    ]);
  });

  it("finds columns by synonym whatever their case, spacing and punctuation", () => {
    const table = rawTable(
      ["PARTNER_NAME", "strategic-fit", "Business  Impact", "momentum score."],
      [["Acme", 4, 3, 2]],
    );
    const { portfolio, issues } = ingestWorkbook({ partners: table }, settings());
    expect(issues).toEqual([]);
    expect(portfolio.partners[0]).toMatchObject({ name: "Acme", fit: 4, impact: 3, momentum: 2 });
  });

  it("reads the columns the user mapped in the settings", () => {
    const table = rawTable(["Org", "Score F", "Score I", "Score M"], [["Acme", 4, 3, 2]]);
    const s = settings({
      columnMapping: { partners: { name: "Org", fit: "Score F", impact: "Score I", momentum: "Score M" } },
    });
    const { portfolio } = ingestWorkbook({ partners: table }, s);
    expect(portfolio.partners[0]).toMatchObject({ name: "Acme", fit: 4, impact: 3, momentum: 2 });
  });
});

describe("ingest: partner names (SPEC §1 Partner: required, unique)", () => {
  it("skips a later row whose name repeats an earlier one (case-insensitive, trimmed), with an error at its name", () => {
    const { portfolio, issues } = ingest([
      { Partner: "Acme", ...SCORED },
      { Partner: " ACME ", ...SCORED },
      { Partner: "acme", ...SCORED },
    ]);
    expect(portfolio.partners.map((p) => [p.name, p.row])).toEqual([["Acme", 2]]);
    expect(issues).toEqual([
      {
        severity: "error",
        sheet: "Partners",
        cell: "A3",
        message: expect.stringMatching(/"ACME".*first at A2.*skipped/),
      },
      {
        severity: "error",
        sheet: "Partners",
        cell: "A4",
        message: expect.stringMatching(/"acme".*first at A2.*skipped/),
      },
    ]);
  });

  it("treats names differing only in internal white space as duplicates", () => {
    const { portfolio, issues } = ingest([{ Partner: "Acme Corp" }, { Partner: "Acme   corp" }]);
    expect(portfolio.partners).toHaveLength(1);
    expect(at(issues, "A3")).toHaveLength(1);
  });

  it("skips a row that has data but no name, with an error at the name cell", () => {
    const { portfolio, issues } = ingest(
      [
        { Partner: "Acme", ...SCORED },
        { Fit: 4, Owner: "Dana" },
      ],
      { headerRow: 5, firstColumn: 3 },
    );
    expect(portfolio.partners.map((p) => p.name)).toEqual(["Acme"]);
    expect(issues).toEqual([
      { severity: "error", sheet: "Partners", cell: "C7", message: expect.stringMatching(/no Partner.*skipped/) },
    ]);
  });

  it("names the name column as the user wrote it", () => {
    const table = rawTable(
      ["Partner Name", "Fit"],
      [
        ["A", 1],
        [null, 2],
      ],
    );
    const { issues } = ingestWorkbook({ partners: table }, settings());
    expect(at(issues, "A3")[0]?.message).toMatch(/no Partner Name/);
  });

  it("skips a row whose name is an Excel error value, with an error at that cell", () => {
    const { portfolio, issues } = ingest([
      { Partner: "Acme" },
      { Partner: { kind: "error", code: "#REF!" }, ...SCORED },
    ]);
    expect(portfolio.partners.map((p) => p.name)).toEqual(["Acme"]);
    expect(at(issues, "A3").length).toBeGreaterThan(0);
    expect(at(issues, "A3").every((i) => i.severity === "error")).toBe(true);
    expect(at(issues, "A3")[0]?.message).toMatch(/#REF!/);
  });
});

describe("ingest: scores (SPEC §2.1, §2.9)", () => {
  // Table placed at C5 so that addresses prove the offsets: Fit = K, Impact = L, Momentum = M, first row 6.
  const placed = { headerRow: 5, firstColumn: 3 };
  const withFit = (fit: RawCell) => ingest([{ Partner: "Acme", Fit: fit, Impact: 3, Momentum: 2 }], placed);

  describe("happy path", () => {
    it("keeps a number on the scale as entered", () => {
      const { portfolio, issues } = withFit(4.5);
      expect(portfolio.partners[0]?.fit).toBe(4.5);
      expect(issues).toEqual([]);
    });

    it("accepts both ends of the scale", () => {
      const { portfolio, issues } = ingest([{ Partner: "A", Fit: 0, Impact: 5, Momentum: 5 }]);
      expect(portfolio.partners[0]).toMatchObject({ fit: 0, impact: 5, momentum: 5 });
      expect(issues).toEqual([]);
    });
  });

  describe("coercion", () => {
    it.each([
      ["4", 4],
      [" 4.5 ", 4.5],
      ["+3", 3],
      ["2.5e0", 2.5],
    ])("accepts the numeric text %p as %p", (text, value) => {
      const { portfolio, issues } = withFit(text);
      expect(portfolio.partners[0]?.fit).toBe(value);
      expect(issues).toEqual([]);
    });

    it('reads "1e1" as 10, which selects the 0–100 scale', () => {
      const { portfolio, issues } = withFit("1e1");
      expect(portfolio.partners[0]?.fit).toBe(10);
      expect(portfolio.scale).toEqual({ max: 100, chosen: "auto" });
      expect(issues).toEqual([]);
    });
  });

  describe("wrong type: an error at the exact cell naming the column and the value; the partner is Unscored", () => {
    it.each<[string, RawCell, RegExp]>([
      ["text with a thousands separator", "1,000", /Fit "1,000" is not a number/],
      ["a currency amount", "$5", /Fit "\$5" is not a number/],
      ["nan", "nan", /Fit "nan" is not a number/],
      ["words", "high", /Fit "high" is not a number/],
      ["a boolean", true, /Fit "TRUE" is TRUE\/FALSE/],
      ["a date", { kind: "date", iso: "2026-03-01" }, /Fit "2026-03-01" is a date/],
    ])("rejects %s", (_, cell, message) => {
      const { portfolio, issues } = withFit(cell);
      expect(portfolio.partners[0]?.fit).toBeNull();
      expect(issues).toEqual([
        {
          severity: "info",
          sheet: "Partners",
          cell: "C6",
          message: expect.stringMatching(/"Acme" has no Fit.*Unscored/),
        },
        { severity: "error", sheet: "Partners", cell: "K6", message: expect.stringMatching(message) },
      ]);
    });
  });

  describe("error values", () => {
    it.each(["#N/A", "#DIV/0!"])("rejects the Excel error %s at its cell", (code) => {
      const { portfolio, issues } = withFit({ kind: "error", code });
      expect(portfolio.partners[0]?.fit).toBeNull();
      expect(at(issues, "K6")).toEqual([
        {
          severity: "error",
          sheet: "Partners",
          cell: "K6",
          message: `Fit holds the Excel error ${code}; the value is ignored.`,
        },
      ]);
    });

    it("reports each bad score at its own column", () => {
      const { issues } = ingest(
        [{ Partner: "Acme", Fit: "x", Impact: { kind: "error", code: "#N/A" }, Momentum: false }],
        placed,
      );
      expect(issues.filter((i) => i.severity === "error").map((i) => i.cell)).toEqual(["K6", "L6", "M6"]);
    });
  });

  describe("out of scale", () => {
    it.each([
      [-1, 5],
      [6, 100],
    ])("rejects a score of %p (an error naming the 0–%p scale) and leaves the partner Unscored", (fit, max) => {
      // 6 selects the 0–100 scale, so make it off that scale too.
      const value = fit > 5 ? 101 : fit;
      const { portfolio, issues } = withFit(value);
      expect(portfolio.partners[0]?.fit).toBeNull();
      expect(at(issues, "K6")).toEqual([
        {
          severity: "error",
          sheet: "Partners",
          cell: "K6",
          message: expect.stringContaining(`Fit ${value} is outside the 0–${max} scale`),
        },
      ]);
      expect(at(issues, "C6")[0]).toMatchObject({ severity: "info" });
    });

    it("rejects a score above 5 on an explicit 0–5 scale", () => {
      const { portfolio, issues } = ingest([{ Partner: "Acme", Fit: 7, Impact: 3, Momentum: 2 }], {
        settings: settings({ scale: "0-5" }),
      });
      expect(portfolio.partners[0]?.fit).toBeNull();
      expect(at(issues, "I2")[0]?.message).toMatch(/Fit 7 is outside the 0–5 scale/);
    });
  });

  describe("missing", () => {
    it.each<[string, RawCell]>([
      ["empty", null],
      ["white space", "   "],
    ])("treats a %s score as missing, not an error: the partner is Unscored with a note", (_, cell) => {
      const { portfolio, issues } = withFit(cell);
      expect(portfolio.partners[0]?.fit).toBeNull();
      expect(issues).toEqual([
        { severity: "info", sheet: "Partners", cell: "C6", message: expect.stringMatching(/"Acme" has no Fit/) },
      ]);
    });

    it("names every missing score in the note", () => {
      const { issues } = ingest([{ Partner: "Acme", Impact: 3 }]);
      expect(issues).toEqual([
        {
          severity: "info",
          sheet: "Partners",
          cell: "A2",
          message: 'Partner "Acme" has no Fit, Momentum: it is listed as Unscored and not tiered.',
        },
      ]);
    });

    it("reads a table without score columns: every partner Unscored", () => {
      const { portfolio, issues } = ingestWorkbook({ partners: rawTable(["Partner"], [["A"], ["B"]]) }, settings());
      expect(portfolio.partners.map((p) => [p.fit, p.impact, p.momentum])).toEqual([
        [null, null, null],
        [null, null, null],
      ]);
      expect(issues.map((i) => i.severity)).toEqual(["info", "info"]);
    });
  });
});

describe("ingest: scoring scale (SPEC §2.1, §2.9 Scale auto)", () => {
  it("chooses 0–5 when no score exceeds 5", () => {
    expect(ingest([{ Partner: "A", Fit: 5, Impact: 0, Momentum: 4.9 }]).portfolio.scale).toEqual({
      max: 5,
      chosen: "auto",
    });
  });

  it.each(["Fit", "Impact", "Momentum"] as const)("chooses 0–100 when one %s exceeds 5", (column) => {
    const { portfolio, issues } = ingest([
      { Partner: "A", ...SCORED, [column]: 5.5 },
      { Partner: "B", ...SCORED },
    ]);
    expect(portfolio.scale).toEqual({ max: 100, chosen: "auto" });
    expect(issues).toEqual([]);
  });

  it("counts an out-of-range score when choosing: one 150 selects 0–100 and is itself an error", () => {
    const { portfolio, issues } = ingest([{ Partner: "A", Fit: 150, Impact: 3, Momentum: 2 }]);
    expect(portfolio.scale.max).toBe(100);
    expect(at(issues, "I2")[0]?.message).toMatch(/Fit 150 is outside the 0–100 scale/);
    expect(portfolio.partners[0]).toMatchObject({ fit: null, impact: 3, momentum: 2 });
  });

  it("ignores non-numeric scores when choosing", () => {
    expect(ingest([{ Partner: "A", Fit: "70", Impact: "high", Momentum: 2 }]).portfolio.scale.max).toBe(100);
    expect(ingest([{ Partner: "A", Fit: "4", Impact: "$70", Momentum: 2 }]).portfolio.scale.max).toBe(5);
  });

  it("counts a candidate's Fit above 5", () => {
    const candidates = rawTable(["Candidate", "Fit"], [["Newco", 80]], { sheet: "Candidates" });
    const { portfolio } = ingestWorkbook(
      { partners: partnersTable([{ Partner: "A", ...SCORED }]), candidates },
      settings(),
    );
    expect(portfolio.scale).toEqual({ max: 100, chosen: "auto" });
  });

  it("does not let a candidate's Impact or Momentum choose the scale (only candidates' Fit counts)", () => {
    const candidates = rawTable(["Candidate", "Fit", "Impact", "Momentum"], [["Newco", 4, 80, 90]], {
      sheet: "Candidates",
    });
    const { portfolio } = ingestWorkbook(
      { partners: partnersTable([{ Partner: "A", ...SCORED }]), candidates },
      settings(),
    );
    expect(portfolio.scale).toEqual({ max: 5, chosen: "auto" });
    expect(portfolio.partners[0]).toMatchObject({ fit: 4, impact: 3, momentum: 2 });
  });

  it("uses an explicit 0–100 scale even when every score is at most 5", () => {
    const { portfolio } = ingest([{ Partner: "A", ...SCORED }], { settings: settings({ scale: "0-100" }) });
    expect(portfolio.scale).toEqual({ max: 100, chosen: "setting" });
  });

  it("uses an explicit 0–5 scale even when a score exceeds 5", () => {
    const { portfolio } = ingest([{ Partner: "A", Fit: 50, Impact: 3, Momentum: 2 }], {
      settings: settings({ scale: "0-5" }),
    });
    expect(portfolio.scale).toEqual({ max: 5, chosen: "setting" });
  });
});

describe("ingest: money (SPEC §1 Pipeline, Revenue, Investment: number ≥ 0; §2.9 Investment)", () => {
  const withInvestment = (value: RawCell) => ingest([{ Partner: "Acme", ...SCORED, Investment: value }]);

  it("keeps 0 as a value", () => {
    const { portfolio, issues } = withInvestment(0);
    expect(portfolio.partners[0]?.investment).toBe(0);
    expect(issues).toEqual([]);
  });

  it("accepts numeric text", () => {
    expect(withInvestment(" 2500 ").portfolio.partners[0]?.investment).toBe(2500);
  });

  it("treats a blank as none, without an issue", () => {
    const { portfolio, issues } = withInvestment(null);
    expect(portfolio.partners[0]?.investment).toBeNull();
    expect(issues).toEqual([]);
  });

  it("rejects a negative amount as an error at the cell, and reads none", () => {
    const { portfolio, issues } = withInvestment(-5);
    expect(portfolio.partners[0]?.investment).toBeNull();
    expect(issues).toEqual([
      { severity: "error", sheet: "Partners", cell: "N2", message: "Investment -5 is negative; the value is ignored." },
    ]);
  });

  it.each<[RawCell, string]>([
    ["1,000", 'Investment "1,000" is not a number'],
    ["$5", 'Investment "$5" is not a number'],
    [true, 'Investment "TRUE" is TRUE/FALSE'],
    [{ kind: "date", iso: "2026-01-01" }, 'Investment "2026-01-01" is a date'],
    [{ kind: "error", code: "#N/A" }, "Investment holds the Excel error #N/A"],
  ])("rejects %p as an error at the cell, and reads none", (cell, message) => {
    const { portfolio, issues } = withInvestment(cell);
    expect(portfolio.partners[0]?.investment).toBeNull();
    expect(issues).toEqual([
      { severity: "error", sheet: "Partners", cell: "N2", message: expect.stringContaining(message) },
    ]);
  });

  it("checks Pipeline and Revenue the same way", () => {
    const { portfolio, issues } = ingest([{ Partner: "Acme", ...SCORED, Pipeline: -1, Revenue: "lots" }]);
    expect(portfolio.partners[0]).toMatchObject({ pipeline: null, revenue: null });
    expect(issues.map((i) => [i.severity, i.cell])).toEqual([
      ["error", "L2"],
      ["error", "M2"],
    ]);
  });
});

describe("ingest: list cells (SPEC §1 List cells)", () => {
  it("splits on ; , and line breaks, trims, drops empties and de-duplicates case-insensitively", () => {
    const { portfolio } = ingest([{ Partner: "A", Capabilities: " CRM ;; Billing,\ncrm\r\nData   Platform ," }]);
    expect(portfolio.partners[0]?.capabilities).toEqual(["CRM", "Billing", "Data Platform"]);
  });

  it("displays the first spelling seen across partners", () => {
    const { portfolio } = ingest([
      { Partner: "A", Capabilities: "CRM", Segments: "Mid Market", Regions: "EMEA" },
      { Partner: "B", Capabilities: "crm; Billing", Segments: "mid   market", Regions: "emea" },
    ]);
    const b = portfolio.partners[1];
    expect([b?.capabilities, b?.segments, b?.regions]).toEqual([["CRM", "Billing"], ["Mid Market"], ["EMEA"]]);
  });

  it("shares type spellings across partners", () => {
    const { portfolio } = ingest([
      { Partner: "A", Type: "Reseller" },
      { Partner: "B", Type: "RESELLER" },
    ]);
    expect(portfolio.partners.map((p) => p.type)).toEqual(["Reseller", "Reseller"]);
  });

  it("reads empty Segments and Regions as empty lists (the partner serves everything)", () => {
    const { portfolio } = ingest([{ Partner: "A" }]);
    expect(portfolio.partners[0]).toMatchObject({ segments: [], regions: [] });
  });

  it("warns about a cell of only separators and reads it as empty", () => {
    const { portfolio, issues } = ingest([{ Partner: "A", ...SCORED, Segments: " ; , " }]);
    expect(portfolio.partners[0]?.segments).toEqual([]);
    expect(issues).toEqual([
      { severity: "warning", sheet: "Partners", cell: "F2", message: expect.stringContaining("Segments") },
    ]);
  });

  it("reports an error value in a list cell and reads it as empty", () => {
    const { portfolio, issues } = ingest([{ Partner: "A", ...SCORED, Capabilities: { kind: "error", code: "#N/A" } }]);
    expect(portfolio.partners[0]?.capabilities).toEqual([]);
    expect(issues).toEqual([
      {
        severity: "error",
        sheet: "Partners",
        cell: "E2",
        message: "Capabilities holds the Excel error #N/A; the value is ignored.",
      },
    ]);
  });
});

describe("ingest: roles and lifecycle (SPEC §1 standard values; others kept, warned)", () => {
  it("recognises standard roles loosely and shows their standard spelling", () => {
    const { portfolio, issues } = ingest([
      { Partner: "A", ...SCORED, Roles: "co sell; CO-MARKET; integrate;Implement ; influence" },
    ]);
    expect(portfolio.partners[0]?.roles).toEqual(["Co-sell", "Co-market", "Integrate", "Implement", "Influence"]);
    expect(issues).toEqual([]);
  });

  it("treats two spellings of one standard role as one role", () => {
    const { portfolio } = ingest([{ Partner: "A", Roles: "Co-sell; cosell; Co Sell" }]);
    expect(portfolio.partners[0]?.roles).toEqual(["Co-sell"]);
  });

  it("keeps an unknown role as written, with one warning at the cell", () => {
    const { portfolio, issues } = ingest([{ Partner: "A", ...SCORED, Roles: "Co-sell; Referral; Resell" }]);
    expect(portfolio.partners[0]?.roles).toEqual(["Co-sell", "Referral", "Resell"]);
    expect(issues).toEqual([
      { severity: "warning", sheet: "Partners", cell: "D2", message: expect.stringMatching(/"Referral", "Resell"/) },
    ]);
  });

  it("shows unknown roles in their first spelling across partners", () => {
    const { portfolio } = ingest([
      { Partner: "A", Roles: "Referral" },
      { Partner: "B", Roles: "REFERRAL" },
    ]);
    expect(portfolio.partners[1]?.roles).toEqual(["Referral"]);
  });

  it("recognises standard lifecycle stages loosely", () => {
    const { portfolio, issues } = ingest([{ Partner: "A", ...SCORED, Lifecycle: "awareness; ON-BOARDING; Renewal" }]);
    expect(portfolio.partners[0]?.lifecycle).toEqual(["Awareness", "Onboarding", "Renewal"]);
    expect(issues).toEqual([]);
  });

  it("keeps an unknown lifecycle stage, with a warning at the cell", () => {
    const { portfolio, issues } = ingest([{ Partner: "A", ...SCORED, Lifecycle: "Advocacy; Adoption" }]);
    expect(portfolio.partners[0]?.lifecycle).toEqual(["Advocacy", "Adoption"]);
    expect(issues).toEqual([
      { severity: "warning", sheet: "Partners", cell: "H2", message: expect.stringContaining('"Advocacy"') },
    ]);
  });
});

describe("ingest: layer (SPEC §1 Layer: Core / Solution / Market)", () => {
  it.each([
    ["Core", "Core"],
    ["core", "Core"],
    ["Core Platform", "Core"],
    ["SOLUTION", "Solution"],
    ["Solution partners", "Solution"],
    ["Market layer", "Market"],
    [" market ", "Market"],
  ])("reads %p as %s", (cell, layer) => {
    const { portfolio, issues } = ingest([{ Partner: "A", ...SCORED, Layer: cell }]);
    expect(portfolio.partners[0]?.layer).toBe(layer);
    expect(issues).toEqual([]);
  });

  it("leaves a blank layer empty without an issue", () => {
    const { portfolio, issues } = ingest([{ Partner: "A", ...SCORED }]);
    expect(portfolio.partners[0]?.layer).toBeNull();
    expect(issues).toEqual([]);
  });

  it("warns about an unknown layer at its cell and leaves the layer empty", () => {
    const { portfolio, issues } = ingest([{ Partner: "A", ...SCORED, Layer: "Edge" }]);
    expect(portfolio.partners[0]?.layer).toBeNull();
    expect(issues).toEqual([
      { severity: "warning", sheet: "Partners", cell: "C2", message: expect.stringContaining('"Edge"') },
    ]);
  });
});

describe("ingest: text cells (Type, Owner)", () => {
  it("reads numbers, booleans and dates in a text column as their text, without an issue", () => {
    const { portfolio, issues } = ingest([
      { Partner: "A", ...SCORED, Type: 42, Owner: { kind: "date", iso: "2026-01-31" } },
    ]);
    expect(portfolio.partners[0]).toMatchObject({ type: "42", owner: "2026-01-31" });
    expect(issues).toEqual([]);
  });

  it("trims text", () => {
    expect(ingest([{ Partner: "A", Owner: "  Dana  " }]).portfolio.partners[0]?.owner).toBe("Dana");
  });

  it.each([
    ["Type", "B2"],
    ["Owner", "O2"],
    ["Layer", "C2"],
  ] as const)("reports an Excel error value in %s at its cell and reads it as empty", (column, cell) => {
    const { portfolio, issues } = ingest([{ Partner: "A", ...SCORED, [column]: { kind: "error", code: "#VALUE!" } }]);
    expect(portfolio.partners[0]).toMatchObject({ type: "", owner: "", layer: null });
    expect(issues).toEqual([
      {
        severity: "error",
        sheet: "Partners",
        cell,
        message: `${column} holds the Excel error #VALUE!; the value is ignored.`,
      },
    ]);
  });
});
