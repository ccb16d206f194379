import {
  type Issue,
  type RawTable,
  type ScoredTier,
  SCORED_TIERS,
  type Settings,
  type SourceInfo,
  type TierExpectation,
} from "../model";
import type { ColumnDef } from "./headers";
import { messages } from "./messages";
import { TableReader } from "./table-reader";
import { isBlankCell } from "./values";

export type ExpectationField = "tier" | "minPipeline" | "minRevenue" | "maxInvestment";

export const EXPECTATION_COLUMNS: readonly ColumnDef<ExpectationField>[] = [
  { field: "tier", label: "Tier", synonyms: ["Partner Tier", "Level"], required: true },
  {
    field: "minPipeline",
    label: "Min Pipeline",
    synonyms: ["Minimum Pipeline", "Pipeline Min", "Pipeline Target", "Expected Pipeline"],
  },
  {
    field: "minRevenue",
    label: "Min Revenue",
    synonyms: ["Minimum Revenue", "Revenue Min", "Revenue Target", "Expected Revenue"],
  },
  {
    field: "maxInvestment",
    label: "Max Investment",
    synonyms: ["Maximum Investment", "Investment Cap", "Max Spend", "Investment Max"],
  },
];

/** The three number columns, in the order of their checks (SPEC §2.10). */
const NUMBER_FIELDS = ["minPipeline", "minRevenue", "maxInvestment"] as const;

/**
 * Reads the optional Expectations table (SPEC §1, §2.10, §2.9): one row per tier (Strategic,
 * Focus or Scale, any case). A blank number cell means no check. An unknown tier, a repeated
 * tier or a bad number (text, a negative amount, an error value) is an issue at that cell and
 * is ignored — the rest of the row still counts. Null without a table, or without a Tier column.
 * @example readExpectations(rawTable(["Tier", "Min Revenue"], [["Strategic", 1e6]]), settings, issues, sources)
 *   // [{ tier: "Strategic", row: 2, minPipeline: null, minRevenue: 1000000, maxInvestment: null }]
 */
export function readExpectations(
  table: RawTable | null,
  settings: Settings,
  issues: Issue[],
  sources: SourceInfo[],
): TierExpectation[] | null {
  if (table === null) return null;
  const mapping = (settings.columnMapping.expectations ?? {}) as Partial<Record<ExpectationField, string>>;
  const reader = new TableReader<ExpectationField>(table, EXPECTATION_COLUMNS, issues, mapping);
  if (!reader.has("tier")) {
    reader.report("error", "", messages.requiredColumnMissing("Expectations", "Tier", reader.headers));
    return null;
  }
  const rows: TierExpectation[] = [];
  const firstSeen = new Map<ScoredTier, string>();
  const label = reader.label("tier");
  for (const { index, cells } of reader.nonBlankRows()) {
    const written = reader.text(cells, index, "tier");
    const at = reader.address(index, "tier");
    if (written === "" && isBlankCell(reader.raw(cells, "tier"))) {
      reader.report("error", at, messages.missingName(label));
      continue;
    }
    const tier = SCORED_TIERS.find((t) => t.toLowerCase() === written.replace(/\s+/g, " ").toLowerCase());
    if (tier === undefined) {
      // An error value was reported by text(); anything else names no tier.
      if (written !== "") reader.report("error", at, messages.unknownExpectationTier(written));
      continue;
    }
    const first = firstSeen.get(tier);
    if (first !== undefined) {
      reader.report("error", at, messages.duplicateName(label, tier, first));
      continue;
    }
    firstSeen.set(tier, at);
    // An amount ≥ 0, or null: blank silently; text, dates, error values and negative amounts
    // with an error at the cell (SPEC §2.9: a negative one is a bad number).
    const [minPipeline, minRevenue, maxInvestment] = NUMBER_FIELDS.map((f) =>
      reader.number(cells, index, f, { min: 0 }),
    );
    rows.push({
      tier,
      row: reader.sheetRow(index),
      minPipeline: minPipeline ?? null,
      minRevenue: minRevenue ?? null,
      maxInvestment: maxInvestment ?? null,
    });
  }
  sources.push({ input: "expectations", source: table.source, sheet: table.sheet, rows: rows.length });
  return rows;
}
