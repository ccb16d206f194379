import { readExpectations } from "../../engine/ingest/expectations";
import { readNumber } from "../../engine/ingest/values";
import { DEFAULT_SETTINGS, type RawTable, SCORED_TIERS, type ScoredTier } from "../../engine/model";
import type { ExpectationRow } from "../../report/expectations-template";

/** The three amounts of a tier, as typed ("" = no check). */
export type ExpectationField = "minPipeline" | "minRevenue" | "maxInvestment";
export type ExpectationsDraft = Record<ScoredTier, Record<ExpectationField, string>>;

export const EXPECTATION_FIELDS: readonly ExpectationField[] = ["minPipeline", "minRevenue", "maxInvestment"];
export const EXPECTATION_LABELS: Record<ExpectationField, string> = {
  minPipeline: "min pipeline",
  minRevenue: "min revenue",
  maxInvestment: "max investment",
};

/**
 * The editor's starting point: the workbook's Expectations table as read (its usable rows), or
 * blanks without one.
 * @example draftFromTable(null).Strategic.minRevenue === ""
 */
export function draftFromTable(table: RawTable | null | undefined): ExpectationsDraft {
  const draft = Object.fromEntries(
    SCORED_TIERS.map((t) => [t, { minPipeline: "", minRevenue: "", maxInvestment: "" }]),
  ) as ExpectationsDraft;
  for (const row of readExpectations(table ?? null, DEFAULT_SETTINGS, [], []) ?? []) {
    for (const f of EXPECTATION_FIELDS) draft[row.tier][f] = row[f] === null ? "" : String(row[f]);
  }
  return draft;
}

/** Why a typed amount is refused, or null when it is blank or a number ≥ 0 (SPEC §2.9). */
export function amountProblem(text: string): string | null {
  if (text.trim() === "") return null;
  const reading = readNumber(text);
  if (!reading.ok) return "Not a number (digits only, no thousands separators or currency).";
  return reading.value < 0 ? "Must be 0 or more." : null;
}

/**
 * The rows to write and to preview with, or null while any amount is refused.
 * @example draftRows(draftFromTable(null))?.[0] // { tier: "Strategic", minPipeline: null, minRevenue: null, maxInvestment: null }
 */
export function draftRows(draft: ExpectationsDraft): ExpectationRow[] | null {
  const rows: ExpectationRow[] = [];
  for (const tier of SCORED_TIERS) {
    const amounts = EXPECTATION_FIELDS.map((f) => draft[tier][f]);
    if (amounts.some((a) => amountProblem(a) !== null)) return null;
    const [minPipeline, minRevenue, maxInvestment] = amounts.map((a) => (a.trim() === "" ? null : Number(a.trim())));
    rows.push({
      tier,
      minPipeline: minPipeline ?? null,
      minRevenue: minRevenue ?? null,
      maxInvestment: maxInvestment ?? null,
    });
  }
  return rows;
}
