import { resolveColumns } from "../ingest/headers";
import { messages } from "../ingest/messages";
import { sortIssues } from "../ingest/order";
import type { Issue, RawCell, RawTable, Settings, SourceInfo } from "../model";
import { LONG_COLUMNS, type ResponsibilityField } from "./columns";
import { MatrixDraft } from "./matrix";
import { PartyDirectory } from "./parties";
import { readLongTable } from "./read-long";
import { readWideTable } from "./read-wide";
import type { PartyFigures, ResponsibilityResult } from "./types";
import { assessActivities, dimensionFigures, emptyCounts, partyFigures, sectionFigures } from "./validate";
import { matrixColumnSettings } from "./matrix-columns";

export * from "./types";
export { responsibilityDocument } from "./document";
export { formatLetters, parseLetters } from "./letters";
export { activityFlags, activityStatus } from "./validate";
export { type MatrixColumn, matrixColumnSettings, readMatrixColumns } from "./matrix-columns";

export interface ResponsibilityAssessment {
  /** Null without a Responsibilities table, or when it has no Activity column or no activities. */
  result: ResponsibilityResult | null;
  /** Problems in the table, sorted by cell. */
  issues: Issue[];
  /** Where the table came from, for the sources list; null without a table. */
  source: SourceInfo | null;
}

/**
 * Reads the Responsibilities table in either form and assesses it (SPEC §1, §2.3). Parties are
 * matched to `partnerNames` (the Partners table, in its order). Bad cells become issues.
 * @example
 * assessResponsibilities(table, ["Acme"], DEFAULT_SETTINGS).result?.activities[0]?.status // "OK"
 */
export function assessResponsibilities(
  table: RawTable | null,
  partnerNames: readonly string[],
  settings: Settings,
  /** `valueKey` of each partner name, when already worked out (`nameKeys[i]` for `partnerNames[i]`). */
  nameKeys?: readonly string[],
): ResponsibilityAssessment {
  if (table === null) return { result: null, issues: [], source: null };
  const issues: Issue[] = [];
  const { mapping, choices } = matrixColumnSettings(settings);
  const draft = new MatrixDraft(new PartyDirectory(partnerNames, nameKeys));
  const form = matrixForm(table.header, mapping);
  const ok =
    form === "long"
      ? readLongTable(table, mapping, choices, draft, issues)
      : readWideTable(table, mapping, choices, draft, issues);
  const source: SourceInfo = {
    input: "responsibilities",
    source: table.source,
    sheet: table.sheet,
    rows: draft.activities.length,
  };
  if (!ok) return { result: null, issues: sortIssues(issues), source };
  if (draft.activities.length === 0) {
    issues.push({ severity: "warning", sheet: table.sheet, cell: "", message: messages.noRows("Responsibilities") });
    return { result: null, issues: sortIssues(issues), source };
  }
  if (draft.parties.length === 0)
    issues.push({ severity: "warning", sheet: table.sheet, cell: "", message: messages.noParties() });

  const activities = assessActivities(draft);
  const parties = partyFigures(draft, activities);
  let unownedPartners = 0;
  for (let i = 0; i < parties.length; i++) {
    const p = parties[i] as PartyFigures;
    if (p.isPartner && p.accountable === 0 && p.responsible === 0) unownedPartners++;
  }
  const totals = { activities: activities.length, ...emptyCounts(), unownedPartners };
  for (const a of activities) totals[a.status]++;
  const result: ResponsibilityResult = {
    form,
    source: table.source,
    sheet: table.sheet,
    activities,
    parties,
    dimensions: dimensionFigures(activities),
    sections: sectionFigures(activities),
    totals,
  };
  return { result, issues: sortIssues(issues), source };
}

/**
 * The layout of a Responsibilities table: long when the header has both a Party and a Role
 * column; anything else is the wide matrix.
 * @example matrixForm(["Activity", "Party", "Role"], {}) === "long"
 */
export function matrixForm(
  header: readonly RawCell[],
  mapping: Partial<Record<ResponsibilityField, string>>,
): "wide" | "long" {
  const { columns } = resolveColumns([...header], LONG_COLUMNS, mapping);
  return columns.has("party") && columns.has("role") ? "long" : "wide";
}
