import type { Analysis } from "../engine/analyze";
import type { PartnerExpectation } from "../engine/expectations";
import type { Tier, TieredPartner } from "../engine/model";
import { SheetBuilder, tableRow } from "./sheet-builder";
import type { CellRange, CellValue, SheetSpec } from "./sheet-spec";
import { NUMBER_FORMATS as F, PALETTE, TIER_STYLES } from "./style";

export const TIERING_TABLE = "PED_Tiering";

/** Columns of the Tiering table, in order (tieringRow reads each from a tiered partner). */
const COLUMNS: { header: string; format: string | null }[] = [
  { header: "Rank", format: F.integer },
  { header: "Partner", format: null },
  { header: "Tier", format: null },
  { header: "Composite", format: F.score },
  { header: "Points to next tier", format: F.score },
  { header: "Fit", format: null },
  { header: "Impact", format: null },
  { header: "Momentum", format: null },
  { header: "Type", format: null },
  { header: "Layer", format: null },
  { header: "Owner", format: null },
  { header: "Investment", format: F.money },
  { header: "Revenue", format: F.money },
  { header: "Pipeline", format: F.money },
  { header: "ROI", format: F.ratio },
  { header: "Investment flag", format: null },
  { header: "Previous tier", format: null },
  { header: "Movement", format: null },
  // SPEC §2.10: the status against the tier's expectations and the checks that fail.
  { header: "Expectations", format: null },
  { header: "Failed checks", format: null },
];

/** One partner's row, in COLUMNS' order (no closure call per cell). */
function tieringRow(p: TieredPartner, e: PartnerExpectation | undefined): CellValue[] {
  return tableRow(
    p.rank,
    p.partner,
    p.tier,
    p.composite,
    p.pointsToNextTier,
    p.fit,
    p.impact,
    p.momentum,
    p.type || null,
    p.layer,
    p.owner || null,
    p.investment,
    p.revenue,
    p.pipeline,
    p.roi,
    p.investmentFlag,
    p.previousTier,
    p.movement,
    e?.status ?? null,
    e && e.failed.length > 0 ? e.failed.join("; ") : null,
  );
}

/** Every non-empty list of failed checks as the sheet writes it, to colour each one. */
const FAILED_CHECK_TEXTS = ((): string[] => {
  const checks = ["below-pipeline", "below-revenue", "over-investment-cap"];
  const texts: string[] = [];
  for (let mask = 1; mask < 1 << checks.length; mask++) texts.push(checks.filter((_, i) => mask & (1 << i)).join("; "));
  return texts;
})();

export const TIERING_HEADERS = COLUMNS.map((c) => c.header);

/** Where the Tiering sheet put its table, for other sheets' references (the Summary's bubbles). */
export interface TieringLayout {
  /** The whole table, header row included. */
  table: CellRange;
  /** Each tier's data rows, across the table, in sheet order; tiers without partners are absent. */
  tiers: { tier: Tier; rows: CellRange }[];
  /** One column of one tier's rows, by header. */
  tierColumn(tier: Tier, header: string): CellRange;
}

/**
 * The Tiering sheet: one row per partner in rank order (Unscored last), tier fills,
 * investment flags and movement highlighted, header frozen.
 */
export function buildTieringSheet(analysis: Analysis): SheetSpec {
  return placeTieringSheet(analysis).spec;
}

/** The Tiering sheet and the layout it placed: tiers are contiguous rows because partners are in rank order and tiers follow rank in both modes. */
export function placeTieringSheet(analysis: Pick<Analysis, "tiering" | "expectations">): {
  spec: SheetSpec;
  layout: TieringLayout;
} {
  const b = new SheetBuilder("tiering");
  const partners = analysis.tiering.partners;
  const table = b.table({
    name: TIERING_TABLE,
    headers: TIERING_HEADERS,
    rows: partners.map((p, i) => tieringRow(p, analysis.expectations.partners[i])),
    numberFormats: COLUMNS.map((c) => c.format),
  });
  for (const [tier, style] of Object.entries(TIER_STYLES)) {
    b.conditional({ kind: "equals", range: table.column("Tier"), value: tier, style });
    b.conditional({
      kind: "equals",
      range: table.column("Previous tier"),
      value: tier,
      style: { fontColor: style.fontColor },
    });
  }
  b.conditional({
    kind: "equals",
    range: table.column("Investment flag"),
    value: "Over-invested",
    style: { fill: PALETTE.badFill, fontColor: PALETTE.bad },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Investment flag"),
    value: "Under-invested",
    style: { fill: PALETTE.warnFill, fontColor: PALETTE.warn },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Movement"),
    value: "Up",
    style: { fontColor: PALETTE.good, bold: true },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Movement"),
    value: "Down",
    style: { fontColor: PALETTE.bad, bold: true },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Movement"),
    value: "New",
    style: { fontColor: PALETTE.info, italic: true },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Expectations"),
    value: "Meets",
    style: { fill: PALETTE.goodFill, fontColor: PALETTE.good },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Expectations"),
    value: "Below",
    style: { fill: PALETTE.badFill, fontColor: PALETTE.bad, bold: true },
  });
  for (const text of FAILED_CHECK_TEXTS)
    b.conditional({
      kind: "equals",
      range: table.column("Failed checks"),
      value: text,
      style: { fontColor: PALETTE.bad },
    });
  b.conditional({
    kind: "colorScale",
    range: table.column("Composite"),
    min: PALETTE.heatLow,
    mid: PALETTE.heatMid,
    max: PALETTE.heatHigh,
  });
  b.minWidth(1, 24).minWidth(4, 12);
  b.freeze(1, 2);
  const tiers: TieringLayout["tiers"] = [];
  for (let start = 0; start < partners.length;) {
    const tier = partners[start]!.tier;
    let end = start;
    while (end < partners.length && partners[end]!.tier === tier) end++;
    tiers.push({ tier, rows: { ...table.data, row: table.data.row + start, rows: end - start } });
    start = end;
  }
  const layout: TieringLayout = {
    table: table.range,
    tiers,
    tierColumn: (tier, header) => {
      const span = tiers.find((t) => t.tier === tier);
      if (span === undefined) throw new Error(`No ${tier} partners on the Tiering sheet`);
      return { ...table.column(header), row: span.rows.row, rows: span.rows.rows };
    },
  };
  return { spec: b.build(), layout };
}

/** 0-based sheet column of a Tiering header, for charts that read the Tiering sheet. */
export function tieringColumn(header: string): number {
  const index = TIERING_HEADERS.indexOf(header);
  if (index < 0) throw new Error(`No Tiering column "${header}"`);
  return index;
}
