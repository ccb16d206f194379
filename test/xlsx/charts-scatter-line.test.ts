import JSZip from "jszip";
import type { ChartSpec, SheetSpec } from "../../src/report/sheet-spec";
import { emptySheet } from "../../src/report/sheet-spec";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { wellFormedProblem } from "./well-formed";

/** A Radar-like sheet: points in A–C, guides in E–F; a snapshot table in H–I with a gap. */
function sheet(charts: ChartSpec[]): SheetSpec {
  return {
    ...emptySheet("radar"),
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          ["Partner", "x", "y"],
          ["Aster", 0.5, 0],
          ["R&D <Co>", -1.5, 0.25],
        ],
        headerRows: 1,
        numberFormats: [null, "0.00", "0.00"],
      },
      {
        row: 0,
        col: 4,
        values: [
          ["Rings x", "Rings y"],
          [0, 1],
          [1, 0],
          [0, -1],
        ],
        headerRows: 1,
      },
      {
        row: 0,
        col: 7,
        values: [
          ["Taken at", "Aster"],
          ["2026-01-01", 50],
          ["2026-02-01", null],
          ["2026-03-01", 60],
        ],
        headerRows: 1,
      },
    ],
    charts,
  };
}

const radar: ChartSpec = {
  name: "Radar",
  type: "scatter",
  title: "Partnership radar",
  anchor: { row: 0, col: 10, rows: 20, cols: 10 },
  series: [
    {
      name: "Rings",
      categories: { range: { row: 1, col: 4, rows: 3, cols: 1 } },
      values: { range: { row: 1, col: 5, rows: 3, cols: 1 } },
      color: "#A19F9D",
      draw: "lines",
      hideInLegend: true,
    },
    {
      name: "Co-sell",
      categories: { range: { row: 1, col: 1, rows: 2, cols: 1 } },
      values: { range: { row: 1, col: 2, rows: 2, cols: 1 } },
      color: "#0F6CBD",
      draw: "markers",
      markerSizes: [20, 1],
      pointLabels: ["Aster", "R&D <Co>"],
    },
  ],
  axes: { min: -3.3, max: 3.3, hidden: true },
  legend: true,
};

const line: ChartSpec = {
  name: "Composites",
  type: "line",
  title: "Composite over time",
  anchor: { row: 21, col: 10, rows: 15, cols: 10 },
  series: [
    {
      name: "Aster",
      categories: { range: { row: 1, col: 7, rows: 3, cols: 1 } },
      values: { range: { row: 1, col: 8, rows: 3, cols: 1 } },
      color: "#1E7B4F",
    },
  ],
  yAxisTitle: "Composite",
  blanks: "span",
};

async function chartParts(specs: SheetSpec[]): Promise<string[]> {
  const zip = await JSZip.loadAsync(await writeWorkbook(specs, { settingsText: "{}", runAt: "2026-01-01T00:00:00Z" }));
  const paths = Object.keys(zip.files)
    .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    .sort();
  return Promise.all(paths.map((p) => zip.file(p)?.async("string") ?? ""));
}

describe("scatter and line charts in the .xlsx writer (the Radar and Evolution sheets)", () => {
  it("writes a scatter chart with X and Y value references and two value axes", async () => {
    const [xml = ""] = await chartParts([sheet([radar])]);
    expect(xml).toContain('<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>');
    expect(xml).toContain("<c:xVal><c:numRef><c:f>&apos;Radar&apos;!$B$2:$B$3</c:f>");
    expect(xml).toContain("<c:yVal><c:numRef><c:f>&apos;Radar&apos;!$C$2:$C$3</c:f>");
    expect(xml.match(/<c:valAx>/g)).toHaveLength(2);
    expect(xml).not.toContain("<c:catAx>");
  });

  it("draws a guide series as a line without markers and a partner series as markers without a line", async () => {
    const [xml = ""] = await chartParts([sheet([radar])]);
    const [rings = "", partners = ""] = xml.split("<c:ser>").slice(1);
    expect(rings).toContain('<c:marker><c:symbol val="none"/></c:marker>');
    expect(rings).toMatch(/<a:ln w="9525" cap="rnd"><a:solidFill><a:srgbClr val="A19F9D"\/>/);
    expect(partners).toContain('<a:ln w="19050"><a:noFill/></a:ln>');
    expect(partners).toContain('<c:symbol val="circle"/>');
  });

  it("sizes each point with its own marker size, clamped to Excel's 2–72", async () => {
    const [xml = ""] = await chartParts([sheet([radar])]);
    expect(xml).toMatch(/<c:dPt><c:idx val="0"\/><c:marker><c:symbol val="circle"\/><c:size val="20"\/>/);
    expect(xml).toMatch(/<c:dPt><c:idx val="1"\/><c:marker><c:symbol val="circle"\/><c:size val="2"\/>/);
  });

  it("labels each point with its text (escaped), and keeps the series' own labels off", async () => {
    const [xml = ""] = await chartParts([sheet([radar])]);
    expect(xml).toContain(
      '<c:dLbl><c:idx val="1"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" sz="800"/><a:t>R&amp;D &lt;Co&gt;</a:t>',
    );
    expect(xml).toMatch(/<\/c:dLbl><c:showLegendKey val="0"\/><c:showVal val="0"\/>/);
  });

  it("fixes and hides both axes of a picture-like chart, and keeps guides out of the legend", async () => {
    const [xml = ""] = await chartParts([sheet([radar])]);
    expect(
      xml.match(
        /<c:scaling><c:orientation val="minMax"\/><c:max val="3.3"\/><c:min val="-3.3"\/><\/c:scaling><c:delete val="1"\/>/g,
      ),
    ).toHaveLength(2);
    expect(xml).not.toContain("<c:majorGridlines>");
    expect(xml).toContain(
      '<c:legend><c:legendPos val="b"/><c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry><c:overlay val="0"/></c:legend>',
    );
  });

  it("writes a line chart over text categories, with markers, spanning empty cells when asked", async () => {
    const [xml = ""] = await chartParts([sheet([line])]);
    expect(xml).toContain('<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>');
    expect(xml).toContain("<c:cat><c:strRef><c:f>&apos;Radar&apos;!$H$2:$H$4</c:f>");
    expect(xml).toContain('<c:marker val="1"/>');
    expect(xml).toContain('<c:dispBlanksAs val="span"/>');
    expect(xml).toContain("<c:catAx>");
  });

  it("writes well-formed chart parts", async () => {
    for (const xml of await chartParts([sheet([radar, line])])) expect(wellFormedProblem(xml)).toBeNull();
  });
});
