import { TableReader } from "./ingest/table-reader";
import type { ColumnDef } from "./ingest/headers";
import { messages } from "./ingest/messages";
import type { Issue, RawTable, Tier, TierSnapshot } from "./model";
import { TIERS } from "./model";
import { valueKey } from "./ingest/lists";
import { isBlankCell } from "./ingest/values";

/** One saved row of the Tier History sheet. */
export interface HistoryRow {
  takenAt: string;
  partner: string;
  tier: Tier;
  rank: number | null;
  composite: number | null;
  /**
   * A second row for the same partner in one snapshot (SPEC §2.9): kept, so that rewriting the
   * Tier History loses nothing, but ignored by movement and evolution.
   */
  duplicate?: true;
}

export const HISTORY_COLUMNS: readonly ColumnDef<"takenAt" | "partner" | "tier" | "rank" | "composite">[] = [
  { field: "takenAt", label: "Taken at", synonyms: ["Run", "Snapshot", "Date"], required: true },
  { field: "partner", label: "Partner", synonyms: [], required: true },
  { field: "tier", label: "Tier", synonyms: [], required: true },
  { field: "rank", label: "Rank", synonyms: [] },
  { field: "composite", label: "Composite", synonyms: [] },
];

/** ISO 8601 date, optionally with a time and zone: text in this form sorts by time. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads the Tier History (the table PED_History, SPEC §2.9) written by earlier runs. A row with
 * a blank or unreadable Taken at, a blank Partner, or a Tier that is not Strategic, Focus, Scale
 * or Unscored is skipped with a warning at that cell; a second row for a partner in one
 * snapshot is a warning and marked `duplicate` (the first counts); a Strategic, Focus or Scale
 * row without a numeric Composite is a warning (it still counts for movement). History only
 * informs movement and evolution, so it never stops an analysis.
 * @example readHistory(rawTable(["Taken at", "Partner", "Tier"], [["2026-01-01", "Acme", "Focus"]]), issues)
 */
export function readHistory(table: RawTable | null | undefined, issues: Issue[]): HistoryRow[] {
  if (!table) return [];
  const reader = new TableReader(table, HISTORY_COLUMNS, issues);
  if (!reader.has("takenAt") || !reader.has("partner") || !reader.has("tier")) {
    reader.report("warning", "", messages.historyColumnsMissing());
    return [];
  }
  const rows: HistoryRow[] = [];
  /** Snapshot and matching name → data-row index of the first row with them, for the duplicate message. */
  const seen = new Map<string, number>();
  for (const { index, cells } of reader.nonBlankRows()) {
    // Error values are reported by text() itself; a blank needs its own warning.
    const required = (field: "takenAt" | "partner" | "tier"): string | null => {
      const text = reader.text(cells, index, field);
      if (text !== "") return text;
      if (isBlankCell(reader.raw(cells, field)))
        reader.report("warning", reader.address(index, field), messages.historyBlank(reader.label(field)));
      return null;
    };
    const takenAt = required("takenAt");
    if (takenAt === null) continue;
    if (!ISO_8601.test(takenAt)) {
      reader.report(
        "warning",
        reader.address(index, "takenAt"),
        messages.historyUnreadableDate(reader.label("takenAt"), takenAt),
      );
      continue;
    }
    const partner = required("partner");
    if (partner === null) continue;
    const written = required("tier");
    if (written === null) continue;
    const tier = TIERS.find((t) => t.toLowerCase() === written.toLowerCase());
    if (tier === undefined) {
      reader.report("warning", reader.address(index, "tier"), messages.historyUnknownTier(written));
      continue;
    }
    const row: HistoryRow = {
      takenAt,
      partner,
      tier,
      rank: reader.number(cells, index, "rank"),
      composite: reader.number(cells, index, "composite"),
    };
    const key = `${takenAt}\u0000${valueKey(partner)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const firstCell = reader.address(first, "partner");
      reader.report(
        "warning",
        reader.address(index, "partner"),
        messages.historyDuplicate(partner, takenAt, firstCell),
      );
      row.duplicate = true;
    } else {
      seen.set(key, index);
      // Without a Composite column at all, one warning for the table says it (below).
      if (
        tier !== "Unscored" &&
        reader.has("composite") &&
        row.composite === null &&
        isBlankCell(reader.raw(cells, "composite"))
      ) {
        reader.report(
          "warning",
          reader.address(index, "composite"),
          messages.historyNoComposite(reader.label("composite"), tier),
        );
      }
    }
    rows.push(row);
  }
  if (!reader.has("composite") && rows.length > 0) reader.report("warning", "", messages.historyNoCompositeColumn());
  return rows;
}

/** The rows that count: a partner's first row in each snapshot (SPEC §2.9). */
export function distinctHistory(rows: readonly HistoryRow[]): HistoryRow[] {
  return rows.filter((r) => r.duplicate !== true);
}

/**
 * The most recent snapshot in the history: the rows with the greatest "Taken at" (ISO text
 * sorts by time). Null when there is no history.
 */
export function latestSnapshot(rows: HistoryRow[]): TierSnapshot | null {
  let latest = "";
  for (const r of rows) if (r.takenAt > latest) latest = r.takenAt;
  if (latest === "") return null;
  // Built from entries so that a partner named "__proto__" is an ordinary key; duplicates are
  // left out so that a partner's first row in the snapshot is the one that counts.
  const entries = distinctHistory(rows)
    .filter((r) => r.takenAt === latest)
    .map((r) => [valueKey(r.partner), r.tier] as const);
  const tiers: Record<string, Tier> = Object.fromEntries(entries);
  return { takenAt: latest, tiers };
}
