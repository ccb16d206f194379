/**
 * Tests of the in-memory Excel (test/excel/fake-excel): each describe block is one numbered rule of
 * the fake's contract (see test/excel/fake-excel/README.md).
 */
import {
  createExcelNamespace,
  createOfficeNamespace,
  createRequestContext,
  FakeWorkbook,
  installFakeOffice,
} from "./fake-excel";

type Err = Error & { code?: string; debugInfo?: { code: string; errorLocation?: string; statement?: string } };

/** The error a promise rejects with (fails the test if it resolves). */
async function rejection(p: Promise<unknown>): Promise<Err> {
  try {
    await p;
  } catch (e) {
    return e as Err;
  }
  throw new Error("expected the promise to reject");
}

function thrown(f: () => unknown): Err {
  try {
    f();
  } catch (e) {
    return e as Err;
  }
  throw new Error("expected a throw");
}

function book(): FakeWorkbook {
  return new FakeWorkbook().addSheet("Data", [
    ["Partner", "Tier", "Score"],
    ["Acme", "Gold", 91],
    ["Globex", "Silver", 72],
  ]);
}

describe("1. proxy objects and the load/sync protocol", () => {
  it("throws when values are read before load and sync", async () => {
    const ctx = createRequestContext(book());
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:C3");
    const e = thrown(() => range.values);
    expect(e.code).toBe("PropertyNotLoaded");
    expect(e.message).toBe(
      "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
    );
    range.load("values");
    expect(thrown(() => range.values).code).toBe("PropertyNotLoaded"); // loaded but not yet synced
    await ctx.sync();
    expect(range.values).toEqual([
      ["Partner", "Tier", "Score"],
      ["Acme", "Gold", 91],
      ["Globex", "Silver", 72],
    ]);
    expect(thrown(() => range.text).code).toBe("PropertyNotLoaded"); // only what was loaded
  });

  it("throws for unloaded scalars of every kind: name, address, items, isNullObject", async () => {
    const ctx = createRequestContext(book());
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const sheets = ctx.workbook.worksheets;
    const maybe = ctx.workbook.worksheets.getItemOrNullObject("Nope");
    expect(thrown(() => sheet.name).code).toBe("PropertyNotLoaded");
    expect(thrown(() => sheet.getRange("A1").address).code).toBe("PropertyNotLoaded");
    expect(thrown(() => sheets.items).code).toBe("PropertyNotLoaded");
    expect(thrown(() => maybe.isNullObject).code).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(maybe.isNullObject).toBe(true);
    expect(maybe.name).toBeUndefined(); // a null object's properties read as undefined, as in Office.js
  });

  it("accepts load('a,b'), load(['a']), load({select}) and nested paths", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const a = sheet.getRange("A1").load("values, address");
    const b = sheet.getRange("B2").load(["values", "numberFormat"]);
    const c = sheet.getRange("C3").load({ select: "text,rowIndex" });
    const d = sheet.getRange("A1:C1");
    d.format.fill.color = "#ffcc00";
    d.load("format/fill/color, format/font/bold");
    const e = sheet.getRange("A1").load({ values: true, format: { columnWidth: true } });
    const sheets = ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    expect([a.values, a.address, b.values, b.numberFormat, c.text, c.rowIndex]).toEqual([
      [["Partner"]],
      "Data!A1",
      [["Gold"]],
      [["General"]],
      [["72"]],
      2,
    ]);
    expect(d.format.fill.color).toBe("#FFCC00");
    expect(d.format.font.bold).toBe(false);
    expect(thrown(() => d.format.font.color).code).toBe("PropertyNotLoaded");
    expect(e.format.columnWidth).toBe(48);
    expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
    expect(thrown(() => sheets.items[0]!.position).code).toBe("PropertyNotLoaded");
  });

  it("applies writes in queue order at the next sync and captures loads at their place", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const cell = ctx.workbook.worksheets.getItem("Data").getRange("D1");
    const before = ctx.workbook.worksheets.getItem("Data").getRange("D1").load("values");
    cell.values = [["first"]];
    const middle = ctx.workbook.worksheets.getItem("Data").getRange("D1").load("values");
    cell.values = [["second"]];
    expect(wb.cell("Data", "D1").value).toBeNull(); // nothing happens before sync
    await ctx.sync();
    expect(before.values).toEqual([[""]]);
    expect(middle.values).toEqual([["first"]]);
    expect(wb.cell("Data", "D1").value).toBe("second");
  });

  it("throws when a written property is read without loading it", async () => {
    const ctx = createRequestContext(book());
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1").load("values");
    await ctx.sync();
    expect(range.values).toEqual([["Partner"]]);
    range.values = [["Name"]];
    expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
    await ctx.sync();
    expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
    range.load("values");
    await ctx.sync();
    expect(range.values).toEqual([["Name"]]);
  });

  it("rejects the sync with code and debugInfo and applies nothing after the failing operation", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const data = ctx.workbook.worksheets.getItem("Data");
    data.getRange("E1").values = [["before"]];
    const missing = ctx.workbook.worksheets.getItem("Missing");
    missing.getRange("A1").values = [[1]];
    data.getRange("E2").values = [["after"]];
    const loaded = data.getRange("A1").load("values");
    const e = await rejection(ctx.sync());
    expect(e.code).toBe("ItemNotFound");
    expect(e.name).toBe("RichApi.Error");
    expect(e.debugInfo?.code).toBe("ItemNotFound");
    expect(e.debugInfo?.errorLocation).toBeDefined();
    expect(wb.cell("Data", "E1").value).toBe("before");
    expect(wb.cell("Data", "E2").value).toBeNull();
    expect(thrown(() => loaded.values).code).toBe("PropertyNotLoaded");
    // the failed batch is gone; the next one runs normally
    data.getRange("E3").values = [["next"]];
    await ctx.sync();
    expect(wb.cell("Data", "E3").value).toBe("next");
  });

  it("fills ClientResult values (getCount) at sync", async () => {
    const ctx = createRequestContext(book());
    const count = ctx.workbook.worksheets.getCount();
    expect(thrown(() => count.value).code).toBe("ValueNotLoaded");
    await ctx.sync();
    expect(count.value).toBe(1);
  });

  it("sends nothing for an empty sync, like Office.js", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    await ctx.sync();
    expect(wb.stats.syncs).toBe(0);
    expect(wb.stats.emptySyncs).toBe(1);
  });

  it("supports set() and toJSON()", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1");
    range.format.set({ wrapText: true, font: { bold: true, color: "#FF0000" } });
    range.load("address,values");
    await ctx.sync();
    expect(wb.cell("Data", "A1").format).toEqual({ wrapText: true, bold: true, fontColor: "#FF0000" });
    expect(range.toJSON()).toEqual({ address: "Data!A1", values: [["Partner"]] });
  });
});

describe("2. worksheets", () => {
  it("adds, gets, and finds sheets case-insensitively; ItemNotFound at sync when missing", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const added = ctx.workbook.worksheets.add("Tiering").load("name,position,id");
    const found = ctx.workbook.worksheets.getItem("tiering").load("name");
    const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
    await ctx.sync();
    expect([added.name, added.position, found.name, active.name]).toEqual(["Tiering", 1, "Tiering", "Data"]);
    expect(added.id).toMatch(/^\{[0-9A-F-]{36}\}$/);
    ctx.workbook.worksheets.getItem("Nope");
    expect((await rejection(ctx.sync())).code).toBe("ItemNotFound");
    const maybe = ctx.workbook.worksheets.getItemOrNullObject("DATA");
    await ctx.sync();
    expect(maybe.isNullObject).toBe(false);
  });

  it("loads items/name,items/id,items/position,items/visibility", async () => {
    const wb = book().addSheet("Hidden", [], { visibility: "Hidden" });
    const ctx = createRequestContext(wb);
    const sheets = ctx.workbook.worksheets.load("items/name,items/id,items/position,items/visibility");
    await ctx.sync();
    expect(sheets.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
      ["Data", 0, "Visible"],
      ["Hidden", 1, "Hidden"],
    ]);
    expect(wb.getSheetNames()).toEqual([
      { name: "Data", visibility: "Visible" },
      { name: "Hidden", visibility: "Hidden" },
    ]);
  });

  it("renames a sheet keeping its id, and moves, colours, activates and deletes sheets", async () => {
    const wb = book().addSheet("Second");
    const ctx = createRequestContext(wb);
    const s = ctx.workbook.worksheets.getItem("Second").load("id");
    await ctx.sync();
    const id = s.id;
    s.name = "Renamed";
    s.position = 0;
    s.tabColor = "#00aa00";
    s.activate();
    s.load("id,name,position,tabColor");
    await ctx.sync();
    expect([s.id, s.name, s.position, s.tabColor]).toEqual([id, "Renamed", 0, "#00AA00"]);
    expect(wb.activeSheetName).toBe("Renamed");
    const again = ctx.workbook.worksheets.getItem(id).load("name");
    await ctx.sync();
    expect(again.name).toBe("Renamed");
    s.delete();
    await ctx.sync();
    expect(wb.getSheetNames().map((x) => x.name)).toEqual(["Data"]);
    expect(wb.activeSheetName).toBe("Data");
    s.getRange("A1").values = [[1]];
    expect((await rejection(ctx.sync())).code).toBe("ItemNotFound");
  });

  it.each([
    ["", "empty"],
    ["x".repeat(32), "32 characters"],
    ...["[", "]", ":", "*", "?", "/", "\\"].map((ch) => [`a${ch}b`, `contains ${ch}`]),
    ["'quoted", "leading apostrophe"],
    ["quoted'", "trailing apostrophe"],
    ["DATA", "duplicate, case-insensitively"],
    ["History", "reserved"],
    ["history", "reserved, any case"],
  ])("rejects the sheet name %j (%s) with InvalidArgument at sync", async (name) => {
    const wb = book().addSheet("Other");
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.add(name);
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    ctx.workbook.worksheets.getItem("Other").name = name;
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    expect(wb.getSheetNames().map((x) => x.name)).toEqual(["Data", "Other"]);
  });

  it("accepts 31-character names and names with spaces, apostrophes inside and unicode", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    for (const n of ["x".repeat(31), "Partner Map", "O'Brien", "Données 2024"]) ctx.workbook.worksheets.add(n);
    await ctx.sync();
    expect(wb.getSheetNames()).toHaveLength(5);
  });

  it("hides sheets but never the last visible one", async () => {
    const wb = book().addSheet("Other");
    const ctx = createRequestContext(wb);
    const other = ctx.workbook.worksheets.getItem("Other");
    other.visibility = "VeryHidden";
    await ctx.sync();
    expect(wb.getSheetNames()[1]).toEqual({ name: "Other", visibility: "VeryHidden" });
    ctx.workbook.worksheets.getItem("Data").visibility = "Hidden";
    expect((await rejection(ctx.sync())).code).toBe("InvalidOperation");
    ctx.workbook.worksheets.getItem("Data").delete();
    expect((await rejection(ctx.sync())).code).toBe("InvalidOperation");
  });
});

describe("3. ranges", () => {
  it("reports addresses, indexes and sizes, quoting sheet names when Excel does", async () => {
    const wb = book().addSheet("My Sheet").addSheet("2024");
    const ctx = createRequestContext(wb);
    const a = ctx.workbook.worksheets
      .getItem("Data")
      .getRange("B2:C3")
      .load("address,rowIndex,columnIndex,rowCount,columnCount,cellCount");
    const b = ctx.workbook.worksheets.getItem("My Sheet").getRange("a1").load("address");
    const c = ctx.workbook.worksheets.getItem("2024").getRange("A:C").load("address,columnCount,rowCount");
    const d = ctx.workbook.worksheets.getItem("Data").getRange("2:3").load("address");
    await ctx.sync();
    expect([a.address, a.rowIndex, a.columnIndex, a.rowCount, a.columnCount, a.cellCount]).toEqual([
      "Data!B2:C3",
      1,
      1,
      2,
      2,
      4,
    ]);
    expect(b.address).toBe("'My Sheet'!A1");
    expect([c.address, c.columnCount, c.rowCount]).toEqual(["'2024'!A:C", 3, 1048576]);
    expect(d.address).toBe("Data!2:3");
  });

  it("navigates: getRangeByIndexes, getCell, getResizedRange, getOffsetRange, getEntireColumn", async () => {
    const ctx = createRequestContext(book());
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const base = sheet.getRangeByIndexes(1, 0, 2, 3);
    const all = [
      base,
      base.getCell(1, 2),
      base.getResizedRange(1, -1),
      base.getOffsetRange(2, 1),
      base.getEntireColumn(),
      sheet.getCell(4, 4),
      base.getLastRow(),
      base.getRow(0),
      base.getColumn(1),
    ].map((r) => r.load("address"));
    await ctx.sync();
    expect(all.map((r) => r.address)).toEqual([
      "Data!A2:C3",
      "Data!C3",
      "Data!A2:B4",
      "Data!B4:D5",
      "Data!A:C",
      "Data!E5",
      "Data!A3:C3",
      "Data!A2:C2",
      "Data!B2:B3",
    ]);
    base.getOffsetRange(-5, 0);
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  it("finds the used range (values only or with formats) and a null object on an empty sheet", async () => {
    const wb = book().addSheet("Empty");
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("Data").getRange("E7").format.fill.color = "yellow";
    const used = ctx.workbook.worksheets.getItem("Data").getUsedRange().load("address");
    const valuesOnly = ctx.workbook.worksheets.getItem("Data").getUsedRange(true).load("address");
    const none = ctx.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject();
    const emptyUsed = ctx.workbook.worksheets.getItem("Empty").getUsedRange().load("address");
    await ctx.sync();
    expect([used.address, valuesOnly.address, none.isNullObject, emptyUsed.address]).toEqual([
      "Data!A1:E7",
      "Data!A1:C3",
      true,
      "Empty!A1",
    ]);
  });

  it("requires values/formulas/numberFormat arrays that match the range exactly", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const r = ctx.workbook.worksheets.getItem("Data").getRange("A5:B6");
    for (const bad of [
      [[1, 2]],
      [[1], [2]],
      [1, 2],
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      [[1, 2], [3]],
    ]) {
      r.values = bad as never;
      const e = await rejection(ctx.sync());
      expect(e.code).toBe("InvalidArgument");
      expect(e.message).toBe(
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
    r.numberFormat = [["0%"], ["0%"]];
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    r.numberFormat = [["0%"]]; // a 1×1 number format applies to every cell (office-js-docs-pr#5400)
    ctx.workbook.worksheets.getItem("Data").getRange("A5").values = 7 as never; // one cell, non-array
    r.getOffsetRange(2, 0).formulas = [
      ["=A5*2", 3],
      [null, "x"],
    ];
    await ctx.sync();
    expect(wb.cell("Data", "A5")).toMatchObject({ value: 7, numberFormat: "0%" });
    expect(wb.cell("Data", "B6").numberFormat).toBe("0%");
    expect(wb.cell("Data", "A7")).toMatchObject({ formula: "=A5*2", value: 0 });
  });

  it("reads cell-level properties of unbounded ranges as null and refuses to write them", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const col = ctx.workbook.worksheets
      .getItem("Data")
      .getRange("A:B")
      .load("values,text,numberFormat,address,cellCount");
    await ctx.sync();
    expect([col.values, col.text, col.numberFormat, col.address, col.cellCount]).toEqual([
      null,
      null,
      null,
      "Data!A:B",
      2097152,
    ]);
    ctx.workbook.worksheets.getItem("Data").getRange("A:B").values = [["Due Date"]] as never;
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  it.each([
    ["'=cmd|' /C calc'!A0", { value: "=cmd|' /C calc'!A0", quotePrefix: true }],
    ["'123", { value: "123", quotePrefix: true }],
    ["=SUM(A1:A2)", { value: 0, formula: "=SUM(A1:A2)" }],
    ["+cmd|'/C calc'!A0", { value: 0, formula: "=+cmd|'/C calc'!A0" }],
    ["-x", { value: 0, formula: "=-x" }],
    ["@SUM(A1)", { value: 0, formula: "=SUM(A1)" }],
    ["12", { value: 12 }],
    [" 4.5 ", { value: 4.5 }],
    ["1e3", { value: 1000 }],
    ["-7", { value: -7 }],
    ["+5", { value: 5 }],
    ["TRUE", { value: true }],
    ["false", { value: false }],
    ["#N/A", { value: { error: "#N/A" } }],
    ["50%", { value: 0.5, numberFormat: "0%" }],
    ["2024-05-01", { value: 45413, numberFormat: "yyyy-mm-dd" }],
    ["Acme Corp", { value: "Acme Corp" }],
    ["-", { value: "-" }],
  ])("parses the input %j like Excel", async (input, expected) => {
    const wb = book();
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("Data").getRange("F1").values = [[input]];
    await ctx.sync();
    expect(wb.cell("Data", "F1")).toMatchObject(expected);
  });

  it("stores text as typed in cells formatted as Text (@)", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const r = ctx.workbook.worksheets.getItem("Data").getRange("F1:F2");
    r.numberFormat = [["@"], ["@"]];
    r.values = [["=1+1"], ["007"]];
    await ctx.sync();
    expect([wb.cell("Data", "F1").value, wb.cell("Data", "F1").formula, wb.cell("Data", "F2").value]).toEqual([
      "=1+1",
      undefined,
      "007",
    ]);
  });

  it("leaves cells unchanged for null, clears them for an empty string, and reads errors and formulas back", async () => {
    const wb = new FakeWorkbook().addSheet("S", [
      [1, 2, { error: "#N/A" }, { formula: "=A1+B1", value: 3 }, { formula: "=X" }, { date: "2024-05-01" }],
    ]);
    const ctx = createRequestContext(wb);
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:F1");
    r.getResizedRange(0, -4).values = [[null, ""]];
    r.load("values,formulas,valueTypes,text,numberFormat");
    await ctx.sync();
    expect(r.values).toEqual([[1, "", "#N/A", 3, 0, 45413]]);
    expect(r.formulas).toEqual([[1, "", "#N/A", "=A1+B1", "=X", 45413]]);
    expect(r.valueTypes).toEqual([["Double", "Empty", "Error", "Double", "Double", "Double"]]);
    expect(r.text).toEqual([["1", "", "#N/A", "3", "0", "2024-05-01"]]);
    expect(r.numberFormat[0]?.[5]).toBe("yyyy-mm-dd");
  });

  it("turns NaN, Infinity and undefined into null (cell unchanged), as JSON does on the way to Excel", async () => {
    const wb = new FakeWorkbook().addSheet("S", [[1, 2, 3]]);
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("S").getRange("A1:C1").values = [[NaN, Infinity, undefined]];
    await ctx.sync();
    expect([1, 2, 3].map((i) => wb.cell("S", `${"ABC"[i - 1]}1`).value)).toEqual([1, 2, 3]);
  });

  it("formats text per number format", async () => {
    const wb = new FakeWorkbook().addSheet("S", [[0.1234, 1234567.891, -5, 45413.5]]);
    const ctx = createRequestContext(wb);
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:D1");
    r.numberFormat = [["0.0%", "#,##0.00", "0;(0)", "yyyy-mm-dd hh:mm"]];
    r.load("text");
    await ctx.sync();
    expect(r.text).toEqual([["12.3%", "1,234,567.89", "(5)", "2024-05-01 12:00"]]);
  });

  it("clears contents, formats or all, and records select()", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    const r = sheet.getRange("A1:C1");
    r.format.fill.color = "#FF0000";
    r.format.font.bold = true;
    await ctx.sync();
    sheet.getRange("A1").clear("Contents");
    sheet.getRange("B1").clear("Formats");
    sheet.getRange("C1").clear();
    sheet.getRange("B2:C3").select();
    await ctx.sync();
    expect(wb.cell("Data", "A1")).toMatchObject({ value: null, format: { fill: "#FF0000", bold: true } });
    expect(wb.cell("Data", "B1")).toMatchObject({ value: "Tier", format: {} });
    expect(wb.cell("Data", "C1")).toMatchObject({ value: null, format: {} });
    expect(wb.selection).toEqual({ sheet: "Data", address: "B2:C3" });
  });

  it("deletes cells shifting up or left", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("Data").getRange("2:2").delete("Up");
    ctx.workbook.worksheets.getItem("Data").getRange("A:A").delete("Left");
    await ctx.sync();
    expect([wb.cell("Data", "A1").value, wb.cell("Data", "A2").value, wb.cell("Data", "B2").value]).toEqual([
      "Tier",
      "Silver",
      72,
    ]);
  });

  it("stores fill, font, alignment, wrap and borders per cell and widths per column", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:C1");
    r.format.fill.color = "#1F4E79";
    r.format.font.color = "white";
    r.format.font.bold = true;
    r.format.font.italic = true;
    r.format.font.size = 12;
    r.format.font.name = "Segoe UI";
    r.format.wrapText = true;
    r.format.horizontalAlignment = "Center";
    r.format.verticalAlignment = "Top";
    r.format.columnWidth = 120;
    r.format.rowHeight = 30;
    r.format.borders.getItem("EdgeBottom").style = "Continuous";
    r.format.borders.getItem("EdgeBottom").color = "#000000";
    ctx.workbook.worksheets.getItem("Data").getRange("A2").format.fill.clear();
    const readBack = ctx.workbook.worksheets
      .getItem("Data")
      .getRange("A1:C2")
      .load("format/columnWidth,format/fill/color");
    await ctx.sync();
    expect(wb.cell("Data", "B1").format).toEqual({
      fill: "#1F4E79",
      fontColor: "#FFFFFF",
      bold: true,
      italic: true,
      fontSize: 12,
      fontName: "Segoe UI",
      wrapText: true,
      horizontalAlignment: "Center",
      verticalAlignment: "Top",
      borders: { EdgeBottom: { style: "Continuous", color: "#000000" } },
    });
    expect(readBack.format.columnWidth).toBe(120);
    expect(readBack.format.fill.color).toBeNull(); // mixed
    const snap = wb.snapshot("Data");
    expect(snap.columnWidths).toEqual({ A: 120, B: 120, C: 120 });
    expect(snap.rowHeights).toEqual({ 1: 30 });
  });

  it("autofits columns to their text (approximately) and records the call", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("Data").getRange("A1:C3").format.autofitColumns();
    await ctx.sync();
    const widths = wb.snapshot("Data").columnWidths;
    expect(Object.keys(widths)).toEqual(["A", "B", "C"]);
    expect(widths.A).toBeGreaterThan(widths.C!); // "Partner"/"Globex" are wider than "Score"/"91"
    expect(wb.recorded).toContainEqual(expect.objectContaining({ op: "autofitColumns" }));
  });

  it("keeps whole-column formats for cells written later", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const col = ctx.workbook.worksheets.getItem("Data").getRange("C:C");
    col.numberFormat = "0.0" as never;
    col.format.font.color = "#FF0000";
    ctx.workbook.worksheets.getItem("Data").getRange("C10").values = [[3]];
    const text = ctx.workbook.worksheets.getItem("Data").getRange("C10").load("text");
    await ctx.sync();
    expect(wb.cell("Data", "C10")).toMatchObject({ value: 3, numberFormat: "0.0", format: { fontColor: "#FF0000" } });
    expect(wb.cell("Data", "C2").format.fontColor).toBe("#FF0000");
    expect(text.text).toEqual([["3.0"]]);
  });

  it("enforces sheet limits and the 32,767-character cell limit", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("Data").getRange("A1048577");
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    ctx.workbook.worksheets.getItem("Data").getRangeByIndexes(0, 16383, 1, 2);
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    ctx.workbook.worksheets.getItem("Data").getRange("XFD1048576").values = [["x".repeat(32767)]];
    await ctx.sync();
    ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x".repeat(32768)]];
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  it("rejects invalid colours and alignment values", async () => {
    const ctx = createRequestContext(book());
    ctx.workbook.worksheets.getItem("Data").getRange("A1").format.fill.color = "#12345";
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    ctx.workbook.worksheets.getItem("Data").getRange("A1").format.horizontalAlignment = "Middle" as never;
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });
});

describe("4. freeze panes", () => {
  it("freezes rows, columns or at a range, and unfreezes", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const panes = ctx.workbook.worksheets.getItem("Data").freezePanes;
    panes.freezeRows(1);
    await ctx.sync();
    expect(wb.snapshot("Data").freezePanes).toEqual({ rows: 1, columns: 0 });
    panes.freezeColumns(2);
    await ctx.sync();
    expect(wb.snapshot("Data").freezePanes).toEqual({ rows: 0, columns: 2 });
    panes.freezeAt(ctx.workbook.worksheets.getItem("Data").getRange("A1:B2"));
    await ctx.sync();
    expect(wb.snapshot("Data").freezePanes).toEqual({ rows: 2, columns: 2 });
    panes.unfreeze();
    await ctx.sync();
    expect(wb.snapshot("Data").freezePanes).toEqual({ rows: 0, columns: 0 });
  });
});

describe("5. tables", () => {
  it("adds tables on a sheet or the workbook, finds them case-insensitively and reads their ranges", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const t = ctx.workbook.worksheets.getItem("Data").tables.add("A1:C3", true);
    t.name = "Partners";
    t.style = "TableStyleMedium2";
    const found = ctx.workbook.tables.getItemOrNullObject("partners").load("name,style,showTotals");
    const body = t.getDataBodyRange().load("address,values");
    const header = t.getHeaderRowRange().load("values");
    const whole = t.getRange().load("address");
    const cols = t.columns.load("items/name");
    const sheetName = t.worksheet.load("name");
    const tables = ctx.workbook.tables.load("items/name");
    await ctx.sync();
    expect([found.isNullObject, found.name, found.style, found.showTotals]).toEqual([
      false,
      "Partners",
      "TableStyleMedium2",
      false,
    ]);
    expect([body.address, whole.address, sheetName.name]).toEqual(["Data!A2:C3", "Data!A1:C3", "Data"]);
    expect(header.values).toEqual([["Partner", "Tier", "Score"]]);
    expect(cols.items.map((c) => c.name)).toEqual(["Partner", "Tier", "Score"]);
    expect(tables.items.map((x) => x.name)).toEqual(["Partners"]);
    ctx.workbook.tables.add("Data!E1:F2", true);
    const other = ctx.workbook.tables.getItemOrNullObject("Missing");
    await ctx.sync();
    expect(other.isNullObject).toBe(true);
    expect(wb.snapshot("Data").tables).toHaveLength(2);
  });

  it("makes header cells unique non-empty text like Excel", async () => {
    const wb = new FakeWorkbook().addSheet("S", [
      ["Name", "", "Name", 2024, "name"],
      [1, 2, 3, 4, 5],
    ]);
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("S").tables.add("A1:E2", true);
    await ctx.sync();
    expect(wb.snapshot("S").tables[0]).toMatchObject({
      columns: ["Name", "Column2", "Name2", "2024", "name3"],
      address: "A1:E2",
    });
    ctx.workbook.worksheets.getItem("S").getRange("B1").values = [[""]];
    await ctx.sync();
    expect(wb.cell("S", "B1").value).toBe("Column2");
  });

  it("inserts a header row when hasHeaders is false", async () => {
    const wb = new FakeWorkbook().addSheet("S", [
      [1, 2],
      [3, 4],
    ]);
    const ctx = createRequestContext(wb);
    const t = ctx.workbook.worksheets.getItem("S").tables.add("A1:B2", false);
    const r = t.getRange().load("address,values");
    await ctx.sync();
    expect(r.address).toBe("S!A1:B3");
    expect(r.values).toEqual([
      ["Column1", "Column2"],
      [1, 2],
      [3, 4],
    ]);
  });

  it.each([["1Table"], ["My Table"], ["A1"], ["R1C1"], ["r"], ["partners"], ["x-y"], [""]])(
    "rejects the table name %j with InvalidArgument",
    async (name) => {
      const wb = book().addTable("Data", "Partners", "A1:C3");
      const ctx = createRequestContext(wb);
      const t = ctx.workbook.worksheets.getItem("Data").tables.add("E1:F3", true);
      t.name = name;
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    },
  );

  it("accepts names starting with underscore or backslash and containing dots", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.tables.add("A1:C3", true).name = "_Partners.v2";
    sheet.tables.add("E1:F3", true).name = "\\Other";
    await ctx.sync();
    expect(wb.snapshot("Data").tables.map((t: { name: string }) => t.name)).toEqual(["_Partners.v2", "\\Other"]);
  });

  it("refuses overlapping tables and unknown styles", async () => {
    const wb = book().addTable("Data", "Partners", "A1:C3");
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("Data").tables.add("C3:D5", true);
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    ctx.workbook.tables.getItem("Partners").style = "TableStyleFancy";
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  it("shows totals, adds rows, converts to a range and deletes", async () => {
    const wb = book().addTable("Data", "Partners", "A1:C3").addTable("Data", "Second", "E1:F2");
    const ctx = createRequestContext(wb);
    const t = ctx.workbook.tables.getItem("Partners");
    t.rows.add(undefined, [["Initech", "Bronze", 40]]);
    t.showTotals = true;
    const r = t.getRange().load("address");
    await ctx.sync();
    expect(r.address).toBe("Data!A1:C5");
    expect(wb.cell("Data", "A4").value).toBe("Initech");
    expect(wb.cell("Data", "A5").value).toBe("Total");
    t.convertToRange();
    ctx.workbook.tables.getItem("Second").delete();
    await ctx.sync();
    expect(wb.snapshot("Data").tables).toEqual([]);
    expect(wb.cell("Data", "A4").value).toBe("Initech"); // converted: cells stay
    expect(wb.cell("Data", "E1").value).toBeNull(); // deleted: cells go
  });
});

describe("6. conditional formats", () => {
  it("records colour scales, cell-value, custom, contains-text and data-bar rules with their range", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const range = ctx.workbook.worksheets.getItem("Data").getRange("C2:C3");
    const scale = range.conditionalFormats.add("ColorScale");
    scale.colorScale.criteria = {
      minimum: { formula: null as never, type: "LowestValue", color: "#F8696B" },
      midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
      maximum: { formula: null as never, type: "HighestValue", color: "#63BE7B" },
    };
    const cv = range.conditionalFormats.add("CellValue");
    cv.cellValue.format.fill.color = "#FFC7CE";
    cv.cellValue.format.font.color = "#9C0006";
    cv.cellValue.format.font.bold = true;
    cv.cellValue.rule = { formula1: "=50", operator: "LessThan" };
    const custom = ctx.workbook.worksheets.getItem("Data").getRange("A2:C3").conditionalFormats.add("Custom");
    custom.custom.rule.formula = '=$B2="Gold"';
    custom.custom.format.fill.color = "#FFD700";
    const text = ctx.workbook.worksheets.getItem("Data").getRange("B2:B3").conditionalFormats.add("ContainsText");
    text.textComparison.format.font.color = "#0000FF";
    text.textComparison.rule = { operator: "Contains", text: "Gold" };
    const bar = range.conditionalFormats.add("DataBar");
    bar.dataBar.barDirection = "LeftToRight";
    const count = range.conditionalFormats.getCount();
    const items = range.conditionalFormats.load("items");
    await ctx.sync();
    expect(count.value).toBe(4);
    expect(items.items.map((i) => i.type)).toEqual(["DataBar", "Custom", "CellValue", "ColorScale"]);
    const cfs = wb.snapshot("Data").conditionalFormats;
    expect(cfs.map((c: { type: string; address: string }) => [c.type, c.address])).toEqual([
      ["DataBar", "C2:C3"],
      ["ContainsText", "B2:B3"],
      ["Custom", "A2:C3"],
      ["CellValue", "C2:C3"],
      ["ColorScale", "C2:C3"],
    ]);
    expect(cfs[3]).toMatchObject({
      rule: { formula1: "=50", operator: "LessThan" },
      format: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
    });
    expect(cfs[4]?.criteria).toEqual({
      minimum: { type: "LowestValue", color: "#F8696B" },
      midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "#63BE7B" },
    });
    expect(cfs[2]).toMatchObject({ rule: { formula: '=$B2="Gold"' }, format: { fill: "#FFD700" } });
    expect(cfs[1]).toMatchObject({ rule: { operator: "Contains", text: "Gold" }, format: { fontColor: "#0000FF" } });
    expect(cfs[0]).toMatchObject({ barDirection: "LeftToRight" });
  });

  it("records preset-criteria rules with their format", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const f = ctx.workbook.worksheets.getItem("Data").getRange("B2:B3").conditionalFormats.add("PresetCriteria");
    f.preset.format.fill.color = "#EEEEEE";
    f.preset.rule = { criterion: "Blanks" };
    await ctx.sync();
    expect(wb.snapshot("Data").conditionalFormats[0]).toMatchObject({
      type: "PresetCriteria",
      address: "B2:B3",
      rule: { criterion: "Blanks" },
      format: { fill: "#EEEEEE" },
    });
  });

  it("rejects incomplete rules and wrong sub-objects, and clears all", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const range = ctx.workbook.worksheets.getItem("Data").getRange("C2:C3");
    range.conditionalFormats.add("CellValue").cellValue.rule = { formula1: "1", operator: "Between" };
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    range.conditionalFormats.add("ColorScale").colorScale.criteria = {
      minimum: { type: "Number", color: "#000000", formula: "" },
    } as never;
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    range.conditionalFormats.add("ColorScale").cellValue.rule = { formula1: "1", operator: "EqualTo" };
    expect((await rejection(ctx.sync())).code).toBe("InvalidOperation");
    range.conditionalFormats.clearAll();
    await ctx.sync();
    expect(wb.snapshot("Data").conditionalFormats).toEqual([]);
  });
});

describe("7. charts", () => {
  const data = () =>
    new FakeWorkbook()
      .addSheet("Report", [
        ["Partner", "Reach", "Fit", "Size"],
        ["Acme", 5, 3, 10],
        ["Globex", 2, 4, 20],
        ["Initech", 4, 1, 5],
      ])
      .addSheet("Charts");

  it("adds a chart whose series come from the source range, and records title, axes, legend and position", async () => {
    const wb = data();
    const ctx = createRequestContext(wb);
    const src = ctx.workbook.worksheets.getItem("Report").getRange("A1:C4");
    const chart = ctx.workbook.worksheets.getItem("Report").charts.add("ColumnClustered", src, "Columns");
    chart.name = "Reach and fit";
    chart.title.text = "Partners";
    chart.legend.position = "Right";
    chart.legend.visible = true;
    chart.axes.categoryAxis.title.text = "Partner";
    chart.axes.valueAxis.title.text = "Score";
    chart.setPosition("E2", "L20");
    chart.series.getItemAt(0).format.fill.setSolidColor("#1F4E79");
    const series = chart.series.load("items/name,count");
    const charts = ctx.workbook.worksheets.getItem("Report").charts.load("items/name");
    await ctx.sync();
    expect(series.items.map((s) => s.name)).toEqual(["Reach", "Fit"]);
    expect(series.count).toBe(2);
    expect(charts.items.map((c) => c.name)).toEqual(["Reach and fit"]);
    const snap = wb.snapshot("Report").charts[0];
    expect(snap).toMatchObject({
      name: "Reach and fit",
      type: "ColumnClustered",
      source: "Report!A1:C4",
      seriesBy: "Columns",
      title: { text: "Partners", visible: true },
      legend: { position: "Right", visible: true },
      axes: { categoryAxis: { title: { text: "Partner", visible: true } }, valueAxis: { title: { text: "Score" } } },
      position: { startCell: "E2", endCell: "L20" },
      left: 192,
      top: 15,
      width: 384,
      height: 285,
    });
    expect(snap?.series).toEqual([
      { name: "Reach", values: "Report!B2:B4", xValues: "Report!A2:A4", fill: "#1F4E79" },
      { name: "Fit", values: "Report!C2:C4", xValues: "Report!A2:A4" },
    ]);
  });

  it("adds series by hand from ranges on another sheet, including bubble sizes, and deletes charts", async () => {
    const wb = data();
    const ctx = createRequestContext(wb);
    const report = ctx.workbook.worksheets.getItem("Report");
    const chart = ctx.workbook.worksheets.getItem("Charts").charts.add("Bubble", report.getRange("B2:D4"), "Columns");
    const existing = chart.series.getCount();
    await ctx.sync();
    expect(existing.value).toBe(1);
    chart.series.getItemAt(0).delete();
    const s = chart.series.add("Partners");
    s.setXAxisValues(report.getRange("B2:B4"));
    s.setValues(report.getRange("C2:C4"));
    s.setBubbleSizes(report.getRange("D2:D4"));
    const radar = ctx.workbook.worksheets.getItem("Charts").charts.add("Radar", report.getRange("A1:C4"));
    await ctx.sync();
    const snap = wb.snapshot("Charts").charts;
    expect(snap.map((c: { type: string }) => c.type)).toEqual(["Bubble", "Radar"]);
    expect(snap[0]?.series).toEqual([
      { name: "Partners", values: "Report!C2:C4", xValues: "Report!B2:B4", bubbleSizes: "Report!D2:D4" },
    ]);
    radar.delete();
    await ctx.sync();
    expect(wb.snapshot("Charts").charts).toHaveLength(1);
    ctx.workbook.worksheets.getItem("Charts").charts.add("Sparkle" as never, report.getRange("A1:B2"));
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  it("keeps series addresses pointing at a renamed sheet", async () => {
    const wb = data();
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets
      .getItem("Report")
      .charts.add("Pie", ctx.workbook.worksheets.getItem("Report").getRange("A1:B4"));
    ctx.workbook.worksheets.getItem("Report").name = "Summary";
    await ctx.sync();
    expect(wb.snapshot("Summary").charts[0]?.series[0]).toMatchObject({ name: "Reach", values: "Summary!B2:B4" });
  });
});

describe("8. named items", () => {
  it("adds names from ranges and strings, lists and finds them, and follows sheet renames", async () => {
    const wb = book().addSheet("Tiering", [[0.5]]);
    const ctx = createRequestContext(wb);
    ctx.workbook.names.add("GoldCut", ctx.workbook.worksheets.getItem("Tiering").getRange("A1"), "threshold");
    ctx.workbook.names.add("Scores", "=Data!$C$2:$C$3");
    ctx.workbook.names.add("Rate", "=0.25");
    const names = ctx.workbook.names.load("items/name,items/formula,items/type,items/visible");
    await ctx.sync();
    expect(names.items.map((n) => [n.name, n.formula, n.type, n.visible])).toEqual([
      ["GoldCut", "=Tiering!$A$1", "Range", true],
      ["Scores", "=Data!$C$2:$C$3", "Range", true],
      ["Rate", "=0.25", "Double", true],
    ]);
    const cut = ctx.workbook.names.getItemOrNullObject("goldcut");
    cut.visible = false;
    const range = cut.getRange().load("values,address");
    ctx.workbook.worksheets.getItem("Tiering").name = "Tiers 2";
    cut.load("formula,visible,comment");
    await ctx.sync();
    expect([range.values, range.address, cut.formula, cut.visible, cut.comment]).toEqual([
      [[0.5]],
      "Tiering!A1",
      "='Tiers 2'!$A$1",
      false,
      "threshold",
    ]);
  });

  it("turns references into #REF! when the sheet is deleted, and deletes names", async () => {
    const wb = book().addSheet("Tiering", [[0.5]]);
    const ctx = createRequestContext(wb);
    ctx.workbook.names.add("GoldCut", "=Tiering!$A$1");
    ctx.workbook.worksheets.getItem("Tiering").delete();
    const n = ctx.workbook.names.getItem("GoldCut").load("formula,type");
    const r = n.getRangeOrNullObject();
    await ctx.sync();
    expect([n.formula, n.type, r.isNullObject]).toEqual(["=#REF!$A$1", "Error", true]);
    n.delete();
    const gone = ctx.workbook.names.getItemOrNullObject("GoldCut");
    await ctx.sync();
    expect(gone.isNullObject).toBe(true);
    ctx.workbook.names.add("1bad", "=Data!A1");
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });
});

describe("9. data validation and requirement sets", () => {
  it("records list rules, prompts and alerts per range, and clears them", async () => {
    const wb = book();
    const ctx = createRequestContext(wb);
    const dv = ctx.workbook.worksheets.getItem("Data").getRange("D2:D3").dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: "A,R,C,I" } };
    dv.prompt = { showPrompt: true, title: "RACI", message: "Pick one" };
    dv.errorAlert = { showAlert: true, style: "Stop", title: "Invalid", message: "Use A, R, C or I" };
    dv.load("type,rule");
    await ctx.sync();
    expect(dv.type).toBe("List");
    expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: "A,R,C,I" } });
    expect(wb.snapshot("Data").dataValidations).toEqual([
      {
        address: "D2:D3",
        rule: { list: { inCellDropDown: true, source: "A,R,C,I" } },
        ignoreBlanks: true,
        prompt: { showPrompt: true, title: "RACI", message: "Pick one" },
        errorAlert: { showAlert: true, style: "Stop", title: "Invalid", message: "Use A, R, C or I" },
      },
    ]);
    dv.rule = { list: { inCellDropDown: true, source: "x,".repeat(200) } };
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    dv.clear();
    await ctx.sync();
    expect(wb.snapshot("Data").dataValidations).toEqual([]);
  });

  it("honours supportedApiVersion in isSetSupported and refuses newer APIs with ApiNotFound", () => {
    const wb = book();
    const office = createOfficeNamespace({ workbook: wb });
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    wb.supportedApiVersion = "1.5";
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.6")).toBe(false);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.4")).toBe(true);
    const ctx = createRequestContext(wb);
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1");
    expect(thrown(() => range.conditionalFormats).code).toBe("ApiNotFound");
    expect(thrown(() => range.dataValidation).code).toBe("ApiNotFound");
    expect(createOfficeNamespace({ apiVersion: "1.7" }).context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(
      false,
    );
  });

  it("loads everything a host of that version has when load() is called without a list", async () => {
    const wb = book();
    wb.supportedApiVersion = "1.5";
    const ctx = createRequestContext(wb);
    const sheet = ctx.workbook.worksheets.getItem("Data").load();
    await ctx.sync();
    expect(sheet.name).toBe("Data");
    expect(thrown(() => sheet.tabColor).code).toBe("ApiNotFound"); // ExcelApi 1.7
  });
});

describe("10. payload accounting", () => {
  it("counts syncs and request bytes per sync", async () => {
    const wb = new FakeWorkbook().addSheet("S");
    const ctx = createRequestContext(wb);
    const values = Array.from({ length: 100 }, (_, i) => [i, `row ${i}`]);
    ctx.workbook.worksheets.getItem("S").getRange("A1:B100").values = values;
    await ctx.sync();
    ctx.workbook.worksheets.getItem("S").getRange("A1").load("values");
    await ctx.sync();
    expect(wb.stats.syncs).toBe(2);
    expect(wb.stats.requests).toHaveLength(2);
    expect(wb.stats.requests[0]).toBeGreaterThan(JSON.stringify(values).length + "A1:B100".length);
    // Plus Office.js's envelope: ObjectPaths, Instantiate actions and "L" lists (request-size.ts).
    expect(wb.stats.requests[0]).toBeLessThan(JSON.stringify(values).length + 700);
    expect(wb.stats.totalRequestBytes).toBe(wb.stats.requests[0]! + wb.stats.requests[1]!);
    expect(wb.stats.maxRequestBytes).toBe(wb.stats.requests[0]);
    wb.resetStats();
    expect(wb.stats).toMatchObject({ syncs: 0, requests: [], maxRequestBytes: 0, totalRequestBytes: 0 });
  });

  it("rejects a request over requestLimitBytes with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const wb = new FakeWorkbook().addSheet("S");
    wb.requestLimitBytes = 1000;
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("S").getRange("A1:A200").values = Array.from({ length: 200 }, () => ["abcdef"]);
    const e = await rejection(ctx.sync());
    expect(e.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(wb.cell("S", "A1").value).toBeNull();
    expect(new FakeWorkbook().requestLimitBytes).toBe(5_000_000);
  });

  it("counts multi-byte characters as UTF-8 bytes", async () => {
    const wb = new FakeWorkbook().addSheet("S");
    // Two contexts, so the two requests use the same object ids.
    const ctx = createRequestContext(wb);
    ctx.workbook.worksheets.getItem("S").getRange("A1").values = [["a"]];
    await ctx.sync();
    const ctx2 = createRequestContext(wb);
    ctx2.workbook.worksheets.getItem("S").getRange("A1").values = [["€"]];
    await ctx2.sync();
    expect(wb.stats.requests[1]! - wb.stats.requests[0]!).toBe(2);
  });

  it("injects faults with failNextSyncs and runs onBeforeSync hooks between syncs", async () => {
    const wb = book().addSheet("Scratch");
    const ctx = createRequestContext(wb);
    wb.failNextSyncs("InvalidOperationInCellEditMode", 2);
    ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
    expect((await rejection(ctx.sync())).code).toBe("InvalidOperationInCellEditMode");
    ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
    expect((await rejection(ctx.sync())).code).toBe("InvalidOperationInCellEditMode");
    expect(wb.cell("Data", "A1").value).toBe("Partner");
    const scratch = ctx.workbook.worksheets.getItem("Scratch").load("name");
    await ctx.sync();
    const seen: number[] = [];
    const off = wb.onBeforeSync((w, i) => {
      seen.push(i);
      if (w.sheetByName("Scratch")) w.deleteSheet("Scratch");
    });
    scratch.getRange("A1").values = [[1]];
    expect((await rejection(ctx.sync())).code).toBe("ItemNotFound");
    const fresh = createRequestContext(wb);
    fresh.workbook.worksheets.getItem("Data").load("name");
    await fresh.sync();
    expect(seen).toEqual([3, 0]); // the round trip's index within its own context
    off();
    expect(wb.getSheetNames().map((s) => s.name)).toEqual(["Data"]);
  });
});

describe("namespaces for browser tests", () => {
  it("Excel.run creates a context, runs the batch and syncs once more; enums carry real values", async () => {
    const wb = book();
    const Excel = createExcelNamespace(wb);
    const out = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["Name"]];
      context.application.suspendApiCalculationUntilNextSync();
      return 42;
    });
    expect(out).toBe(42);
    expect(wb.cell("Data", "A1").value).toBe("Name");
    expect(wb.stats.syncs).toBe(1);
    expect(wb.recorded).toContainEqual({ op: "suspendApiCalculationUntilNextSync" });
    expect(Excel.ChartType.xyscatter).toBe("XYScatter");
    expect(Excel.ChartType._3DColumn).toBe("3DColumn");
    expect(Excel.ConditionalFormatType.containsText).toBe("ContainsText");
    expect(Excel.ErrorCodes.invalidOperationInCellEditMode).toBe("InvalidOperationInCellEditMode");
    expect(Excel.SheetVisibility.veryHidden).toBe("VeryHidden");
  });

  it("Office.onReady, theme and document settings in memory", async () => {
    const wb = book();
    const office = createOfficeNamespace({ workbook: wb, theme: { bodyBackgroundColor: "#1f1f1f" } });
    await expect(office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(office.context.officeTheme.bodyBackgroundColor).toBe("#1f1f1f");
    expect(office.HostType.Excel).toBe("Excel");
    const s = office.context.document.settings;
    s.set("threshold", { gold: 80 });
    expect(s.get("threshold")).toEqual({ gold: 80 });
    expect(wb.settings.has("threshold")).toBe(false);
    await new Promise<void>((resolve) => s.saveAsync(() => resolve()));
    expect(wb.settings.get("threshold")).toEqual({ gold: 80 });
    s.remove("threshold");
    expect(s.get("threshold")).toBeNull();
    const ctx = createRequestContext(wb);
    const setting = ctx.workbook.settings.getItem("threshold").load("value");
    await ctx.sync();
    expect(setting.value).toEqual({ gold: 80 });
  });

  it("installFakeOffice sets and restores the globals", () => {
    const restore = installFakeOffice(book());
    const g = globalThis as unknown as { Excel?: { run: unknown }; Office?: { context: unknown } };
    expect(typeof g.Excel?.run).toBe("function");
    expect(g.Office?.context).toBeDefined();
    restore();
    expect(g.Excel).toBeUndefined();
  });
});

describe("snapshot", () => {
  it("is deep, JSON-serialisable and stable", async () => {
    const make = async () => {
      const wb = book().addTable("Data", "Partners", "A1:C3", { style: "TableStyleLight9" });
      const ctx = createRequestContext(wb);
      const s = ctx.workbook.worksheets.getItem("Data");
      s.tabColor = "#FF0000";
      s.getRange("A1:C1").format.font.bold = true;
      s.freezePanes.freezeRows(1);
      await ctx.sync();
      return wb;
    };
    const a = (await make()).snapshot("Data");
    const b = (await make()).snapshot("Data");
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a).toMatchObject({
      name: "Data",
      visibility: "Visible",
      tabColor: "#FF0000",
      freezePanes: { rows: 1, columns: 0 },
    });
    expect(a.cells.A1).toEqual({ value: "Partner", format: { bold: true } });
  });
});
