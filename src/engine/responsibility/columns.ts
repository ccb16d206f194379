import type { ColumnDef } from "../ingest/headers";

export type ResponsibilityField = "activity" | "dimension" | "party" | "role";

const ACTIVITY: ColumnDef<ResponsibilityField> = {
  field: "activity",
  label: "Activity",
  synonyms: ["Activities", "Activity Name", "Task", "Tasks", "Responsibility", "Responsibilities", "Deliverable", "Process Step", "Work Item"],
  required: true,
};
const DIMENSION: ColumnDef<ResponsibilityField> = {
  field: "dimension",
  label: "Dimension",
  synonyms: ["Dimensions", "Area", "Type", "Category", "Domain", "Ownership", "Ownership Type", "Ownership Dimension"],
};

/** Wide form: Activity and Dimension; every other non-empty header is a party. */
export const WIDE_COLUMNS: readonly ColumnDef<ResponsibilityField>[] = [ACTIVITY, DIMENSION];

/** Long form: one row per activity and party. */
export const LONG_COLUMNS: readonly ColumnDef<ResponsibilityField>[] = [
  ACTIVITY,
  DIMENSION,
  { field: "party", label: "Party", synonyms: ["Parties", "Owner", "Who", "Stakeholder", "Party Name", "Assignee", "Team"] },
  { field: "role", label: "Role", synonyms: ["RACI", "RACI Role", "RACI Letter", "RACI Code", "Letter", "Letters", "Assignment"] },
];

/**
 * Headers of a wide table that are commentary, not parties: their cells hold words, which
 * would otherwise each be an error for not being a RACI letter.
 */
export const NOT_PARTY_HEADERS: readonly string[] = ["Notes", "Note", "Comments", "Comment", "Description", "Details", "Remarks", "ID", "No", "#", "Status", "Flags"];
