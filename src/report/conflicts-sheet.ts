import type { Analysis } from "../engine/analyze";
import type { ChannelConflict } from "../engine/conflicts";
import { HEAT } from "./coverage-styles";
import { grouped, listText } from "./style";
import { SheetBuilder, tableRow } from "./sheet-builder";
import type { CellValue, SheetSpec } from "./sheet-spec";

export const CONFLICTS_TABLE = "PED_Conflicts";

/** Jaccard scores as whole percentages: 0.667 reads 67%. */
export const SCORE_FORMAT = "0%";

/** Columns of the Conflicts table, in order (conflictRow reads each from a pair). */
const COLUMNS: { header: string; format: string | null }[] = [
  { header: "Partner A", format: null },
  { header: "Partner B", format: null },
  { header: "Score", format: SCORE_FORMAT },
  { header: "Shared capabilities", format: null },
  { header: "Shared segments", format: null },
  { header: "Shared regions", format: null },
  { header: "Shared roles", format: null },
];

export const CONFLICTS_HEADERS = COLUMNS.map((c) => c.header);

/**
 * Each list's cell text, made once per list. The engine shares one array between all the pairs
 * whose shared capabilities (or segments, regions, roles) are equal — a few thousand lists for
 * 5,000 rows on a dense portfolio — so the rows share their texts too instead of holding a
 * string each. One per column: an empty list reads differently in each.
 */
class ListTexts {
  private readonly texts = new Map<readonly string[], string | null>();

  constructor(private readonly empty: string | null = null) {}

  of(list: readonly string[]): string | null {
    let text = this.texts.get(list);
    if (text === undefined) {
      text = listText(list, this.empty);
      this.texts.set(list, text);
    }
    return text;
  }
}

/** The list columns' texts of one sheet's rows. */
interface ConflictTexts {
  capabilities: ListTexts;
  segments: ListTexts;
  regions: ListTexts;
  roles: ListTexts;
}

/** One pair's row, in COLUMNS' order (no closure call per cell). */
function conflictRow(c: ChannelConflict, texts: ConflictTexts): CellValue[] {
  return tableRow(
    c.partnerA,
    c.partnerB,
    c.score,
    texts.capabilities.of(c.sharedCapabilities),
    texts.segments.of(c.sharedSegments),
    texts.regions.of(c.sharedRegions),
    texts.roles.of(c.sharedRoles),
  );
}

/**
 * The sheet lists the strongest pairs only: past this, a list is no longer read (raise the
 * threshold to narrow it), and writing hundreds of thousands of rows would stall Excel; the
 * JSON output keeps every pair.
 */
export const MAX_CONFLICT_ROWS = 5_000;

/**
 * The Conflicts sheet (SPEC §2.5, §3): pairs of partners who share a segment, a region and a
 * go-to-market role, with capability overlap at or above the threshold, by score desc.
 */
export function buildConflictsSheet(analysis: Pick<Analysis, "conflicts" | "settings">): SheetSpec {
  const b = new SheetBuilder("conflicts");
  const threshold = `${Math.round(analysis.settings.conflictThreshold * 1000) / 10}%`;
  const rule = `Pairs sharing a segment, a region and Co-sell or Co-market, whose capabilities overlap (Jaccard) by at least ${threshold}.`;
  if (analysis.conflicts.length === 0) {
    b.title("Channel conflict", `No channel conflict. ${rule}`);
    return b.build();
  }
  const texts: ConflictTexts = {
    capabilities: new ListTexts(),
    segments: new ListTexts("All segments"),
    regions: new ListTexts("All regions"),
    roles: new ListTexts(),
  };
  const table = b.table({
    name: CONFLICTS_TABLE,
    headers: CONFLICTS_HEADERS,
    rows: analysis.conflicts.slice(0, MAX_CONFLICT_ROWS).map((c) => conflictRow(c, texts)),
    numberFormats: COLUMNS.map((c) => c.format),
  });
  b.conditional({ kind: "colorScale", range: table.column("Score"), ...HEAT });
  b.note(rule);
  if (analysis.conflicts.length > MAX_CONFLICT_ROWS) {
    const total = grouped(analysis.conflicts.length);
    b.note(
      `Showing the ${grouped(MAX_CONFLICT_ROWS)} strongest of ${total} pairs; raise the conflict threshold to narrow the list (the JSON output lists every pair).`,
    );
  }
  b.minWidth(0, 22).minWidth(1, 22).minWidth(3, 36);
  b.format(table.column("Shared capabilities"), { wrap: true });
  b.freeze(1, 2);
  return b.build();
}
