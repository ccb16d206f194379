import type { Analysis } from "../engine/analyze";
import type { LayerMixRow } from "../engine/coverage/types";
import { HEAT, uniqueHeaders } from "./coverage-styles";
import { SheetBuilder } from "./sheet-builder";
import type { SheetSpec } from "./sheet-spec";
import { NUMBER_FORMATS as F, PALETTE } from "./style";

export const JOURNEY_TABLE = "PED_Journey";
export const LAYER_MIX_TABLE = "PED_LayerMix";

const GAP_STYLE = { fill: PALETTE.badFill };

/**
 * The Journey sheet (SPEC §2.4, §3): a lifecycle stage × role heat map of partner counts, then
 * the layer mix (partners and revenue per Layer × Type).
 *
 * A cell no partner covers is written blank, not 0, and filled by a "blank" rule: Excel's colour
 * scales skip blank cells, so the gap fill shows undisturbed, and a blank rule means the same in
 * both writers, whereas an "equals 0" rule compares text with a number differently in each.
 */
export function buildJourneySheet(analysis: Pick<Analysis, "coverage">): SheetSpec {
  const { journey, layerMix } = analysis.coverage;
  const b = new SheetBuilder("journey");
  const roles = uniqueHeaders(["Lifecycle stage"], journey.roles);
  const matrix = b.table({
    name: JOURNEY_TABLE,
    headers: ["Lifecycle stage", ...roles],
    rows: journey.stages.map((stage, i) => [stage, ...roles.map((_, j) => journey.partners[i]?.[j] || null)]),
    numberFormats: [null, ...roles.map(() => F.integer)],
  });
  const counts = { ...matrix.data, col: matrix.data.col + 1, cols: roles.length };
  b.conditional({ kind: "colorScale", range: counts, ...HEAT });
  b.conditional({ kind: "blank", range: counts, style: GAP_STYLE });
  b.format(counts, { hAlign: "center" });
  b.note(
    `Blank cells are journey gaps: no partner covers that stage in that role (${journey.gaps.length} of ${journey.stages.length * roles.length}).`,
  );
  b.row += 1;
  roles.forEach((_, j) => b.minWidth(1 + j, 11));
  b.minWidth(0, 18);
  b.freeze(1, 1);

  b.section("Layer mix: partners and revenue per layer and type");
  const total = layerMix.reduce((t, r) => ({ partners: t.partners + r.partners, revenue: t.revenue + r.revenue }), {
    partners: 0,
    revenue: 0,
  });
  const mix = b.table({
    name: LAYER_MIX_TABLE,
    headers: ["Layer", "Type", "Partners", "Revenue", "Share of partners", "Share of revenue"],
    rows: layerMix.map((r) => layerRow(r, total)),
    numberFormats: [null, null, F.integer, F.money, F.percent, F.percent],
  });
  b.conditional({ kind: "colorScale", range: mix.column("Partners"), ...HEAT });
  b.conditional({ kind: "colorScale", range: mix.column("Revenue"), ...HEAT });
  return b.build();
}

function layerRow(r: LayerMixRow, total: { partners: number; revenue: number }): (string | number | null)[] {
  return [
    r.layer ?? "No layer",
    r.type || "No type",
    r.partners,
    r.revenue,
    total.partners === 0 ? null : r.partners / total.partners,
    total.revenue === 0 ? null : r.revenue / total.revenue,
  ];
}
