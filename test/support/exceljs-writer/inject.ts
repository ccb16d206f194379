/**
 * The reference writer's chart injection (test only: see ../exceljs-writer.ts). The chart and
 * drawing parts themselves come from the production modules, so both writers draw the same charts.
 */
import type JSZip from "jszip";
import type { SheetSpec } from "../../../src/report/sheet-spec";
import { resolveSeries } from "../../../src/xlsx/charts/chart-data";
import { chartXml } from "../../../src/xlsx/charts/chart-xml";
import {
  CHART_CONTENT_TYPE,
  CHART_RELATIONSHIP,
  DRAWING_CONTENT_TYPE,
  drawingXml,
  type PlacedChart,
  relationshipsXml,
} from "../../../src/xlsx/charts/drawing-xml";
import { addOverrides, addRelationship, insertDrawing, relsPathOf, worksheetParts } from "./package-xml";

const DRAWING_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

/**
 * Adds the specs' charts to an ExcelJS package, open in JSZip, as native Excel charts (ExcelJS
 * writes none): per sheet with charts a drawing part of cell-anchored frames, a chart part per
 * chart, the relationships, and the content types. The sheets are found by the specs' names; a
 * sheet not in the workbook and a chart with no series are skipped.
 */
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
