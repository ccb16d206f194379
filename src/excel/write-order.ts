/** The order the output sheets are written in: a chart's source sheets before the chart's sheet. */
import type { OutputSheetKey, SheetSpec } from "../report/sheet-spec";

/**
 * The order sheets are written in: a sheet whose charts read another output sheet comes after
 * it, so a chart is never made over cells not yet written (Excel makes no series from blank
 * cells). Otherwise the report's order. Tab order is unaffected (positions are set at the end).
 */
export function writeOrder(specs: SheetSpec[]): SheetSpec[] {
  const byKey = new Map(specs.map((s) => [s.key, s]));
  const out: SheetSpec[] = [];
  const visiting = new Set<OutputSheetKey>();
  const visit = (s: SheetSpec): void => {
    if (out.includes(s) || visiting.has(s.key)) return;
    visiting.add(s.key);
    for (const chart of s.charts) {
      for (const series of chart.series) {
        for (const r of [series.values, series.categories, series.sizes]) {
          const dep = r?.sheet && r.sheet !== s.key ? byKey.get(r.sheet) : undefined;
          if (dep) visit(dep);
        }
      }
    }
    out.push(s);
  };
  for (const s of specs) visit(s);
  return out;
}
