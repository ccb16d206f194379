import { analyzeWorkbook } from "../../engine/analyze";
import { CannotAnalyzeError } from "../../engine/errors";
import { assessExpectations } from "../../engine/expectations";
import type { Tier, WorkbookInput } from "../../engine/model";
import { runScenario } from "../../engine/scenario";
import { tierChanges } from "../../engine/tier-changes";
import { tierPartners } from "../../engine/tiering";
import { buildReport } from "../../report";
import { partnerKeysAmong } from "../sources/matrix-columns-view";
import { heldAnalysisOf, isHeld } from "./held";
import { HeldData } from "./held-data";
import type { AnalysisRequest, PreviewIssuesRequest, RequestKind, RequestOf, ResultOf, RunPhase } from "./protocol";

/**
 * Answers one request: the same code runs inside the Web Worker and, where there is no
 * Worker (tests, very old hosts), on the pane's thread.
 * @example handleRequest({ kind: "hold", token: "read-1", input }, () => {}) // { rows: 7000 }
 */
export function handleRequest<K extends RequestKind>(
  request: RequestOf<K>,
  onPhase: (phase: RunPhase) => void,
  held: HeldData = defaultHeld,
): ResultOf[K] {
  return answer(request, onPhase, held) as ResultOf[K];
}

/** What the worker holds between requests (one worker, one store; held.ts). */
const defaultHeld = new HeldData();

function answer(request: AnalysisRequest, onPhase: (phase: RunPhase) => void, held: HeldData): ResultOf[RequestKind] {
  switch (request.kind) {
    case "analyze": {
      const input = held.resolve(request.input);
      if (request.keep !== undefined) held.keepInput(request.keep, input);
      const analysis = analyzeWorkbook(input, request.settings, {
        runAt: request.runAt,
        priorIssues: request.priorIssues,
        onPhase,
      });
      if (request.keep !== undefined) held.keepAnalysis(request.keep, heldAnalysisOf(analysis));
      onPhase("report");
      return { analysis, specs: buildReport(analysis, { saveSnapshot: request.saveSnapshot }) };
    }
    case "hold":
      held.keepInput(request.token, request.input);
      return { rows: request.input.partners?.rows.length ?? 0 };
    case "names":
      return held.portfolio(request.input, request.settings).partners.map((p) => p.name);
    case "partnerKeys":
      return partnerKeysAmong(held.input(request.input).partners, request.settings, request.keys);
    case "simulate": {
      const base = held.portfolio(request.input, request.saved);
      const next = held.portfolio(request.input, request.draft);
      const before = tierPartners(base.partners, request.saved, base.scale).partners;
      const after = tierPartners(next.partners, request.draft, next.scale).partners;
      const changes = tierChanges(before, after);
      return {
        changes: changes.slice(0, request.shown),
        changed: changes.length,
        partners: after.length,
        before: countTiers(before),
        after: countTiers(after),
      };
    }
    case "expectations": {
      const portfolio = held.portfolio(request.input, request.settings);
      const tiering = tierPartners(portfolio.partners, request.settings, portfolio.scale);
      const result = assessExpectations(
        tiering.partners,
        request.rows.map((r, i) => ({ ...r, row: i + 2 })),
      );
      const below = result.partners.filter((p) => p.status === "Below");
      return {
        below: below.slice(0, request.shown),
        belowCount: below.length,
        meets: result.totals.meets,
        partners: tiering.partners.length,
      };
    }
    case "previewIssues":
      return previewIssues(request, held);
    case "scenario": {
      if (request.resend) held.keepAnalysis(request.analysis, request.resend);
      const { portfolio, settings, baseline } = held.analysis(request.analysis);
      return runScenario(portfolio, settings, request.change, baseline);
    }
  }
}

function countTiers(partners: readonly { tier: Tier }[]): Record<Tier, number> {
  const counts: Record<Tier, number> = { Strategic: 0, Focus: 0, Scale: 0, Unscored: 0 };
  for (const p of partners) counts[p.tier]++;
  return counts;
}

/** Reads the previewed rows as the analysis would and keeps the issues found in that table. */
function previewIssues(request: PreviewIssuesRequest, held: HeldData): ResultOf["previewIssues"] {
  const { table } = request;
  // Other inputs are read against the real partner names (RACI parties, providers); without a
  // Partners table a placeholder lets them be read at all, and its own issues are dropped below.
  const named = isHeld(request.partners) ? held.input(request.partners).partners : request.partners;
  const partners = named ?? {
    source: "",
    sheet: "",
    headerRow: 1,
    firstColumn: 1,
    header: ["Partner"],
    rows: [["-"]],
  };
  const input: WorkbookInput =
    request.input === "partners" ? { partners: table } : { partners, [request.input]: table };
  try {
    const analysis = analyzeWorkbook(input, request.settings, { runAt: "" });
    return {
      issues: analysis.issues.filter((i) => i.sheet === table.sheet || i.sheet === table.source),
      cannotRead: null,
    };
  } catch (error) {
    if (error instanceof CannotAnalyzeError) return { issues: [], cannotRead: error.message };
    throw error;
  }
}
