/**
 * The responsibility matrix (SPEC §1 Responsibilities, §2.3): who is Responsible, Accountable,
 * Consulted or Informed for each activity, and what that says about gaps and conflicts.
 */

/** A RACI letter. */
export type RaciLetter = "R" | "A" | "C" | "I";

/** The letters from strongest to weakest: the order combined letters are written in ("A/R"). */
export const RACI_LETTERS: readonly RaciLetter[] = ["A", "R", "C", "I"];

/** The standard dimensions of ownership, in display order. */
export const STANDARD_DIMENSIONS = ["Capability", "Delivery", "Relationship", "Decision"] as const;
export type StandardDimension = (typeof STANDARD_DIMENSIONS)[number];

/** The dimension of an activity whose Dimension cell is blank (or that has no Dimension column). */
export const UNSPECIFIED_DIMENSION = "Unspecified";

/** What can be wrong with an activity, in the order flags are listed. */
export type ResponsibilityFlag = "no-accountable" | "multiple-accountable" | "no-responsible" | "shared-responsibility";
export const RESPONSIBILITY_FLAGS: readonly ResponsibilityFlag[] = [
  "no-accountable",
  "multiple-accountable",
  "no-responsible",
  "shared-responsibility",
];

/** Status of an activity, by precedence: Conflict > Gap > Warning > OK. */
export type ResponsibilityStatus = "Conflict" | "Gap" | "Warning" | "OK";
export const RESPONSIBILITY_STATUSES: readonly ResponsibilityStatus[] = ["Conflict", "Gap", "Warning", "OK"];

export type StatusCounts = Record<ResponsibilityStatus, number>;

/** The letters one party holds for one activity. */
export interface Assignment {
  party: string;
  /** Strongest first (A, R, C, I), without repeats; never empty. */
  letters: RaciLetter[];
}

/** One activity of the matrix, assessed. */
export interface AssessedActivity {
  /** First spelling seen. */
  activity: string;
  /** A standard dimension, the text as written for an unknown one, or "Unspecified". */
  dimension: string;
  /** 1-based sheet row where the activity first appears. */
  row: number;
  /**
   * The section it belongs to (SPEC §1 "Matrices as analysts write them"): the section column's
   * value, else the heading row above it, else null. First spelling seen.
   */
  section: string | null;
  /** Parties holding at least one letter, in matrix party order. */
  assignments: Assignment[];
  /** Parties holding A, then those holding R (A/R counts for both). */
  accountable: string[];
  responsible: string[];
  flags: ResponsibilityFlag[];
  status: ResponsibilityStatus;
}

/** One party's figures across the whole matrix. */
export interface PartyFigures {
  /** The partner's spelling from the Partners table, or the internal party as first written. */
  party: string;
  isPartner: boolean;
  /** False for a partner of the Partners table that has no column (wide) or row (long). */
  inMatrix: boolean;
  /** Number of activities where the party holds A, R, C, I. */
  accountable: number;
  responsible: number;
  consulted: number;
  informed: number;
  /**
   * In words: "no owned responsibilities", "involved in everything", "did you mean …?". The
   * partners outside the matrix share one list: read it, don't change it.
   */
  warnings: string[];
}

/** Activities by status in one dimension. */
export interface DimensionFigures extends StatusCounts {
  dimension: string;
  activities: number;
}

/** Activities by status in one section; `section` null gathers the activities without one. */
export interface SectionFigures extends StatusCounts {
  section: string | null;
  activities: number;
}

/** The assessed responsibility matrix. */
export interface ResponsibilityResult {
  /** Which layout the table was read in. */
  form: "wide" | "long";
  source: string;
  sheet: string;
  /** In the order first seen in the table. */
  activities: AssessedActivity[];
  /** The parties of the matrix in the order first seen (wide: column order), then partners absent from it. */
  parties: PartyFigures[];
  /** Dimensions with at least one activity: the standard ones in order, others as first seen, Unspecified last. */
  dimensions: DimensionFigures[];
  /** Sections in the order first seen; empty when no activity has a section. */
  sections: SectionFigures[];
  /** Activities by status, and the partners that are neither Accountable nor Responsible for any activity. */
  totals: StatusCounts & { activities: number; unownedPartners: number };
}
