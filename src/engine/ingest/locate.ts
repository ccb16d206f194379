import type { InputChoice, InputName } from "../model";
import { headerKey } from "./headers";

/** What a reader found in a workbook, before reading any cells. */
export interface WorkbookCatalog {
  /** Excel tables (ListObjects), with the sheet each is on. */
  tables: { name: string; sheet: string }[];
  /** Worksheet names, in workbook order. */
  sheets: string[];
  /** Sheets written by the add-in: never read as the user's input (history excepted). */
  ownedSheets: string[];
}

/** Where to read one input: an Excel table or a whole sheet. */
export type InputLocation = { kind: "table"; name: string; sheet: string } | { kind: "sheet"; sheet: string };

/** The names each input is found by, most specific first. */
export const INPUT_NAMES: Record<InputName, string[]> = {
  partners: ["Partners", "Partner Register", "Partner List"],
  responsibilities: ["Responsibilities", "RACI", "Responsibility Matrix"],
  capabilities: ["Capabilities", "Required Capabilities"],
  candidates: ["Candidates", "Candidate Partners", "Prospects"],
  maturity: ["Maturity", "Maturity Assessment"],
  expectations: ["Expectations", "Tier Expectations"],
};

export type { InputChoice } from "../model";

/**
 * Finds an input (SPEC §1): an Excel table of that name (case-insensitive, spaces and
 * underscores ignored), else a worksheet of that name. The add-in's own sheets are skipped,
 * so that re-running never reads its output as input. A user's choice wins when it exists.
 */
export function locateInput(catalog: WorkbookCatalog, input: InputName, choice?: InputChoice): InputLocation | null {
  const owned = new Set(catalog.ownedSheets.map((s) => s.toLowerCase()));
  const userTables = catalog.tables.filter((t) => !owned.has(t.sheet.toLowerCase()) && !t.name.startsWith("PED_"));
  const userSheets = catalog.sheets.filter((s) => !owned.has(s.toLowerCase()));
  if (choice?.kind === "none") return null;
  if (choice?.kind === "table") {
    const t = userTables.find((x) => x.name.toLowerCase() === choice.name.toLowerCase());
    if (t) return { kind: "table", name: t.name, sheet: t.sheet };
  }
  if (choice?.kind === "sheet") {
    const s = userSheets.find((x) => x.toLowerCase() === choice.sheet.toLowerCase());
    if (s) return { kind: "sheet", sheet: s };
  }
  for (const wanted of INPUT_NAMES[input]) {
    const key = headerKey(wanted);
    const table = userTables.find((t) => headerKey(t.name) === key);
    if (table) return { kind: "table", name: table.name, sheet: table.sheet };
  }
  for (const wanted of INPUT_NAMES[input]) {
    const sheet = userSheets.find((s) => s.toLowerCase() === wanted.toLowerCase());
    if (sheet) return { kind: "sheet", sheet };
  }
  return null;
}

/** Where the add-in's own Tier History is, if it has written one. */
export function locateHistory(catalog: WorkbookCatalog): InputLocation | null {
  const table = catalog.tables.find((t) => t.name.toLowerCase() === "ped_history");
  return table ? { kind: "table", name: table.name, sheet: table.sheet } : null;
}
