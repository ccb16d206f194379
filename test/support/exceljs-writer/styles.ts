/** The reference writer's CellStyle → ExcelJS style mappers (test only: see ../exceljs-writer.ts). */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../../../src/report/sheet-spec";
import { argb } from "../../../src/xlsx/writer/styles";

export function fontOf(style: CellStyle): Partial<ExcelJS.Font> | undefined {
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  return Object.keys(font).length > 0 ? font : undefined;
}

/** A solid cell fill. */
export function fillOf(style: CellStyle): ExcelJS.Fill | undefined {
  return style.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } : undefined;
}

/** Conditional formats (dxf) take a solid fill's colour as bgColor. */
export function dxfStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font = fontOf(style);
  if (font) out.font = font;
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(style.fill) } };
  return out;
}

export function alignmentOf(style: CellStyle): Partial<ExcelJS.Alignment> | undefined {
  const a: Partial<ExcelJS.Alignment> = {};
  if (style.wrap !== undefined) a.wrapText = style.wrap;
  if (style.hAlign !== undefined) a.horizontal = style.hAlign;
  if (style.vAlign !== undefined) a.vertical = style.vAlign === "center" ? "middle" : style.vAlign;
  return Object.keys(a).length > 0 ? a : undefined;
}
