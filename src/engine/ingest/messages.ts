/**
 * Every message the engine shows about the user's data, in one place, so that wording stays
 * consistent and can be reviewed (and one day translated) together.
 */
import { type NotANumber, UNCALCULATED } from "./values";

const NOT_A_NUMBER: Record<NotANumber, string> = {
  text: "is not a number",
  boolean: "is TRUE/FALSE, not a number",
  date: "is a date, not a number",
  error: "is an Excel error value",
};

/** Longest piece of the user's text quoted in a message: a 32,767-character cell stays readable. */
const QUOTE_LIMIT = 120;
/** Most items of a list named in one message. */
const LIST_LIMIT = 10;

/** The user's text as a message quotes it: long text is cut, with an ellipsis. */
const q = (text: string) => (text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text);

/** Quoted items, the first ten of them, then how many more. */
const quotedList = (items: readonly string[], quote = true) => {
  const shown = items.slice(0, LIST_LIMIT).map((i) => (quote ? `"${q(i)}"` : q(i)));
  return items.length > LIST_LIMIT ? `${shown.join(", ")} and ${items.length - LIST_LIMIT} more` : shown.join(", ");
};

export const messages = {
  tableMissing: (table: string) =>
    `No ${table} table found: add an Excel table or a sheet named "${table}" whose first row holds the headers.`,
  requiredColumnMissing: (table: string, label: string, found: string[]) =>
    `The ${table} table has no "${label}" column (headers found: ${
      quotedList(
        found.filter((h) => h !== ""),
        false,
      ) || "none"
    }).`,
  noRows: (table: string) => `The ${table} table has no data rows.`,
  noNamedRows: (table: string, label: string, rows: number, column: string) =>
    `The ${table} table has ${rows.toLocaleString("en-US")} row${rows === 1 ? "" : "s"} with data but no ${q(label)} in any of them (column ${column}): fill in the ${q(label)} column.`,
  duplicateHeader: (label: string, header: string) =>
    `Column "${q(header)}" is a second "${label}" column; the first one is used and this one is ignored.`,
  unknownHeaders: (headers: string[]) =>
    `Column${headers.length > 1 ? "s" : ""} ${quotedList(headers)} ${headers.length > 1 ? "are" : "is"} not used by the analysis and ${headers.length > 1 ? "were" : "was"} ignored.`,
  missingName: (label: string) => `This row has data but no ${q(label)}; the row is skipped.`,
  duplicateName: (label: string, name: string, firstCell: string) =>
    `${q(label)} "${q(name)}" appears again (first at ${firstCell}); this row is skipped.`,
  notANumber: (label: string, shown: string, reason: NotANumber) =>
    `${q(label)} "${q(shown)}" ${NOT_A_NUMBER[reason]}; the value is ignored.`,
  outOfScale: (label: string, value: number, max: number) =>
    `${q(label)} ${value} is outside the 0–${max} scale; the value is ignored.`,
  negativeMoney: (label: string, value: number) => `${q(label)} ${value} is negative; the value is ignored.`,
  errorValue: (label: string, code: string) =>
    code === UNCALCULATED
      ? `${q(label)} holds a formula whose result was not saved with the file (open and save the workbook in Excel, then analyse again); the value is ignored.`
      : `${q(label)} holds the Excel error ${code}; the value is ignored.`,
  unscored: (name: string, missing: string[]) =>
    `Partner "${q(name)}" has no ${missing.map(q).join(", ")}: it is listed as Unscored and not tiered.`,
  unknownLayer: (value: string) => `Layer "${q(value)}" is not Core, Solution or Market; the layer is left empty.`,
  unknownRoles: (values: string[]) =>
    `Role${values.length > 1 ? "s" : ""} ${quotedList(values)} ${values.length > 1 ? "are" : "is"} not one of Co-sell, Co-market, Integrate, Implement, Influence; kept as written.`,
  unknownStages: (values: string[]) =>
    `Lifecycle stage${values.length > 1 ? "s" : ""} ${quotedList(values)} ${values.length > 1 ? "are" : "is"} not a standard stage (Awareness … Expansion); kept after the standard ones.`,
  emptyList: (label: string) => `${q(label)} holds only separators; it is treated as empty.`,
  tooManyRows: (table: string, rows: number, limit: number) =>
    `The ${table} table has ${rows.toLocaleString("en-US")} rows; the add-in analyses at most ${limit.toLocaleString("en-US")}. Split the portfolio or filter it first.`,
  conflictsStopped: (limit: number, threshold: number) =>
    `Channel conflict stopped after finding more than ${limit.toLocaleString("en-US")} pairs at or above the conflict threshold ${threshold} (the limit that keeps memory safe), so no pairs are listed. Narrow it: raise the conflict threshold, analyse fewer markets (Segments, Regions) at a time, or fewer partners with Co-sell or Co-market.`,
  settingInvalid: (name: string, value: string, fallback: string) =>
    `Setting ${q(name)} = ${q(value)} is not valid; using ${fallback}.`,
  settingsUnreadable: (reason: string) =>
    `The settings stored in the workbook could not be read (${reason}); defaults are used.`,
  settingsNewer: (version: number) =>
    `The settings stored in the workbook were written by a newer version (format ${version}); settings this version knows are used, the rest kept.`,
  // Responsibilities table (SPEC §1, §2.3, §2.9).
  notALetter: (party: string, shown: string) =>
    `${q(party)}: "${q(shown)}" is not R, A, C or I (alone or combined, e.g. A/R); the cell is ignored.`,
  unknownDimension: (value: string) =>
    `Dimension "${q(value)}" is not Capability, Delivery, Relationship or Decision; kept as written.`,
  noParties: () =>
    `The Responsibilities table names no party: add one column per party (wide form) or Party and Role columns (long form). Every activity is a Gap until someone holds A and R.`,
  roleWithoutParty: (shown: string) => `Role "${q(shown)}" has no Party on this row; the row's letters are ignored.`,
  legendRow: (label: string) => `This row has no ${q(label)}: it is read as a legend or footnote and skipped.`,
  secondSectionColumn: (header: string, section: string) =>
    `Column "${q(header)}" is a second section column; sections come from "${q(section)}" and this column is ignored.`,
  duplicateParty: (party: string) => `${q(party)} has a second column; the letters of both columns are merged.`,
  partyLooksLikePartner: (party: string, partner: string) =>
    `"${q(party)}" is not a partner, so it is read as an internal party; did you mean "${q(partner)}"?`,
  /** Per-party warnings shown beside the party's totals (SPEC §2.3). */
  partyWarnings: {
    noOwnedResponsibilities: "no owned responsibilities",
    involvedInEverything: "involved in everything",
    didYouMean: (partner: string) => `did you mean "${partner}"?`,
  },
  // Capabilities and Maturity tables (SPEC §1, §2.9).
  badWholeNumber: (label: string, shown: string, lo: number, hi: number, fallback: number) =>
    `${q(label)} "${q(shown)}" is not a whole number ${hi >= Number.MAX_SAFE_INTEGER ? `of at least ${lo}` : `from ${lo} to ${hi}`}; the default ${fallback} is used.`,
  badChoice: (label: string, shown: string, allowed: readonly string[], fallback: string) =>
    `${q(label)} "${q(shown)}" is not one of ${allowed.join(", ")}; the default ${fallback} is used.`,
  minAboveMax: (capability: string, min: number, max: number) =>
    `Capability "${q(capability)}" has Min ${min} above Max ${max}: a market cell with enough providers is also duplicated. Both are kept as written.`,
  noCapabilityRows: () =>
    `The Capabilities table has no usable rows; the required capabilities are every capability the partners list, with default settings.`,
  unknownPillar: (value: string) =>
    `Pillar "${q(value)}" is not one of Strategy, People, Process, Technology, Customer, Results; kept after the standard ones.`,
  pillarsMissing: (pillars: readonly string[]) =>
    `The Maturity table has no row for ${pillars.join(", ")}; ${pillars.length > 1 ? "they are" : "it is"} shown without a score.`,
  badLevel: (label: string, shown: string) =>
    `${q(label)} "${q(shown)}" is not a number from 1 to 5; the cell is left empty.`,
  // Expectations table (SPEC §2.10).
  unknownExpectationTier: (value: string) => `Tier "${q(value)}" is not Strategic, Focus or Scale; the row is ignored.`,
  // Tier History (SPEC §2.9, §2.12): the table PED_History, written by earlier runs.
  historyColumnsMissing: () =>
    "The Tier History lacks Taken at, Partner or Tier columns; tier movement and evolution are not shown.",
  historyBlank: (label: string) => `This Tier History row has no ${q(label)}; the row is skipped.`,
  historyUnreadableDate: (label: string, shown: string) =>
    `${q(label)} "${q(shown)}" is not an ISO 8601 date and time (e.g. 2026-03-01T09:00:00Z); the row is skipped.`,
  historyUnknownTier: (shown: string) =>
    `Tier "${q(shown)}" is not Strategic, Focus, Scale or Unscored; the row is skipped.`,
  historyDuplicate: (partner: string, takenAt: string, firstCell: string) =>
    `"${q(partner)}" appears again in the snapshot taken at ${q(takenAt)} (first at ${firstCell}); this row is ignored.`,
  historyNoCompositeColumn: () => "The Tier History has no Composite column; tier movement is shown, evolution is not.",
  historyNoComposite: (label: string, tier: string) =>
    `This ${tier} row has no ${q(label)}; it counts for movement but is not a point of evolution.`,
} as const;
