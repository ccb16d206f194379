/**
 * Every headline figure is decided once, in the engine (a `totals` object per result), and the
 * three places a person reads it — the pane's result cards, the Summary sheet and the JSON —
 * say the same number (DESIGN: every figure decided once).
 */
import { type Analysis, analyzeWorkbook } from "../../src/engine/analyze";
import { tableFromGrid } from "../../src/engine/ingest/grid";
import { analysisDocument } from "../../src/engine/json";
import type { RawCell, WorkbookInput } from "../../src/engine/model";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { analysisTotals } from "../../src/engine/totals";
import { DUPLICATED_LABEL } from "../../src/report/coverage-styles";
import { buildSummarySheet, SUMMARY_TIERS_TABLE } from "../../src/report/summary-sheet";
import type { CellValue, SheetSpec } from "../../src/report/sheet-spec";
import { samplePortfolio } from "../../src/sample/sample-data";
import { type ResultCard, resultCards } from "../../src/taskpane/analyze/result-cards";
import { tableValues } from "../report/spec-cells";

const RUN_AT = "2026-01-05T09:00:00Z";

/** The sample portfolio, with one duplicated capability made a gap too (Min raised past its providers). */
function sampleWithGapAndDuplicate(): { input: WorkbookInput; capability: string } {
  const sample = samplePortfolio();
  const table = (name: string, header: string[], rows: (string | number | null)[][]) =>
    tableFromGrid(name, name, [header, ...rows] as RawCell[][], { row: 1, column: 1 });
  const input = (capabilities: (string | number | null)[][]): WorkbookInput => ({
    partners: table("Partners", sample.partnerHeaders, sample.partners),
    capabilities: table("Capabilities", sample.capabilityHeaders, capabilities),
    candidates: table("Candidates", sample.candidateHeaders, sample.candidates),
    responsibilities: table("Responsibilities", sample.raciHeaders, sample.raci),
    maturity: table("Maturity", ["Pillar", "Score", "Target"], sample.maturity),
  });
  const first = analyzeWorkbook(input(sample.capabilities), DEFAULT_SETTINGS, { runAt: RUN_AT });
  const duplicated = first.coverage.capabilities.find((c) => c.status === "Duplicated");
  if (duplicated === undefined) throw new Error("the sample has no duplicated capability any more");
  const minColumn = sample.capabilityHeaders.indexOf("Min");
  const rows = sample.capabilities.map((r) =>
    r[0] === duplicated.capability ? r.map((v, i) => (i === minColumn ? 99 : v)) : r,
  );
  return { input: input(rows), capability: duplicated.capability };
}

/** The value beside a label in the Summary's label–value columns. */
function summaryFigure(spec: SheetSpec, label: string): CellValue {
  const hits = spec.blocks.filter((b) => b.col === 0 && b.values.length === 1 && b.values[0]?.[0] === label);
  if (hits.length !== 1) throw new Error(`${hits.length} Summary rows labelled "${label}"`);
  return hits[0]!.values[0]![1] ?? null;
}

/** The whole number written before `words` in a card's text ("No gaps" reads 0). */
function cardFigure(card: ResultCard | undefined, words: string): number {
  const text = `${card?.headline ?? ""} · ${card?.detail ?? ""}`;
  if (new RegExp(`(^|· )No ${words}`).test(text)) return 0;
  const m = new RegExp(`([\\d,]+) ${words}`).exec(text);
  if (m === null) throw new Error(`No "${words}" figure on the ${card?.key} card: ${text}`);
  return Number(m[1]!.replace(/,/g, ""));
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("every headline figure is decided once: the pane's cards, the Summary sheet and the JSON agree", () => {
  const { input, capability } = sampleWithGapAndDuplicate();
  const analysis: Analysis = analyzeWorkbook(input, DEFAULT_SETTINGS, { runAt: RUN_AT });
  const cards = resultCards(analysis, []);
  const card = (key: string) => cards.find((c) => c.key === key);
  const summary = buildSummarySheet(analysis);
  const json = JSON.parse(JSON.stringify(analysisDocument(analysis))) as Json;

  it("runs on a portfolio with every result, including a capability that is both a gap and duplicated", () => {
    const both = analysis.coverage.capabilities.find((c) => c.capability === capability);
    expect(both?.status).toBe("Gap");
    expect(both?.flags).toEqual(expect.arrayContaining(["gap", "duplicated"]));
    expect(analysis.responsibility).not.toBeNull();
    expect(analysis.candidates.length).toBeGreaterThan(0);
    expect(analysis.maturity).not.toBeNull();
    expect(analysis.issues.length).toBeGreaterThan(0);
  });

  it("partners, tiered partners and the money totals", () => {
    const t = analysis.tiering.totals;
    const unscored = (json.tiering.tiers as Json[]).find((x) => x.tier === "Unscored")?.count as number;
    expect(cardFigure(card("tiering"), "partners")).toBe(t.count);
    expect([summaryFigure(summary, "Partners"), json.tiering.totals.count, json.tiering.partners.length]).toEqual([
      t.count,
      t.count,
      t.count,
    ]);
    expect([summaryFigure(summary, "Tiered"), json.tiering.totals.count - unscored]).toEqual([t.tiered, t.tiered]);
    expect([summaryFigure(summary, "Total investment"), json.tiering.totals.investment]).toEqual([
      t.investment,
      t.investment,
    ]);
    expect([summaryFigure(summary, "Total revenue"), json.tiering.totals.revenue]).toEqual([t.revenue, t.revenue]);
    expect([summaryFigure(summary, "Total pipeline"), json.tiering.totals.pipeline]).toEqual([t.pipeline, t.pipeline]);
    expect([summaryFigure(summary, "Portfolio ROI"), json.tiering.totals.roi]).toEqual([t.roi, t.roi]);
  });

  it("partners per tier", () => {
    const summaryRows = tableValues(summary, SUMMARY_TIERS_TABLE).slice(1);
    for (const tier of analysis.tiering.tiers) {
      const onCard = tier.tier === "Unscored" && tier.count === 0 ? 0 : cardFigure(card("tiering"), tier.tier);
      expect([
        onCard,
        summaryRows.find((r) => r[0] === tier.tier)?.[1],
        (json.tiering.tiers as Json[]).find((x) => x.tier === tier.tier)?.count,
      ]).toEqual([tier.count, tier.count, tier.count]);
    }
  });

  it("input issues, all and by severity", () => {
    const i = analysis.totals.issues;
    const inJson = (s: string) => (json.issues as Json[]).filter((x) => s === "all" || x.severity === s).length;
    expect([cardFigure(card("issues"), "issues?"), inJson("all")]).toEqual([i.all, i.all]);
    const words = { error: "errors?", warning: "warnings?", info: "notes?" } as const;
    for (const s of ["error", "warning", "info"] as const) {
      const onCard = i[s] === 0 ? 0 : cardFigure(card("issues"), words[s]);
      const onSummary = Number(
        new RegExp(`(\\d+) ${words[s]}`).exec(String(summaryFigure(summary, "Input issues")))?.[1],
      );
      expect([onCard, onSummary, inJson(s)]).toEqual([i[s], i[s], i[s]]);
    }
  });

  it("responsibility activities by status, and partners without owned responsibilities", () => {
    const r = analysis.responsibility!.totals;
    expect([
      cardFigure(card("responsibilities"), "activities"),
      summaryFigure(summary, "Activities"),
      json.responsibility.totals.activities,
    ]).toEqual([r.activities, r.activities, r.activities]);
    const words = { Conflict: "conflicts?", Gap: "gaps?", Warning: "warnings?", OK: "OK" } as const;
    for (const s of ["Conflict", "Gap", "Warning", "OK"] as const) {
      expect([
        cardFigure(card("responsibilities"), words[s]),
        summaryFigure(summary, s),
        json.responsibility.totals[s.toLowerCase()],
      ]).toEqual([r[s], r[s], r[s]]);
    }
    const unowned = (json.responsibility.parties as Json[]).filter(
      (p) => p.isPartner && p.accountable === 0 && p.responsible === 0,
    ).length;
    expect([summaryFigure(summary, "Partners without owned responsibilities"), unowned]).toEqual([
      r.unownedPartners,
      r.unownedPartners,
    ]);
  });

  it("coverage: capabilities, gaps, their severity, duplicated and single-sourced counted by flag, journey gaps", () => {
    const c = analysis.coverage.totals;
    const caps = json.coverage.capabilities as Json[];
    const flagged = (flag: string) => caps.filter((x) => (x.flags as string[]).includes(flag)).length;
    expect([
      cardFigure(card("coverage"), "capabilities"),
      summaryFigure(summary, "Required capabilities"),
      caps.length,
    ]).toEqual([c.capabilities, c.capabilities, c.capabilities]);
    expect([cardFigure(card("coverage"), "gaps?"), summaryFigure(summary, "Gaps"), flagged("gap")]).toEqual([
      c.gaps,
      c.gaps,
      c.gaps,
    ]);
    const severity = caps
      .filter((x) => (x.flags as string[]).includes("gap"))
      .reduce((sum, x) => sum + (x.severity as number), 0);
    const cardSeverity = Number(/severity ([\d,]+)/.exec(card("coverage")?.detail ?? "")?.[1]?.replace(/,/g, ""));
    expect([cardSeverity, severity]).toEqual([c.severity, c.severity]);
    expect([
      cardFigure(card("coverage"), DUPLICATED_LABEL.toLowerCase()),
      summaryFigure(summary, DUPLICATED_LABEL),
      flagged("duplicated"),
    ]).toEqual([c.duplicated, c.duplicated, c.duplicated]);
    expect([summaryFigure(summary, "Single-sourced"), flagged("single-sourced")]).toEqual([
      c.singleSourced,
      c.singleSourced,
    ]);
    expect([summaryFigure(summary, "Journey gaps"), json.coverage.journey.gaps.length]).toEqual([
      c.journeyGaps,
      c.journeyGaps,
    ]);
  });

  it("channel-conflict pairs", () => {
    const n = analysis.totals.conflicts;
    expect([
      cardFigure(card("conflicts"), "conflicting pairs?"),
      summaryFigure(summary, "Channel-conflict pairs"),
      json.conflicts.length,
    ]).toEqual([n, n, n]);
  });

  it("candidates: all, those passing the fit gate, the best ranked", () => {
    const c = analysis.totals.candidates;
    const list = json.candidates as Json[];
    const passing = list.filter((x) => x.passesFitGate);
    expect(card("candidates")?.headline).toBe(`${c.passingFitGate} of ${c.all} candidates pass the fit gate`);
    expect([list.length, passing.length]).toEqual([c.all, c.passingFitGate]);
    expect(card("candidates")?.detail).toBe(`Best ranked: ${c.best}`);
    expect((passing[0] ?? list[0])?.candidate).toBe(c.best);
  });

  it("the maturity pillar furthest below its target", () => {
    const widest = analysis.totals.widestMaturityGap!;
    const inJson = (json.maturity as Json[]).filter((p) => p.gap !== null).reduce((a, b) => (b.gap > a.gap ? b : a));
    expect(card("maturity")?.headline).toBe(`Widest gap: ${widest.pillar}`);
    expect(inJson.pillar).toBe(widest.pillar);
  });
});

describe("analysisTotals", () => {
  it("counts issues by severity and picks the best-ranked passing candidate, else the best-ranked", () => {
    const issue = (severity: "error" | "warning" | "info") => ({
      severity,
      sheet: "Partners",
      cell: "A2",
      message: "m",
    });
    const candidate = (name: string, passesFitGate: boolean) => ({ candidate: name, passesFitGate }) as never;
    const totals = analysisTotals({
      issues: [issue("error"), issue("info"), issue("info")],
      conflicts: [],
      candidates: [candidate("A", false), candidate("B", true)],
      maturity: null,
    });
    expect(totals.issues).toEqual({ all: 3, error: 1, warning: 0, info: 2 });
    expect(totals.candidates).toEqual({ all: 2, passingFitGate: 1, best: "B" });
    expect(
      analysisTotals({ issues: [], conflicts: [], candidates: [candidate("A", false)], maturity: null }).candidates
        .best,
    ).toBe("A");
  });

  it("takes the first pillar with the widest gap, and none without targets", () => {
    const pillar = (name: string, gap: number | null) => ({
      pillar: name,
      score: 1,
      target: gap === null ? null : 1 + gap,
      gap,
    });
    expect(
      analysisTotals({
        issues: [],
        conflicts: [],
        candidates: [],
        maturity: [pillar("A", 1), pillar("B", 2), pillar("C", 2)],
      }).widestMaturityGap?.pillar,
    ).toBe("B");
    expect(
      analysisTotals({ issues: [], conflicts: [], candidates: [], maturity: [pillar("A", null)] }).widestMaturityGap,
    ).toBeNull();
  });
});
