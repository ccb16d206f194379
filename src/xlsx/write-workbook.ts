import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import { quoteSheetName } from "../report/references";
import { ownershipName, SETTINGS_SHEET_NAME, settingsSheetValues } from "../report/settings-sheet";
import { emptySheet, rangeValues, type SheetSpec, type TableSpec } from "../report/sheet-spec";
import { resolveSeries } from "./charts/chart-data";
import { chartXml } from "./charts/chart-xml";
import {
  CHART_CONTENT_TYPE,
  CHART_RELATIONSHIP,
  DRAWING_CONTENT_TYPE,
  drawingXml,
  type PlacedChart,
  relationshipsXml,
} from "./charts/drawing-xml";
import { SharedStrings } from "./writer/shared-strings";
import { rangeAddress, writeSheet } from "./writer/sheet";
import { StyleBook } from "./writer/styles";
import { textElement, xmlText } from "./writer/text";
import { chosenDeflater, type Deflater, deflateHere } from "./writer/deflate";
import { type Sink, ZipWriter } from "./writer/zip";

export interface WriteOptions {
  /** Settings JSON stored on the hidden settings sheet. */
  settingsText: string;
  /** ISO timestamp of the run: the workbook's created/modified dates, for repeatable files. */
  runAt: string;
}

/**
 * Renders SheetSpecs into a new .xlsx workbook: values, number formats, Excel tables, cell
 * styles, conditional formats, data validation, widths, frozen panes, native charts, the
 * ownership names and the very hidden settings sheet. Each worksheet is written row by row
 * straight into the deflated package (src/xlsx/writer/), so a million-row sheet never becomes a
 * workbook model or one string. The bytes depend only on the specs and the options.
 */
export async function writeWorkbook(specs: SheetSpec[], options: WriteOptions): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeWorkbookTo(specs, options, (chunk) => chunks.push(chunk));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The same, written to a file as it is produced (the command line's path). With
 * PED_DEFLATE=worker the pieces of a large workbook are deflated on a worker thread while the
 * next rows are built (the same bytes); by default they are deflated in place: on this 2-core
 * machine shared with other work, the worker made the 100,000-partner write slower, not faster
 * (docs/PERFORMANCE.md, issue 11, "The command line at scale, second pass").
 */
export async function writeWorkbookFile(specs: SheetSpec[], options: WriteOptions, path: string): Promise<void> {
  const fd = openSync(path, "w");
  const deflater = chosenDeflater(rowsOf(specs));
  try {
    await writeWorkbookTo(
      specs,
      options,
      (chunk) => {
        for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
      },
      deflater?.deflate,
    );
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true }); // no half-written workbook left behind
    throw error;
  } finally {
    await deflater?.close();
  }
  closeSync(fd);
}

function rowsOf(specs: SheetSpec[]): number {
  let rows = 0;
  for (const spec of specs) for (const b of spec.blocks) rows += b.values.length;
  return rows;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

interface SheetPlan {
  spec: SheetSpec;
  part: string;
  hidden: boolean;
  tables: { table: TableSpec; id: number }[];
  charts: { xml: string; part: string; placed: PlacedChart }[];
  drawing?: string;
}

/** Writes the package: small parts first, each sheet as it is produced, styles and strings last. */
export async function writeWorkbookTo(
  specs: SheetSpec[],
  options: WriteOptions,
  sink: Sink,
  deflate: Deflater = deflateHere,
): Promise<void> {
  const when = new Date(options.runAt);
  const dated = !Number.isNaN(when.getTime());
  const zip = new ZipWriter(sink, dated ? when : new Date(0), { deflate });
  try {
    await writeParts(zip, specs, options, dated);
  } catch (error) {
    zip.abort(error);
    throw error;
  }
}

async function writeParts(zip: ZipWriter, specs: SheetSpec[], options: WriteOptions, dated: boolean): Promise<void> {
  const settings: SheetSpec = {
    ...emptySheet("summary", SETTINGS_SHEET_NAME),
    blocks: [{ row: 0, col: 0, values: settingsSheetValues(options.settingsText) }],
  };
  const plans = planSheets(specs, settings);

  zip.file("[Content_Types].xml", contentTypes(plans));
  zip.file(
    "_rels/.rels",
    rels([
      [`${REL}/officeDocument`, "xl/workbook.xml"],
      [`${PACKAGE_RELS}/metadata/core-properties`, "docProps/core.xml"],
      [`${REL}/extended-properties`, "docProps/app.xml"],
    ]),
  );
  zip.file("docProps/app.xml", appXml());
  zip.file("docProps/core.xml", coreXml(dated ? options.runAt : null));
  zip.file("xl/workbook.xml", workbookXml(specs, plans));
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels([
      [`${REL}/styles`, "styles.xml"],
      [`${REL}/theme`, "theme/theme1.xml"],
      [`${REL}/sharedStrings`, "sharedStrings.xml"],
      ...plans.map((p): [string, string] => [`${REL}/worksheet`, p.part.slice("xl/".length)]),
    ]),
  );
  zip.file("xl/theme/theme1.xml", THEME);

  const styles = new StyleBook();
  const strings = new SharedStrings();
  for (const plan of plans) {
    const tableIds = plan.tables.map((_, i) => `rId${i + 1}`);
    const drawingId = plan.drawing ? `rId${plan.tables.length + 1}` : undefined;
    const out = zip.open(plan.part);
    await writeSheet(plan.spec, { tableIds, ...(drawingId ? { drawingId } : {}) }, styles, strings, out);
    out.close();
    const sheetRels: [string, string][] = plan.tables.map(({ id }) => [`${REL}/table`, `../tables/table${id}.xml`]);
    if (plan.drawing) sheetRels.push([`${REL}/drawing`, `../drawings/${plan.drawing.slice("xl/drawings/".length)}`]);
    if (sheetRels.length > 0) zip.file(relsPathOf(plan.part), rels(sheetRels));
    for (const { table, id } of plan.tables) zip.file(`xl/tables/table${id}.xml`, tableXml(plan.spec, table, id));
    if (plan.drawing) {
      for (const c of plan.charts) zip.file(c.part, c.xml);
      zip.file(plan.drawing, drawingXml(plan.charts.map((c) => c.placed)));
      zip.file(
        relsPathOf(plan.drawing),
        relationshipsXml(
          CHART_RELATIONSHIP,
          plan.charts.map((c) => `../charts/${c.part.slice("xl/charts/".length)}`),
        ),
      );
    }
  }
  zip.file("xl/styles.xml", styles.xml());
  const sst = zip.open("xl/sharedStrings.xml");
  await strings.writeTo(sst, textElement);
  sst.close();
  await zip.finish();
}

/** Part names, table ids and the charts of every sheet, numbered in sheet order. */
function planSheets(specs: SheetSpec[], settings: SheetSpec): SheetPlan[] {
  let tableId = 0;
  let chartNo = 0;
  let drawingNo = 0;
  const plans: SheetPlan[] = [...specs, settings].map((spec, i) => ({
    spec,
    part: `xl/worksheets/sheet${i + 1}.xml`,
    hidden: spec === settings,
    tables: spec.tables.map((table) => ({ table, id: ++tableId })),
    charts: [],
  }));
  for (const plan of plans) {
    if (plan.hidden) continue;
    for (const chart of plan.spec.charts) {
      const series = resolveSeries(chart, plan.spec.key, specs);
      if (series.length === 0) continue;
      plan.charts.push({
        xml: chartXml(chart, series),
        part: `xl/charts/chart${++chartNo}.xml`,
        placed: { name: chart.name, anchor: chart.anchor, rId: `rId${plan.charts.length + 1}` },
      });
    }
    if (plan.charts.length > 0) plan.drawing = `xl/drawings/drawing${++drawingNo}.xml`;
  }
  return plans;
}

function contentTypes(plans: SheetPlan[]): string {
  const overrides: [string, string][] = [
    ["xl/workbook.xml", `${SML}.sheet.main+xml`],
    ...plans.map((p): [string, string] => [p.part, `${SML}.worksheet+xml`]),
    ["xl/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"],
    ["xl/styles.xml", `${SML}.styles+xml`],
    ["xl/sharedStrings.xml", `${SML}.sharedStrings+xml`],
    ...plans.flatMap((p) =>
      p.tables.map(({ id }): [string, string] => [`xl/tables/table${id}.xml`, `${SML}.table+xml`]),
    ),
    ["docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
    ...plans.flatMap((p): [string, string][] => [
      ...p.charts.map((c): [string, string] => [c.part, CHART_CONTENT_TYPE]),
      ...(p.drawing ? [[p.drawing, DRAWING_CONTENT_TYPE] as [string, string]] : []),
    ]),
  ];
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join("") +
    `</Types>`
  );
}

function rels(list: [type: string, target: string][]): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}">` +
    list.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join("") +
    `</Relationships>`
  );
}

/** xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function workbookXml(specs: SheetSpec[], plans: SheetPlan[]): string {
  const sheets = plans
    .map(
      (p, i) =>
        `<sheet name="${xmlText(p.spec.name)}" sheetId="${i + 1}"${p.hidden ? ' state="veryHidden"' : ""} r:id="rId${i + 4}"/>`,
    )
    .join("");
  // One name per key (Excel refuses a name defined twice): sheets sharing a key share the name.
  const refs = new Map<string, string[]>();
  for (const s of specs)
    refs.set(ownershipName(s.key), [...(refs.get(ownershipName(s.key)) ?? []), `${quoteSheetName(s.name)}!$A$1`]);
  const names = [...refs]
    .map(([name, list]) => `<definedName name="${name}">${xmlText(list.join(","))}</definedName>`)
    .join("");
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="164011"/>` +
    `<sheets>${sheets}</sheets>${names ? `<definedNames>${names}</definedNames>` : ""}<calcPr calcId="171027"/></workbook>`
  );
}

function tableXml(spec: SheetSpec, table: TableSpec, id: number): string {
  const { range } = table;
  const ref = rangeAddress(range);
  const [header = []] = rangeValues(spec, { ...range, rows: 1 });
  const columns = header.map((h, j) => `<tableColumn id="${j + 1}" name="${xmlText(String(h ?? ""))}"/>`).join("");
  const name = xmlText(table.name);
  return (
    `${XML_HEAD}<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${header.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlText(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

function appXml(): string {
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
    `<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>` +
    `<AppVersion>16.0300</AppVersion></Properties>`
  );
}

/** The creator, and the run's time as created and modified (none when the time is not a date). */
function coreXml(runAt: string | null): string {
  const stamp = runAt === null ? "" : new Date(runAt).toISOString().replace(/\.\d{3}Z$/, "Z");
  const dates = stamp
    ? `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`
    : "";
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>Partner Ecosystem Designer</dc:creator>${dates}</cp:coreProperties>`
  );
}

/** ExcelJS's Office theme (the default font's "minor" scheme and theme colours refer to it). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const THEME = require("exceljs/lib/xlsx/xml/theme1.js") as string;
