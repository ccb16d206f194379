import { SheetBuilder } from "./sheet-builder";
import { type OutputSheetKey, SHEET_NAMES, type SheetSpec } from "./sheet-spec";

/**
 * Output sheets that exist only when an optional input table does. When a whole analysis runs
 * without that table, a sheet of ours left from an earlier run would show results that are no
 * longer true; it is retired instead (see `buildRetiredSheet`). The Scenario and Tier History
 * sheets are never retired: they are written on request, not from an input table.
 */
export const RETIRABLE_SHEETS: readonly OutputSheetKey[] = ["responsibilities", "candidates"];

/**
 * What a retired sheet holds: a note saying why its results were cleared. The sheet itself
 * stays (so the user's links to it keep working, and it is still ours): the next run that finds
 * the table again writes its results there, in place.
 * @example buildRetiredSheet("candidates").blocks[0]?.values[0]?.[0] // "Candidates"
 */
export function buildRetiredSheet(key: OutputSheetKey): SheetSpec {
  const table = SHEET_NAMES[key];
  const b = new SheetBuilder(key);
  b.title(table, "No results in the latest run");
  b.note(
    `The latest analysis found no ${table} table, so the results this sheet showed were cleared rather than left out of date. ` +
      `Add a ${table} table and analyse again to fill it, or delete this sheet if you no longer need it.`,
  );
  b.minWidth(0, 60);
  return b.build();
}
