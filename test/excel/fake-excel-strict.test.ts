/** The in-memory Excel is as strict as Excel where the writer could go wrong (issue 10). */
import { createExcelNamespace, createRequestContext, FakeWorkbook } from "./fake-excel";

type Err = Error & { code?: string };
async function rejection(p: Promise<unknown>): Promise<Err> {
  try {
    await p;
  } catch (e) {
    return e as Err;
  }
  throw new Error("expected the promise to reject");
}

describe("fake-excel: stricter where Excel is", () => {
  it("refuses changes to a protected sheet with AccessDenied, keeping what came before in the batch", async () => {
    const wb = new FakeWorkbook()
      .addSheet("Open")
      .addSheet("Locked", [["keep"]])
      .protectSheet("Locked");
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("Open").getRange("A1").values = [["done"]];
    ctx.workbook.worksheets.getItem("Locked").getRange("A1").clear("All");
    expect((await rejection(ctx.sync())).code).toBe("AccessDenied");
    expect(wb.cell("Open", "A1").value).toBe("done");
    expect(wb.cell("Locked", "A1").value).toBe("keep");
    const p = ctx.workbook.worksheets.getItem("Locked").protection.load("protected");
    await ctx.sync();
    expect(p.protected).toBe(true);
  });

  it("refuses adding, hiding and deleting sheets while the workbook structure is protected", async () => {
    const wb = new FakeWorkbook().addSheet("A").addSheet("B");
    wb.structureProtected = true;
    for (const change of [
      (c: Excel.RequestContext) => c.workbook.worksheets.add("C"),
      (c: Excel.RequestContext) => (c.workbook.worksheets.getItem("B").visibility = "Hidden"),
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("B").delete(),
    ]) {
      const ctx = createRequestContext(wb);
      change(ctx);
      expect((await rejection(ctx.sync())).code).toBe("AccessDenied");
    }
    expect(wb.getSheetNames()).toEqual([
      { name: "A", visibility: "Visible" },
      { name: "B", visibility: "Visible" },
    ]);
    const ctx = createRequestContext(wb);
    const p = ctx.workbook.protection.load("protected");
    await ctx.sync();
    expect(p.protected).toBe(true);
  });

  it("makes a chart with no series over cells that are all blank", async () => {
    const wb = new FakeWorkbook().addSheet("S", [[null], [null]]).addSheet("T", [[1], [2]]);
    const ctx = createRequestContext(wb);
    const blank = ctx.workbook.worksheets
      .getItem("S")
      .charts.add("ColumnClustered", ctx.workbook.worksheets.getItem("S").getRange("A1:A2"), "Columns");
    const filled = ctx.workbook.worksheets
      .getItem("T")
      .charts.add("ColumnClustered", ctx.workbook.worksheets.getItem("T").getRange("A1:A2"), "Columns");
    blank.series.load("items");
    filled.series.load("items");
    await ctx.sync();
    expect([blank.series.items.length, filled.series.items.length]).toEqual([0, 1]);
  });

  it("fails a sync in cell-edit mode, or waits under Excel.run({ delayForCellEdit: true })", async () => {
    const wb = new FakeWorkbook().addSheet("S");
    const excel = createExcelNamespace(wb);
    wb.editCell(1);
    const refused = await rejection(
      excel.run(async (c) => {
        c.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
        await c.sync();
      }),
    );
    expect(refused.code).toBe("InvalidOperationInCellEditMode");
    expect(wb.cell("S", "A1").value).toBeNull();
    wb.editCell(1);
    await excel.run({ delayForCellEdit: true }, async (c) => {
      c.workbook.worksheets.getItem("S").getRange("A1").values = [[2]];
      await c.sync();
    });
    expect(wb.cell("S", "A1").value).toBe(2);
    expect(wb.stats.delayedForCellEdit).toBe(1);
  });

  it("answers oversized payloads with GeneralException in web mode, and null values above 5 million cells", async () => {
    const wb = new FakeWorkbook().addSheet("S");
    wb.webMode = true;
    wb.requestLimitBytes = 2_000;
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("S").getRange("A1:A500").values = Array.from({ length: 500 }, () => ["abcdef"]);
    expect((await rejection(ctx.sync())).code).toBe("GeneralException");
    const big = ctx.workbook.worksheets.getItem("S").getRange("A1:E1000001").load("values");
    await ctx.sync();
    expect(big.values).toBeNull();
  });

  it("refuses members above its ExcelApi version, each with Office.js's requirement set", async () => {
    const wb = new FakeWorkbook().addSheet("S");
    wb.supportedApiVersion = "1.1";
    const ctx = createRequestContext(wb);
    const ws = ctx.workbook.worksheets.getItem("S");
    // Reading visibility is ExcelApi 1.1, setting it 1.2 (thrown at the call, as Office.js does).
    expect(() => ws.load("visibility")).not.toThrow();
    expect(() => {
      ws.visibility = "Hidden";
    }).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    wb.supportedApiVersion = "1.7";
    const add = createRequestContext(wb);
    add.workbook.names.add("N", add.workbook.worksheets.getItem("S").getRange("A1"));
    await add.sync();
    // NamedItem.comment is ExcelApi 1.4.
    wb.supportedApiVersion = "1.3";
    const ctx2 = createRequestContext(wb);
    ctx2.workbook.names.load("items/comment");
    expect((await rejection(ctx2.sync())).code).toBe("ApiNotFound");
    wb.supportedApiVersion = "1.7";
    const ctx3 = createRequestContext(wb);
    const names = ctx3.workbook.names.load("items/formula,items/comment");
    await ctx3.sync();
    expect(names.items.map((n) => n.formula)).toEqual(["=S!$A$1"]);
  });
});
