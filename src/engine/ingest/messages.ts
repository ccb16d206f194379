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

export const messages = {
  tableMissing: (table: string) =>
    `No ${table} table found: add an Excel table or a sheet named "${table}" whose first row holds the headers.`,
  requiredColumnMissing: (table: string, label: string, found: string[]) =>
    `The ${table} table has no "${label}" column (headers found: ${found.filter((h) => h !== "").join(", ") || "none"}).`,
  noRows: (table: string) => `The ${table} table has no data rows.`,
  duplicateHeader: (label: string, header: string) =>
    `Column "${header}" is a second "${label}" column; the first one is used and this one is ignored.`,
  unknownHeaders: (headers: string[]) =>
    `Column${headers.length > 1 ? "s" : ""} ${headers.map((h) => `"${h}"`).join(", ")} ${headers.length > 1 ? "are" : "is"} not used by the analysis and ${headers.length > 1 ? "were" : "was"} ignored.`,
  missingName: (label: string) => `This row has data but no ${label}; the row is skipped.`,
  duplicateName: (label: string, name: string, firstCell: string) =>
    `${label} "${name}" appears again (first at ${firstCell}); this row is skipped.`,
  notANumber: (label: string, shown: string, reason: NotANumber) =>
    `${label} "${shown}" ${NOT_A_NUMBER[reason]}; the value is ignored.`,
  outOfScale: (label: string, value: number, max: number) =>
    `${label} ${value} is outside the 0–${max} scale; the value is ignored.`,
  negativeMoney: (label: string, value: number) => `${label} ${value} is negative; the value is ignored.`,
  errorValue: (label: string, code: string) =>
    code === UNCALCULATED
      ? `${label} holds a formula whose result was not saved with the file (open and save the workbook in Excel, then analyse again); the value is ignored.`
      : `${label} holds the Excel error ${code}; the value is ignored.`,
  unscored: (name: string, missing: string[]) =>
    `Partner "${name}" has no ${missing.join(", ")}: it is listed as Unscored and not tiered.`,
  unknownLayer: (value: string) =>
    `Layer "${value}" is not Core, Solution or Market; the layer is left empty.`,
  unknownRoles: (values: string[]) =>
    `Role${values.length > 1 ? "s" : ""} ${values.map((v) => `"${v}"`).join(", ")} ${values.length > 1 ? "are" : "is"} not one of Co-sell, Co-market, Integrate, Implement, Influence; kept as written.`,
  unknownStages: (values: string[]) =>
    `Lifecycle stage${values.length > 1 ? "s" : ""} ${values.map((v) => `"${v}"`).join(", ")} ${values.length > 1 ? "are" : "is"} not a standard stage (Awareness … Expansion); kept after the standard ones.`,
  emptyList: (label: string) => `${label} holds only separators; it is treated as empty.`,
  tooManyRows: (table: string, rows: number, limit: number) =>
    `The ${table} table has ${rows.toLocaleString("en-US")} rows; the add-in analyses at most ${limit.toLocaleString("en-US")}. Split the portfolio or filter it first.`,
  settingInvalid: (name: string, value: string, fallback: string) =>
    `Setting ${name} = ${value} is not valid; using ${fallback}.`,
  settingsUnreadable: (reason: string) => `The settings stored in the workbook could not be read (${reason}); defaults are used.`,
  settingsNewer: (version: number) =>
    `The settings stored in the workbook were written by a newer version (format ${version}); settings this version knows are used, the rest kept.`,
  // Responsibilities table (SPEC §1, §2.3, §2.9).
  notALetter: (party: string, shown: string) =>
    `${party}: "${shown}" is not R, A, C or I (alone or combined, e.g. A/R); the cell is ignored.`,
  unknownDimension: (value: string) =>
    `Dimension "${value}" is not Capability, Delivery, Relationship or Decision; kept as written.`,
  noParties: () =>
    `The Responsibilities table names no party: add one column per party (wide form) or Party and Role columns (long form). Every activity is a Gap until someone holds A and R.`,
  roleWithoutParty: (shown: string) => `Role "${shown}" has no Party on this row; the row's letters are ignored.`,
  duplicateParty: (party: string) => `${party} has a second column; the letters of both columns are merged.`,
  partyLooksLikePartner: (party: string, partner: string) =>
    `"${party}" is not a partner, so it is read as an internal party; did you mean "${partner}"?`,
  /** Per-party warnings shown beside the party's totals (SPEC §2.3). */
  partyWarnings: {
    noOwnedResponsibilities: "no owned responsibilities",
    involvedInEverything: "involved in everything",
    didYouMean: (partner: string) => `did you mean "${partner}"?`,
  },
  // Capabilities and Maturity tables (SPEC §1, §2.9).
  badWholeNumber: (label: string, shown: string, lo: number, hi: number, fallback: number) =>
    `${label} "${shown}" is not a whole number ${hi >= Number.MAX_SAFE_INTEGER ? `of at least ${lo}` : `from ${lo} to ${hi}`}; the default ${fallback} is used.`,
  badChoice: (label: string, shown: string, allowed: readonly string[], fallback: string) =>
    `${label} "${shown}" is not one of ${allowed.join(", ")}; the default ${fallback} is used.`,
  minAboveMax: (capability: string, min: number, max: number) =>
    `Capability "${capability}" has Min ${min} above Max ${max}: a market cell with enough providers is also duplicated. Both are kept as written.`,
  noCapabilityRows: () =>
    `The Capabilities table has no usable rows; the required capabilities are every capability the partners list, with default settings.`,
  unknownPillar: (value: string) =>
    `Pillar "${value}" is not one of Strategy, People, Process, Technology, Customer, Results; kept after the standard ones.`,
  pillarsMissing: (pillars: readonly string[]) =>
    `The Maturity table has no row for ${pillars.join(", ")}; ${pillars.length > 1 ? "they are" : "it is"} shown without a score.`,
  badLevel: (label: string, shown: string) => `${label} "${shown}" is not a number from 1 to 5; the cell is left empty.`,
} as const;
