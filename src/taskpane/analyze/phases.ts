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
  "expectations",
  "radar",
  "evolution",
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
  expectations: "Checking tier expectations",
  radar: "Placing partners on the radar",
  evolution: "Tracing partners over time",
  report: "Building the report",
  write: "Writing sheets",
};

/**
 * The share of a run's time each phase takes, measured on the sample in the browser tests
 * (4.4 s: reading 0.6 s, computing 1.1 s, building the report 0.2 s, writing 2.5 s). Writing
 * is more than half of a run, so it is more than half of the bar, advanced sheet by sheet.
 */
const PHASE_WEIGHTS: Record<RunPhase, number> = {
  read: 0.14,
  ingest: 0.06,
  tiering: 0.04,
  responsibility: 0.04,
  coverage: 0.04,
  conflicts: 0.06,
  candidates: 0.03,
  maturity: 0.005,
  expectations: 0.005,
  radar: 0.005,
  evolution: 0.005,
  report: 0.05,
  write: 0.52,
};

/** Where each phase starts on the bar (0–1). */
const PHASE_STARTS: Record<RunPhase, number> = (() => {
  let at = 0;
  const starts = {} as Record<RunPhase, number>;
  for (const phase of RUN_PHASES) {
    starts[phase] = at;
    at += PHASE_WEIGHTS[phase];
  }
  return starts;
})();

/**
 * How far along a run is (0–1) when `phase` starts; while writing, the sheets written so far
 * count too — by `share` (the part of the cells already written) when given, else by count.
 * Never goes backwards: pass the previous value.
 * @example runProgress("write", { done: 0, total: 8 }, 0) // 0.48: writing is the other half
 */
export function runProgress(
  phase: RunPhase,
  write: { done: number; total: number; share?: number } | null,
  previous: number,
  /** The part of `phase` done, for phases other than writing (the rows read so far). */
  share = 0,
): number {
  const start = PHASE_STARTS[phase] ?? 0;
  const within =
    phase === "write" && write && write.total > 0 ? (write.share ?? write.done / write.total) : Math.min(1, share);
  return Math.max(previous, Math.min(1, start + within * PHASE_WEIGHTS[phase]));
}

/**
 * The share of the work of writing `specs` done once the first `done` are written: a sheet
 * costs its cells plus a fixed part for its formats, tables and charts.
 * @example writeShare([{ blocks: [{ values: [[1, 2]] }] }, …], 1)
 */
export function writeShare(
  specs: readonly { blocks: readonly { values: readonly (readonly unknown[])[] }[] }[],
  done: number,
): number {
  const cost = specs.map((s) => 400 + s.blocks.reduce((n, b) => n + b.values.reduce((m, r) => m + r.length, 0), 0));
  const total = cost.reduce((a, b) => a + b, 0);
  const so = cost.slice(0, done).reduce((a, b) => a + b, 0);
  return total > 0 ? Math.min(1, so / total) : 0;
}
