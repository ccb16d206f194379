import type { Analysis } from "../engine/analyze";
import { SheetBuilder } from "./sheet-builder";
import type { SheetSpec } from "./sheet-spec";
import { grouped, SEVERITY_STYLES } from "./style";

export const ISSUES_TABLE = "PED_Issues";

/**
 * Most issues listed on the sheet (README "Large portfolios"): a million-row register with a
 * blank score column has a million notes; the sheet shows the first ones and says how many
 * more there are, the JSON lists every one.
 */
export const MAX_ISSUE_ROWS = 10_000;

/** The Issues sheet: every input problem with its sheet, cell, severity and message. */
export function buildIssuesSheet(analysis: Analysis): SheetSpec {
  const b = new SheetBuilder("issues");
  const rows =
    analysis.issues.length > 0
      ? analysis.issues.slice(0, MAX_ISSUE_ROWS).map((i) => [i.severity, i.sheet, i.cell || null, i.message])
      : [["info", null, null, "No problems found in the input."]];
  const table = b.table({ name: ISSUES_TABLE, headers: ["Severity", "Sheet", "Cell", "Message"], rows });
  for (const [severity, style] of Object.entries(SEVERITY_STYLES)) {
    b.conditional({ kind: "equals", range: table.column("Severity"), value: severity, style });
  }
  if (analysis.issues.length > MAX_ISSUE_ROWS) {
    const more = grouped(analysis.issues.length - MAX_ISSUE_ROWS);
    b.note(
      `… and ${more} more issues not listed here (the first ${grouped(MAX_ISSUE_ROWS)} are shown, in order; the JSON output lists every one).`,
    );
  }
  b.minWidth(0, 10).minWidth(3, 60);
  b.format(table.column("Message"), { wrap: true });
  b.freeze(1);
  return b.build();
}
