/**
 * The small parts of an .xlsx package, parsed whole for the streaming reader: the workbook (sheets,
 * defined names, date system), relationships, each sheet's tables, which cell styles are dates,
 * and the shared strings (each as plain text).
 */
import { DOMParser, type Element as XmlElement } from "@xmldom/xmldom";
import type JSZip from "jszip";
import { CannotAnalyzeError } from "../engine/errors";
import type { RawCell } from "../engine/model";

export interface SheetPart {
  name: string;
  path: string;
}

export interface TablePart {
  name: string;
  ref: string;
  totalsRow: boolean;
}

const parser = () => new DOMParser({ onError: () => undefined });

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

function elements(parent: { getElementsByTagName(name: string): ArrayLike<XmlElement> }, name: string): XmlElement[] {
  return Array.from(parent.getElementsByTagName(name));
}

/** The target of a relationship, as a path from the package root. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").filter(Boolean);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

async function relationships(zip: JSZip, partPath: string): Promise<Map<string, string>> {
  const folder = partPath.replace(/[^/]+$/, "");
  const text = await partText(zip, `${folder}_rels/${partPath.slice(folder.length)}.rels`);
  const out = new Map<string, string>();
  if (!text) return out;
  const doc = parser().parseFromString(text, "text/xml");
  for (const rel of elements(doc, "Relationship")) {
    if (rel.getAttribute("TargetMode") === "External") continue;
    out.set(rel.getAttribute("Id") ?? "", resolveTarget(folder, rel.getAttribute("Target") ?? ""));
  }
  return out;
}

export async function workbookParts(
  zip: JSZip,
): Promise<{ sheets: SheetPart[]; definedNames: { name: string; ref: string }[]; date1904: boolean }> {
  const path = "xl/workbook.xml";
  const text = await partText(zip, path);
  if (text === null)
    throw new CannotAnalyzeError("The file is not a readable .xlsx workbook (it has no xl/workbook.xml).");
  const doc = parser().parseFromString(text, "text/xml");
  const rels = await relationships(zip, path);
  const sheets = elements(doc, "sheet").map((s) => ({
    name: s.getAttribute("name") ?? "",
    path: rels.get(s.getAttribute("r:id") ?? "") ?? "",
  }));
  const definedNames = elements(doc, "definedName").map((d) => ({
    name: d.getAttribute("name") ?? "",
    ref: d.textContent ?? "",
  }));
  const pr = elements(doc, "workbookPr")[0];
  const date1904 = pr !== undefined && /^(1|true)$/.test(pr.getAttribute("date1904") ?? "");
  return { sheets, definedNames, date1904 };
}

export async function tablesOf(zip: JSZip, sheet: SheetPart): Promise<TablePart[]> {
  const rels = await relationships(zip, sheet.path);
  const out: TablePart[] = [];
  for (const target of rels.values()) {
    if (!/\/tables\/[^/]+\.xml$/.test(`/${target}`)) continue;
    const text = await partText(zip, target);
    if (!text) continue;
    const t = parser().parseFromString(text, "text/xml").documentElement;
    if (!t) continue;
    out.push({
      name: t.getAttribute("displayName") ?? t.getAttribute("name") ?? "",
      ref: t.getAttribute("ref") ?? "A1",
      totalsRow: Number(t.getAttribute("totalsRowCount") ?? 0) > 0,
    });
  }
  return out;
}

/** ExcelJS's own test of a date format (utils.isDateFmt), so both readers see the same dates. */
function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/** Excel's built-in number formats that show dates or times (ECMA-376 §18.8.30). */
const BUILT_IN_DATES: Record<number, string> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** Per cell style index (cellXfs), whether its number format shows a date. */
export async function dateStyles(zip: JSZip): Promise<boolean[]> {
  const text = await partText(zip, "xl/styles.xml");
  if (!text) return [];
  const doc = parser().parseFromString(text, "text/xml");
  const custom = new Map(
    elements(doc, "numFmt").map((f) => [Number(f.getAttribute("numFmtId")), f.getAttribute("formatCode") ?? ""]),
  );
  const xfs = elements(doc, "cellXfs")[0];
  if (!xfs) return [];
  return elements(xfs, "xf").map((xf) => {
    const id = Number(xf.getAttribute("numFmtId") ?? 0);
    return isDateFmt(custom.get(id) ?? BUILT_IN_DATES[id]);
  });
}

/** The shared-string table, each entry its plain text (rich-text runs joined; phonetic runs left out). */
export async function sharedStrings(zip: JSZip): Promise<RawCell[]> {
  const text = await partText(zip, "xl/sharedStrings.xml");
  if (!text) return [];
  const out: RawCell[] = [];
  const si = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
  for (let m = si.exec(text); m !== null; m = si.exec(text)) out.push(textOf(m[1] ?? ""));
  return out;
}

/** The text of a string item (`<t>`, or runs `<r><t>`), without phonetic runs (`<rPh>`). */
export function textOf(inner: string): string {
  const body = inner.includes("<rPh") ? inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : inner;
  let out = "";
  const t = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g;
  for (let m = t.exec(body); m !== null; m = t.exec(body)) out += unescapeXml(m[1] ?? "");
  return out;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code[0] === "#")
      return String.fromCodePoint(
        code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
      );
    return ENTITIES[code] ?? all;
  });
}
