import { valueKey } from "../engine/ingest/lists";
import { letterFormats } from "./responsibility-styles";
import { SheetBuilder } from "./sheet-builder";
import type { SheetSpec } from "./sheet-spec";
import { SUBTITLE_STYLE } from "./style";

/**
 * The name of the template's Excel table: the Responsibilities input is found by this name
 * (SPEC §1), so the filled-in template is read without any mapping.
 */
export const TEMPLATE_TABLE = "Responsibilities";

/** The standard activities, grouped by dimension (issue 3; SPEC dimension order). */
export const STANDARD_ACTIVITIES: readonly (readonly [activity: string, dimension: string])[] = [
  ["Feature development", "Capability"],
  ["Integration maintenance", "Capability"],
  ["Pre-sales technical consultation", "Delivery"],
  ["Implementation", "Delivery"],
  ["Ongoing support", "Delivery"],
  ["Renewals", "Delivery"],
  ["Partnership management and QBRs", "Relationship"],
  ["Roadmap change approval", "Decision"],
  ["Marketing material approval", "Decision"],
  ["Engaging extra resources on escalation", "Decision"],
];

/** Offered in the drop-down; other combinations may be typed (the reader accepts any). */
export const TEMPLATE_LETTERS = ["A", "R", "C", "I", "A/R"];

/** Width of each party column (characters); longer names show in the cell and the formula bar. */
const PARTY_COLUMN_WIDTH = 14;

/** Excel has 16,384 columns: Activity, Dimension, a gap and the note take four. */
const MAX_PARTIES = 16_384 - 4;

const NOTE = [
  "How to fill in: one cell per activity and party.",
  "R = Responsible (does the work) · A = Accountable (owns the outcome; exactly one per activity) · C = Consulted · I = Informed.",
  "Combine letters with a slash (A/R); leave a cell blank when the party plays no part.",
  "Add rows for your own activities; Dimension is Capability, Delivery, Relationship or Decision.",
  "Then run the analysis: no A or no R is a Gap, more than one A a Conflict, more than one R a Warning.",
];

/**
 * A Responsibilities sheet for the user to fill: the standard activities grouped by dimension,
 * one column for the company itself and one per partner, a drop-down of letters in every party
 * cell, and a short note beside the table (never above or below it, where it would be read as
 * a row). The task pane writes it only when no Responsibilities sheet exists, and as the user's
 * sheet, not an output the next run would replace.
 * @example buildResponsibilityTemplate(["Acme", "Globex"]).blocks[0]?.values[0] // ["Activity", "Dimension", "Us", "Acme", "Globex"]
 */
export function buildResponsibilityTemplate(partnerNames: string[], companyName = "Us"): SheetSpec {
  const b = new SheetBuilder("responsibilities", "Responsibilities");
  const parties = templateParties(partnerNames, companyName);
  const table = b.table({
    name: TEMPLATE_TABLE,
    headers: ["Activity", "Dimension", ...parties],
    rows: STANDARD_ACTIVITIES.map(([activity, dimension]) => [activity, dimension, ...parties.map(() => null)]),
  });
  const cells = { row: table.data.row, col: 2, rows: table.data.rows, cols: parties.length };
  if (parties.length > 0) {
    b.validation({
      range: cells,
      list: TEMPLATE_LETTERS,
      errorMessage: "Use R, A, C or I, alone or combined with a slash (A/R, R/C, A/R/C). Other combinations are accepted when typed.",
    });
  }
  for (const rule of letterFormats(cells, TEMPLATE_LETTERS)) b.conditional(rule);
  b.format(cells, { hAlign: "center" });
  const noteCol = 2 + parties.length + 1;
  b.cells(table.data.row, noteCol, NOTE.map((line) => [line]), SUBTITLE_STYLE, false);
  // One width for every party column, whatever the names' lengths: Excel then sets them all in
  // one write instead of one per column (issue 10: 16,380 writes were 8 MB of request).
  parties.forEach((_, i) => b.width(2 + i, PARTY_COLUMN_WIDTH));
  b.minWidth(0, 38).minWidth(1, 14).minWidth(noteCol, 60);
  b.freeze(1, 1);
  return b.build();
}

/** The company first, then each partner once (case-insensitively), within Excel's column limit. */
function templateParties(partnerNames: string[], companyName: string): string[] {
  const seen = new Set<string>();
  const parties: string[] = [];
  for (const name of [companyName, ...partnerNames]) {
    const shown = name.trim().replace(/\s+/g, " ");
    const key = valueKey(shown);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    parties.push(shown);
    if (parties.length === MAX_PARTIES) break;
  }
  return parties;
}
