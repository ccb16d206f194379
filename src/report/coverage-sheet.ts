import type { Analysis } from "../engine/analyze";
import { COVERAGE_STATUSES, type CapabilityCoverage, type CoverageResult } from "../engine/coverage/types";
import {
  COVERAGE_STATUS_STYLES,
  FLAG_WORDS,
  HEAT,
  RECOMMENDATION_STYLES,
  SEVERITY_HEAT,
  uniqueHeaders,
} from "./coverage-styles";
import { SheetBuilder } from "./sheet-builder";
import type { CellValue, SheetSpec } from "./sheet-spec";
import { listText, NUMBER_FORMATS as F } from "./style";

export const COVERAGE_TABLE = "PED_Coverage";
export const COVERAGE_GAPS_TABLE = "PED_CoverageGaps";
export const COVERAGE_DUPLICATES_TABLE = "PED_CoverageDuplicates";
export const COVERAGE_HEATMAP_TABLE = "PED_CoverageHeatMap";
export const SINGLE_POINTS_TABLE = "PED_SinglePointsOfFailure";

/** Provider names listed in a Coverage cell before "… and N more" (the JSON lists all). */
export const PROVIDER_NAMES_SHOWN = 30;

const COLUMNS: { header: string; format: string | null; value: (c: CapabilityCoverage) => CellValue }[] = [
  { header: "Capability", format: null, value: (c) => c.capability },
  { header: "Status", format: null, value: (c) => c.status },
  { header: "Flags", format: null, value: (c) => listText(c.flags.map((f) => FLAG_WORDS[f])) },
  { header: "Priority", format: F.integer, value: (c) => c.priority },
  { header: "Centrality", format: null, value: (c) => c.centrality },
  { header: "Urgency", format: null, value: (c) => c.urgency },
  { header: "Min", format: F.integer, value: (c) => c.min },
  { header: "Max", format: F.integer, value: (c) => c.max },
  { header: "Required in", format: null, value: (c) => requiredMarkets(c) },
  { header: "Providers", format: F.integer, value: (c) => c.providers.length },
  // A cell of thousands of names is unreadable (and costly to send): the first ones, then a count.
  { header: "Provider names", format: null, value: (c) => listText(c.providers, null, PROVIDER_NAMES_SHOWN) },
  { header: "Severity", format: F.integer, value: (c) => c.severity },
  { header: "Recommendation", format: null, value: (c) => c.recommendation },
  { header: "Candidate", format: null, value: (c) => c.candidate },
];

export const COVERAGE_HEADERS = COLUMNS.map((c) => c.header);

/**
 * The Coverage sheet (SPEC §2.4, §3): one row per required capability with its status filled
 * by colour, flags, severity, providers by name and the recommendation; then the short market
 * cells behind each gap, the crowded cells behind each duplication, a capability × segment heat
 * map of providers, and single points of failure.
 */
export function buildCoverageSheet(analysis: Pick<Analysis, "coverage">): SheetSpec {
  const { coverage } = analysis;
  const b = new SheetBuilder("coverage");
  if (coverage.capabilities.length === 0) {
    b.title(
      "Capability coverage",
      "No capabilities to assess: add a Capabilities table, or list capabilities in the Partners table.",
    );
    return b.build();
  }
  const table = b.table({
    name: COVERAGE_TABLE,
    headers: COVERAGE_HEADERS,
    rows: coverage.capabilities.map((c) => COLUMNS.map((col) => col.value(c))),
    numberFormats: COLUMNS.map((c) => c.format),
  });
  for (const status of COVERAGE_STATUSES)
    b.conditional({
      kind: "equals",
      range: table.column("Status"),
      value: status,
      style: COVERAGE_STATUS_STYLES[status],
    });
  for (const [rec, style] of Object.entries(RECOMMENDATION_STYLES))
    b.conditional({ kind: "equals", range: table.column("Recommendation"), value: rec, style });
  b.conditional({ kind: "colorScale", range: table.column("Severity"), ...SEVERITY_HEAT });
  b.format(table.column("Provider names"), { wrap: true });
  b.minWidth(0, 24)
    .minWidth(1, 18)
    .minWidth(COVERAGE_HEADERS.indexOf("Provider names"), 40)
    .minWidth(COVERAGE_HEADERS.indexOf("Recommendation"), 16);
  b.freeze(1, 1);

  addGapCells(b, coverage);
  addDuplicatedCells(b, coverage);
  addHeatMap(b, coverage);
  addSinglePoints(b, coverage);
  return b.build();
}

/** "SMB, Public × EMEA", "SMB (any region)", "EMEA (any segment)" or "All markets". */
export function requiredMarkets(c: Pick<CapabilityCoverage, "segments" | "regions">): string {
  const s = c.segments.join(", ");
  const r = c.regions.join(", ");
  if (s !== "" && r !== "") return `${s} × ${r}`;
  if (s !== "") return `${s} (any region)`;
  if (r !== "") return `${r} (any segment)`;
  return "All markets";
}

function addGapCells(b: SheetBuilder, coverage: CoverageResult): void {
  const rows = coverage.capabilities.flatMap((c) =>
    c.cells
      .filter((cell) => cell.shortfall > 0)
      .map((cell) => [
        c.capability,
        cell.segment ?? "Any",
        cell.region ?? "Any",
        cell.providers,
        c.min,
        cell.shortfall,
      ]),
  );
  b.section("Gaps: required markets with fewer than Min providers");
  if (rows.length === 0) {
    b.note("No gaps: every required market has at least Min providers.");
    b.row += 1;
    return;
  }
  b.table({
    name: COVERAGE_GAPS_TABLE,
    headers: ["Capability", "Segment", "Region", "Providers", "Min", "Shortfall"],
    rows,
    numberFormats: [null, null, null, F.integer, F.integer, F.integer],
  });
}

function addDuplicatedCells(b: SheetBuilder, coverage: CoverageResult): void {
  const rows = coverage.capabilities.flatMap((c) =>
    c.duplicatedCells.map((cell) => [c.capability, cell.segment ?? "Any", cell.region ?? "Any", cell.providers, c.max]),
  );
  b.section("Duplication: markets with more than Max providers");
  if (rows.length === 0) {
    b.note("No duplication: no market has more than Max providers of a capability.");
    b.row += 1;
    return;
  }
  b.table({
    name: COVERAGE_DUPLICATES_TABLE,
    headers: ["Capability", "Segment", "Region", "Providers", "Max"],
    rows,
    numberFormats: [null, null, null, F.integer, F.integer],
  });
}

function addHeatMap(b: SheetBuilder, coverage: CoverageResult): void {
  b.section("Providers per capability and segment");
  const segments = uniqueHeaders(
    ["Capability"],
    coverage.segments.map((s) => s ?? "All segments"),
  );
  const heat = b.table({
    name: COVERAGE_HEATMAP_TABLE,
    headers: ["Capability", ...segments],
    rows: coverage.capabilities.map((c) => [c.capability, ...c.providersBySegment]),
    numberFormats: [null, ...segments.map(() => F.integer)],
  });
  b.conditional({
    kind: "colorScale",
    range: { ...heat.data, col: heat.data.col + 1, cols: segments.length },
    ...HEAT,
  });
}

function addSinglePoints(b: SheetBuilder, coverage: CoverageResult): void {
  b.section("Single points of failure: capabilities only one partner provides");
  if (coverage.singlePointsOfFailure.length === 0) {
    b.note("No single points of failure: no required capability rests on exactly one partner.");
    return;
  }
  const table = b.table({
    name: SINGLE_POINTS_TABLE,
    headers: ["Partner", "Capabilities it alone provides", "Removal impact (Σ priority)"],
    rows: coverage.singlePointsOfFailure.map((s) => [s.partner, listText(s.capabilities), s.removalImpact]),
    numberFormats: [null, null, F.integer],
  });
  b.conditional({ kind: "colorScale", range: table.column("Removal impact (Σ priority)"), ...SEVERITY_HEAT });
}
