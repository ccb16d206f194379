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

/**
 * The phases offered in the template's Phase drop-down: the partner lifecycle a partner
 * programme runs (recruit a partner, onboard and enable it, build the joint offer, take it to
 * market, deliver it, grow the account, review the partnership), not a project's phases
 * (initiation … closure), because a partner matrix outlives any one project. Other phases may
 * be typed: the reader takes any text as a section (SPEC §1).
 */
export const TEMPLATE_PHASES = ["Recruit", "Onboard", "Enable", "Build", "Go to market", "Deliver", "Grow", "Review"];

/** The standard activities (issue 3) in lifecycle order, each with its dimension and phase. */
export const STANDARD_ACTIVITIES: readonly (readonly [activity: string, dimension: string, phase: string])[] = [
  ["Feature development", "Capability", "Build"],
  ["Integration maintenance", "Capability", "Build"],
  ["Roadmap change approval", "Decision", "Build"],
  ["Pre-sales technical consultation", "Delivery", "Go to market"],
  ["Marketing material approval", "Decision", "Go to market"],
  ["Implementation", "Delivery", "Deliver"],
  ["Ongoing support", "Delivery", "Deliver"],
  ["Engaging extra resources on escalation", "Decision", "Deliver"],
  ["Renewals", "Delivery", "Grow"],
  ["Partnership management and QBRs", "Relationship", "Review"],
];

/** Offered in the drop-down; other combinations may be typed (the reader accepts any). */
export const TEMPLATE_LETTERS = ["A", "R", "C", "I", "A/R"];

/** Width of each party column (characters); longer names show in the cell and the formula bar. */
const PARTY_COLUMN_WIDTH = 14;

/** Excel has 16,384 columns: Phase, Activity, Dimension, a gap and the note take five. */
const MAX_PARTIES = 16_384 - 5;

const NOTE = [
  "How to fill in: one cell per activity and party.",
  "R = Responsible (does the work) · A = Accountable (owns the outcome; exactly one per activity) · C = Consulted · I = Informed.",
  "Combine letters with a slash (A/R); leave a cell blank when the party plays no part.",
  "Add rows for your own activities; Dimension is Capability, Delivery, Relationship or Decision.",
  "Phase groups the activities on the Responsibilities sheet: pick one from the list or type your own.",
  "Then run the analysis: no A or no R is a Gap, more than one A a Conflict, more than one R a Warning.",
];

/**
 * A Responsibilities sheet for the user to fill: a Phase column with a drop-down of partner
 * lifecycle phases (SPEC §1 section column), the standard activities in lifecycle order, one
 * column for the company itself and one per partner, a drop-down of letters in every party
 * cell, and a short note beside the table (never above or below it, where it would be read as
 * a row). The task pane writes it only when no Responsibilities sheet exists, and as the user's
 * sheet, not an output the next run would replace.
 * @example buildResponsibilityTemplate(["Acme", "Globex"]).blocks[0]?.values[0] // ["Phase", "Activity", "Dimension", "Us", "Acme", "Globex"]
 */
export function buildResponsibilityTemplate(partnerNames: string[], companyName = "Us"): SheetSpec {
  const b = new SheetBuilder("responsibilities", "Responsibilities");
  const parties = templateParties(partnerNames, companyName);
  const table = b.table({
    name: TEMPLATE_TABLE,
    headers: ["Phase", "Activity", "Dimension", ...parties],
    rows: STANDARD_ACTIVITIES.map(([activity, dimension, phase]) => [
      phase,
      activity,
      dimension,
      ...parties.map(() => null),
    ]),
  });
  b.validation({
    range: table.column("Phase"),
    list: TEMPLATE_PHASES,
    errorMessage: "Pick a phase from the list, or keep your own: any text groups the activities under it.",
  });
  const cells = { row: table.data.row, col: 3, rows: table.data.rows, cols: parties.length };
  if (parties.length > 0) {
    b.validation({
      range: cells,
      list: TEMPLATE_LETTERS,
      errorMessage:
        "Use R, A, C or I, alone or combined with a slash (A/R, R/C, A/R/C). Other combinations are accepted when typed.",
    });
  }
  for (const rule of letterFormats(cells, TEMPLATE_LETTERS)) b.conditional(rule);
  b.format(cells, { hAlign: "center" });
  const noteCol = 3 + parties.length + 1;
  b.cells(
    table.data.row,
    noteCol,
    NOTE.map((line) => [line]),
    SUBTITLE_STYLE,
    false,
  );
  // One width for every party column, whatever the names' lengths: Excel then sets them all in
  // one write instead of one per column (issue 10: 16,380 writes were 8 MB of request).
  parties.forEach((_, i) => b.width(3 + i, PARTY_COLUMN_WIDTH));
  b.minWidth(0, 14).minWidth(1, 38).minWidth(2, 14).minWidth(noteCol, 60);
  b.freeze(1, 2);
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
