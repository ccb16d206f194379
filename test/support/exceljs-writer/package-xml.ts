/**
 * Edits of ExcelJS's package parts that adding charts needs: rels, content types, worksheets
 * (test only: the reference writer's, see ../exceljs-writer.ts).
 */
import type { Element } from "@xmldom/xmldom";
import { elementsNS, parseXml, serializeXml } from "../../../src/xlsx/xml";

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  xmlns: "http://www.w3.org/2000/xmlns/",
} as const;

/** The element children of an element, in document order. */
function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) if (n.nodeType === n.ELEMENT_NODE) out.push(n as Element);
  return out;
}

/**
 * The worksheet part of each sheet, by sheet name, from xl/workbook.xml and its rels (sheet
 * parts are not always numbered in tab order).
 * @example worksheetParts(workbook, rels).get("Tier History") === "xl/worksheets/sheet9.xml"
 */
export function worksheetParts(workbookXml: string, workbookRelsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of elementsNS(parseXml(workbookRelsXml, "xl/_rels/workbook.xml.rels"), NS.rels, "Relationship")) {
    const [id, target] = [rel.getAttribute("Id"), rel.getAttribute("Target")];
    if (id && target) targets.set(id, target);
  }
  const parts = new Map<string, string>();
  for (const sheet of elementsNS(parseXml(workbookXml, "xl/workbook.xml"), NS.main, "sheet")) {
    const target = targets.get(sheet.getAttributeNS(NS.r, "id") ?? "");
    if (sheet.hasAttribute("name") && target) parts.set(sheet.getAttribute("name") ?? "", resolvePart("xl/", target));
  }
  return parts;
}

/**
 * A relationship target as a path from the package root.
 * @example resolvePart("xl/worksheets/", "../drawings/drawing1.xml") === "xl/drawings/drawing1.xml"
 */
export function resolvePart(folder: string, target: string): string {
  const segments = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const s of target.split("/")) {
    if (s === "..") segments.pop();
    else if (s !== "" && s !== ".") segments.push(s);
  }
  return segments.join("/");
}

/** The rels part that belongs to a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Adds a relationship under an id the part does not use yet (ExcelJS numbers tables and
 * hyperlinks rId1, rId2, …); creates the rels part when there is none.
 * @example addRelationship(null, DRAWING, "../drawings/drawing1.xml") → { id: "rId1", xml }
 */
export function addRelationship(relsXml: string | null, type: string, target: string): { id: string; xml: string } {
  const base =
    relsXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"></Relationships>`;
  const doc = parseXml(base, "relationships part");
  const used = new Set(elementsNS(doc, NS.rels, "Relationship").map((r) => r.getAttribute("Id")));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = doc.createElementNS(NS.rels, "Relationship");
  rel.setAttribute("Id", id);
  rel.setAttribute("Type", type);
  rel.setAttribute("Target", target);
  doc.documentElement?.appendChild(rel);
  return { id, xml: serializeXml(doc) };
}

/**
 * [Content_Types].xml with an Override for each new part.
 * @example addOverrides(types, [{ part: "xl/charts/chart1.xml", contentType: CHART_CONTENT_TYPE }])
 */
export function addOverrides(contentTypesXml: string, parts: { part: string; contentType: string }[]): string {
  const doc = parseXml(contentTypesXml, "[Content_Types].xml");
  for (const p of parts) {
    const override = doc.createElementNS(NS.contentTypes, "Override");
    override.setAttribute("PartName", `/${p.part}`);
    override.setAttribute("ContentType", p.contentType);
    doc.documentElement?.appendChild(override);
  }
  return serializeXml(doc);
}

/** Children of <worksheet> that CT_Worksheet places after <drawing>. */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/**
 * The worksheet with `<drawing r:id="…"/>` where the schema wants it: after everything up to
 * smartTags and before legacyDrawing … tableParts, extLst. Excel refuses a file with it elsewhere.
 * @example insertDrawing(sheetXml, "rId6")
 */
export function insertDrawing(sheetXml: string, rId: string): string {
  const doc = parseXml(sheetXml, "worksheet");
  const root = doc.documentElement;
  if (root === null || root.localName !== "worksheet" || root.namespaceURI !== NS.main)
    throw new Error("Not a worksheet part.");
  const children = childElements(root);
  if (children.some((c) => c.localName === "drawing"))
    throw new Error("The worksheet already has a drawing; charts would replace it.");
  if (root.lookupPrefix(NS.r) === null) root.setAttributeNS(NS.xmlns, "xmlns:r", NS.r);
  const drawing = doc.createElementNS(NS.main, root.prefix ? `${root.prefix}:drawing` : "drawing");
  drawing.setAttributeNS(NS.r, `${root.lookupPrefix(NS.r)}:id`, rId);
  root.insertBefore(drawing, children.find((c) => AFTER_DRAWING.has(c.localName ?? "")) ?? null);
  return serializeXml(doc);
}
