import type { RunPhase } from "../analysis/protocol";

/** The steps of a run in the order they happen, with what the pane says during each. */
export const RUN_PHASES: readonly RunPhase[] = [
  "read",
  "ingest",
  "tiering",
  "responsibility",
  "coverage",
  "conflicts",
  "candidates",
  "maturity",
  "report",
  "write",
];

export const PHASE_LABELS: Record<RunPhase, string> = {
  read: "Reading the workbook",
  ingest: "Reading the tables",
  tiering: "Tiering partners",
  responsibility: "Checking responsibilities",
  coverage: "Assessing capability coverage",
  conflicts: "Finding channel conflicts",
  candidates: "Ranking candidates",
  maturity: "Assessing maturity",
  report: "Building the report",
  write: "Writing sheets",
};

/**
 * How far along a run is (0–1) when `phase` starts; while writing, the sheets written so far
 * count too. Never goes backwards: pass the previous value.
 * @example runProgress("tiering", null, 0) // 0.2
 */
export function runProgress(phase: RunPhase, write: { done: number; total: number } | null, previous: number): number {
  const i = Math.max(0, RUN_PHASES.indexOf(phase));
  const within = phase === "write" && write && write.total > 0 ? write.done / write.total : 0;
  return Math.max(previous, Math.min(1, (i + within) / RUN_PHASES.length));
}
