import {
  type AssessedActivity,
  formatLetters,
  type PartyFigures,
  RESPONSIBILITY_STATUSES,
  type ResponsibilityResult,
} from "../engine/responsibility";
import { FLAG_WORDS, letterFormats, STATUS_COLORS, STATUS_STYLES } from "./responsibility-styles";
import { type PlacedTable, SheetBuilder } from "./sheet-builder";
import type { CellRange, CellValue, SheetSpec } from "./sheet-spec";
import { grouped, listText, NUMBER_FORMATS as F } from "./style";

export const RESPONSIBILITIES_TABLE = "PED_Responsibilities";
export const RESPONSIBILITY_DIMENSIONS_TABLE = "PED_ResponsibilityDimensions";
export const RESPONSIBILITY_PARTIES_TABLE = "PED_ResponsibilityParties";

const FIXED_HEADERS = ["Activity", "Dimension", "Status", "Flags"];
/** The matrix's first column when the activities have sections. */
export const SECTION_HEADER = "Section";

/**
 * The Responsibilities sheet: the matrix (grouped under a Section column when activities have
 * sections; one column per party, letters coloured A strongest,
 * then R, C, I; status filled Conflict red, Gap amber, Warning yellow, OK green; flags in words),
 * activities by status per dimension with a stacked bar chart, and totals per party.
 */
export function buildResponsibilitiesSheet(result: ResponsibilityResult): SheetSpec {
  const b = new SheetBuilder("responsibilities");
  // One pass over the parties: with thousands of partners, most are not in the matrix. forEach,
  // not for…of: this runs once per report, mostly before V8 optimises it, and unoptimised
  // for…of makes an iterator result per party.
  const inMatrix: PartyFigures[] = [];
  const absent: string[] = [];
  result.parties.forEach((p) => {
    if (p.inMatrix) inMatrix.push(p);
    else absent.push(p.party);
  });
  const parties = inMatrix.map((p) => p.party);
  // With sections (SPEC §1), a Section column leads and activities are grouped under their
  // section: the matrix stays one Excel table that filters and sorts by it.
  const sectioned = result.sections.length > 0;
  const lead = sectioned ? 1 : 0;
  const partyHeaders = uniqueHeaders(parties, sectioned ? [SECTION_HEADER, ...FIXED_HEADERS] : FIXED_HEADERS);
  const inUse = new Set<string>();
  const rows: CellValue[][] = bySection(result).map((a) => {
    const letters = new Map(a.assignments.map((x) => [x.party, formatLetters(x.letters)]));
    for (const l of letters.values()) inUse.add(l);
    const flags = a.flags.map((f) => FLAG_WORDS[f]).join("; ");
    const row: CellValue[] = [
      a.activity,
      a.dimension,
      ...parties.map((p) => letters.get(p) ?? null),
      a.status,
      flags || null,
    ];
    return sectioned ? [a.section, ...row] : row;
  });
  const headers = ["Activity", "Dimension", ...partyHeaders, "Status", "Flags"];
  const matrix = b.table({
    name: RESPONSIBILITIES_TABLE,
    headers: sectioned ? [SECTION_HEADER, ...headers] : headers,
    rows,
  });
  const letterRange = { row: matrix.data.row, col: lead + 2, rows: matrix.data.rows, cols: parties.length };
  for (const rule of letterFormats(letterRange, inUse)) b.conditional(rule);
  b.format(letterRange, { hAlign: "center" });
  for (const status of RESPONSIBILITY_STATUSES) {
    b.conditional({ kind: "equals", range: matrix.column("Status"), value: status, style: STATUS_STYLES[status] });
  }
  parties.forEach((_, i) => b.minWidth(lead + 2 + i, 8));
  b.minWidth(lead, 30)
    .minWidth(lead + 1, 12)
    .minWidth(lead + 2 + parties.length, 10)
    .minWidth(lead + 3 + parties.length, 24);
  if (sectioned) b.format(matrix.column(SECTION_HEADER), { bold: true }).minWidth(0, 18);

  b.section("Activities by status per dimension");
  addStatusByDimension(b, result, {
    table: RESPONSIBILITY_DIMENSIONS_TABLE,
    chart: "ResponsibilityStatusByDimension",
    chartAnchor: (dims) => ({ row: dims.range.row, col: 8, rows: 14, cols: 7 }),
    xAxisTitle: "Dimension",
  });

  b.section("Totals per party");
  const totals = b.table({
    name: RESPONSIBILITY_PARTIES_TABLE,
    headers: ["Party", "Partner?", "A", "R", "C", "I", "Warnings"],
    rows: inMatrix.map((p) => [
      p.party,
      p.isPartner ? "Yes" : "No",
      p.accountable,
      p.responsible,
      p.consulted,
      p.informed,
      p.warnings.join("; ") || null,
    ]),
    numberFormats: [null, null, F.integer, F.integer, F.integer, F.integer, null],
  });
  b.format(totals.column("Warnings"), { wrap: true });
  // Partners absent from the matrix hold nothing; with thousands of partners a row each would
  // bury the parties that matter, so they are counted and named in a note (the JSON lists all).
  if (absent.length > 0) {
    const names = listText(absent, null, ABSENT_NAMES_SHOWN);
    const one = absent.length === 1;
    b.note(
      `${grouped(absent.length)} partner${one ? " is" : "s are"} not in the matrix and own${one ? "s" : ""} no responsibilities: ${names}.`,
    );
  }
  b.freeze(1, 1 + lead);
  return b.build();
}

/**
 * Activities grouped by section, sections in the order first seen (those without a section
 * form one group where they first appear), input order within each.
 */
function bySection(result: ResponsibilityResult): readonly AssessedActivity[] {
  if (result.sections.length === 0) return result.activities;
  const order = new Map(result.sections.map((s, i) => [s.section, i]));
  return result.activities
    .map((a, i) => ({ a, i, group: order.get(a.section) ?? 0 }))
    .sort((x, y) => x.group - y.group || x.i - y.i)
    .map((x) => x.a);
}

/**
 * Places the activities-by-status-per-dimension table at the builder's cursor and the stacked
 * bar chart over it; the Responsibilities sheet and the Summary both show it, each under its
 * own table and chart names.
 */
export function addStatusByDimension(
  b: SheetBuilder,
  result: Pick<ResponsibilityResult, "dimensions">,
  place: { table: string; chart: string; chartAnchor: (table: PlacedTable) => CellRange; xAxisTitle?: string },
): PlacedTable {
  const dims = b.table({
    name: place.table,
    headers: ["Dimension", ...RESPONSIBILITY_STATUSES],
    rows: result.dimensions.map((d) => [d.dimension, ...RESPONSIBILITY_STATUSES.map((s) => d[s])]),
    numberFormats: [null, F.integer, F.integer, F.integer, F.integer],
  });
  b.chart({
    name: place.chart,
    type: "barStacked",
    title: "Activities by status per dimension",
    anchor: place.chartAnchor(dims),
    series: RESPONSIBILITY_STATUSES.map((s) => ({
      name: s,
      categories: { range: dims.column("Dimension") },
      values: { range: dims.column(s) },
      color: STATUS_COLORS[s],
    })),
    ...(place.xAxisTitle === undefined ? {} : { xAxisTitle: place.xAxisTitle }),
    yAxisTitle: "Activities",
  });
  return dims;
}

/** Partners absent from the matrix named in the note before "… and N more". */
const ABSENT_NAMES_SHOWN = 25;

/**
 * Party names as table headers: Excel compares headers case-insensitively, so a party called
 * "Status" (or "activity") would clash with a fixed column; it is written "Status (party)".
 */
function uniqueHeaders(parties: string[], fixed: readonly string[]): string[] {
  const taken = new Set(fixed.map((h) => h.toLowerCase()));
  return parties.map((p) => {
    let header = p;
    for (let n = 1; taken.has(header.toLowerCase()); n++) header = n === 1 ? `${p} (party)` : `${p} (party ${n})`;
    taken.add(header.toLowerCase());
    return header;
  });
}
