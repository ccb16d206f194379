import { sheetOfReference } from "../report/references";
import { RETIRABLE_SHEETS } from "../report/retired-sheet";
import { ownershipName } from "../report/settings-sheet";
import { OUTPUT_SHEETS, type OutputSheetKey, type SheetSpec } from "../report/sheet-spec";

/** A defined name that marks an output sheet, as read from the workbook. */
export interface OwnershipMark {
  key: OutputSheetKey;
  /** The defined name itself (e.g. "_PED_tiering"). */
  name: string;
  /** Sheet the name points at now; null when it was deleted (#REF!). */
  sheet: string | null;
  /** Sheet name recorded when the add-in wrote it (the name's comment). */
  recorded: string;
}

export interface SheetTarget {
  key: OutputSheetKey;
  /** Name the sheet will have. */
  name: string;
  /** True to clear and rewrite an existing sheet of ours; false to add a new one. */
  reuse: boolean;
}

export interface SheetPlan {
  targets: SheetTarget[];
  /** Marks to delete: the sheet was deleted, or renamed by the user (then it is theirs). */
  release: string[];
}

/** Reads an ownership mark from a defined name, or null if the name is not one of ours. */
export function readMark(name: string, formula: string, comment: string): OwnershipMark | null {
  const key = OUTPUT_SHEETS.find((k) => ownershipName(k) === name);
  if (!key) return null;
  return { key, name, sheet: sheetOfReference(formula), recorded: comment };
}

/**
 * Decides where each output sheet goes (SPEC §3, DESIGN "Safe writes"):
 * - a sheet of ours still under the name we gave it is cleared and rewritten in place;
 * - a sheet of ours the user renamed is released: it is theirs now, and a new one is made;
 * - a sheet of the user's with the wanted name is never touched: ours gets a free name
 *   beside it ("Tiering (2)").
 */
export function planSheets(specs: SheetSpec[], existing: string[], marks: OwnershipMark[]): SheetPlan {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  const byKey = new Map(marks.map((m) => [m.key, m]));
  const release: string[] = [];
  for (const m of marks) {
    if (!isIntact(m, taken)) {
      release.push(m.name);
      byKey.delete(m.key);
    }
  }
  const targets: SheetTarget[] = [];
  for (const spec of specs) {
    const mark = byKey.get(spec.key);
    if (mark?.sheet) {
      targets.push({ key: spec.key, name: mark.sheet, reuse: true });
      continue;
    }
    const name = freeSheetName(spec.name, taken);
    taken.add(name.toLowerCase());
    targets.push({ key: spec.key, name, reuse: false });
  }
  return { targets, release };
}

/**
 * Sheets of ours that a whole analysis no longer writes because their input table is gone
 * (RETIRABLE_SHEETS): they get a note instead of stale results. A whole analysis is one that
 * writes the Summary; a partial write (the Scenario page writes only its sheet) retires
 * nothing. A sheet the user renamed or deleted is theirs or gone, and is not retired.
 */
export function retiredSheets(specs: SheetSpec[], existing: string[], marks: OwnershipMark[]): OutputSheetKey[] {
  if (!specs.some((s) => s.key === "summary")) return [];
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  const writing = new Set(specs.map((s) => s.key));
  return marks
    .filter((m) => RETIRABLE_SHEETS.includes(m.key) && !writing.has(m.key) && isIntact(m, taken))
    .map((m) => m.key);
}

/** A mark still on the sheet we named, and that sheet still there. */
function isIntact(m: OwnershipMark, taken: Set<string>): boolean {
  return m.sheet !== null && m.sheet === m.recorded && taken.has(m.sheet.toLowerCase());
}

/** The wanted name if free, else "Name (2)", "Name (3)"… within Excel's 31 characters. */
export function freeSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.slice(0, 31);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A table name not used anywhere in the workbook: "PED_Tiering", else "PED_Tiering2"… */
export function freeTableName(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted}${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/**
 * Hands out free table names one after another, each taken as it is handed out.
 * @example const name = tableNamer(new Set(["ped_tiering"])); name("PED_Tiering") === "PED_Tiering2"
 */
export function tableNamer(taken: Set<string>): (wanted: string) => string {
  return (wanted) => {
    const name = freeTableName(wanted, taken);
    taken.add(name.toLowerCase());
    return name;
  };
}
