import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellRange, ChartSpec, ChartType, SheetSpec } from "../../src/report/sheet-spec";
import { emptySheet } from "../../src/report/sheet-spec";
import type { Element } from "@xmldom/xmldom";
import { CHART_CONTENT_TYPE, DRAWING_CONTENT_TYPE } from "../../src/xlsx/charts/drawing-xml";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { parseXml } from "../../src/xlsx/xml";
import { worksheetParts } from "../support/exceljs-writer/package-xml";
import { wellFormedProblem } from "./well-formed";

/*
 * Every test here reads the package that the command line ships: `writeWorkbook`
 * (src/xlsx/write-workbook.ts, the streaming writer). The ExcelJS reference writer's own package
 * edits are tested beside it, in test/support/exceljs-writer/package-xml.test.ts.
 */

const col = (c: number, row = 1, rows = 3): CellRange => ({ row, col: c, rows, cols: 1 });
const slot = (n: number): CellRange => ({ row: n * 16, col: 6, rows: 15, cols: 8 });

/** A Summary with a tier table (an Excel table, so the sheet already has a relationship). */
function summary(charts: ChartSpec[]): SheetSpec {
  return {
    ...emptySheet("summary"),
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          ["Tier", "Partners", "Investment", "Revenue"],
          ["Strategic", 4, 1_000_000, 7_000_000],
          ["Focus", 31, 5_000_000, 19_000_000],
          ["R&D <new>", 12, 1_800_000, null],
        ],
        numberFormats: [null, "#,##0", "#,##0", "#,##0"],
        headerRows: 1,
      },
    ],
    tables: [{ name: "SummaryTiers", range: { row: 0, col: 0, rows: 4, cols: 4 }, style: "TableStyleLight9" }],
    charts,
  };
}

/** A Tiering sheet under a name that needs quoting (space, apostrophe). */
function tiering(charts: ChartSpec[] = []): SheetSpec {
  return {
    ...emptySheet("tiering", "Bob's Tiering"),
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          ["Partner", "Fit", "Impact", "Revenue"],
          ["Aster", 4, 4.5, 1000],
          ["Bluefin", 2, 3, 500],
        ],
      },
    ],
    charts,
  };
}

const tiers = { range: col(0) };
function chart(type: ChartType, n: number): ChartSpec {
  const base = { name: `Chart_${type}`, type, title: `A ${type} chart`, anchor: slot(n) };
  switch (type) {
    case "bubble":
      return {
        ...base,
        series: [
          {
            name: "Strategic",
            categories: { sheet: "tiering", range: col(1, 1, 2) },
            values: { sheet: "tiering", range: col(2, 1, 2) },
            sizes: { sheet: "tiering", range: col(3, 1, 2) },
            color: "#1E7B4F",
          },
        ],
        xAxisTitle: "Fit",
        yAxisTitle: "Impact",
      };
    case "pie":
      return { ...base, series: [{ name: "Partners", categories: tiers, values: { range: col(1) } }] };
    default:
      return {
        ...base,
        series: [
          { name: "Investment", categories: tiers, values: { range: col(2) }, color: "#8A6D00" },
          { name: "Revenue", categories: tiers, values: { range: col(3) }, color: "#1e7b4f" },
        ],
        yAxisTitle: "Amount",
      };
  }
}

const TYPES: ChartType[] = ["columnClustered", "columnStacked", "barStacked", "bubble", "radar", "pie"];

async function written(specs: SheetSpec[]): Promise<JSZip> {
  const bytes = await writeWorkbook(specs, { settingsText: "{}", runAt: "2026-01-01T00:00:00Z" });
  return JSZip.loadAsync(bytes);
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async("string");
}

/** The chart parts of the package, keyed by chart title. */
async function chartsByTitle(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))) {
    const xml = await text(zip, path);
    out.set(/<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1] ?? path, xml);
  }
  return out;
}

describe("native charts in the .xlsx the command line writes (writeWorkbook)", () => {
  const specs = () => [
    summary(TYPES.map(chart)),
    tiering([
      {
        ...chart("columnClustered", 0),
        title: "Fit per partner",
        series: [{ name: "Fit", values: { range: col(1, 1, 2) } }],
      },
    ]),
  ];

  it("adds a chart part per chart and a drawing per sheet with charts, each with its content type", async () => {
    const zip = await written(specs());
    const parts = Object.keys(zip.files);
    expect(parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(7);
    expect(parts.filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p)).sort()).toEqual([
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
    const types = await text(zip, "[Content_Types].xml");
    for (let i = 1; i <= 7; i++)
      expect(types).toContain(`<Override PartName="/xl/charts/chart${i}.xml" ContentType="${CHART_CONTENT_TYPE}"/>`);
    for (let i = 1; i <= 2; i++)
      expect(types).toContain(
        `<Override PartName="/xl/drawings/drawing${i}.xml" ContentType="${DRAWING_CONTENT_TYPE}"/>`,
      );
  });

  it("links each sheet's drawing under a relationship id the sheet does not use yet, keeping the table's", async () => {
    const zip = await written(specs());
    const parts = worksheetParts(await text(zip, "xl/workbook.xml"), await text(zip, "xl/_rels/workbook.xml.rels"));
    const sheetPart = parts.get("Summary") ?? "";
    const rels = await text(zip, sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels");
    expect(rels).toMatch(/Id="rId1" Type="[^"]*\/table" Target="..\/tables\/table1.xml"/);
    const drawingRel = /Id="(rId\d+)" Type="[^"]*\/drawing" Target="..\/drawings\/(drawing\d+\.xml)"/.exec(rels);
    expect(drawingRel?.[1]).toBe("rId2");
    const sheet = await text(zip, sheetPart);
    expect(sheet).toContain(`<drawing r:id="rId2"/><tableParts`);
    const drawingRels = await text(zip, `xl/drawings/_rels/${drawingRel?.[2]}.rels`);
    expect(drawingRels.match(/Type="[^"]*\/chart" Target="..\/charts\/chart\d+\.xml"/g)).toHaveLength(6);
  });

  it("anchors each chart over exactly its cells, named as the report names it", async () => {
    const zip = await written(specs());
    const drawing = await text(zip, "xl/drawings/drawing1.xml");
    expect(drawing.match(/<xdr:twoCellAnchor /g)).toHaveLength(6);
    expect(drawing).toContain('name="Chart_columnClustered"');
    // Slot 1: rows 16–30, columns G–N → from (16, 6) to (31, 14), 0-based.
    expect(drawing).toContain(
      "<xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
        "<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>31</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>",
    );
  });

  it("refers to cells by the actual sheet names, quoted, and to another sheet when the range names it", async () => {
    const charts = await chartsByTitle(await written(specs()));
    const column = charts.get("A columnClustered chart") ?? "";
    expect(column).toContain("<c:cat><c:strRef><c:f>&apos;Summary&apos;!$A$2:$A$4</c:f>");
    expect(column).toContain("<c:val><c:numRef><c:f>&apos;Summary&apos;!$C$2:$C$4</c:f>");
    const bubble = charts.get("A bubble chart") ?? "";
    expect(bubble).toContain("<c:xVal><c:numRef><c:f>&apos;Bob&apos;&apos;s Tiering&apos;!$B$2:$B$3</c:f>");
    expect(bubble).toContain("<c:yVal><c:numRef><c:f>&apos;Bob&apos;&apos;s Tiering&apos;!$C$2:$C$3</c:f>");
    expect(bubble).toContain("<c:bubbleSize><c:numRef><c:f>&apos;Bob&apos;&apos;s Tiering&apos;!$D$2:$D$3</c:f>");
  });

  it("caches the cells' values, so viewers that do not recalculate still draw the chart", async () => {
    const column = (await chartsByTitle(await written(specs()))).get("A columnClustered chart") ?? "";
    expect(column).toContain(
      '<c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>Strategic</c:v></c:pt><c:pt idx="1"><c:v>Focus</c:v></c:pt>' +
        '<c:pt idx="2"><c:v>R&amp;D &lt;new&gt;</c:v></c:pt></c:strCache>',
    );
    // An empty cell is a gap: counted, with no point.
    expect(column).toContain(
      '<c:numCache><c:formatCode>#,##0</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>7000000</c:v></c:pt>' +
        '<c:pt idx="1"><c:v>19000000</c:v></c:pt></c:numCache>',
    );
  });

  it("draws each type as its own plot: clustered and stacked columns, stacked bars, bubbles, radar with markers, pie", async () => {
    const charts = await chartsByTitle(await written(specs()));
    const of = (type: ChartType): string => charts.get(`A ${type} chart`) ?? "";
    expect(of("columnClustered")).toMatch(/<c:barChart><c:barDir val="col"\/><c:grouping val="clustered"\/>/);
    expect(of("columnClustered")).not.toContain("<c:overlap");
    expect(of("columnStacked")).toMatch(
      /<c:barDir val="col"\/><c:grouping val="stacked"\/>[\s\S]*<c:overlap val="100"\/>/,
    );
    expect(of("barStacked")).toMatch(
      /<c:barDir val="bar"\/><c:grouping val="stacked"\/>[\s\S]*<c:overlap val="100"\/>/,
    );
    expect(of("bubble")).toMatch(/<c:bubbleChart>[\s\S]*<c:bubbleScale val="100"\/>/);
    expect(of("bubble").match(/<c:valAx>/g)).toHaveLength(2);
    expect(of("radar")).toContain('<c:radarChart><c:radarStyle val="marker"/>');
    expect(of("pie")).toContain('<c:pieChart><c:varyColors val="1"/>');
    expect(of("pie")).not.toContain("<c:catAx>");
  });

  it("colours series from the spec and titles the axes", async () => {
    const charts = await chartsByTitle(await written(specs()));
    const column = charts.get("A columnClustered chart") ?? "";
    expect(column).toContain('<c:spPr><a:solidFill><a:srgbClr val="8A6D00"/></a:solidFill></c:spPr>');
    expect(column).toContain('<a:srgbClr val="1E7B4F"/>');
    expect(column).toMatch(/<c:valAx>[\s\S]*<a:t>Amount<\/a:t>[\s\S]*<\/c:valAx>/);
    const bubble = charts.get("A bubble chart") ?? "";
    expect(bubble).toMatch(/<c:axPos val="b"\/>[\s\S]*<a:t>Fit<\/a:t>/);
    expect(bubble).toMatch(/<c:axPos val="l"\/>[\s\S]*<a:t>Impact<\/a:t>/);
  });

  it("writes only well-formed XML in every part it adds or edits", async () => {
    const zip = await written(specs());
    const parts = Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p));
    const problems: string[] = [];
    for (const p of parts) {
      const problem = wellFormedProblem(await text(zip, p));
      if (problem) problems.push(`${p}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it("leaves a workbook that ExcelJS can still open, with its sheets and values", async () => {
    const bytes = await writeWorkbook(specs(), { settingsText: "{}", runAt: "2026-01-01T00:00:00Z" });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Summary", "Bob's Tiering", "PED_Settings"]);
    expect(wb.getWorksheet("Summary")?.getCell("B3").value).toBe(31);
  });

  it("leaves out a series whose range is on a sheet the workbook does not have, and a chart left with none", async () => {
    // No "tiering" sheet: the bubble chart's only series and the column chart's second are on it.
    const mixed: ChartSpec = {
      ...chart("columnClustered", 2),
      title: "Mixed",
      series: [
        { name: "Here", categories: tiers, values: { range: col(1) } },
        { name: "Gone", values: { sheet: "tiering", range: col(1, 1, 2) } },
      ],
    };
    const zip = await written([summary([chart("bubble", 0), chart("pie", 1), mixed])]);
    const charts = await chartsByTitle(zip);
    expect([...charts.keys()].sort()).toEqual(["A pie chart", "Mixed"]);
    const kept = charts.get("Mixed") ?? "";
    expect(kept.match(/<c:ser>/g)).toHaveLength(1);
    expect(kept).toContain("<c:v>Here</c:v>");
    expect(kept).not.toContain("Gone");
    expect(kept).not.toContain("Tiering");
    // The drawing holds the two charts left, each linked to its part.
    const drawing = await text(zip, "xl/drawings/drawing1.xml");
    expect(drawing.match(/<xdr:twoCellAnchor /g)).toHaveLength(2);
    expect(drawing).not.toContain('name="Chart_bubble"');
    expect((await text(zip, "xl/drawings/_rels/drawing1.xml.rels")).match(/<Relationship /g)).toHaveLength(2);
  });

  it("writes no drawing, chart part, content type or relationship when no sheet has a chart", async () => {
    const zip = await written([summary([]), tiering()]);
    const parts = Object.keys(zip.files);
    expect(parts.filter((p) => /^xl\/(drawings|charts)\//.test(p))).toEqual([]);
    expect(await text(zip, "[Content_Types].xml")).not.toMatch(/drawing/);
    for (const p of parts.filter((p) => p.startsWith("xl/worksheets/")))
      expect(await text(zip, p)).not.toMatch(/drawing/);
  });

  it("places <drawing> where CT_Worksheet wants it: after pageMargins, before tableParts, every part in schema order", async () => {
    const rich: SheetSpec = {
      ...summary([chart("columnClustered", 0)]),
      tabColor: "#0F6CBD",
      columnWidths: [20, 12],
      freeze: { rows: 1, cols: 1 },
      conditionalFormats: [{ kind: "colorScale", range: col(1, 1, 3), min: "#FFFFFF", max: "#1E7B4F" }],
      validations: [{ range: col(0, 1, 3), list: ["Strategic", "Focus"], errorMessage: "Pick a tier" }],
    };
    const zip = await written([rich, tiering([chart("pie", 0)])]);
    const sheets = worksheetParts(await text(zip, "xl/workbook.xml"), await text(zip, "xl/_rels/workbook.xml.rels"));
    const order = async (name: string): Promise<string[]> => {
      const root = parseXml(await text(zip, sheets.get(name) ?? ""), name).documentElement as Element;
      const out: string[] = [];
      for (let n = root.firstChild; n !== null; n = n.nextSibling)
        if (n.nodeType === n.ELEMENT_NODE) out.push((n as Element).localName ?? "");
      return out;
    };
    const summaryOrder = await order("Summary");
    expect(summaryOrder.slice(-3)).toEqual(["pageMargins", "drawing", "tableParts"]);
    expect(summaryOrder).toEqual(expect.arrayContaining(["conditionalFormatting", "dataValidations"]));
    for (const name of ["Summary", "Bob's Tiering"]) {
      const children = await order(name);
      expect(children).toContain("drawing");
      const ranks = children.map((c) => CT_WORKSHEET.indexOf(c));
      expect(ranks).not.toContain(-1);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

/** The children of <worksheet>, in the order the CT_Worksheet sequence (ISO/IEC 29500-1, sml.xsd) requires. */
const CT_WORKSHEET = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

describe("the well-formedness check these tests use", () => {
  it("has a well-formedness check that catches mis-nested tags, stray ampersands and a second root", () => {
    expect(wellFormedProblem(`<?xml version="1.0"?>\n<a x="1"><b/>R&amp;D</a>`)).toBeNull();
    expect(wellFormedProblem("<a><b></a></b>")).not.toBeNull();
    expect(wellFormedProblem("<a>R&D</a>")).not.toBeNull();
    expect(wellFormedProblem("<a>R & D</a>")).not.toBeNull();
    expect(wellFormedProblem("<a/><b/>")).not.toBeNull();
    expect(wellFormedProblem('<a x="1" x="2"/>')).not.toBeNull();
  });
});
