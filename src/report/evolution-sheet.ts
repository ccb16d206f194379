import type { Analysis } from "../engine/analyze";
import type { PartnerEvolution } from "../engine/evolution";
import { SheetBuilder, tableRow } from "./sheet-builder";
import { type CellRange, type CellValue, EXCEL_MAX_ROWS, type SheetSpec } from "./sheet-spec";
import { countOf, grouped, NUMBER_FORMATS as F, PALETTE, TIER_COLORS, TIER_STYLES } from "./style";

export const EVOLUTION_TABLE = "PED_Evolution";
export const EVOLUTION_TIERS_TABLE = "PED_EvolutionTiers";
/** The composites chart follows at most this many partners to deepen or to review (SPEC §2.12). */
export const EVOLUTION_CHART_PARTNERS = 20;

/** Columns of the Evolution table, in order (evolutionRow reads each from a partner's evolution). */
const COLUMNS: { header: string; format: string | null }[] = [
  { header: "Rank", format: F.integer },
  { header: "Partner", format: null },
  { header: "Trajectory", format: null },
  { header: "Signal", format: null },
  { header: "First", format: F.score },
  { header: "Last", format: F.score },
  { header: "Change", format: "+0.0;-0.0;0.0" },
  { header: "Tier first", format: null },
  { header: "Tier last", format: null },
  { header: "Snapshots", format: F.integer },
  { header: "Since", format: null },
];

/** One partner's row, in COLUMNS' order (no closure call per cell). */
function evolutionRow(e: PartnerEvolution): CellValue[] {
  return tableRow(
    e.rank,
    e.partner,
    e.trajectory,
    e.signal,
    e.first,
    e.last,
    e.last - e.first,
    e.tierFirst,
    e.tierLast,
    e.points.length,
    e.points[0]?.takenAt ?? null,
  );
}

/** Line colours of the composites chart, one per partner followed (distinct in light and dark themes). */
const LINE_COLORS = [
  "#1E7B4F",
  "#0F6CBD",
  "#A4262C",
  "#CA5010",
  "#8764B8",
  "#C239B3",
  "#8A6D00",
  "#005B70",
  "#498205",
  "#4F6BED",
];

/** Charts and their tables sit right of the partner table. */
const SIDE_COL = COLUMNS.length + 1;
const CHART_WIDTH = 9;
const CHART_HEIGHT = 16;

/**
 * The Evolution sheet (SPEC §2.12): per tiered partner its trajectory, signal, first and last
 * composite and tiers over its most recent W snapshots; beside it, the tier counts per snapshot
 * with a line chart, and the composites over time of the partners to deepen or to review (at
 * most 20, by rank) with a line chart.
 */
export function buildEvolutionSheet(analysis: Pick<Analysis, "evolution" | "settings">): SheetSpec {
  const { partners, snapshots, totals } = analysis.evolution;
  const b = new SheetBuilder("evolution");
  b.title(
    "Partnership evolution",
    `Each partner's composite over its last ${analysis.settings.evolutionWindow} snapshots (this run included) · ${countOf(totals.deepen, "partner")} to deepen, ${countOf(totals.reviewExit, "partner")} to review for exit`,
  );
  const top = b.row;
  // At a million partners the table would run past Excel's last row: it lists those that fit.
  const fit = EXCEL_MAX_ROWS - (top + 1) - 2;
  const listed = partners.length > fit ? partners.slice(0, fit) : partners;
  const table = b.table({
    name: EVOLUTION_TABLE,
    headers: COLUMNS.map((c) => c.header),
    rows: listed.map(evolutionRow),
    numberFormats: COLUMNS.map((c) => c.format),
  });
  if (listed.length < partners.length)
    b.note(
      `… and ${grouped(partners.length - listed.length)} more partners past Excel's last row, not listed here (the JSON output lists every one).`,
    );
  b.conditional({
    kind: "equals",
    range: table.column("Signal"),
    value: "Deepen",
    style: { fill: PALETTE.goodFill, fontColor: PALETTE.good, bold: true },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Signal"),
    value: "Review exit",
    style: { fill: PALETTE.badFill, fontColor: PALETTE.bad, bold: true },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Trajectory"),
    value: "Accelerating",
    style: { fontColor: PALETTE.good, bold: true },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Trajectory"),
    value: "Regressing",
    style: { fontColor: PALETTE.bad, bold: true },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Trajectory"),
    value: "Stalled",
    style: { fontColor: PALETTE.warn },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Trajectory"),
    value: "New",
    style: { fontColor: PALETTE.info, italic: true },
  });
  for (const [tier, style] of Object.entries(TIER_STYLES)) {
    b.conditional({
      kind: "equals",
      range: table.column("Tier first"),
      value: tier,
      style: { fontColor: style.fontColor },
    });
    b.conditional({ kind: "equals", range: table.column("Tier last"), value: tier, style });
  }

  // Tier counts of the snapshots evolution reads (the most recent W, this run included): older
  // ones stay on the Tier History sheet, and a re-run need not send them again.
  const shown = snapshots.slice(-analysis.settings.evolutionWindow);
  let row = top;
  b.cells(row++, SIDE_COL, [["Tiers per snapshot"]], { bold: true, fontSize: 12, fontColor: PALETTE.title }, false);
  const tiers = b.table(
    {
      name: EVOLUTION_TIERS_TABLE,
      headers: ["Taken at", "Strategic", "Focus", "Scale", "Unscored"],
      rows: shown.map((s) => [s.takenAt, s.counts.Strategic, s.counts.Focus, s.counts.Scale, s.counts.Unscored]),
      numberFormats: [null, F.integer, F.integer, F.integer, F.integer],
    },
    { row, col: SIDE_COL },
  );
  row += shown.length + 2;
  b.chart({
    name: "TiersPerSnapshot",
    type: "line",
    title: "Partners per tier, snapshot by snapshot",
    anchor: { row, col: SIDE_COL, rows: CHART_HEIGHT, cols: CHART_WIDTH },
    series: (["Strategic", "Focus", "Scale"] as const).map((tier) => ({
      name: tier,
      categories: { range: tiers.column("Taken at") },
      values: { range: tiers.column(tier) },
      color: TIER_COLORS[tier],
    })),
    yAxisTitle: "Partners",
  });
  row += CHART_HEIGHT + 1;

  // Composites over time of the partners to deepen or review.
  const followed = partners.filter((e) => e.signal !== "Keep").slice(0, EVOLUTION_CHART_PARTNERS);
  b.cells(
    row++,
    SIDE_COL,
    [["Composites of partners to deepen or review"]],
    { bold: true, fontSize: 12, fontColor: PALETTE.title },
    false,
  );
  if (followed.length === 0) {
    b.cells(
      row,
      SIDE_COL,
      [["No partner to deepen or to review for exit in this run."]],
      { italic: true, fontColor: PALETTE.muted },
      false,
    );
  } else {
    const grid = compositeGrid(followed);
    b.cells(row, SIDE_COL, [grid.header], { bold: true, fill: PALETTE.header }, false);
    const data: CellRange = { row: row + 1, col: SIDE_COL, rows: grid.rows.length, cols: grid.header.length };
    b.spec.blocks.push({
      row: data.row,
      col: data.col,
      values: grid.rows,
      numberFormats: [null, ...followed.map(() => F.score)],
    });
    const column = (j: number): CellRange => ({ row: data.row, col: SIDE_COL + j, rows: grid.rows.length, cols: 1 });
    b.chart({
      name: "CompositesOverTime",
      type: "line",
      title: `Composite over time: ${countOf(totals.deepen, "to deepen", "to deepen")}, ${countOf(totals.reviewExit, "to review", "to review")}${totals.deepen + totals.reviewExit > followed.length ? ` (top ${followed.length} by rank)` : ""}`,
      anchor: { row: row + grid.rows.length + 2, col: SIDE_COL, rows: CHART_HEIGHT, cols: CHART_WIDTH },
      series: followed.map((e, j) => ({
        name: `${e.partner} (${e.signal})`,
        categories: { range: column(0) },
        values: { range: column(j + 1) },
        color: LINE_COLORS[j % LINE_COLORS.length] as string,
      })),
      yAxisTitle: "Composite",
      blanks: "span",
    });
  }
  b.minWidth(1, 24).minWidth(10, 22).minWidth(SIDE_COL, 22);
  b.freeze(top + 1, 2);
  return b.build();
}

/** Snapshots (rows) × partners (columns): a partner's composite where it has a point, else blank. */
function compositeGrid(partners: readonly PartnerEvolution[]): { header: CellValue[]; rows: CellValue[][] } {
  const takenAt = [...new Set(partners.flatMap((e) => e.points.map((p) => p.takenAt)))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const rows = takenAt.map((t): CellValue[] => [
    t,
    ...partners.map((e) => e.points.find((p) => p.takenAt === t)?.composite ?? null),
  ]);
  return { header: ["Taken at", ...partners.map((e) => e.partner)], rows };
}
