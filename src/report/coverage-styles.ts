/** Styles and cell texts shared by the Coverage, Journey, Conflicts and Candidates sheets. */
import { STATUS_OF_FLAG } from "../engine/coverage/status";
import type { CoverageFlag, CoverageStatus, Recommendation } from "../engine/coverage/types";
import type { CellStyle } from "./sheet-spec";
import { PALETTE } from "./style";

export const COVERAGE_STATUS_STYLES: Record<CoverageStatus, CellStyle> = {
  Gap: { fill: PALETTE.badFill, fontColor: PALETTE.bad, bold: true },
  Duplicated: { fill: PALETTE.warnFill, fontColor: PALETTE.warn, bold: true },
  "Strategic overlap": { fill: PALETTE.infoFill, fontColor: PALETTE.info },
  "Single-sourced": { fill: PALETTE.scaleFill, fontColor: PALETTE.scale },
  Covered: { fill: PALETTE.goodFill, fontColor: PALETTE.good },
};

export const RECOMMENDATION_STYLES: Record<Recommendation, CellStyle> = {
  Acquire: { fontColor: PALETTE.bad, bold: true },
  Build: { fontColor: PALETTE.title, bold: true },
  Partner: { fontColor: PALETTE.good, bold: true },
  Recruit: { fontColor: PALETTE.warn, bold: true },
};

/** Flags in the words the Status column uses: the status each flag gives. */
export const FLAG_WORDS: Record<CoverageFlag, string> = STATUS_OF_FLAG;

/**
 * What the duplicated figure counts — capabilities flagged duplicated (a market cell over Max),
 * whatever their status — in the words the Summary and the pane's Coverage card both use.
 */
export const DUPLICATED_LABEL = "Duplicated in some market";

/** Low → high colour scale for counts and scores. */
export const HEAT = { min: PALETTE.heatLow, mid: PALETTE.heatMid, max: PALETTE.heatHigh } as const;
/** White → red, for severity: the larger, the more urgent. */
export const SEVERITY_HEAT = { min: "#FFFFFF", max: "#E8868B" } as const;

/**
 * Values used as table headers after some fixed headers: Excel compares headers
 * case-insensitively and refuses blanks, so a clash gets " (2)", " (3)"…
 * @example uniqueHeaders(["Capability"], ["SMB", "capability"]) // ["SMB", "capability (2)"]
 */
export function uniqueHeaders(fixed: readonly string[], values: readonly string[]): string[] {
  const taken = new Set(fixed.map((h) => h.toLowerCase()));
  return values.map((v) => {
    const base = v.trim() === "" ? "(blank)" : v;
    let header = base;
    for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${base} (${n})`;
    taken.add(header.toLowerCase());
    return header;
  });
}
