/** Edits of the package's own parts that adding charts needs: rels, content types, worksheets. */
import { attributes, escapeXml, startTags } from "./xml";

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The worksheet part of each sheet, by sheet name, from xl/workbook.xml and its rels (sheet
 * parts are not always numbered in tab order).
 * @example worksheetParts(workbook, rels).get("Tier History") === "xl/worksheets/sheet9.xml"
 */
export function worksheetParts(workbookXml: string, workbookRelsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of startTags(workbookRelsXml, "Relationship")) {
    const a = attributes(tag);
    if (a.Id && a.Target) targets.set(a.Id, a.Target);
  }
  const parts = new Map<string, string>();
  for (const tag of startTags(workbookXml, "sheet")) {
    const a = attributes(tag);
    const target = targets.get(a["r:id"] ?? "");
    if (a.name !== undefined && target) parts.set(a.name, resolvePart("xl/", target));
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
  const base = relsXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const used = new Set(startTags(base, "Relationship").map((t) => attributes(t).Id));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const xml = /<Relationships[^>]*\/>/.test(base)
    ? base.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`)
    : base.replace("</Relationships>", `${rel}</Relationships>`);
  return { id, xml };
}

/**
 * [Content_Types].xml with an Override for each new part.
 * @example addOverrides(types, [{ part: "xl/charts/chart1.xml", contentType: CHART_CONTENT_TYPE }])
 */
export function addOverrides(contentTypesXml: string, parts: { part: string; contentType: string }[]): string {
  const overrides = parts.map((p) => `<Override PartName="/${escapeXml(p.part)}" ContentType="${p.contentType}"/>`).join("");
  return contentTypesXml.replace("</Types>", `${overrides}</Types>`);
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
  const children = rootChildren(sheetXml);
  if (children.some((c) => c.name === "drawing")) throw new Error("The worksheet already has a drawing; charts would replace it.");
  const end = sheetXml.lastIndexOf("</worksheet>");
  if (end < 0) throw new Error("Not a worksheet part.");
  const at = children.find((c) => AFTER_DRAWING.has(c.name))?.index ?? end;
  let xml = `${sheetXml.slice(0, at)}<drawing r:id="${rId}"/>${sheetXml.slice(at)}`;
  const root = startTags(xml, "worksheet")[0] ?? "";
  if (!/\sxmlns:r\s*=/.test(root)) xml = xml.replace(root, root.replace(/^<worksheet/, `<worksheet xmlns:r="${R_NS}"`));
  return xml;
}

/**
 * Name and offset of each child element of the document's root. A depth-counting scan over
 * tags, skipping declarations, comments and CDATA, and quoted attribute values (which may hold ">").
 */
function rootChildren(xml: string): { name: string; index: number }[] {
  const children: { name: string; index: number }[] = [];
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)([\w:.-]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  let depth = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const name = m[2];
    if (name === undefined) continue; // comment, CDATA, declaration
    if (m[1] === "/") {
      depth--;
      continue;
    }
    if (depth === 1) children.push({ name: name.replace(/^\w+:/, ""), index: m.index });
    if (m[3] !== "/") depth++;
  }
  return children;
}
