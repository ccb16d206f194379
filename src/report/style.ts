/** Colours and number formats shared by every output sheet. */
import type { CellStyle } from "./sheet-spec";

export const NUMBER_FORMATS = {
  integer: "#,##0",
  money: "#,##0",
  score: "0.0",
  decimal: "0.00",
  percent: "0.0%",
  ratio: '0.00"x"',
  text: "@",
} as const;

/** Fills chosen to read in light and dark Excel themes and to print in greyscale. */
export const PALETTE = {
  accent: "#0F6CBD",
  header: "#DCE9F7",
  title: "#1B3A5C",
  muted: "#605E5C",
  strategic: "#1E7B4F",
  strategicFill: "#C9EBD7",
  focus: "#0F6CBD",
  focusFill: "#D2E4F7",
  scale: "#8A6D00",
  scaleFill: "#FCEFC7",
  unscored: "#605E5C",
  unscoredFill: "#EDEBE9",
  bad: "#A4262C",
  badFill: "#F9D6D8",
  warn: "#8A5300",
  warnFill: "#FDE7C4",
  good: "#1E7B4F",
  goodFill: "#D4EFDF",
  info: "#3B5B7A",
  infoFill: "#E1EAF3",
  heatLow: "#FFFFFF",
  heatMid: "#9CC3E6",
  heatHigh: "#1F5A96",
} as const;

export const TIER_STYLES: Record<"Strategic" | "Focus" | "Scale" | "Unscored", CellStyle> = {
  Strategic: { fill: PALETTE.strategicFill, fontColor: PALETTE.strategic, bold: true },
  Focus: { fill: PALETTE.focusFill, fontColor: PALETTE.focus, bold: true },
  Scale: { fill: PALETTE.scaleFill, fontColor: PALETTE.scale, bold: true },
  Unscored: { fill: PALETTE.unscoredFill, fontColor: PALETTE.unscored, italic: true },
};

export const TIER_COLORS: Record<"Strategic" | "Focus" | "Scale" | "Unscored", string> = {
  Strategic: PALETTE.strategic,
  Focus: PALETTE.focus,
  Scale: "#C19C00",
  Unscored: "#A19F9D",
};

export const SEVERITY_STYLES: Record<"error" | "warning" | "info", CellStyle> = {
  error: { fill: PALETTE.badFill, fontColor: PALETTE.bad, bold: true },
  warning: { fill: PALETTE.warnFill, fontColor: PALETTE.warn },
  info: { fill: PALETTE.infoFill, fontColor: PALETTE.info },
};

/** The Excel table style of every output table. */
export const TABLE_STYLE = "TableStyleMedium2";

export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 16, fontColor: PALETTE.title };
export const SUBTITLE_STYLE: CellStyle = { italic: true, fontColor: PALETTE.muted };
export const SECTION_STYLE: CellStyle = { bold: true, fontSize: 12, fontColor: PALETTE.title };

/** Excel holds at most 32,767 characters in a cell; long lists stop well before that. */
const MAX_CELL_TEXT = 32_000;

/**
 * A list as one cell's text, "; "-separated; null when empty. A list too long for one cell, or
 * longer than `maxItems`, ends with "… and N more".
 * @example listText(["CRM", "ERP"]) === "CRM; ERP"
 */
export function listText(values: readonly string[], empty: string | null = null, maxItems = Infinity): string | null {
  if (values.length === 0) return empty;
  if (values.length <= maxItems) {
    // The usual list, short enough for its cell, in one join: one flat string, where the loop
    // below would leave a rope of two pieces per item for the writer to flatten.
    let length = 2 * (values.length - 1);
    for (let i = 0; i < values.length; i++) length += (values[i] ?? "").length;
    if (length <= MAX_CELL_TEXT - 40) return values.join("; ");
  }
  let text = "";
  for (let i = 0; i < values.length; i++) {
    const next = (i === 0 ? "" : "; ") + (values[i] ?? "");
    const rest = values.length - i;
    if (i >= maxItems || text.length + next.length > MAX_CELL_TEXT - 40) return `${text}; … and ${grouped(rest)} more`;
    text += next;
  }
  return text;
}

const EN_US = new Intl.NumberFormat("en-US");

/**
 * A number with its digits grouped, exactly as `n.toLocaleString("en-US")` writes it (the same
 * formatter by the ECMA-402 spec), made once: each toLocaleString call builds a new formatter,
 * about 0.1 ms.
 * @example grouped(1234567) === "1,234,567"
 */
export function grouped(n: number): string {
  return EN_US.format(n);
}

/**
 * A count with its noun in the right number, digits grouped.
 * @example countOf(1, "error") === "1 error"; countOf(1200, "activity", "activities") === "1,200 activities"
 */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}
