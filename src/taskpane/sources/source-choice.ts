import type { InputLocation } from "../../engine/ingest/locate";
import type { InputChoice } from "../../engine/model";

/** The drop-down value of "find it by name" (no stored choice). */
export const AUTOMATIC = "auto";

/**
 * An input choice as a drop-down option value, and back: "auto", "none", "table:Name" or
 * "sheet:Name" (names may contain ":", so only the first one splits).
 * @example choiceValue({ kind: "table", name: "Partners" }) // "table:Partners"
 */
export function choiceValue(choice: InputChoice | undefined): string {
  if (!choice) return AUTOMATIC;
  if (choice.kind === "none") return "none";
  return choice.kind === "table" ? `table:${choice.name}` : `sheet:${choice.sheet}`;
}

/** The choice an option value stands for; undefined = automatic. */
export function choiceOf(value: string): InputChoice | undefined {
  if (value === "none") return { kind: "none" };
  const at = value.indexOf(":");
  const kind = value.slice(0, at);
  const name = value.slice(at + 1);
  if (kind === "table") return { kind: "table", name };
  if (kind === "sheet") return { kind: "sheet", sheet: name };
  return undefined;
}

/** The option value of a location in the workbook. */
export function locationValue(where: InputLocation): string {
  return where.kind === "table" ? `table:${where.name}` : `sheet:${where.sheet}`;
}

/** Whether two locations are the same table or sheet (Excel names are case-insensitive). */
export function sameLocation(a: InputLocation, b: InputLocation): boolean {
  return locationValue(a).toLowerCase() === locationValue(b).toLowerCase();
}
