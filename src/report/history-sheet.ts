import type { Analysis } from "../engine/analyze";
import type { HistoryRow } from "../engine/history";
import { SheetBuilder, tableRow } from "./sheet-builder";
import type { CellValue, SheetSpec } from "./sheet-spec";
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
 * Tier History cap (README "Tier History"): at most this many snapshots, and at most
 * HISTORY_MAX_ROWS rows (Excel has 1,048,576). A run that would go past either keeps the
 * newest HISTORY_KEPT_ON_TRIM earlier snapshots and rewrites the sheet; every other run only
 * appends its own snapshot. So the sheet is rewritten about once every 12 runs, and the newest
 * snapshots (tier movement reads the last one, Evolution the last four) are always kept.
 */
export const HISTORY_MAX_SNAPSHOTS = 24;
export const HISTORY_KEPT_ON_TRIM = 12;
export const HISTORY_MAX_ROWS = 500_000;

/** Earlier rows to keep: all of them, or the newest snapshots when the cap would be passed. */
export function keptHistory(earlier: HistoryRow[], adding: number): { rows: HistoryRow[]; trimmed: boolean } {
  const order: string[] = [];
  const sizes = new Map<string, number>();
  for (const r of earlier) {
    if (!sizes.has(r.takenAt)) order.push(r.takenAt);
    sizes.set(r.takenAt, (sizes.get(r.takenAt) ?? 0) + 1);
  }
  if (order.length + 1 <= HISTORY_MAX_SNAPSHOTS && earlier.length + adding <= HISTORY_MAX_ROWS)
    return { rows: earlier, trimmed: false };
  // Newest first (ISO text sorts by time), within both caps.
  const newest = [...order].sort().reverse();
  const keep = new Set<string>();
  let rows = adding;
  for (const t of newest) {
    const n = sizes.get(t) ?? 0;
    if (keep.size >= HISTORY_KEPT_ON_TRIM || rows + n > HISTORY_MAX_ROWS / 2) break;
    keep.add(t);
    rows += n;
  }
  return { rows: earlier.filter((r) => keep.has(r.takenAt)), trimmed: true };
}

/**
 * The Tier History sheet: earlier runs' rows carried forward (within the cap above), then this
 * run's. The next run reads the latest snapshot from here to show tier movement. When nothing
 * was trimmed the spec says so (`appendAfter`): the Excel writer then adds only this run's rows.
 */
export function buildHistorySheet(analysis: Analysis): SheetSpec {
  const b = new SheetBuilder("history");
  // This run's rows are snapshotRows(analysis), made straight into cells (no object per partner).
  const partners = analysis.tiering.partners;
  const earlier = keptHistory(analysis.history, partners.length);
  const rows: CellValue[][] = new Array<CellValue[]>(earlier.rows.length + partners.length);
  let n = 0;
  // Indexed loops, as on the other sheets: run once per report, unoptimised, for…of makes an
  // iterator result per row.
  for (let i = 0; i < earlier.rows.length; i++) {
    const r = earlier.rows[i] as HistoryRow;
    rows[n++] = tableRow(r.takenAt, r.partner, r.tier, r.rank, r.composite);
  }
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as (typeof partners)[number];
    rows[n++] = tableRow(analysis.runAt, p.partner, p.tier, p.rank, p.composite);
  }
  const table = b.table({
    name: HISTORY_TABLE,
    headers: ["Taken at", "Partner", "Tier", "Rank", "Composite"],
    rows,
    numberFormats: [null, null, null, F.integer, F.score],
  });
  for (const [tier, style] of Object.entries(TIER_STYLES))
    b.conditional({ kind: "equals", range: table.column("Tier"), value: tier, style });
  b.minWidth(0, 22).minWidth(1, 24);
  b.freeze(1);
  const spec = b.build();
  return earlier.trimmed ? spec : { ...spec, appendAfter: { keptRows: earlier.rows.length } };
}
