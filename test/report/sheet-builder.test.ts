import { analyzeWorkbook } from "../../src/engine/analyze";
import { buildReport } from "../../src/report";
import { SheetBuilder } from "../../src/report/sheet-builder";
import { TABLE_STYLE } from "../../src/report/style";
import { partnersTable, settings } from "../engine/fixtures";
import { isValidTableName, overlaps, paint, tableProblems } from "./report-checks";

describe("SheetBuilder: layout top to bottom", () => {
  it("puts a title on row 1 and a subtitle under it, then leaves a blank row", () => {
    const b = new SheetBuilder("summary");
    b.title("Title", "Sub");
    expect(b.spec.blocks.map((x) => [x.row, x.col, x.values])).toEqual([
      [0, 0, [["Title"]]],
      [1, 0, [["Sub"]]],
    ]);
    expect(b.row).toBe(3);
  });

  it("leaves one blank row after a title without subtitle", () => {
    expect(new SheetBuilder("summary").title("Title").row).toBe(2);
  });

  it("advances one row for a section and for a note", () => {
    const b = new SheetBuilder("summary");
    b.section("S").note("N");
    expect(b.spec.blocks.map((x) => x.row)).toEqual([0, 1]);
    expect(b.row).toBe(2);
  });

  it("writes key–value pairs in two columns, labels bold, with per-pair number formats, then a blank row", () => {
    const b = new SheetBuilder("summary");
    const range = b.keyValues([
      ["Partners", 3, "#,##0"],
      ["Name", "x"],
    ]);
    expect(range).toEqual({ row: 0, col: 0, rows: 2, cols: 2 });
    expect(b.spec.blocks).toEqual([
      { row: 0, col: 0, values: [["Partners", 3]], numberFormats: [null, "#,##0"] },
      { row: 1, col: 0, values: [["Name", "x"]], numberFormats: [null, null] },
    ]);
    expect(b.spec.formats).toContainEqual({ range: { row: 0, col: 0, rows: 2, cols: 1 }, style: { bold: true } });
    expect(b.row).toBe(3);
  });
});

describe("SheetBuilder: tables", () => {
  const input = {
    name: "T_One",
    headers: ["A", "B"],
    rows: [
      [1, "x"],
      [2, "y"],
    ],
    numberFormats: ["0.0", null],
  };

  it("writes the header and rows as one block whose number formats skip the header", () => {
    const b = new SheetBuilder("tiering");
    b.title("T");
    b.table(input);
    expect(b.spec.blocks[1]).toEqual({
      row: 2,
      col: 0,
      values: [
        ["A", "B"],
        [1, "x"],
        [2, "y"],
      ],
      numberFormats: ["0.0", null],
      headerRows: 1,
    });
  });

  it("records an Excel table over header and rows, in the house style unless told otherwise", () => {
    const b = new SheetBuilder("tiering");
    b.table(input);
    b.table({ ...input, name: "T_Two", style: "TableStyleLight1" });
    expect(b.spec.tables).toEqual([
      { name: "T_One", range: { row: 0, col: 0, rows: 3, cols: 2 }, style: TABLE_STYLE },
      { name: "T_Two", range: { row: 4, col: 0, rows: 3, cols: 2 }, style: "TableStyleLight1" },
    ]);
  });

  it("moves the cursor past the table and one blank row", () => {
    const b = new SheetBuilder("tiering");
    b.table(input);
    expect(b.row).toBe(4);
  });

  it("returns the data range and each column's data range by header", () => {
    const placed = new SheetBuilder("tiering").table(input);
    expect(placed.range).toEqual({ row: 0, col: 0, rows: 3, cols: 2 });
    expect(placed.data).toEqual({ row: 1, col: 0, rows: 2, cols: 2 });
    expect(placed.column("B")).toEqual({ row: 1, col: 1, rows: 2, cols: 1 });
  });

  it("throws for a column the table does not have (a bug in the report, not in the data)", () => {
    expect(() => new SheetBuilder("tiering").table(input).column("C")).toThrow(/No column "C"/);
  });

  it("gives a table without rows one empty data row, as Excel tables always have one", () => {
    const b = new SheetBuilder("tiering");
    const placed = b.table({ name: "T_Empty", headers: ["A", "B"], rows: [] });
    expect(b.spec.tables[0]?.range.rows).toBe(2);
    expect(placed.data.rows).toBe(1);
    expect(b.spec.blocks[0]?.values).toEqual([
      ["A", "B"],
      [null, null],
    ]);
  });

  it("places a table at a given position without moving the cursor", () => {
    const b = new SheetBuilder("tiering");
    b.title("T");
    const placed = b.table(input, { row: 0, col: 5 });
    expect(placed.range).toEqual({ row: 0, col: 5, rows: 3, cols: 2 });
    expect(placed.column("A")).toEqual({ row: 1, col: 5, rows: 2, cols: 1 });
    expect(b.row).toBe(2);
  });
});

describe("SheetBuilder: formats, charts, widths, freeze", () => {
  it("drops formats and conditional formats over an empty range", () => {
    const b = new SheetBuilder("issues");
    b.format({ row: 0, col: 0, rows: 0, cols: 1 }, { bold: true });
    b.conditional({ kind: "blank", range: { row: 0, col: 0, rows: 1, cols: 0 }, style: { bold: true } });
    expect(b.spec.formats).toEqual([]);
    expect(b.spec.conditionalFormats).toEqual([]);
  });

  it("keeps formats and conditional formats over a real range", () => {
    const b = new SheetBuilder("issues");
    b.format({ row: 0, col: 0, rows: 1, cols: 1 }, { bold: true });
    b.conditional({ kind: "equals", range: { row: 0, col: 0, rows: 1, cols: 1 }, value: "x", style: { bold: true } });
    expect(b.spec.formats).toHaveLength(1);
    expect(b.spec.conditionalFormats).toHaveLength(1);
  });

  it("sizes columns to their longest text, between 8 and 60 characters", () => {
    const b = new SheetBuilder("issues");
    b.cells(0, 0, [["ab", "x".repeat(30), "y".repeat(100)]]);
    expect(b.build().columnWidths).toEqual([8, 32, 60]);
  });

  it("sizes number columns by their rounded digits, at most 16 characters", () => {
    const b = new SheetBuilder("issues");
    b.cells(0, 0, [[1234567.891, 1e20]]);
    expect(b.build().columnWidths).toEqual([14, 18]);
  });

  it("honours a minimum width and fills unmeasured columns with 10", () => {
    const b = new SheetBuilder("issues");
    b.cells(0, 0, [["a"]]);
    b.minWidth(2, 40).minWidth(0, 5);
    expect(b.build().columnWidths).toEqual([8, 10, 40]);
  });

  it("records charts, validations and the frozen panes", () => {
    const b = new SheetBuilder("summary");
    b.chart({ name: "C", type: "pie", title: "t", anchor: { row: 0, col: 0, rows: 1, cols: 1 }, series: [] });
    b.validation({ range: { row: 0, col: 0, rows: 1, cols: 1 }, list: ["a"], errorMessage: "no" });
    b.freeze(1, 2);
    const spec = b.build();
    expect([spec.charts.length, spec.validations.length, spec.freeze]).toEqual([1, 1, { rows: 1, cols: 2 }]);
  });

  it("names the sheet after its key unless told otherwise", () => {
    expect(new SheetBuilder("history").build().name).toBe("Tier History");
    expect(new SheetBuilder("issues", "Issues (2)").build().name).toBe("Issues (2)");
  });
});

describe("report-checks", () => {
  it.each(["PED_Tiering", "_x", "Table1.2", "ABCD1", "Rx"])("accepts the table name %p", (name) => {
    expect(isValidTableName(name)).toBe(true);
  });

  it.each(["", "1Table", "A1", "XFD100", "R1C1", "R1C", "RC", "R", "c", "Has Space", "Tier-Table", "x".repeat(256)])(
    "refuses the table name %p",
    (name) => {
      expect(isValidTableName(name)).toBe(false);
    },
  );

  it("finds a cell written twice with different values", () => {
    const b = new SheetBuilder("issues");
    b.cells(0, 0, [["a", "b"]]);
    b.cells(0, 1, [["b"]]);
    b.cells(0, 0, [["z"]]);
    expect(paint(b.build()).clashes).toEqual(["0,0"]);
  });

  it("finds overlapping ranges", () => {
    expect(overlaps({ row: 0, col: 0, rows: 2, cols: 2 }, { row: 1, col: 1, rows: 1, cols: 1 })).toBe(true);
    expect(overlaps({ row: 0, col: 0, rows: 2, cols: 2 }, { row: 2, col: 0, rows: 1, cols: 1 })).toBe(false);
  });
});

describe("every report", () => {
  const analysis = (mode: "threshold" | "quota") =>
    analyzeWorkbook(
      {
        partners: partnersTable([
          {
            Partner: "Acme",
            Fit: 5,
            Impact: 5,
            Momentum: 5,
            Roles: "Co-sell",
            Capabilities: "CRM; Billing",
            Investment: 100,
            Revenue: 300,
          },
          {
            Partner: "Globex",
            Fit: 3,
            Impact: 3,
            Momentum: 3,
            Roles: "Co-sell; Referral",
            Capabilities: "CRM",
            Investment: 0,
          },
          { Partner: "Initech", Fit: 1, Impact: "x", Momentum: 1, Capabilities: "Billing", Layer: "Edge" },
          { Partner: "acme" },
        ]),
      },
      settings({ mode }),
      { runAt: "2026-11-22T09:30:00Z" },
    );

  it.each(["threshold", "quota"] as const)(
    "has unique, Excel-valid table names and unique non-empty text headers (%s mode)",
    (mode) => {
      const specs = buildReport(analysis(mode), { saveSnapshot: true });
      expect(tableProblems(specs)).toEqual([]);
    },
  );

  it("never writes two different values to one cell, on any sheet", () => {
    for (const spec of buildReport(analysis("threshold"), { saveSnapshot: true })) {
      expect({ sheet: spec.key, clashes: paint(spec).clashes }).toEqual({ sheet: spec.key, clashes: [] });
    }
  });

  it("has one sheet per key, and chart names unique per sheet", () => {
    const specs = buildReport(analysis("threshold"), { saveSnapshot: true });
    expect(new Set(specs.map((s) => s.key)).size).toBe(specs.length);
    for (const spec of specs) expect(new Set(spec.charts.map((c) => c.name)).size).toBe(spec.charts.length);
  });

  it("points every chart series at a sheet that is in the report", () => {
    const specs = buildReport(analysis("threshold"));
    const keys = new Set(specs.map((s) => s.key));
    for (const spec of specs) {
      for (const chart of spec.charts) {
        for (const s of chart.series) {
          for (const ref of [s.values, s.categories, s.sizes])
            if (ref?.sheet !== undefined) expect(keys.has(ref.sheet)).toBe(true);
        }
      }
    }
  });

  it("keeps charts off each other and off the cells on their sheet", () => {
    for (const spec of buildReport(analysis("threshold"))) {
      const painted = paint(spec);
      spec.charts.forEach((chart, i) => {
        for (const other of spec.charts.slice(i + 1)) expect(overlaps(chart.anchor, other.anchor)).toBe(false);
        for (const key of painted.cells.keys()) {
          const [r, c] = key.split(",").map(Number);
          expect({
            chart: chart.name,
            cell: key,
            inside: overlaps(chart.anchor, { row: r ?? 0, col: c ?? 0, rows: 1, cols: 1 }),
          }).toMatchObject({ inside: false });
        }
      });
    }
  });
});
