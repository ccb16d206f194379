/**
 * A write that cannot finish: refused before anything changes when protection would stop it, and
 * explained sheet by sheet (which hold the new run, which the previous one) when it fails part-way.
 */
import { SETTINGS_SHEET_NAME } from "../report/settings-sheet";
import { ExcelHostError, hostError, ReportWriteError } from "./errors";

/** Refuses, before anything is cleared, a write that protection would stop part-way. */
export function checkProtection(
  structure: boolean,
  sheets: { name: string; protected: boolean }[],
  need: { addsSheets: boolean; settingsProtected: boolean },
): void {
  const locked = sheets.filter((s) => s.protected).map((s) => s.name);
  if (need.settingsProtected) locked.push(SETTINGS_SHEET_NAME);
  if (locked.length > 0) {
    const list = locked.map((n) => `"${n}"`).join(", ");
    throw new ExcelHostError(
      `Could not write the result sheets: the sheet${locked.length > 1 ? "s" : ""} ${list} ${locked.length > 1 ? "are" : "is"} protected. ` +
        "Unprotect it (Review > Unprotect Sheet) and run the analysis again. Nothing was changed.",
      "AccessDenied",
    );
  }
  if (structure && need.addsSheets) {
    throw new ExcelHostError(
      "Could not write the result sheets: the workbook's structure is protected, so no sheet can be added. " +
        "Unprotect it (Review > Protect Workbook) and run the analysis again. Nothing was changed.",
      "AccessDenied",
    );
  }
}

/** What a failure part-way means for each sheet, in words and in lists. */
export function partialWriteError(
  error: unknown,
  updated: string[],
  current: string | null,
  partly: boolean,
  all: string[],
): ExcelHostError {
  const cause = hostError(error, "write the result sheets");
  // A sheet whose request failed was not touched (Excel applies nothing of a refused request)
  // unless the failure came after that sheet's first request: then it holds part of the new run.
  const unchanged = all.filter((n) => !updated.includes(n) && !(partly && n === current));
  const parts = [cause.message];
  if (updated.length > 0) parts.push(`These sheets hold the new results: ${updated.join(", ")}.`);
  if (partly && current) parts.push(`${current} holds part of the new results.`);
  if (unchanged.length > 0) parts.push(`These still hold the previous results: ${unchanged.join(", ")}.`);
  else if (!partly) parts.push("The settings were not saved with them.");
  parts.push("Run the analysis again to update them all.");
  return new ReportWriteError(parts.join(" "), cause.code, updated, unchanged, { cause: error });
}
