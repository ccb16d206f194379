import { analyzeWorkbook } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS, type WorkbookInput } from "../../src/engine/model";
import { storedSettingsText } from "../../src/engine/settings";
import { ExcelHostError, ReportWriteError } from "../../src/excel/errors";
import { createOfficeGateway } from "../../src/excel/office-gateway";
import { buildReport } from "../../src/report";
import { syntheticWorkbook } from "../../src/sample/synthetic";
import { createExcelNamespace, FakeWorkbook } from "./fake-excel";
import { rawTable } from "../engine/fixtures";

const RUN_AT = "2026-11-22T10:00:00.000Z";

function report(input: WorkbookInput) {
  const analysis = analyzeWorkbook(input, DEFAULT_SETTINGS, { runAt: RUN_AT });
  return buildReport(analysis, { saveSnapshot: true });
}

function gatewayOver(wb: FakeWorkbook) {
  return createOfficeGateway(createExcelNamespace(wb) as unknown as { run: typeof Excel.run }, () => true);
}

const OTHER_PARTNERS = rawTable(
  ["Partner", "Fit", "Impact", "Momentum", "Investment", "Revenue"],
  [
    ["Delta", 5, 5, 4, 120, 400],
    ["Epsilon", 2, 3, 3, 40, 60],
    ["Zeta", 1, 1, 2, 10, 4],
  ],
);

const PARTNERS = rawTable(
  ["Partner", "Fit", "Impact", "Momentum", "Investment", "Revenue"],
  [
    ["Acme", 5, 4, 4, 100, 300],
    ["Beta", 3, 3, 3, 50, 80],
    ["Gamma", 1, 2, 1, 10, 5],
  ],
);

describe("Excel writer over the in-memory Excel", () => {
  it("writes Summary, Tiering and Issues with tables, formats, conditional formats and charts", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Partner"]]);
    const { sheets } = await gatewayOver(wb).writeReport(
      report({ partners: PARTNERS }),
      storedSettingsText(DEFAULT_SETTINGS),
    );
    expect(sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Tiering",
      "Coverage",
      "Journey",
      "Conflicts",
      "Issues",
      "Tier History",
      "Radar",
      "Evolution",
    ]);
    // Tabs in the report's order although Tiering is written before Summary (its chart reads it).
    expect(wb.getSheetNames().map((s) => s.name)).toEqual(["Partners", ...sheets.map((s) => s.name), "PED_Settings"]);
    const tiering = wb.snapshot("Tiering");
    expect(tiering.tables.map((t) => t.name)).toEqual(["PED_Tiering"]);
    expect(tiering.cells["B2"]?.value).toBe("Acme");
    expect(tiering.cells["C2"]?.value).toBe("Strategic");
    expect(tiering.freezePanes).toEqual({ rows: 1, columns: 2 });
    expect(tiering.conditionalFormats.length).toBeGreaterThan(4);
    expect(wb.cell("Tiering", "L2").numberFormat).toBe("#,##0");
    const summary = wb.snapshot("Summary");
    expect(summary.charts.map((c) => c.type)).toEqual(["ColumnClustered", "ColumnClustered", "Bubble"]);
    const bubble = summary.charts[2];
    expect(bubble?.series[0]?.xValues).toMatch(/^Tiering!F2/);
  });

  it("writes text that Excel would read as a formula as text", async () => {
    const hostile = ['=HYPERLINK("http://x","y")', "+cmd|'/c calc'!A1", "-2+3", "@SUM(A1)", "007", "TRUE"];
    const partners = rawTable(
      ["Partner", "Fit", "Impact", "Momentum"],
      hostile.map((name) => [name, 3, 3, 3]),
    );
    const wb = new FakeWorkbook();
    await gatewayOver(wb).writeReport(report({ partners }), storedSettingsText(DEFAULT_SETTINGS));
    const names = Object.values(wb.snapshot("Tiering").cells).filter((c) => c.formula !== undefined);
    expect(names).toEqual([]);
    const written = [2, 3, 4, 5, 6, 7].map((r) => wb.cell("Tiering", `B${r}`).value);
    expect(written.sort()).toEqual([...hostile].sort());
  });

  it("stores the settings on a very hidden sheet and marks its sheets with defined names", async () => {
    const wb = new FakeWorkbook();
    await gatewayOver(wb).writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    expect(wb.getSheetNames().find((s) => s.name === "PED_Settings")?.visibility).toBe("VeryHidden");
    expect(
      wb
        .getNames()
        .map((n) => n.name)
        .sort(),
    ).toEqual([
      "_PED_conflicts",
      "_PED_coverage",
      "_PED_evolution",
      "_PED_history",
      "_PED_issues",
      "_PED_journey",
      "_PED_radar",
      "_PED_summary",
      "_PED_tiering",
    ]);
  });

  it("replaces its own sheets in place on a re-run and leaves the user's sheets byte-for-byte unchanged", async () => {
    const wb = new FakeWorkbook()
      .addSheet("Partners", [
        ["Partner", "Fit"],
        ["Acme", 4],
      ])
      .addSheet("Notes", [["keep me"]]);
    const gateway = gatewayOver(wb);
    await gateway.writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    const before = { partners: wb.snapshot("Partners"), notes: wb.snapshot("Notes") };
    const order = wb.getSheetNames().map((s) => s.name);
    await gateway.writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    expect(wb.getSheetNames().map((s) => s.name)).toEqual(order);
    expect(wb.snapshot("Partners")).toEqual(before.partners);
    expect(wb.snapshot("Notes")).toEqual(before.notes);
    expect(wb.snapshot("Summary").charts).toHaveLength(3);
    expect(wb.snapshot("Tiering").tables.map((t) => t.name)).toEqual(["PED_Tiering"]);
  });

  it("puts its output beside a user's sheet of the same name, never over it", async () => {
    const wb = new FakeWorkbook().addSheet("Tiering", [["my own notes"]]);
    const before = wb.snapshot("Tiering");
    const { sheets } = await gatewayOver(wb).writeReport(
      report({ partners: PARTNERS }),
      storedSettingsText(DEFAULT_SETTINGS),
    );
    expect(sheets.find((s) => s.key === "tiering")?.name).toBe("Tiering (2)");
    expect(wb.snapshot("Tiering")).toEqual(before);
  });

  it("treats a sheet of its own that the user renamed as the user's, and writes a new one", async () => {
    const wb = new FakeWorkbook();
    const gateway = gatewayOver(wb);
    await gateway.writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    wb.renameSheet("Tiering", "Tiering Q3");
    const kept = wb.snapshot("Tiering Q3");
    const { sheets } = await gateway.writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    expect(sheets.find((s) => s.key === "tiering")?.name).toBe("Tiering");
    expect(wb.snapshot("Tiering Q3")).toEqual(kept);
    expect(wb.snapshot("Tiering").tables[0]?.name).toBe("PED_Tiering2");
  });

  it("recreates a sheet of its own that the user deleted", async () => {
    const wb = new FakeWorkbook();
    const gateway = gatewayOver(wb);
    await gateway.writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    wb.deleteSheet("Issues");
    const { sheets } = await gateway.writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    expect(sheets.find((s) => s.key === "issues")?.name).toBe("Issues");
    expect(wb.snapshot("Issues").tables).toHaveLength(1);
  });

  it("says clearly when a sheet is deleted while it writes", async () => {
    const wb = new FakeWorkbook();
    const gateway = gatewayOver(wb);
    await gateway.writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    // Delete the sheet after the writer has looked at the workbook, before it writes.
    let syncs = 0;
    const stop = wb.onBeforeSync((w) => {
      syncs += 1;
      if (syncs === 3 && w.sheetByName("Tiering")) w.deleteSheet("Tiering");
    });
    await expect(
      gateway.writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS)),
    ).rejects.toThrow(/no longer exists/);
    stop();
  });

  it("retries while a cell is being edited, then succeeds", async () => {
    const wb = new FakeWorkbook().addSheet("Sheet1").addSheet("Other");
    // A host without the DelayForCellEdit set: Excel refuses the first two tries.
    wb.delayForCellEditSupported = false;
    wb.failNextSyncs("InvalidOperationInCellEditMode", 2);
    const waits: number[] = [];
    const gateway = createOfficeGateway(createExcelNamespace(wb) as unknown as { run: typeof Excel.run }, () => true, {
      wait: async (ms) => {
        waits.push(ms);
      },
    });
    await gateway.activateSheet("Other");
    expect(wb.activeSheetName).toBe("Other");
    expect(waits).toHaveLength(2);
  });

  it("says in words that a cell is being edited when it still is after the last try", async () => {
    const wb = new FakeWorkbook().addSheet("Sheet1");
    wb.delayForCellEditSupported = false;
    wb.failNextSyncs("InvalidOperationInCellEditMode", 10);
    const gateway = createOfficeGateway(createExcelNamespace(wb) as unknown as { run: typeof Excel.run }, () => true, {
      wait: async () => undefined,
    });
    await expect(gateway.activateSheet("Sheet1")).rejects.toThrow(/finish editing the cell/);
  });

  it("asks Excel to wait while a cell is being edited (delayForCellEdit), without retrying", async () => {
    const wb = new FakeWorkbook();
    wb.editCell(1);
    const waits: number[] = [];
    const gateway = createOfficeGateway(createExcelNamespace(wb) as unknown as { run: typeof Excel.run }, () => true, {
      wait: async (ms) => {
        waits.push(ms);
      },
    });
    await gateway.writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    expect(wb.stats.delayedForCellEdit).toBe(1);
    expect(waits).toEqual([]);
    expect(wb.cell("Tiering", "B2").value).toBe("Acme");
  });

  it("builds every chart series with series.add over cells already written (Summary's bubble reads Tiering)", async () => {
    const wb = new FakeWorkbook();
    const specs = report({ partners: PARTNERS });
    await gatewayOver(wb).writeReport(specs, storedSettingsText(DEFAULT_SETTINGS));
    const charts = wb.snapshot("Summary").charts;
    const wanted = specs.find((s) => s.key === "summary")!.charts;
    expect(charts.map((c) => c.series.map((x) => x.name))).toEqual(wanted.map((c) => c.series.map((x) => x.name)));
    const bubble = charts.find((c) => c.type === "Bubble");
    expect(bubble?.series[0]?.values).toMatch(/^Tiering!/);
    expect(bubble?.series[0]?.bubbleSizes).toMatch(/^Tiering!/);
  });

  it("refuses to write over a protected sheet, names it, and changes nothing", async () => {
    const wb = new FakeWorkbook();
    const gateway = gatewayOver(wb);
    await gateway.writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    wb.protectSheet("Issues");
    const before = wb.getSheetNames().map((s) => ({ name: s.name, snapshot: wb.snapshot(s.name) }));
    await expect(
      gateway.writeReport(report({ partners: OTHER_PARTNERS }), storedSettingsText(DEFAULT_SETTINGS)),
    ).rejects.toMatchObject({
      code: "AccessDenied",
      message: expect.stringMatching(/"Issues" is protected/),
    });
    expect(wb.getSheetNames().map((s) => ({ name: s.name, snapshot: wb.snapshot(s.name) }))).toEqual(before);
  });

  it("refuses to add sheets to a workbook whose structure is protected, and changes nothing", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Partner"]]);
    wb.structureProtected = true;
    await expect(
      gatewayOver(wb).writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS)),
    ).rejects.toMatchObject({
      code: "AccessDenied",
      message: expect.stringMatching(/structure is protected/),
    });
    expect(wb.getSheetNames().map((s) => s.name)).toEqual(["Partners"]);
  });

  it("rewrites its own sheets in a workbook whose structure is protected (no sheet added or hidden)", async () => {
    const wb = new FakeWorkbook();
    const gateway = gatewayOver(wb);
    await gateway.writeReport(report({ partners: PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    wb.structureProtected = true;
    await gateway.writeReport(report({ partners: OTHER_PARTNERS }), storedSettingsText(DEFAULT_SETTINGS));
    expect(wb.cell("Tiering", "B2").value).toBe("Delta");
  });
});

describe("A write that fails part-way", () => {
  const settings = storedSettingsText(DEFAULT_SETTINGS);
  const written = (wb: FakeWorkbook, names: string[]) =>
    Object.fromEntries(names.map((n) => [n, wb.snapshot(n).cells]));

  it("never leaves an output sheet blank: a failure at any sync keeps the previous results, and says which sheets hold which run", async () => {
    // Reference workbooks: after run A only, and after run A then run B.
    const refA = new FakeWorkbook();
    const { sheets } = await gatewayOver(refA).writeReport(report({ partners: PARTNERS }), settings);
    const names = sheets.map((s) => s.name);
    const refAB = new FakeWorkbook();
    await gatewayOver(refAB).writeReport(report({ partners: PARTNERS }), settings);
    refAB.resetStats();
    await gatewayOver(refAB).writeReport(report({ partners: OTHER_PARTNERS }), settings);
    const syncs = refAB.stats.syncs;
    const [a, ab] = [written(refA, names), written(refAB, names)];
    expect(syncs).toBeGreaterThan(names.length);
    const outcomes: string[] = [];
    for (let k = 0; k < syncs; k++) {
      const wb = new FakeWorkbook();
      await gatewayOver(wb).writeReport(report({ partners: PARTNERS }), settings);
      const stop = wb.onBeforeSync((w, i) => {
        if (i === k) w.failNextSyncs("GeneralException", 1);
      });
      const error = await gatewayOver(wb)
        .writeReport(report({ partners: OTHER_PARTNERS }), settings)
        .then(
          () => null,
          (e: unknown) => e,
        );
      stop();
      const now = written(wb, names);
      for (const n of names) expect([k, n, Object.keys(now[n] ?? {}).length > 0]).toEqual([k, n, true]);
      if (error instanceof ReportWriteError) {
        expect([...error.updated, ...error.unchanged].sort()).toEqual([...names].sort());
        for (const n of error.updated) expect([k, n, now[n]]).toEqual([k, n, ab[n]]);
        for (const n of error.unchanged) expect([k, n, now[n]]).toEqual([k, n, a[n]]);
        if (error.unchanged.length > 0) expect(error.message).toMatch(/still hold the previous results/);
        outcomes.push(`${k}:partial(${error.updated.length})`);
      } else if (error) {
        // Failed before writing anything (reading the layout, checking protection).
        expect(error).toBeInstanceOf(ExcelHostError);
        expect([k, now]).toEqual([k, a]);
        outcomes.push(`${k}:none`);
      } else {
        // Only the last, guarded step (frozen panes) failed: the results are all written.
        expect([k, now]).toEqual([k, ab]);
        outcomes.push(`${k}:done`);
      }
    }
    expect(outcomes.filter((o) => o.includes("partial")).length).toBeGreaterThan(names.length - 1);
  }, 60_000);

  it("completes when a cell is being edited at any sync (retrying where Excel cannot wait)", async () => {
    const ref = new FakeWorkbook();
    await gatewayOver(ref).writeReport(report({ partners: PARTNERS }), settings);
    ref.resetStats();
    await gatewayOver(ref).writeReport(report({ partners: OTHER_PARTNERS }), settings);
    for (let k = 0; k < ref.stats.syncs; k++) {
      const wb = new FakeWorkbook();
      wb.delayForCellEditSupported = false;
      const gateway = createOfficeGateway(
        createExcelNamespace(wb) as unknown as { run: typeof Excel.run },
        () => true,
        { wait: async () => undefined },
      );
      await gateway.writeReport(report({ partners: PARTNERS }), settings);
      let once = true;
      const stop = wb.onBeforeSync((w, i) => {
        if (i === k && once) w.editCell(1);
        once &&= i !== k;
      });
      await gateway.writeReport(report({ partners: OTHER_PARTNERS }), settings);
      stop();
      expect([k, wb.cell("Tiering", "B2").value]).toEqual([k, "Delta"]);
    }
  }, 60_000);
});

describe("Excel writer at scale", () => {
  async function measure(partners: number) {
    const wb = new FakeWorkbook();
    const specs = report(syntheticWorkbook({ partners, capabilities: 60 }));
    wb.resetStats();
    const { stats } = await gatewayOver(wb).writeReport(specs, storedSettingsText(DEFAULT_SETTINGS));
    return { syncs: stats.syncs, fakeSyncs: wb.stats.syncs, maxRequest: wb.stats.maxRequestBytes };
  }

  it("uses as many syncs for 20,000 partners as for 1,000, and no request over 4 MB", async () => {
    const small = await measure(1_000);
    const large = await measure(20_000);
    expect(large.fakeSyncs).toBe(small.fakeSyncs);
    expect(large.maxRequest).toBeLessThan(4 * 1024 * 1024);
    // Recorded in docs/PERFORMANCE.md.
    process.stdout.write(
      `excel-writer syncs: 1k=${small.fakeSyncs} 20k=${large.fakeSyncs}; largest request at 20k: ${large.maxRequest} bytes\n`,
    );
  }, 120_000);
});
