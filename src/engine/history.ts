import { TableReader } from "./ingest/table-reader";
import type { ColumnDef } from "./ingest/headers";
import type { Issue, RawTable, Tier, TierSnapshot } from "./model";
import { TIERS } from "./model";
import { valueKey } from "./ingest/lists";

/** One saved row of the Tier History sheet. */
export interface HistoryRow {
  takenAt: string;
  partner: string;
  tier: Tier;
  rank: number | null;
  composite: number | null;
}

export const HISTORY_COLUMNS: readonly ColumnDef<"takenAt" | "partner" | "tier" | "rank" | "composite">[] = [
  { field: "takenAt", label: "Taken at", synonyms: ["Run", "Snapshot", "Date"], required: true },
  { field: "partner", label: "Partner", synonyms: [], required: true },
  { field: "tier", label: "Tier", synonyms: [], required: true },
  { field: "rank", label: "Rank", synonyms: [] },
  { field: "composite", label: "Composite", synonyms: [] },
];

/**
 * Reads the Tier History sheet written by earlier runs. Rows that cannot be read are skipped
 * with an issue: history only informs movement, so it never stops an analysis.
 */
export function readHistory(table: RawTable | null | undefined, issues: Issue[]): HistoryRow[] {
  if (!table) return [];
  const reader = new TableReader(table, HISTORY_COLUMNS, issues);
  if (!reader.has("takenAt") || !reader.has("partner") || !reader.has("tier")) {
    reader.report("warning", "", "The history sheet lacks Taken at, Partner or Tier columns; tier movement is not shown.");
    return [];
  }
  const rows: HistoryRow[] = [];
  for (const { index, cells } of reader.nonBlankRows()) {
    const takenAt = reader.text(cells, index, "takenAt");
    const partner = reader.text(cells, index, "partner");
    const tier = TIERS.find((t) => t.toLowerCase() === reader.text(cells, index, "tier").toLowerCase());
    if (takenAt === "" || partner === "" || tier === undefined) continue;
    rows.push({ takenAt, partner, tier, rank: reader.number(cells, index, "rank"), composite: reader.number(cells, index, "composite") });
  }
  return rows;
}

/**
 * The most recent snapshot in the history: the rows with the greatest "Taken at" (ISO text
 * sorts by time). Null when there is no history.
 */
export function latestSnapshot(rows: HistoryRow[]): TierSnapshot | null {
  let latest = "";
  for (const r of rows) if (r.takenAt > latest) latest = r.takenAt;
  if (latest === "") return null;
  // Built from entries so that a partner named "__proto__" is an ordinary key.
  const tiers: Record<string, Tier> = Object.fromEntries(rows.filter((r) => r.takenAt === latest).map((r) => [valueKey(r.partner), r.tier]));
  return { takenAt: latest, tiers };
}
