import { analyzeWorkbook } from "../../src/engine/analyze";
import { analysisDocument } from "../../src/engine/json";
import { partnersTable, rawTable, settings } from "./fixtures";

const analysis = () =>
  analyzeWorkbook(
    {
      partners: partnersTable([
        { Partner: "Acme", Fit: 4, Impact: " 4.5 ", Momentum: 3, Investment: 100, Revenue: 400, Pipeline: 1000 },
        { Partner: "Globex", Fit: 1, Impact: 1, Momentum: 2, Investment: 0, Revenue: 10 },
        { Partner: "Initech", Fit: 9 / 2, Impact: null, Momentum: 1, Revenue: 5 },
        { Partner: "Bad Co", Fit: { kind: "error", code: "#N/A" }, Impact: 1, Momentum: 1 },
      ]),
    },
    settings(),
    { runAt: "2026-11-22T09:30:00Z" },
  );

type Json = Record<string, unknown>;
const doc = () =>
  analysisDocument(analysis()) as Json & { issues: Json[]; tiering: { partners: Json[]; tiers: Json[] } };

describe("analysisDocument (SPEC §3 JSON)", () => {
  it("writes issues[] as {severity, sheet, cell, message}", () => {
    const { issues } = doc();
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(Object.keys(i).sort()).toEqual(["cell", "message", "severity", "sheet"]);
    expect(issues).toContainEqual({
      severity: "error",
      sheet: "Partners",
      cell: "I5",
      message: "Fit holds the Excel error #N/A; the value is ignored.",
    });
  });

  it("writes tiering.partners[] with at least {partner, fit, impact, momentum, composite, tier, rank, investmentFlag}", () => {
    for (const p of doc().tiering.partners) {
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(["partner", "fit", "impact", "momentum", "composite", "tier", "rank", "investmentFlag"]),
      );
    }
  });

  it("writes tiering.tiers[] with at least {tier, count, investment, revenue, pipeline, roi}, one per tier", () => {
    const { tiers } = doc().tiering;
    expect(tiers.map((t) => t.tier)).toEqual(["Strategic", "Focus", "Scale", "Unscored"]);
    for (const t of tiers)
      expect(Object.keys(t)).toEqual(
        expect.arrayContaining(["tier", "count", "investment", "revenue", "pipeline", "roi"]),
      );
  });

  it("writes scores as the input values, not normalised", () => {
    const acme = doc().tiering.partners.find((p) => p.partner === "Acme");
    expect(acme).toMatchObject({ fit: 4, impact: 4.5, momentum: 3 });
  });

  it("writes the composite unrounded", () => {
    // (80 + 90 + 60) / 3 and (20 + 20 + 40) / 3
    const partners = doc().tiering.partners;
    expect(partners.find((p) => p.partner === "Acme")?.composite).toBe(230 / 3);
    expect(partners.find((p) => p.partner === "Globex")?.composite).toBe(80 / 3);
  });

  it("writes Unscored partners with rank, composite and investment flag empty (null)", () => {
    const initech = doc().tiering.partners.find((p) => p.partner === "Initech");
    expect(initech).toMatchObject({
      tier: "Unscored",
      rank: null,
      composite: null,
      investmentFlag: null,
      fit: 4.5,
      impact: null,
    });
  });

  it("writes a blank ROI as null", () => {
    const globex = doc().tiering.partners.find((p) => p.partner === "Globex");
    expect(globex?.roi).toBeNull();
  });

  it("round-trips through JSON.stringify unchanged (no undefined, NaN or Infinity)", () => {
    const d = doc();
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(JSON.stringify(d)).not.toMatch(/NaN|Infinity/);
  });

  it("uses camelCase keys throughout", () => {
    const bad: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
          if (!/^[a-z][A-Za-z0-9]*$/.test(k)) bad.push(`${path}.${k}`);
          walk(v, `${path}.${k}`);
        }
      }
    };
    const { tiering, issues, runAt, scale } = doc();
    walk({ tiering, issues, runAt, scale }, "$");
    expect(bad).toEqual([]);
  });

  it("is the same document for the same analysis", () => {
    expect(JSON.stringify(doc())).toBe(JSON.stringify(doc()));
  });
});

describe("analysisDocument: expectations, radar and evolution (SPEC §3, §2.10–§2.12)", () => {
  const HISTORY = ["Taken at", "Partner", "Tier", "Rank", "Composite"];
  const full = () =>
    analysisDocument(
      analyzeWorkbook(
        {
          partners: partnersTable([
            {
              Partner: "Acme",
              Roles: "Co-sell",
              Fit: 5,
              Impact: 5,
              Momentum: 4,
              Pipeline: 900,
              Revenue: 400,
              Investment: 100,
            },
            { Partner: "Globex", Roles: "Integrate", Fit: 1, Impact: 1, Momentum: 2, Revenue: 10 },
            { Partner: "Initech", Fit: 3, Impact: null, Momentum: 1 },
          ]),
          expectations: rawTable(
            ["Tier", "Min Pipeline", "Min Revenue", "Max Investment"],
            [["Strategic", 1000, null, 50]],
            { sheet: "Expectations" },
          ),
          history: rawTable(HISTORY, [["2026-10-01T00:00:00Z", "Acme", "Focus", 1, 70]], { sheet: "Tier History" }),
        },
        settings(),
        { runAt: "2026-11-22T09:30:00Z" },
      ),
    ) as Json & { tiering: { partners: Json[]; tiers: Json[] }; radar: Json[]; evolution: Json[] };

  it("writes tiering.partners[].expectations[] and .expectationStatus", () => {
    const partners = full().tiering.partners;
    expect(partners.map((p) => [p.partner, p.expectations, p.expectationStatus])).toEqual([
      ["Acme", ["below-pipeline", "over-investment-cap"], "Below"],
      ["Globex", [], null],
      ["Initech", [], null],
    ]);
  });

  it("writes tiering.tiers[].meets and .below", () => {
    expect(full().tiering.tiers.map((t) => [t.tier, t.meets, t.below])).toEqual([
      ["Strategic", 0, 1],
      ["Focus", 0, 0],
      ["Scale", 0, 0],
      ["Unscored", 0, 0],
    ]);
  });

  it("writes radar[] {partner, sector, ring, theta, x, y} for tiered partners", () => {
    const radar = full().radar;
    expect(radar.map((r) => [r.partner, r.sector, r.ring, r.theta])).toEqual([
      ["Acme", "Co-sell", "Strategic", 0],
      ["Globex", "Integrate", "Scale", -180],
    ]);
    for (const r of radar)
      expect(Object.keys(r)).toEqual(expect.arrayContaining(["partner", "sector", "ring", "theta", "x", "y"]));
  });

  it("writes evolution[] {partner, points, first, last, tierFirst, tierLast, trajectory, signal}", () => {
    const acme = full().evolution[0];
    expect(acme).toEqual({
      partner: "Acme",
      points: [
        { takenAt: "2026-10-01T00:00:00Z", tier: "Focus", composite: 70 },
        { takenAt: "2026-11-22T09:30:00Z", tier: "Strategic", composite: (100 + 100 + 80) / 3 },
      ],
      first: 70,
      last: (100 + 100 + 80) / 3,
      tierFirst: "Focus",
      tierLast: "Strategic",
      trajectory: "Accelerating",
      signal: "Deepen",
    });
    expect(full().evolution.map((e) => e.partner)).toEqual(["Acme", "Globex"]);
  });
});
