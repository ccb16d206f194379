import type { RawCell } from "../engine/model";

/**
 * Excel's error values. `range.values` returns an error cell as its text ("#N/A"); loading
 * `valueTypes` as well would double the payload, so these strings are read as errors (a
 * cell that merely says "#N/A" means "not available" anyway).
 */
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#TIMEOUT!",
  "#EXTERNAL!",
]);

/**
 * True for a number format that shows a date or time: a d, m, y, h or s outside quoted text
 * and [colour]/[$-locale] brackets ("General" and "0.00" are not; "m/d/yyyy", "[$-409]mmm-yy" are).
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || format === "General" || format === "@") return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dmyhs]/i.test(bare) && !/^[#0.,%E+\-\s]*$/i.test(bare);
}

/** Excel serial date (1900 system) → ISO date text. */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** One cell of `range.values` (with its number format) as the engine reads it. */
export function rawCellOf(value: unknown, format: unknown): RawCell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return isDateFormat(format) ? { kind: "date", iso: serialToIso(value) } : value;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return ERROR_VALUES.has(value) ? { kind: "error", code: value } : value;
  return String(value);
}

/** A grid of `values` and `numberFormat` as RawCells. */
export function rawGrid(values: unknown[][], formats: unknown[][]): RawCell[][] {
  return values.map((row, i) => row.map((v, j) => rawCellOf(v, formats[i]?.[j])));
}
