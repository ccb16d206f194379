import type { ColumnDef } from "../ingest/headers";

export type ResponsibilityField = "activity" | "dimension" | "party" | "role";

const ACTIVITY: ColumnDef<ResponsibilityField> = {
  field: "activity",
  label: "Activity",
  synonyms: [
    "Activities",
    "Activity Name",
    "Task",
    "Tasks",
    "Responsibility",
    "Responsibilities",
    "Deliverable",
    "Process Step",
    "Work Item",
  ],
  required: true,
};
const DIMENSION: ColumnDef<ResponsibilityField> = {
  field: "dimension",
  label: "Dimension",
  // Not "Category": SPEC §1 makes a Category column a section column.
  synonyms: ["Dimensions", "Area", "Type", "Domain", "Ownership", "Ownership Type", "Ownership Dimension"],
};

/** Wide form: Activity and Dimension; every other non-empty header is a party. */
export const WIDE_COLUMNS: readonly ColumnDef<ResponsibilityField>[] = [ACTIVITY, DIMENSION];

/** Long form: one row per activity and party. */
export const LONG_COLUMNS: readonly ColumnDef<ResponsibilityField>[] = [
  ACTIVITY,
  DIMENSION,
  {
    field: "party",
    label: "Party",
    synonyms: ["Parties", "Owner", "Who", "Stakeholder", "Party Name", "Assignee", "Team"],
  },
  {
    field: "role",
    label: "Role",
    synonyms: ["RACI", "RACI Role", "RACI Letter", "RACI Code", "Letter", "Letters", "Assignment"],
  },
];

/**
 * Headers of a section column (SPEC §1 "Matrices as analysts write them"): its value is the
 * activity's section, and it is never a party.
 */
export const SECTION_HEADERS: readonly string[] = [
  "Phase",
  "Phases",
  "Stage",
  "Stages",
  "Section",
  "Sections",
  "Category",
  "Categories",
  "Group",
  "Groups",
  "Workstream",
  "Workstreams",
  "Process",
  "Processes",
];

/** Note columns of SPEC §1: ignored with a note, never a party, whatever the partners are called. */
export const NOTE_HEADERS: readonly string[] = [
  "Notes",
  "Note",
  "Comments",
  "Comment",
  "Description",
  "Remarks",
  "Remark",
];

/**
 * Other headers of a wide table that are commentary, not parties: their cells hold words, which
 * would otherwise each be an error for not being a RACI letter. A partner of that name wins.
 */
export const NOT_PARTY_HEADERS: readonly string[] = ["Details", "ID", "No", "#", "Status", "Flags"];
