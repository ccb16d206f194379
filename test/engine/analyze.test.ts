import { type AnalysisPhase, analyzeWorkbook } from "../../src/engine/analyze";
import { CannotAnalyzeError } from "../../src/engine/errors";
import type { Issue, WorkbookInput } from "../../src/engine/model";
import { traceEvolution } from "../../src/engine/evolution";
import { latestSnapshot } from "../../src/engine/history";
import { placeOnRadar } from "../../src/engine/radar";
import { assessResponsibilities } from "../../src/engine/responsibility";
import { takeSnapshot, tierPartners } from "../../src/engine/tiering";
import { syntheticWorkbook } from "../../src/sample/synthetic";
import { partnersTable, rawTable, settings } from "./fixtures";

const RUN_AT = "2026-11-22T09:30:00Z";

const input = (): WorkbookInput => ({
  partners: partnersTable([
    { Partner: "Acme", Fit: 5, Impact: 5, Momentum: 4, Investment: 100, Revenue: 400 },
    { Partner: "Globex", Fit: 3, Impact: 3, Momentum: 3, Investment: 50, Revenue: 50 },
    { Partner: "Initech", Fit: "bad", Impact: 1, Momentum: 1 },
  ]),
});

describe("analyzeWorkbook", () => {
  it("ingests and tiers the Partners table", () => {
    const a = analyzeWorkbook(input(), settings(), { runAt: RUN_AT });
    expect(a.tiering.partners.map((p) => [p.partner, p.tier])).toEqual([
      ["Acme", "Strategic"],
      ["Globex", "Focus"],
      ["Initech", "Unscored"],
    ]);
    expect(a.portfolio.partners).toHaveLength(3);
    expect(a.sources[0]).toEqual({ input: "partners", source: "Partners", sheet: "Partners", rows: 3 });
  });

  it("stops the conflict search past its memory bound with a warning saying how many pairs and what to narrow, listing none", () => {
    const same = ["Acme", "Globex", "Initech"].map((Partner) => ({
      Partner,
      Roles: "Co-sell",
      Capabilities: "CRM",
      Fit: 3,
      Impact: 3,
      Momentum: 3,
    }));
    const a = analyzeWorkbook({ partners: partnersTable(same) }, settings(), { runAt: RUN_AT, maxConflictPairs: 2 });
    expect(a.conflicts.slice()).toEqual([]);
    expect(a.issues).toContainEqual({
      severity: "warning",
      sheet: "Partners",
      cell: "",
      message:
        "Channel conflict stopped after finding more than 2 pairs at or above the conflict threshold 0.5 (the limit that keeps memory safe), so no pairs are listed. Narrow it: raise the conflict threshold, analyse fewer markets (Segments, Regions) at a time, or fewer partners with Co-sell or Co-market.",
    });
    const within = analyzeWorkbook({ partners: partnersTable(same) }, settings(), {
      runAt: RUN_AT,
      maxConflictPairs: 3,
    });
    expect(within.conflicts).toHaveLength(3);
    expect(within.issues.filter((i) => i.message.startsWith("Channel conflict stopped"))).toEqual([]);
  });

  it("records the run time it was given (no clock inside the engine)", () => {
    const a = analyzeWorkbook(input(), settings(), { runAt: RUN_AT });
    expect(a.runAt).toBe(RUN_AT);
    expect(a.snapshot.takenAt).toBe(RUN_AT);
  });

  it("gives the same snapshot each time it is read, and copies and clones carry it as data", () => {
    const a = analyzeWorkbook(input(), settings(), { runAt: RUN_AT });
    expect(a.snapshot).toBe(a.snapshot);
    expect({ ...a }.snapshot).toEqual(a.snapshot);
    expect(structuredClone({ ...a, conflicts: [] }).snapshot).toEqual(a.snapshot);
    expect(JSON.parse(JSON.stringify(a)).snapshot).toEqual(a.snapshot);
    expect(Object.keys(a).indexOf("snapshot")).toBe(Object.keys(a).indexOf("tiering") + 1);
  });

  it("keeps the settings it ran with", () => {
    const s = settings({ mode: "quota" });
    expect(analyzeWorkbook(input(), s, { runAt: RUN_AT }).settings).toEqual(s);
  });

  it("turns bad cells into issues and goes on", () => {
    const a = analyzeWorkbook(input(), settings(), { runAt: RUN_AT });
    expect(a.issues).toContainEqual({
      severity: "error",
      sheet: "Partners",
      cell: "I4",
      message: expect.stringContaining('Fit "bad"'),
    });
  });

  it("lists issues found before ingest (e.g. in stored settings) first", () => {
    const prior: Issue = {
      severity: "warning",
      sheet: "Settings",
      cell: "",
      message: "Setting mode = x is not valid; using threshold.",
    };
    expect(analyzeWorkbook(input(), settings(), { runAt: RUN_AT, priorIssues: [prior] }).issues[0]).toEqual(prior);
  });

  it("reports its phases in order, starting with ingest then tiering, each once", () => {
    const phases: AnalysisPhase[] = [];
    analyzeWorkbook(input(), settings(), { runAt: RUN_AT, onPhase: (p) => phases.push(p) });
    expect(phases.slice(0, 2)).toEqual(["ingest", "tiering"]);
    expect(new Set(phases).size).toBe(phases.length);
  });

  it("snapshots this run's tiers for the next run", () => {
    const a = analyzeWorkbook(input(), settings(), { runAt: RUN_AT });
    expect(a.snapshot.tiers).toEqual({ acme: "Strategic", globex: "Focus", initech: "Unscored" });
  });

  it("shows movement against the latest run in the Tier History table", () => {
    const history = rawTable(
      ["Taken at", "Partner", "Tier"],
      [
        ["2026-01-01T00:00:00Z", "ACME", "Scale"],
        ["2026-06-01T00:00:00Z", "acme", "Focus"],
        ["2026-06-01T00:00:00Z", "Globex", "Focus"],
      ],
      { sheet: "Tier History" },
    );
    const a = analyzeWorkbook({ ...input(), history }, settings(), { runAt: RUN_AT });
    expect(a.tiering.partners.map((p) => [p.partner, p.previousTier, p.movement])).toEqual([
      ["Acme", "Focus", "Up"],
      ["Globex", "Focus", "Same"],
      ["Initech", null, "New"],
    ]);
  });

  it("shows no movement without history", () => {
    expect(
      analyzeWorkbook(input(), settings(), { runAt: RUN_AT }).tiering.partners.every((p) => p.movement === null),
    ).toBe(true);
  });

  it("is deterministic: the same input and settings give deep-equal results", () => {
    expect(analyzeWorkbook(input(), settings(), { runAt: RUN_AT })).toEqual(
      analyzeWorkbook(input(), settings(), { runAt: RUN_AT }),
    );
  });

  it("throws CannotAnalyzeError only when there is nothing to analyse", () => {
    expect(() => analyzeWorkbook({ partners: null }, settings(), { runAt: RUN_AT })).toThrow(CannotAnalyzeError);
    expect(() => analyzeWorkbook({ partners: rawTable(["Partner"], []) }, settings(), { runAt: RUN_AT })).toThrow(
      CannotAnalyzeError,
    );
  });
});

describe("analyzeWorkbook matches each Tiering row to its partner by position, as the by-name functions would", () => {
  it("gives the same tiering, movement, radar, evolution, snapshot and party figures as matching by name", () => {
    const base = syntheticWorkbook({ partners: 600, capabilities: 25, seed: 21 });
    const rows = base.partners?.rows ?? [];
    // Names that only match case-insensitively with spaces collapsed, own-property traps, blanks, duplicates.
    const odd = ["  ACME   Corp ", "acme corp", "__proto__", "constructor", "Ünïcödé Ltd", "😀 Emoji", "toString"];
    odd.forEach((name, i) => {
      const row = rows[i * 7];
      if (row) row[0] = name;
    });
    for (let i = 0; i < rows.length; i += 23) {
      const row = rows[i];
      if (row) row[8] = ""; // a missing Fit: Unscored
    }
    const earlier = analyzeWorkbook(
      { ...base, partners: base.partners && { ...base.partners, rows: rows.slice(50) } },
      settings(),
      { runAt: "2026-01-01T00:00:00Z" },
    );
    const history = rawTable(
      ["Taken at", "Partner", "Tier", "Rank", "Composite"],
      earlier.tiering.partners.map((p, i) => [
        earlier.runAt,
        i % 3 === 0 ? p.partner.toUpperCase() : p.partner,
        p.tier === "Unscored" ? p.tier : (["Strategic", "Focus", "Scale"][i % 3] ?? "Scale"),
        p.rank,
        p.composite,
      ]),
      { sheet: "Tier History" },
    );
    const workbook = { ...base, history };
    const a = analyzeWorkbook(workbook, settings(), { runAt: RUN_AT });
    expect(a.tiering.partners.some((p) => p.tier === "Unscored")).toBe(true);
    expect(a.tiering.partners.some((p) => p.movement === "Up" || p.movement === "Down")).toBe(true);

    expect(a.tiering).toEqual(
      tierPartners(a.portfolio.partners, settings(), a.portfolio.scale, latestSnapshot(a.history)),
    );
    expect(a.radar).toEqual(placeOnRadar(a.tiering.partners, a.portfolio.partners));
    expect(a.evolution).toEqual(
      traceEvolution({
        partners: a.tiering.partners,
        history: a.history,
        runAt: RUN_AT,
        window: settings().evolutionWindow,
        soleProviders: a.coverage.singlePointsOfFailure.map((s) => s.partner),
      }),
    );
    expect(JSON.stringify(a.snapshot)).toBe(JSON.stringify(takeSnapshot(a.tiering.partners, RUN_AT)));
    expect(Object.hasOwn(a.snapshot.tiers, "__proto__")).toBe(true);
    const names = a.portfolio.partners.map((p) => p.name);
    expect(a.responsibility).toEqual(
      assessResponsibilities(workbook.responsibilities ?? null, names, settings()).result,
    );
  });
});
