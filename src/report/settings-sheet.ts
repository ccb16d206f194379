import type { CellValue } from "./sheet-spec";

/**
 * Settings travel inside the workbook on a very hidden sheet, so that everyone who opens a
 * shared file gets the same results, and so that the command line can read them too
 * (document settings of an add-in are not visible to other tools).
 */
export const SETTINGS_SHEET_NAME = "PED_Settings";

const MARKER = "Partner Ecosystem Designer settings — edit them in the add-in's task pane.";
/** A cell holds at most 32,767 characters; long settings continue down column A. */
const CHUNK = 32_000;

/** The cells of the settings sheet (column A): a marker, then the JSON in chunks. */
export function settingsSheetValues(text: string): CellValue[][] {
  const rows: CellValue[][] = [[MARKER]];
  for (let i = 0; i < text.length; i += CHUNK) rows.push([text.slice(i, i + CHUNK)]);
  return rows;
}

/** The JSON text back from the settings sheet's column A; null when there is none. */
export function settingsTextFromValues(column: unknown[]): string | null {
  const parts = column.slice(1).filter((v): v is string => typeof v === "string");
  return parts.length === 0 ? null : parts.join("");
}

/**
 * The defined name that marks an output sheet as the add-in's own. Names follow a sheet when
 * the user renames it and break (#REF!) when it is deleted, which is what ownership needs.
 */
export function ownershipName(key: string): string {
  return `_PED_${key}`;
}
