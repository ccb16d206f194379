import type { Analysis } from "../../engine/analyze";
import type { Severity, Tier } from "../../engine/model";
import type { WrittenSheet } from "../../excel/gateway";
import type { OutputSheetKey } from "../../report/sheet-spec";
import { DUPLICATED_LABEL } from "../../report/coverage-styles";
import { countOf } from "../../report/style";

/** One summary card of a finished run. */
export interface ResultCard {
  key: OutputSheetKey | "maturity" | "expectations";
  title: string;
  /** The headline, e.g. "48 partners". */
  headline: string;
  /** Details, e.g. "5 Strategic · 12 Focus · 29 Scale". */
  detail: string;
  /** The written sheet the card opens; null when no sheet holds these results. */
  sheet: string | null;
  /** Draws the eye: errors, gaps, conflicts. */
  attention: boolean;
}

const TIER_ORDER: readonly Tier[] = ["Strategic", "Focus", "Scale", "Unscored"];
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["note", "notes"],
};

/**
 * Tier expectations (SPEC §2.10, when the workbook states them), the partnership radar
 * (§2.11) and evolution over time (§2.12): each card opens the sheet that shows it.
 */
function portfolioViewCards(analysis: Analysis, sheetOf: (key: OutputSheetKey) => string | null): ResultCard[] {
  const cards: ResultCard[] = [];
  const e = analysis.expectations;
  if (e.defined) {
    const below = e.tiers.filter((t) => t.below > 0).map((t) => `${t.below} ${t.tier}`);
    cards.push({
      key: "expectations",
      title: "Expectations",
      headline:
        e.totals.below === 0
          ? "Every partner meets its tier's expectations"
          : `${countOf(e.totals.below, "partner")} below expectations`,
      detail: `${e.totals.meets} meet${below.length > 0 ? ` · below: ${below.join(" · ")}` : ""}`,
      sheet: sheetOf("tiering"),
      attention: e.totals.below > 0,
    });
  }
  const radar = analysis.radar;
  if (radar.points.length > 0) {
    cards.push({
      key: "radar",
      title: "Partnership radar",
      headline: `${countOf(radar.points.length, "partner")} in ${countOf(radar.sectors.length, "sector")}`,
      detail: radar.sectors.map((s) => `${s.sector} ${s.count}`).join(" · "),
      sheet: sheetOf("radar"),
      attention: false,
    });
  }
  const t = analysis.evolution.totals;
  if (analysis.evolution.partners.length > 0) {
    cards.push({
      key: "evolution",
      title: "Evolution",
      headline: `${t.deepen} to deepen · ${t.reviewExit} to review`,
      detail: `${t.accelerating} accelerating · ${t.stalled} stalled · ${t.regressing} regressing${t.new > 0 ? ` · ${t.new} new` : ""}`,
      sheet: sheetOf("evolution"),
      attention: t.reviewExit > 0,
    });
  }
  return cards;
}

/**
 * The cards a finished run shows: tiers, issues, and whichever other analyses produced
 * results, each tied to the sheet it was written to.
 * @example resultCards(analysis, [{ key: "tiering", name: "Tiering" }])[0].headline // "48 partners"
 */
export function resultCards(analysis: Analysis, sheets: readonly WrittenSheet[]): ResultCard[] {
  const sheetOf = (key: OutputSheetKey) => sheets.find((s) => s.key === key)?.name ?? null;
  const cards: ResultCard[] = [];

  const t = analysis.tiering;
  cards.push({
    key: "tiering",
    title: "Tiering",
    headline: countOf(t.totals.count, "partner", "partners"),
    detail: TIER_ORDER.map((tier) => [tier, t.tiers.find((r) => r.tier === tier)?.count ?? 0] as const)
      .filter(([tier, n]) => n > 0 || tier !== "Unscored")
      .map(([tier, n]) => `${n} ${tier}`)
      .join(" · "),
    sheet: sheetOf("tiering"),
    attention: false,
  });

  const issues = analysis.totals.issues;
  cards.push({
    key: "issues",
    title: "Issues",
    headline: issues.all === 0 ? "No issues" : countOf(issues.all, "issue", "issues"),
    detail:
      issues.all === 0
        ? "Every cell was read as expected."
        : SEVERITIES.filter((s) => issues[s] > 0)
            .map((s) => countOf(issues[s], ...SEVERITY_WORDS[s]))
            .join(" · "),
    sheet: sheetOf("issues"),
    attention: issues.error > 0,
  });

  const r = analysis.responsibility;
  if (r) {
    cards.push({
      key: "responsibilities",
      title: "Responsibilities",
      headline: countOf(r.totals.activities, "activity", "activities"),
      detail: `${countOf(r.totals.Conflict, "conflict")} · ${countOf(r.totals.Gap, "gap")} · ${countOf(r.totals.Warning, "warning")} · ${r.totals.OK} OK`,
      sheet: sheetOf("responsibilities"),
      attention: r.totals.Conflict + r.totals.Gap > 0,
    });
  }

  const coverage = analysis.coverage.totals;
  if (coverage.capabilities > 0) {
    cards.push({
      key: "coverage",
      title: "Coverage",
      headline: coverage.gaps === 0 ? "No gaps" : countOf(coverage.gaps, "gap", "gaps"),
      detail: `${countOf(coverage.capabilities, "capability", "capabilities")} · ${coverage.duplicated} ${DUPLICATED_LABEL.toLowerCase()}${coverage.gaps > 0 ? ` · severity ${coverage.severity}` : ""}`,
      sheet: sheetOf("coverage"),
      attention: coverage.gaps > 0,
    });
  }

  const conflicts = analysis.totals.conflicts;
  cards.push({
    key: "conflicts",
    title: "Channel conflicts",
    headline: conflicts === 0 ? "No conflicts" : countOf(conflicts, "conflicting pair", "conflicting pairs"),
    detail: `Capability overlap of ${Math.round(analysis.settings.conflictThreshold * 100)}% or more in a shared market`,
    sheet: sheetOf("conflicts"),
    attention: conflicts > 0,
  });

  const candidates = analysis.totals.candidates;
  if (candidates.all > 0) {
    cards.push({
      key: "candidates",
      title: "Candidates",
      headline: `${candidates.passingFitGate} of ${countOf(candidates.all, "candidate", "candidates")} pass the fit gate`,
      detail: candidates.best !== null ? `Best ranked: ${candidates.best}` : "",
      sheet: sheetOf("candidates"),
      attention: false,
    });
  }

  if (analysis.maturity) {
    const widest = analysis.totals.widestMaturityGap;
    cards.push({
      key: "maturity",
      title: "Maturity",
      headline: widest ? `Widest gap: ${widest.pillar}` : "No targets set",
      detail: widest ? `Score ${widest.score} against target ${widest.target}` : "",
      sheet: sheetOf("summary"),
      attention: false,
    });
  }

  cards.push(...portfolioViewCards(analysis, sheetOf));

  const summary = sheetOf("summary");
  if (summary) {
    cards.push({
      key: "summary",
      title: "Summary",
      headline: "Headlines and charts",
      detail: "Tiers, investment and revenue, fit against impact",
      sheet: summary,
      attention: false,
    });
  }
  const history = sheetOf("history");
  if (history) {
    cards.push({
      key: "history",
      title: "Tier History",
      headline: "Snapshot saved",
      detail: "The next run shows each partner's movement",
      sheet: history,
      attention: false,
    });
  }
  return cards;
}
