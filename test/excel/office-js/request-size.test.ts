/**
 * The in-memory Excel counts a request's bytes as Office.js serialises it (fake-excel/request-size.ts);
 * here the real serializer checks that count on representative batches.
 */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../../src/engine/model";
import { storedSettingsText } from "../../../src/engine/settings";
import { createOfficeGateway } from "../../../src/excel/office-gateway";
import { buildReport } from "../../../src/report";
import { buildResponsibilityTemplate } from "../../../src/report/responsibility-template";
import { syntheticWorkbook } from "../../../src/sample/synthetic";
import { FakeWorkbook } from "../fake-excel";
import { REQUEST_SIZE_TOLERANCE } from "../fake-excel/request-size";
import { realExcel } from "./real-office";

const SETTINGS = storedSettingsText(DEFAULT_SETTINGS);

function agreement(wb: FakeWorkbook, real: ReturnType<typeof realExcel>) {
  expect(wb.stats.requests).toHaveLength(real.requests.length);
  return real.requests.map((r, i) => Math.abs((wb.stats.requests[i] ?? 0) - r.bytes) / r.bytes);
}

describe("the in-memory Excel's request size, checked by Office.js's serializer", () => {
  it("agrees within the stated tolerance on a first write and a re-run of a full analysis (tables and charts replaced)", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Partner"]]);
    const real = realExcel(wb);
    const specs = buildReport(
      analyzeWorkbook(syntheticWorkbook({ partners: 400, capabilities: 30, parties: 40 }), DEFAULT_SETTINGS, {
        runAt: "2026-01-01T00:00:00Z",
      }),
      { saveSnapshot: true },
    );
    const gateway = createOfficeGateway(real, () => true);
    await gateway.writeReport(specs, SETTINGS);
    await gateway.writeReport(specs, SETTINGS);
    const off = agreement(wb, real);
    expect(Math.max(...off)).toBeLessThanOrEqual(REQUEST_SIZE_TOLERANCE);
    expect(real.requests.length).toBeGreaterThan(20);
  }, 60_000);

  it("agrees on saving the settings and inserting the responsibility template", async () => {
    const wb = new FakeWorkbook().addSheet("Partners");
    const real = realExcel(wb);
    const gateway = createOfficeGateway(real, () => true);
    await gateway.saveSettings(SETTINGS);
    await gateway.saveSettings(SETTINGS);
    await gateway.insertUserSheet(buildResponsibilityTemplate(Array.from({ length: 300 }, (_, i) => `P${i}`)));
    expect(Math.max(...agreement(wb, real))).toBeLessThanOrEqual(REQUEST_SIZE_TOLERANCE);
  }, 60_000);

  it("names an object made under a collection by the id Excel returned once a sync has gone through, and counts the last use of a path through its parents and argument paths", async () => {
    const wb = new FakeWorkbook().addSheet("S", [
      ["x", "y"],
      [1, 2],
      [3, 4],
    ]);
    const real = realExcel(wb);
    await real.run(async (context) => {
      const ws = context.workbook.worksheets.add("Chart sheet with a long name");
      const chart = ws.charts.add("XYScatter", context.workbook.worksheets.getItem("S").getRange("A1:B3"), "Columns");
      await context.sync();
      // ObjectPath.updateUsingObjectData: from here on ws is worksheets["{id}"] and chart charts["{id}"].
      chart.series.getItemAt(0).points.getItemAt(1).markerSize = 9;
      chart.title.text = "Later";
      ws.visibility = "Hidden";
      await context.sync();
    });
    expect(real.requests).toHaveLength(2);
    expect(Math.max(...agreement(wb, real))).toBeLessThanOrEqual(REQUEST_SIZE_TOLERANCE);
  });

  it("is not the old {Path, Name, Args} estimate: a column-width write costs its ObjectPaths and actions", async () => {
    const wb = new FakeWorkbook().addSheet("S");
    const real = realExcel(wb);
    await real.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      for (let c = 0; c < 100; c++) ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = 60;
      await context.sync();
    });
    // About 280 bytes a column in Office.js's request.
    expect(real.requests[0]!.bytes / 100).toBeGreaterThan(250);
    expect(Math.max(...agreement(wb, real))).toBeLessThanOrEqual(REQUEST_SIZE_TOLERANCE);
  });
});
