import { analyzeWorkbook } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { storedSettingsText } from "../../src/engine/settings";
import { createOfficeGateway } from "../../src/excel/office-gateway";
import { buildReport } from "../../src/report";
import { rawTable } from "../engine/fixtures";
import { createExcelNamespace, FakeWorkbook } from "./fake-excel";

const RUN_AT = "2026-11-22T10:00:00.000Z";
const PARTNERS = rawTable(
  ["Partner", "Roles", "Fit", "Impact", "Momentum", "Revenue"],
  [
    ["Acme", "Co-sell", 5, 5, 5, 900],
    ["Beta", "Co-sell", 3, 3, 3, 100],
    ["Gamma", "Implement", 1, 1, 1, null],
  ],
);
const HISTORY = rawTable(
  ["Taken at", "Partner", "Tier", "Rank", "Composite"],
  [
    ["2026-09-01T00:00:00Z", "Acme", "Focus", 1, 70],
    ["2026-09-01T00:00:00Z", "Gamma", "Focus", 2, 55],
  ],
  { sheet: "Tier History" },
);

async function written(api18 = true) {
  const wb = new FakeWorkbook().addSheet("Partners", [["Partner"]]);
  const specs = buildReport(
    analyzeWorkbook({ partners: PARTNERS, history: HISTORY }, DEFAULT_SETTINGS, { runAt: RUN_AT }),
    { saveSnapshot: true },
  );
  const gateway = createOfficeGateway(createExcelNamespace(wb) as unknown as { run: typeof Excel.run }, () => api18);
  await gateway.writeReport(specs, storedSettingsText(DEFAULT_SETTINGS));
  return wb;
}

describe("Office.js writer: the partnership radar as a scatter chart (SPEC §2.11)", () => {
  it("adds an XY scatter with the guides first and one series per sector, each on its own ranges", async () => {
    const [chart] = (await written()).snapshot("Radar").charts;
    expect(chart?.type).toBe("XYScatter");
    expect(chart?.series.map((s) => s.name)).toEqual(["Rings", "Sector lines", "Co-sell", "Implement"]);
    expect(chart?.series[2]).toMatchObject({ xValues: "Radar!E5:E6", values: "Radar!F5:F6" });
  });

  it("draws the guides as lines without markers, the partners as markers without lines", async () => {
    const [chart] = (await written()).snapshot("Radar").charts;
    expect(chart?.series[0]).toMatchObject({
      markerStyle: "None",
      line: { lineStyle: "Continuous", color: "#A19F9D" },
    });
    expect(chart?.series[2]).toMatchObject({
      markerStyle: "Circle",
      markerBackgroundColor: "#0F6CBD",
      line: { lineStyle: "None" },
    });
  });

  it("sizes each point by revenue and labels it with the partner's name", async () => {
    const [chart] = (await written()).snapshot("Radar").charts;
    expect(chart?.series[2]?.points).toEqual({
      0: { markerSize: 20, hasDataLabel: true, dataLabel: { text: "Acme", position: "Right" } },
      1: { markerSize: 10, hasDataLabel: true, dataLabel: { text: "Beta", position: "Right" } },
    });
  });

  it("writes no label text where ChartDataLabel.text (ExcelApi 1.8) is missing, but still sizes the points", async () => {
    const [chart] = (await written(false)).snapshot("Radar").charts;
    expect(chart?.series[2]?.points).toEqual({ 0: { markerSize: 20 }, 1: { markerSize: 10 } });
  });

  it("fixes both axes to ±3.3 and hides them, and keeps the guides out of the legend", async () => {
    const [chart] = (await written()).snapshot("Radar").charts;
    for (const axis of [chart?.axes.categoryAxis, chart?.axes.valueAxis]) {
      expect(axis).toMatchObject({ minimum: -3.3, maximum: 3.3, visible: false, majorGridlines: { visible: false } });
    }
    expect(chart?.legend).toMatchObject({ visible: true, entries: { 0: { visible: false }, 1: { visible: false } } });
  });
});

describe("Office.js writer: the Evolution line charts (SPEC §2.12)", () => {
  it("adds line charts with markers: tiers per snapshot, and composites over time spanning gaps", async () => {
    const charts = (await written()).snapshot("Evolution").charts;
    expect(charts.map((c) => [c.name, c.type])).toEqual([
      ["TiersPerSnapshot", "LineMarkers"],
      ["CompositesOverTime", "LineMarkers"],
    ]);
    expect(charts[1]?.series.map((s) => s.name)).toEqual(["Acme (Deepen)", "Gamma (Review exit)"]);
    expect(charts[1]?.displayBlanksAs).toBe("Interplotted");
    expect(charts[0]?.series[0]).toMatchObject({ markerStyle: "Circle", line: { color: "#1E7B4F" } });
  });
});
