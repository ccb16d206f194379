import JSZip from "jszip";
import type { SheetSpec } from "../../report/sheet-spec";
import { resolveSeries } from "./chart-data";
import { chartXml } from "./chart-xml";
import { CHART_RELATIONSHIP, drawingXml, type PlacedChart, relationshipsXml } from "./drawing-xml";
import { addOverrides, addRelationship, insertDrawing, relsPathOf, worksheetParts } from "./package-xml";

const DRAWING_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/**
 * Adds the specs' charts to an .xlsx package as native Excel charts (ExcelJS writes none): per
 * sheet with charts a drawing part of cell-anchored frames, a chart part per chart with its
 * series formulas and cached values, the relationships, and the content types. The sheets are
 * found by the specs' names; a sheet not in the workbook and a chart with no series are skipped.
 * @example const withCharts = await addCharts(await wb.xlsx.writeBuffer(), specs);
 */
export async function addCharts(xlsx: Uint8Array, specs: SheetSpec[]): Promise<Uint8Array> {
  if (!specs.some((s) => s.charts.length > 0)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  await addChartsToPackage(zip, specs);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The same, on a package already open (so the writer unzips and zips once). */
export async function addChartsToPackage(zip: JSZip, specs: SheetSpec[]): Promise<void> {
  if (!specs.some((s) => s.charts.length > 0)) return;
  const read = async (path: string): Promise<string | null> => (await zip.file(path)?.async("string")) ?? null;
  const workbook = await read("xl/workbook.xml");
  const workbookRels = await read("xl/_rels/workbook.xml.rels");
  let contentTypes = await read("[Content_Types].xml");
  if (workbook === null || workbookRels === null || contentTypes === null) throw new Error("Not an .xlsx package.");
  // New and edited parts carry the package's own timestamp, not the clock's.
  const date = zip.file("xl/workbook.xml")?.date ?? new Date(0);
  const write = (path: string, xml: string): void => {
    zip.file(path, xml, { date });
  };
  const sheets = worksheetParts(workbook, workbookRels);
  const freeNumber = numbering(Object.keys(zip.files));
  const newParts: { part: string; contentType: string }[] = [];

  for (const spec of specs) {
    const sheetPart = sheets.get(spec.name);
    const sheetXml = sheetPart ? await read(sheetPart) : null;
    if (!sheetPart || sheetXml === null) continue;
    const placed: PlacedChart[] = [];
    const chartTargets: string[] = [];
    for (const chart of spec.charts) {
      const series = resolveSeries(chart, spec.key, specs);
      if (series.length === 0) continue;
      const part = `xl/charts/chart${freeNumber("xl/charts/chart")}.xml`;
      write(part, chartXml(chart, series));
      newParts.push({ part, contentType: CHART_CONTENT_TYPE });
      chartTargets.push(`../charts/${part.slice("xl/charts/".length)}`);
      placed.push({ name: chart.name, anchor: chart.anchor, rId: `rId${chartTargets.length}` });
    }
    if (placed.length === 0) continue;
    const drawing = `xl/drawings/drawing${freeNumber("xl/drawings/drawing")}.xml`;
    write(drawing, drawingXml(placed));
    write(relsPathOf(drawing), relationshipsXml(CHART_RELATIONSHIP, chartTargets));
    newParts.push({ part: drawing, contentType: DRAWING_CONTENT_TYPE });
    const sheetRels = relsPathOf(sheetPart);
    const rel = addRelationship(
      await read(sheetRels),
      DRAWING_RELATIONSHIP,
      `../drawings/${drawing.slice("xl/drawings/".length)}`,
    );
    write(sheetRels, rel.xml);
    write(sheetPart, insertDrawing(sheetXml, rel.id));
  }
  contentTypes = addOverrides(contentTypes, newParts);
  write("[Content_Types].xml", contentTypes);
}

/** Hands out part numbers (1, 2, …) that no existing part of the package uses. */
function numbering(existing: string[]): (prefix: string) => number {
  const taken = new Set(existing);
  return (prefix) => {
    let n = 1;
    while (taken.has(`${prefix}${n}.xml`)) n++;
    taken.add(`${prefix}${n}.xml`);
    return n;
  };
}
