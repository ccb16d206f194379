/**
 * The file standard as a test: every XML part of an .xlsx checked against the ISO/IEC 29500-4
 * transitional schemas and the OPC schemas (copied in ./ooxml-schemas, see its README), the way
 * Excel's reader sees it. It mirrors `../shared/schemas/ooxml/validate.py` (the reference check):
 *
 * - each part is mapped to a schema by its content type (an Override for its name, else the
 *   Default for its extension); a part with neither is a problem; content types no schema here
 *   covers (core properties, images, VML) are not validated;
 * - markup compatibility first, as Excel applies it: attributes in namespaces named by
 *   `mc:Ignorable` (and `mc:*`, `xml:space`) are dropped, `mc:AlternateContent` is replaced by its
 *   `mc:Fallback`, then elements in ignorable namespaces are dropped;
 * - every internal relationship target must be a part of the package.
 *
 * xmllint-wasm compiles the schemas in about 0.4 s a call, so `validateWorkbooks` checks the parts
 * of many workbooks in one call: one wrapper schema imports the four schema roots validate.py uses
 * (sml.xsd, which reaches the chart, drawing and theme schemas; the extended properties; OPC
 * relationships and content types), and a part's root element must belong to a namespace its own
 * content type's schema reaches — the same documents validate.py accepts with its separate schemas.
 */
import { type Attr, type Document, DOMParser, type Element, XMLSerializer } from "@xmldom/xmldom";
import JSZip from "jszip";
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { validateXML } from "xmllint-wasm";

export const SCHEMA_DIR = join(__dirname, "ooxml-schemas");

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const ELEMENT = 1;

/** The schema validate.py picks for a content type (its `CT` table), by the file that roots it. */
const SCHEMA_OF_CONTENT_TYPE: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "ISO-IEC29500-4_2016/sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": "ISO-IEC29500-4_2016/sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": "ISO-IEC29500-4_2016/sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml": "ISO-IEC29500-4_2016/sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml": "ISO-IEC29500-4_2016/sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml": "ISO-IEC29500-4_2016/sml.xsd",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml": "ISO-IEC29500-4_2016/sml.xsd",
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": "ISO-IEC29500-4_2016/dml-chart.xsd",
  "application/vnd.openxmlformats-officedocument.drawing+xml": "ISO-IEC29500-4_2016/dml-spreadsheetDrawing.xsd",
  "application/vnd.openxmlformats-officedocument.theme+xml": "ISO-IEC29500-4_2016/dml-main.xsd",
  "application/vnd.openxmlformats-package.relationships+xml": "ecma/opc-relationships.xsd",
  "application/vnd.openxmlformats-officedocument.extended-properties+xml":
    "ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd",
};
const CONTENT_TYPES_SCHEMA = "ecma/opc-contentTypes.xsd";
const ROOT_SCHEMAS = [...new Set([...Object.values(SCHEMA_OF_CONTENT_TYPE), CONTENT_TYPES_SCHEMA])];

export interface PartProblem {
  part: string;
  /** The first (at most three) errors, joined by " | ", as validate.py prints them. */
  message: string;
}

export interface WorkbookReport {
  name: string;
  /** Parts validated against a schema (validate.py's "parts checked"). */
  checked: number;
  problems: PartProblem[];
}

export interface WorkbookInput {
  name: string;
  bytes: Uint8Array;
}

interface Schemas {
  files: { fileName: string; contents: string }[];
  /** Target namespaces each root schema file reaches through its imports, itself included. */
  reach: Map<string, Set<string>>;
}

let loaded: Schemas | undefined;

function schemas(): Schemas {
  if (loaded) return loaded;
  const files: Schemas["files"] = [];
  const target = new Map<string, string>();
  const imports = new Map<string, string[]>();
  for (const folder of ["ISO-IEC29500-4_2016", "ecma"]) {
    for (const file of readdirSync(join(SCHEMA_DIR, folder))
      .filter((f) => f.endsWith(".xsd"))
      .sort()) {
      const fileName = `${folder}/${file}`;
      const contents = readFileSync(join(SCHEMA_DIR, fileName), "utf8").replace(/^\uFEFF/, "");
      files.push({ fileName, contents });
      const root = parseStrict(contents).documentElement;
      if (!root) throw new Error(`${fileName}: no schema element`);
      target.set(fileName, root.getAttribute("targetNamespace") ?? "");
      const located = children(root)
        .filter((e) => e.localName === "import" || e.localName === "include")
        .map((e) => e.getAttribute("schemaLocation"))
        .filter((l): l is string => !!l)
        .map((l) => posix.join(posix.dirname(fileName), l));
      imports.set(fileName, located);
    }
  }
  const reach = new Map<string, Set<string>>();
  for (const rootFile of ROOT_SCHEMAS) {
    const seen = new Set<string>();
    const todo = [rootFile];
    for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
      if (seen.has(f)) continue;
      if (!target.has(f)) throw new Error(`schema ${f} is missing from ${SCHEMA_DIR}`);
      seen.add(f);
      todo.push(...(imports.get(f) ?? []));
    }
    reach.set(rootFile, new Set([...seen].map((f) => target.get(f) ?? "")));
  }
  const wrapper = [
    `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:partner-ecosystem-designer:ooxml-gate">`,
    ...ROOT_SCHEMAS.map((f) => `<xsd:import namespace="${target.get(f) ?? ""}" schemaLocation="${f}"/>`),
    `</xsd:schema>`,
  ];
  files.unshift({ fileName: "gate.xsd", contents: wrapper.join("\n") });
  loaded = { files, reach };
  return loaded;
}

/** A part ready for xmllint: markup compatibility applied, serialized again. */
interface Job {
  workbook: number;
  part: string;
  xml: string;
}

/**
 * Validates every XML part of each workbook; one report per workbook, in order. Problems name
 * the part and the first schema errors (an empty list: the workbook is valid).
 */
export async function validateWorkbooks(workbooks: WorkbookInput[]): Promise<WorkbookReport[]> {
  const { files, reach } = schemas();
  const reports: WorkbookReport[] = workbooks.map((w) => ({ name: w.name, checked: 0, problems: [] }));
  const jobs: Job[] = [];
  for (const [i, workbook] of workbooks.entries()) {
    const report = reports[i] as WorkbookReport;
    const found = await partsOf(workbook.bytes, report, reach);
    jobs.push(...found.map((j) => ({ ...j, workbook: i })));
  }
  if (jobs.length > 0) {
    const fileName = (n: number) => `part${n}.xml`;
    const result = await validateXML({
      xml: jobs.map((j, n) => ({ fileName: fileName(n), contents: j.xml })),
      schema: files[0] as { fileName: string; contents: string },
      preload: files.slice(1),
      initialMemoryPages: 2000,
      maxMemoryPages: 8000,
    });
    const errors = new Map<string, string[]>();
    for (const e of result.errors) {
      if (!e.loc) continue; // "partN.xml fails to validate": the lines before it say why
      const list = errors.get(e.loc.fileName) ?? [];
      list.push(`line ${e.loc.lineNumber}: ${e.message.replace(/^.*?Schemas validity error : /, "")}`);
      errors.set(e.loc.fileName, list);
    }
    const verdict = (pattern: RegExp) =>
      new Set(result.rawOutput.split("\n").flatMap((l) => pattern.exec(l)?.[1] ?? []));
    const failed = verdict(/^(part\d+\.xml) fails to validate$/);
    const passed = verdict(/^(part\d+\.xml) validates$/);
    const unjudged = jobs.map((_, n) => fileName(n)).filter((f) => !failed.has(f) && !passed.has(f));
    // A part xmllint said nothing about must not count as valid.
    if (unjudged.length > 0)
      throw new Error(`xmllint gave no verdict on ${unjudged.length} parts: ${result.rawOutput.slice(0, 500)}`);
    jobs.forEach((job, n) => {
      const report = reports[job.workbook] as WorkbookReport;
      report.checked += 1;
      const errs = errors.get(fileName(n));
      if (errs || failed.has(fileName(n)))
        report.problems.push({ part: job.part, message: (errs ?? ["fails to validate"]).slice(0, 3).join(" | ") });
    });
  }
  for (const r of reports) r.problems.sort((a, b) => (a.part < b.part ? -1 : a.part > b.part ? 1 : 0));
  return reports;
}

/** Reads the package: content types, well-formedness, markup compatibility, relationships. */
async function partsOf(
  bytes: Uint8Array,
  report: WorkbookReport,
  reach: Map<string, Set<string>>,
): Promise<Omit<Job, "workbook">[]> {
  const problem = (part: string, message: string) => report.problems.push({ part, message });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    problem("(package)", `not a zip package: ${(error as Error).message}`);
    return [];
  }
  const names = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
  // Each part is parsed once (xmldom is the slow step: ~1 MB/s on a loaded machine).
  const docs = new Map<string, Document | null>();
  const jobs: Omit<Job, "workbook">[] = [];
  const read = async (name: string): Promise<Document | undefined> => {
    const known = docs.get(name);
    if (known !== undefined) return known ?? undefined;
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(
        await (zip.file(name) as JSZip.JSZipObject).async("uint8array"),
      );
      const doc = parseStrict(text);
      docs.set(name, doc);
      return doc;
    } catch (error) {
      docs.set(name, null);
      problem(name, `not well-formed: ${(error as Error).message.split("\n")[0] ?? ""}`);
      return undefined;
    }
  };

  const types = names.includes("[Content_Types].xml") ? await read("[Content_Types].xml") : undefined;
  if (!types) {
    if (!names.includes("[Content_Types].xml"))
      problem("[Content_Types].xml", "the package has no [Content_Types].xml");
    return [];
  }
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const e of descendants(types.documentElement as Element)) {
    if (e.namespaceURI !== CT_NS) continue;
    if (e.localName === "Default")
      defaults.set((e.getAttribute("Extension") ?? "").toLowerCase(), e.getAttribute("ContentType") ?? "");
    if (e.localName === "Override")
      overrides.set((e.getAttribute("PartName") ?? "").replace(/^\/+/, ""), e.getAttribute("ContentType") ?? "");
  }

  // Every relationship target inside the package must exist.
  const partNames = new Set(names);
  for (const name of names.filter((n) => n.endsWith(".rels"))) {
    const rels = await read(name);
    if (!rels) continue;
    const base = posix.dirname(posix.dirname(name)) === "." ? "" : posix.dirname(posix.dirname(name));
    for (const r of children(rels.documentElement as Element)) {
      if (r.getAttribute("TargetMode") === "External") continue;
      const target = r.getAttribute("Target") ?? "";
      const full = target.startsWith("/") ? target.replace(/^\/+/, "") : posix.normalize(posix.join(base, target));
      if (!partNames.has(full))
        problem(name, `relationship ${r.getAttribute("Id") ?? "?"} points at missing part ${full}`);
    }
  }
  for (const name of names) {
    let schema: string;
    if (name === "[Content_Types].xml") {
      schema = CONTENT_TYPES_SCHEMA;
    } else {
      const type = overrides.get(name) || defaults.get((name.split(".").pop() ?? "").toLowerCase());
      if (!type) {
        problem(name, "part has no content type");
        continue;
      }
      const known = SCHEMA_OF_CONTENT_TYPE[type];
      if (!known) continue;
      schema = known;
    }
    const doc = await read(name);
    docs.delete(name);
    if (!doc) continue;
    markupCompatibility(doc);
    const root = doc.documentElement as Element;
    const allowed = reach.get(schema) ?? new Set<string>();
    if (!allowed.has(root.namespaceURI ?? "")) {
      // validate.py's schema for this content type has no such root element: count it checked and invalid.
      report.checked += 1;
      problem(
        name,
        `root element {${root.namespaceURI ?? ""}}${root.localName} is not declared by ${posix.basename(schema)}`,
      );
      continue;
    }
    jobs.push({ part: name, xml: new XMLSerializer().serializeToString(doc) });
  }

  return jobs;
}

/**
 * Markup compatibility as validate.py applies it (ECMA-376 Part 3): attributes in `mc:` and in
 * ignorable namespaces and `xml:space` dropped everywhere, each `mc:AlternateContent` replaced by
 * the content of its `mc:Fallback` (nothing when it has none), then elements in ignorable
 * namespaces removed.
 */
export function markupCompatibility(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  const all = [root, ...descendants(root)];
  const ignorable = new Set<string>();
  for (const el of all) {
    const value = el.getAttributeNS(MC, "Ignorable");
    if (!value) continue;
    for (const prefix of value.split(/\s+/).filter(Boolean)) {
      const ns = el.lookupNamespaceURI(prefix);
      if (ns) ignorable.add(ns);
    }
  }
  for (const el of all) {
    for (const attr of Array.from({ length: el.attributes.length }, (_, i) => el.attributes.item(i) as Attr)) {
      const ns = attr.namespaceURI;
      const drop = (ns === XML_NS && attr.localName === "space") || ns === MC || (ns !== null && ignorable.has(ns));
      if (drop) el.removeAttributeNode(attr);
    }
  }
  for (const alt of all.filter((e) => e.namespaceURI === MC && e.localName === "AlternateContent")) {
    const parent = alt.parentNode;
    if (!parent) continue;
    const fallback = children(alt).find((e) => e.namespaceURI === MC && e.localName === "Fallback");
    for (const child of fallback ? Array.from(fallback.childNodes) : []) parent.insertBefore(child, alt);
    parent.removeChild(alt);
  }
  for (const el of all) {
    if (el !== root && el.namespaceURI !== null && ignorable.has(el.namespaceURI)) el.parentNode?.removeChild(el);
  }
}

/** Parses XML, failing on anything a validating parser would reject (xmldom only warns on some). */
function parseStrict(text: string): Document {
  let first: string | undefined;
  const parser = new DOMParser({
    locator: false,
    onError: (level, message) => {
      first ??= `${message} (${level})`;
      throw new Error(first);
    },
    // XML 1.0 line ends only (xmldom's default also folds U+2028 and U+0085, XML 1.1 style).
    normalizeLineEndings: (s) => s.replace(/\r\n?/g, "\n"),
  });
  try {
    return parser.parseFromString(text, "text/xml");
  } catch (error) {
    throw new Error(first ?? (error as Error).message);
  }
}

function children(el: Element): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === ELEMENT);
}

function descendants(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of children(e)) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** validate.py's report lines: one per invalid part, then "<file>: N parts checked, M invalid". */
export function reportLines(report: WorkbookReport): string[] {
  return [
    ...report.problems.map((p) => `${report.name}: ${p.part}: ${p.message}`),
    `${report.name}: ${report.checked} parts checked, ${report.problems.length} invalid`,
  ];
}
