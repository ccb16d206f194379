import { messages } from "../ingest/messages";
import { valueKey } from "../ingest/lists";
import { dimensionRank } from "./dimensions";
import type { DraftActivity, MatrixDraft } from "./matrix";
import {
  type AssessedActivity,
  type Assignment,
  type DimensionFigures,
  type PartyFigures,
  RACI_LETTERS,
  type RaciLetter,
  type ResponsibilityFlag,
  type ResponsibilityStatus,
  type SectionFigures,
  type StatusCounts,
} from "./types";

/** "Involved in everything" needs at least this many activities to mean anything (SPEC §2.3). */
export const EVERYTHING_MIN_ACTIVITIES = 4;

/**
 * The flags of an activity from how many parties hold A and R (SPEC §2.3), in fixed order.
 * @example activityFlags(2, 0) // ["multiple-accountable", "no-responsible"]
 */
export function activityFlags(accountable: number, responsible: number): ResponsibilityFlag[] {
  const flags: ResponsibilityFlag[] = [];
  if (accountable === 0) flags.push("no-accountable");
  if (accountable > 1) flags.push("multiple-accountable");
  if (responsible === 0) flags.push("no-responsible");
  if (responsible > 1) flags.push("shared-responsibility");
  return flags;
}

/**
 * Status by precedence: Conflict (several accountable) > Gap (no one accountable or responsible)
 * > Warning (shared responsibility) > OK.
 * @example activityStatus(["no-responsible", "multiple-accountable"]) === "Conflict"
 */
export function activityStatus(flags: readonly ResponsibilityFlag[]): ResponsibilityStatus {
  if (flags.includes("multiple-accountable")) return "Conflict";
  if (flags.includes("no-accountable") || flags.includes("no-responsible")) return "Gap";
  if (flags.includes("shared-responsibility")) return "Warning";
  return "OK";
}

export function emptyCounts(): StatusCounts {
  return { Conflict: 0, Gap: 0, Warning: 0, OK: 0 };
}

/** Flags and status of every activity, in the order the activities were first seen. */
export function assessActivities(draft: MatrixDraft): AssessedActivity[] {
  return draft.activities.map((a) => assessActivity(a, draft));
}

function assessActivity(draft: DraftActivity, matrix: MatrixDraft): AssessedActivity {
  const assignments: Assignment[] = [];
  matrix.parties.forEach((party, index) => {
    const held = draft.letters.get(index);
    if (held !== undefined && held.size > 0)
      assignments.push({ party: party.name, letters: RACI_LETTERS.filter((l) => held.has(l)) });
  });
  const holding = (letter: RaciLetter) => assignments.filter((a) => a.letters.includes(letter)).map((a) => a.party);
  const accountable = holding("A");
  const responsible = holding("R");
  const flags = activityFlags(accountable.length, responsible.length);
  return {
    activity: draft.activity,
    dimension: draft.dimension,
    row: draft.row,
    section: draft.section,
    assignments,
    accountable,
    responsible,
    flags,
    status: activityStatus(flags),
  };
}

/**
 * Per-party counts of A, R, C, I and warnings. Every partner of the Partners table is listed:
 * one with no column or row in the matrix holds nothing, so it too has no owned responsibilities.
 */
export function partyFigures(draft: MatrixDraft, activities: readonly AssessedActivity[]): PartyFigures[] {
  const figures: PartyFigures[] = draft.parties.map((p) => ({
    party: p.name,
    isPartner: p.isPartner,
    inMatrix: true,
    accountable: 0,
    responsible: 0,
    consulted: 0,
    informed: 0,
    warnings: p.suggestion === null ? [] : [messages.partyWarnings.didYouMean(p.suggestion)],
  }));
  // Activities name only the matrix's parties: the partners appended below hold nothing.
  const byName = new Map<string, PartyFigures>();
  for (const f of figures) byName.set(f.party, f);
  const listed = new Set(figures.map((f) => valueKey(f.party)));
  const inMatrix = figures.length;
  // In no activity, they own nothing: their one warning is known now, and one list serves them
  // all (there is one such partner per row of a large Partners table).
  const ownsNothing = [messages.partyWarnings.noOwnedResponsibilities];
  draft.directory.forEachPartner((key, name) => {
    if (listed.has(key)) return;
    figures.push({
      party: name,
      isPartner: true,
      inMatrix: false,
      accountable: 0,
      responsible: 0,
      consulted: 0,
      informed: 0,
      warnings: ownsNothing,
    });
  });

  const involvement = new Map<string, number>();
  for (const activity of activities) {
    for (const { party, letters } of activity.assignments) {
      const f = byName.get(party);
      if (f === undefined) continue;
      involvement.set(party, (involvement.get(party) ?? 0) + 1);
      if (letters.includes("A")) f.accountable++;
      if (letters.includes("R")) f.responsible++;
      if (letters.includes("C")) f.consulted++;
      if (letters.includes("I")) f.informed++;
    }
  }
  // The partners appended above have their warning already.
  for (let i = 0; i < inMatrix; i++) {
    const f = figures[i] as PartyFigures;
    if (f.isPartner && f.accountable === 0 && f.responsible === 0)
      f.warnings.push(messages.partyWarnings.noOwnedResponsibilities);
    if (activities.length >= EVERYTHING_MIN_ACTIVITIES && involvement.get(f.party) === activities.length) {
      f.warnings.push(messages.partyWarnings.involvedInEverything);
    }
  }
  return figures;
}

/** Activities by status per dimension, in dimension display order. */
export function dimensionFigures(activities: readonly AssessedActivity[]): DimensionFigures[] {
  const rows = new Map<string, DimensionFigures & { firstSeen: number }>();
  for (const a of activities) {
    let row = rows.get(a.dimension);
    if (row === undefined) {
      row = { dimension: a.dimension, activities: 0, ...emptyCounts(), firstSeen: rows.size };
      rows.set(a.dimension, row);
    }
    row.activities++;
    row[a.status]++;
  }
  return [...rows.values()]
    .sort((x, y) => dimensionRank(x.dimension, x.firstSeen) - dimensionRank(y.dimension, y.firstSeen))
    .map(({ firstSeen: _, ...figures }) => figures);
}

/**
 * Activities by status per section, in the order sections are first seen; the activities
 * without a section are one entry (section null) where they first appear. Empty when no
 * activity has a section.
 */
export function sectionFigures(activities: readonly AssessedActivity[]): SectionFigures[] {
  if (activities.every((a) => a.section === null)) return [];
  const rows = new Map<string | null, SectionFigures>();
  for (const a of activities) {
    let row = rows.get(a.section);
    if (row === undefined) {
      row = { section: a.section, activities: 0, ...emptyCounts() };
      rows.set(a.section, row);
    }
    row.activities++;
    row[a.status]++;
  }
  return [...rows.values()];
}
