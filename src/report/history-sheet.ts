import type { Analysis } from "../engine/analyze";
import type { HistoryRow } from "../engine/history";
import { SheetBuilder } from "./sheet-builder";
import type { SheetSpec } from "./sheet-spec";
import { NUMBER_FORMATS as F, TIER_STYLES } from "./style";

export const HISTORY_TABLE = "PED_History";

/** This run's rows for the history: every partner with its tier, rank and composite. */
export function snapshotRows(analysis: Analysis): HistoryRow[] {
  return analysis.tiering.partners.map((p) => ({
    takenAt: analysis.runAt,
    partner: p.partner,
    tier: p.tier,
    rank: p.rank,
    composite: p.composite,
  }));
}

/**
 * The Tier History sheet: earlier runs' rows carried forward, then this run's. The next run
 * reads the latest snapshot from here to show tier movement.
 */
export function buildHistorySheet(analysis: Analysis): SheetSpec {
  const b = new SheetBuilder("history");
  const rows = [...analysis.history, ...snapshotRows(analysis)];
  const table = b.table({
    name: HISTORY_TABLE,
    headers: ["Taken at", "Partner", "Tier", "Rank", "Composite"],
    rows: rows.map((r) => [r.takenAt, r.partner, r.tier, r.rank, r.composite]),
    numberFormats: [null, null, null, F.integer, F.score],
  });
  for (const [tier, style] of Object.entries(TIER_STYLES)) b.conditional({ kind: "equals", range: table.column("Tier"), value: tier, style });
  b.minWidth(0, 22).minWidth(1, 24);
  b.freeze(1);
  return b.build();
}
