/** Colours of the responsibility matrix: letters by strength, statuses by severity. */
import type { RaciLetter, ResponsibilityFlag, ResponsibilityStatus } from "../engine/responsibility";
import { RACI_LETTERS } from "../engine/responsibility";
import type { CellRange, CellStyle, ConditionalFormatSpec } from "./sheet-spec";
import { PALETTE } from "./style";

/** A holds the strongest fill, then R, C, I: the eye finds the owner of each row first. */
export const LETTER_STYLES: Record<RaciLetter, CellStyle> = {
  A: { fill: PALETTE.heatHigh, fontColor: "#FFFFFF", bold: true },
  R: { fill: PALETTE.heatMid, fontColor: PALETTE.title, bold: true },
  C: { fill: PALETTE.header, fontColor: PALETTE.title },
  I: { fill: "#F3F2F1", fontColor: PALETTE.muted },
};

export const STATUS_STYLES: Record<ResponsibilityStatus, CellStyle> = {
  Conflict: { fill: PALETTE.badFill, fontColor: PALETTE.bad, bold: true },
  Gap: { fill: PALETTE.warnFill, fontColor: PALETTE.warn, bold: true },
  Warning: { fill: PALETTE.scaleFill, fontColor: PALETTE.scale },
  OK: { fill: PALETTE.goodFill, fontColor: PALETTE.good },
};

/** Series colours of the status charts: red, amber, yellow, green. */
export const STATUS_COLORS: Record<ResponsibilityStatus, string> = {
  Conflict: PALETTE.bad,
  Gap: "#D98C00",
  Warning: "#E3C23A",
  OK: PALETTE.good,
};

/** Flags in the words of the Flags column. */
export const FLAG_WORDS: Record<ResponsibilityFlag, string> = {
  "no-accountable": "No one accountable",
  "multiple-accountable": "Several accountable",
  "no-responsible": "No one responsible",
  "shared-responsibility": "Several responsible",
};

/**
 * "Equals" rules colouring letter cells: one per single letter and one per combination in use
 * ("A/R"), each coloured by its strongest letter. Equals rules need no formula, so both writers
 * render them alike, and combinations are few because cells are written normalised.
 * @example letterFormats(range, ["A/R"]) // rules for A, R, C, I and A/R (coloured as A)
 */
export function letterFormats(range: CellRange, inUse: Iterable<string>): ConditionalFormatSpec[] {
  const values = new Set<string>(RACI_LETTERS);
  for (const v of inUse) values.add(v);
  const strength = (v: string) => v.split("/").map((l) => RACI_LETTERS.indexOf(l as RaciLetter));
  const ordered = [...values].sort((a, b) => {
    const [x, y] = [strength(a), strength(b)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
    return x.length - y.length;
  });
  return ordered.map((value) => ({
    kind: "equals",
    range,
    value,
    style: LETTER_STYLES[(value[0] ?? "I") as RaciLetter],
  }));
}
