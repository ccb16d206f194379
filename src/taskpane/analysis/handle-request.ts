import { analyzeWorkbook } from "../../engine/analyze";
import { CannotAnalyzeError } from "../../engine/errors";
import { ingestWorkbook } from "../../engine/ingest";
import type { WorkbookInput } from "../../engine/model";
import { runScenario } from "../../engine/scenario";
import { tierPartners } from "../../engine/tiering";
import { buildReport } from "../../report";
import type { AnalysisRequest, PreviewIssuesRequest, RequestKind, RequestOf, ResultOf, RunPhase } from "./protocol";

/**
 * Answers one request: the same code runs inside the Web Worker and, where there is no
 * Worker (tests, very old hosts), on the pane's thread.
 * @example handleRequest({ kind: "tiers", partners, settings, scale }, () => {}) // [{ partner: "Acme", tier: "Focus" }, …]
 */
export function handleRequest<K extends RequestKind>(
  request: RequestOf<K>,
  onPhase: (phase: RunPhase) => void,
): ResultOf[K] {
  return answer(request, onPhase) as ResultOf[K];
}

function answer(request: AnalysisRequest, onPhase: (phase: RunPhase) => void): ResultOf[RequestKind] {
  switch (request.kind) {
    case "analyze": {
      const analysis = analyzeWorkbook(request.input, request.settings, {
        runAt: request.runAt,
        priorIssues: request.priorIssues,
        onPhase,
      });
      onPhase("report");
      return { analysis, specs: buildReport(analysis, { saveSnapshot: request.saveSnapshot }) };
    }
    case "portfolio": {
      const { portfolio, issues } = ingestWorkbook(request.input, request.settings);
      return { portfolio, issues };
    }
    case "tiers":
      return tierPartners(request.partners, request.settings, request.scale).partners.map((p) => ({
        partner: p.partner,
        tier: p.tier,
      }));
    case "previewIssues":
      return previewIssues(request);
    case "scenario":
      return runScenario(request.portfolio, request.settings, request.change, request.baseline);
  }
}

/** Reads the previewed rows as the analysis would and keeps the issues found in that table. */
function previewIssues(request: PreviewIssuesRequest): ResultOf["previewIssues"] {
  const { table } = request;
  // Other inputs are read against the real partner names (RACI parties, providers); without a
  // Partners table a placeholder lets them be read at all, and its own issues are dropped below.
  const partners = request.partners ?? {
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
