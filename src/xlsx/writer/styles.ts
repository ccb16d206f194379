/**
 * The styles part (xl/styles.xml) of a written workbook: every distinct cell look gets one cell
 * format (cellXfs entry) and every conditional-format look one dxf, handed out as the sheets
 * are written and serialised at the end.
 */
import type { CellStyle } from "../../report/sheet-spec";
import { xmlText } from "./text";

/** "#RRGGBB" → the ARGB "FFRRGGBB" that SpreadsheetML colours take. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** What a cell ends up with after its block's number format and every format over it. */
export interface CellLook {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: CellStyle["hAlign"];
  vAlign?: CellStyle["vAlign"];
}

/**
 * A format laid over a look: font and alignment attributes merge, a fill replaces, as the
 * earlier writer did (`cell.font = { ...cell.font, ...font }`).
 */
export function overlay(look: CellLook, style: CellStyle): CellLook {
  const out: CellLook = { ...look };
  for (const key of ["bold", "italic", "fontSize", "fontColor", "fill", "wrap", "hAlign", "vAlign"] as const) {
    const v = style[key];
    if (v !== undefined) (out as Record<string, unknown>)[key] = v;
  }
  return out;
}

/** Excel's built-in number formats that need no numFmt entry (ECMA-376 §18.8.30). */
const BUILT_IN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "mm-dd-yy": 14,
  "@": 49,
};

export class StyleBook {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Map<string, number>([["", 0]]);
  private readonly fills = new Map<string, number>([
    ["none", 0],
    ["gray125", 1],
  ]);
  private readonly xfs = new Map<string, number>([["0|0|0|", 0]]);
  private readonly xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly fontXml: string[] = [
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  ];
  private readonly fillXml: string[] = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly dxfs = new Map<string, number>();
  private readonly dxfXml: string[] = [];

  /** The cellXfs index of a look (0 = the default look). */
  xf(look: CellLook): number {
    const numFmtId = look.numFmt ? this.numFmtId(look.numFmt) : 0;
    const fontId = this.fontId(look);
    const fillId = look.fill ? this.fillId(look.fill) : 0;
    const alignment = alignmentXml(look);
    const key = `${numFmtId}|${fontId}|${fillId}|${alignment}`;
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"`;
    if (numFmtId !== 0) attrs += ' applyNumberFormat="1"';
    if (fontId !== 0) attrs += ' applyFont="1"';
    if (fillId !== 0) attrs += ' applyFill="1"';
    if (alignment) attrs += ' applyAlignment="1"';
    const id = this.xfXml.length;
    this.xfXml.push(alignment ? `<xf ${attrs}>${alignment}</xf>` : `<xf ${attrs}/>`);
    this.xfs.set(key, id);
    return id;
  }

  /** The dxf index of a conditional format's look (font and a solid background fill). */
  dxf(style: CellStyle): number {
    const font = fontBody(style);
    const fill = style.fill
      ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>`
      : "";
    const xml = `<dxf>${font ? `<font>${font}</font>` : ""}${fill}</dxf>`;
    const known = this.dxfs.get(xml);
    if (known !== undefined) return known;
    const id = this.dxfXml.length;
    this.dxfXml.push(xml);
    this.dxfs.set(xml, id);
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (numFmts.length > 0 ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${this.fontXml.length}">${this.fontXml.join("")}</fonts>` +
      `<fills count="${this.fillXml.length}">${this.fillXml.join("")}</fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="${this.dxfXml.length}">${this.dxfXml.join("")}</dxfs>` +
      `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
      `</styleSheet>`
    );
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private fontId(look: CellLook): number {
    const body = fontBody(look);
    let id = this.fonts.get(body);
    if (id === undefined) {
      id = this.fontXml.length;
      this.fontXml.push(`<font>${body}</font>`);
      this.fonts.set(body, id);
    }
    return id;
  }

  private fillId(color: string): number {
    let id = this.fills.get(color);
    if (id === undefined) {
      id = this.fillXml.length;
      this.fillXml.push(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/></patternFill></fill>`);
      this.fills.set(color, id);
    }
    return id;
  }
}

/** A font's children; "" for the default font. */
function fontBody(s: Pick<CellLook, "bold" | "italic" | "fontSize" | "fontColor">): string {
  let out = "";
  if (s.bold !== undefined) out += s.bold ? "<b/>" : '<b val="0"/>';
  if (s.italic !== undefined) out += s.italic ? "<i/>" : '<i val="0"/>';
  if (s.fontColor !== undefined) out += `<color rgb="${argb(s.fontColor)}"/>`;
  if (s.fontSize !== undefined) out += `<sz val="${s.fontSize}"/>`;
  return out;
}

function alignmentXml(look: CellLook): string {
  let attrs = "";
  if (look.hAlign !== undefined) attrs += ` horizontal="${look.hAlign}"`;
  if (look.vAlign !== undefined) attrs += ` vertical="${look.vAlign}"`;
  if (look.wrap !== undefined) attrs += ` wrapText="${look.wrap ? 1 : 0}"`;
  return attrs ? `<alignment${attrs}/>` : "";
}
