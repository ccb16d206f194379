import type { Analysis } from "../engine/analyze";
import type { RankedCandidate } from "../engine/candidates";
import { HEAT } from "./coverage-styles";
import { SheetBuilder } from "./sheet-builder";
import type { CellValue, SheetSpec } from "./sheet-spec";
import { listText, NUMBER_FORMATS as F, PALETTE } from "./style";

export const CANDIDATES_TABLE = "PED_Candidates";

const COLUMNS: { header: string; format: string | null; value: (c: RankedCandidate) => CellValue }[] = [
  { header: "Rank", format: F.integer, value: (c) => c.rank },
  { header: "Candidate", format: null, value: (c) => c.candidate },
  { header: "Passes fit gate", format: null, value: (c) => (c.passesFitGate ? "Yes" : "No") },
  { header: "Fit", format: null, value: (c) => c.fit },
  { header: "Normalised fit", format: F.score, value: (c) => c.normalisedFit },
  { header: "Value", format: F.integer, value: (c) => c.value },
  { header: "Gaps closed", format: null, value: (c) => listText(c.gapsServed) },
];

export const CANDIDATES_HEADERS = COLUMNS.map((c) => c.header);

/**
 * The Candidates sheet (SPEC §2.6, §3): candidates in rank order — those passing the
 * strategic-fit gate first, by the value of the gaps they would serve.
 */
export function buildCandidatesSheet(analysis: Pick<Analysis, "candidates" | "settings">): SheetSpec {
  const b = new SheetBuilder("candidates");
  const rule = `Fit gate: normalised Fit ≥ ${analysis.settings.fitGate}. Value: Σ priority of the gap cells a candidate would serve (it lists the capability and serves the market). "Gaps closed" names those capabilities.`;
  if (analysis.candidates.length === 0) {
    b.title("Candidates", `The Candidates table has no rows. ${rule}`);
    return b.build();
  }
  const table = b.table({
    name: CANDIDATES_TABLE,
    headers: CANDIDATES_HEADERS,
    rows: analysis.candidates.map((c) => COLUMNS.map((col) => col.value(c))),
    numberFormats: COLUMNS.map((c) => c.format),
  });
  b.conditional({
    kind: "equals",
    range: table.column("Passes fit gate"),
    value: "Yes",
    style: { fill: PALETTE.goodFill, fontColor: PALETTE.good, bold: true },
  });
  b.conditional({
    kind: "equals",
    range: table.column("Passes fit gate"),
    value: "No",
    style: { fill: PALETTE.unscoredFill, fontColor: PALETTE.muted },
  });
  b.conditional({ kind: "colorScale", range: table.column("Value"), ...HEAT });
  b.note(rule);
  b.minWidth(1, 24).minWidth(6, 36);
  b.format(table.column("Gaps closed"), { wrap: true });
  b.freeze(1, 2);
  return b.build();
}
