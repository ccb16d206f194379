/** The write's last, optional request: new sheets in the report's tab order, frozen panes, the active sheet back. */
import type { OutputSheetKey, SheetSpec } from "../report/sheet-spec";
import type { Batch } from "./batch";
import type { SheetTarget } from "./sheet-plan";

/**
 * The last request, whose failure does not fail the write (the results are all written by
 * then): new sheets put in the report's tab order (they were added in write order), and frozen
 * panes. Frozen panes come last, in their own request: on
 * desktop, freezing a sheet that is not active changes the sheet the API reports as active
 * (https://github.com/OfficeDev/office-js/issues/3148), and freezePanes threw GeneralException on
 * an Excel 2019 build (https://github.com/OfficeDev/office-js/issues/2196). The sheet that was
 * active is activated again after.
 */
export async function finishingTouches(
  context: Excel.RequestContext,
  batch: Batch,
  order: SheetSpec[],
  targets: Map<OutputSheetKey, SheetTarget>,
  activeName: string | null,
  tabs: { added: SheetTarget[]; firstPosition: number },
): Promise<void> {
  const wb = context.workbook;
  let any = false;
  // Placing each new sheet in turn from the left gives the report's order.
  if (tabs.added.some((t, i) => order.filter((s) => tabs.added.some((a) => a.key === s.key))[i]?.key !== t.key)) {
    tabs.added.forEach((t, i) => {
      wb.worksheets.getItem(t.name).position = tabs.firstPosition + i;
    });
    any = true;
  }
  for (const spec of order) {
    const target = targets.get(spec.key);
    if (!target) continue;
    const ws = wb.worksheets.getItem(target.name);
    if (target.reuse) ws.freezePanes.unfreeze();
    if (spec.freeze) {
      const { rows, cols } = spec.freeze;
      if (cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, Math.max(rows, 1), cols));
      else if (rows > 0) ws.freezePanes.freezeRows(rows);
    }
    any ||= target.reuse || spec.freeze !== undefined;
  }
  if (!any) return;
  if (activeName !== null) wb.worksheets.getItem(activeName).activate();
  try {
    await batch.sync();
  } catch {
    // Panes are a convenience: the results are written and stay so.
  }
}
