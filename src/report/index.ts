import type { Analysis } from "../engine/analyze";
import type { ScenarioResult } from "../engine/scenario";
import { buildCandidatesSheet } from "./candidates-sheet";
import { buildConflictsSheet } from "./conflicts-sheet";
import { buildCoverageSheet } from "./coverage-sheet";
import { buildEvolutionSheet } from "./evolution-sheet";
import { buildHistorySheet } from "./history-sheet";
import { buildIssuesSheet } from "./issues-sheet";
import { buildJourneySheet } from "./journey-sheet";
import { buildRadarSheet } from "./radar-sheet";
import { buildResponsibilitiesSheet } from "./responsibilities-sheet";
import { buildScenarioSheet } from "./scenario-sheet";
import { OUTPUT_SHEETS, type SheetSpec } from "./sheet-spec";
import { buildSummarySheet } from "./summary-sheet";
import { placeTieringSheet } from "./tiering-sheet";

export * from "./sheet-spec";

export interface ReportOptions {
  /** Append this run to the Tier History sheet (so the next run shows movement). */
  saveSnapshot?: boolean;
  /** A scenario to write on the Scenario sheet. */
  scenario?: ScenarioResult;
}

/** Every output sheet of an analysis, in workbook order. */
export function buildReport(analysis: Analysis, options: ReportOptions = {}): SheetSpec[] {
  // The Summary's charts read the Tiering sheet where its builder placed each tier.
  const tiering = placeTieringSheet(analysis);
  const sheets = [buildSummarySheet(analysis, tiering.layout), tiering.spec, buildIssuesSheet(analysis)];
  if (options.saveSnapshot) sheets.push(buildHistorySheet(analysis));
  if (analysis.responsibility !== null) sheets.push(buildResponsibilitiesSheet(analysis.responsibility));
  sheets.push(buildCoverageSheet(analysis), buildJourneySheet(analysis), buildConflictsSheet(analysis));
  // Candidates only when the workbook has a Candidates table: it is an optional input.
  if (analysis.sources.some((s) => s.input === "candidates")) sheets.push(buildCandidatesSheet(analysis));
  if (options.scenario) sheets.push(buildScenarioSheet(options.scenario));
  sheets.push(buildRadarSheet(analysis), buildEvolutionSheet(analysis));
  return sheets.sort((a, b) => OUTPUT_SHEETS.indexOf(a.key) - OUTPUT_SHEETS.indexOf(b.key));
}
