/**
 * Properties of the engine that must hold for every portfolio, checked on random ones
 * (fast-check): tier counts add up, row order does not matter, a better score never makes a
 * worse tier, a new provider never opens a gap, an empty scenario changes nothing, and the same
 * input always gives the same output. Runs are kept small (the file takes a few seconds).
 */
import fc from "fast-check";
import { analyzeWorkbook, type Analysis } from "../../src/engine/analyze";
import { analysisDocument } from "../../src/engine/json";
import type { RawCell, Settings, Tier, WorkbookInput } from "../../src/engine/model";
import { runScenario } from "../../src/engine/scenario";
import { buildReport } from "../../src/report";
import { type PartnerCells, partnersTable, rawTable, settings } from "./fixtures";

const RUN_AT = "2026-01-05T09:00:00.000Z";
const RUNS = { numRuns: 200 };
// Each property analyses hundreds of portfolios: seconds on a loaded 2-core machine, past jest's 5 s default.
jest.setTimeout(120_000);

const CAPABILITIES = ["Identity", "Billing", "Analytics", "Migration", "Events"];
const SEGMENTS = ["SMB", "Enterprise"];
const REGIONS = ["EMEA", "NA", "APAC"];
const ROLES = ["Co-sell", "Co-market", "Implement"];

/** A list cell of distinct values from a vocabulary (always the same spelling). */
const listCell = (vocabulary: string[]) => fc.subarray(vocabulary).map((v) => (v.length === 0 ? null : v.join("; ")));
/** Scores on the 0–5 scale in half points; sometimes missing. */
const scoreCell = fc.option(
  fc.integer({ min: 0, max: 10 }).map((n) => n / 2),
  { nil: null, freq: 8 },
);
const money = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null, freq: 5 });

const partnerFields = fc.record({
  Roles: listCell(ROLES),
  Capabilities: listCell(CAPABILITIES),
  Segments: listCell(SEGMENTS),
  Regions: listCell(REGIONS),
  Fit: scoreCell,
  Impact: scoreCell,
  Momentum: scoreCell,
  Revenue: money,
  Investment: money,
});

/** 1–25 partners with unique names (a duplicate's later row is skipped, which order would change). */
const portfolio = fc
  .array(partnerFields, { minLength: 1, maxLength: 25 })
  .map((rows) => rows.map((r, i): PartnerCells => ({ Partner: `Partner ${i + 1}`, ...r })));

/** A fixed required set, so that coverage does not follow the partners' lists. */
const CAPABILITY_TABLE = rawTable(
  ["Capability", "Priority", "Min", "Max", "Segments", "Regions"],
  [
    ["Identity", 5, 2, 3, "SMB; Enterprise", null],
    ["Billing", 4, 1, 2, null, "EMEA; NA"],
    ["Analytics", 3, 1, 3, null, null],
    ["Migration", 2, 3, 4, "Enterprise", "APAC"],
  ],
  { sheet: "Capabilities" },
);

const fixedScale = (mode: Settings["mode"] = "threshold") => settings({ scale: "0-5", mode });

function analyse(rows: PartnerCells[], s: Settings = fixedScale(), extra: Partial<WorkbookInput> = {}): Analysis {
  return analyzeWorkbook({ partners: partnersTable(rows), ...extra }, s, { runAt: RUN_AT });
}

const TIER_LEVEL: Record<Tier, number> = { Unscored: 0, Scale: 1, Focus: 2, Strategic: 3 };

/** What must not depend on row order: per partner, per tier, per capability, per pair. */
function orderFree(a: Analysis) {
  const byName = <T extends Record<string, unknown>>(items: T[], key: keyof T) =>
    [...items].sort((x, y) => String(x[key]).localeCompare(String(y[key])));
  return {
    partners: byName(
      a.tiering.partners.map((p) => ({
        partner: p.partner,
        tier: p.tier,
        rank: p.rank,
        composite: p.composite,
        points: p.pointsToNextTier,
        flag: p.investmentFlag,
      })),
      "partner",
    ),
    tiers: a.tiering.tiers,
    conflicts: a.conflicts,
    coverage: byName(
      a.coverage.capabilities.map((c) => ({
        capability: c.capability,
        status: c.status,
        flags: c.flags,
        severity: c.severity,
        recommendation: c.recommendation,
        providers: [...c.providers].sort(),
        cells: [...c.cells].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
      })),
      "capability",
    ),
  };
}

describe("engine properties (fast-check)", () => {
  it("tier counts add up to the number of partners, in both modes", () => {
    fc.assert(
      fc.property(portfolio, fc.constantFrom<Settings["mode"]>("threshold", "quota"), (rows, mode) => {
        const { tiering } = analyse(rows, fixedScale(mode));
        expect(tiering.tiers.reduce((n, t) => n + t.count, 0)).toBe(rows.length);
        expect(tiering.partners).toHaveLength(rows.length);
        expect(tiering.totals.count).toBe(rows.length);
      }),
      RUNS,
    );
  });

  it("gives the same tiers, ranks, conflicts and coverage whatever the order of the rows", () => {
    fc.assert(
      fc.property(
        portfolio.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
        ),
        fc.boolean(),
        ([rows, shuffled], withCapabilities) => {
          const extra = withCapabilities ? { capabilities: CAPABILITY_TABLE } : {};
          expect(orderFree(analyse(shuffled, fixedScale(), extra))).toEqual(
            orderFree(analyse(rows, fixedScale(), extra)),
          );
        },
      ),
      RUNS,
    );
  });

  it("never lowers a partner's tier when one of its scores rises (threshold mode)", () => {
    fc.assert(
      fc.property(
        portfolio,
        fc.nat(),
        fc.constantFrom("Fit", "Impact", "Momentum") as fc.Arbitrary<"Fit" | "Impact" | "Momentum">,
        fc.integer({ min: 1, max: 10 }),
        (rows, pick, field, steps) => {
          const i = pick % rows.length;
          const before = rows[i]?.[field];
          fc.pre(typeof before === "number" && before < 5);
          const raised = rows.map((r, j) =>
            j === i ? { ...r, [field]: Math.min(5, (before as number) + steps / 2) } : r,
          );
          const name = `Partner ${i + 1}`;
          const tierOf = (a: Analysis) => a.tiering.partners.find((p) => p.partner === name)?.tier ?? "Unscored";
          expect(TIER_LEVEL[tierOf(analyse(raised))]).toBeGreaterThanOrEqual(TIER_LEVEL[tierOf(analyse(rows))]);
        },
      ),
      RUNS,
    );
  });

  it("never moves a partner down the ranking when one of its scores rises (quota mode)", () => {
    fc.assert(
      fc.property(
        portfolio,
        fc.nat(),
        fc.constantFrom("Fit", "Impact", "Momentum") as fc.Arbitrary<"Fit" | "Impact" | "Momentum">,
        fc.integer({ min: 1, max: 10 }),
        (rows, pick, field, steps) => {
          const i = pick % rows.length;
          const before = rows[i]?.[field];
          fc.pre(typeof before === "number" && before < 5);
          const raised = rows.map((r, j) =>
            j === i ? { ...r, [field]: Math.min(5, (before as number) + steps / 2) } : r,
          );
          const name = `Partner ${i + 1}`;
          const quota = fixedScale("quota");
          const find = (a: Analysis) => a.tiering.partners.find((p) => p.partner === name);
          const was = find(analyse(rows, quota));
          const now = find(analyse(raised, quota));
          fc.pre(was?.rank !== null && was?.rank !== undefined);
          expect(now?.rank).not.toBeNull();
          expect(now?.rank as number).toBeLessThanOrEqual(was?.rank as number);
          expect(TIER_LEVEL[now?.tier ?? "Unscored"]).toBeGreaterThanOrEqual(TIER_LEVEL[was?.tier ?? "Unscored"]);
        },
      ),
      RUNS,
    );
  });

  it("never opens a gap (nor raises a gap's severity) when a provider joins, with a fixed Capabilities table", () => {
    fc.assert(
      fc.property(portfolio, partnerFields, (rows, newcomer) => {
        const input = { capabilities: CAPABILITY_TABLE };
        const before = analyse(rows, fixedScale(), input).coverage.capabilities;
        const after = analyse([...rows, { Partner: "Newcomer", ...newcomer }], fixedScale(), input).coverage
          .capabilities;
        for (const was of before) {
          const now = after.find((c) => c.capability === was.capability);
          if (!was.flags.includes("gap"))
            expect({ capability: was.capability, gap: now?.flags.includes("gap") }).toEqual({
              capability: was.capability,
              gap: false,
            });
          expect(now?.severity ?? 0).toBeLessThanOrEqual(was.severity);
        }
      }),
      RUNS,
    );
  });

  it("changes nothing in a scenario that removes nothing and adds nothing", () => {
    fc.assert(
      fc.property(portfolio, fc.boolean(), (rows, withCapabilities) => {
        const s = fixedScale();
        const analysis = analyse(rows, s, withCapabilities ? { capabilities: CAPABILITY_TABLE } : {});
        const result = runScenario(analysis.portfolio, s, { remove: [], add: [] }, analysis);
        expect(result).toEqual({
          removed: [],
          added: [],
          unknown: [],
          gapsOpened: [],
          gapsClosed: [],
          duplicationsAdded: [],
          duplicationsRemoved: [],
          conflictsAdded: [],
          conflictsRemoved: [],
          severityBefore: result.severityBefore,
          severityAfter: result.severityBefore,
          tierChanges: [],
          // Radar sector counts are listed side by side: the same on both sides.
          radarSectors: result.radarSectors.map((r) => ({ ...r, after: r.before })),
        });
      }),
      RUNS,
    );
  });

  it("gives the same output for the same input: deep-equal analyses, identical JSON and sheets", () => {
    const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 8 }),
      fc.double({ noNaN: true, min: -10, max: 200 }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        portfolio,
        fc.array(fc.array(anyCell, { minLength: 4, maxLength: 4 }), { maxLength: 5 }),
        (rows, junk) => {
          // Some junk rows too (bad cells become issues): the issues must repeat as well.
          const input = () => ({
            partners: partnersTable([
              ...rows,
              ...junk.map(([a, b, c, d]) => ({ Partner: a, Fit: b, Capabilities: c, Roles: d })),
            ]),
            capabilities: CAPABILITY_TABLE,
          });
          const run = () => analyzeWorkbook(input(), settings(), { runAt: RUN_AT });
          const first = run();
          const second = run();
          expect(second).toEqual(first);
          expect(JSON.stringify(analysisDocument(second))).toBe(JSON.stringify(analysisDocument(first)));
          expect(JSON.stringify(buildReport(second, { saveSnapshot: true }))).toBe(
            JSON.stringify(buildReport(first, { saveSnapshot: true })),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
