import type { CellValue as ExcelJsValue } from "exceljs";
import { UNCALCULATED } from "../engine/ingest/values";
import type { RawCell } from "../engine/model";

/**
 * ExcelJS hands back formulas, rich text, hyperlinks and errors as objects, and dates as
 * Date. The engine wants plain RawCells, whatever tool wrote the file.
 */
export function rawCell(value: ExcelJsValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return { kind: "date", iso: isoDate(value) };
  if (typeof value === "object") {
    const v = value as unknown as Record<string, unknown>;
    if (typeof v.error === "string") return { kind: "error", code: v.error };
    if ("formula" in v || "sharedFormula" in v) {
      // A formula saved without its cached result (openpyxl and other generators do this).
      return v.result === undefined ? { kind: "error", code: UNCALCULATED } : rawCell(v.result as ExcelJsValue);
    }
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if (typeof v.text === "string") return v.text;
    if (v.text && typeof v.text === "object") return rawCell(v.text as ExcelJsValue);
  }
  return null;
}

function isoDate(d: Date): string {
  const iso = Number.isNaN(d.getTime()) ? "" : d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}
