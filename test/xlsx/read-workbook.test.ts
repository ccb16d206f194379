import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { CannotAnalyzeError } from "../../src/engine/errors";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { storedSettingsText } from "../../src/engine/settings";
import { ownershipName, SETTINGS_SHEET_NAME, settingsSheetValues } from "../../src/report/settings-sheet";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { PARTNER_HEADERS, partnerGrid } from "../cli/fixture-data";
import { fixture } from "../cli/run-cli";

const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));

async function bytesFrom(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function addSettingsSheet(wb: ExcelJS.Workbook, settings: object): void {
  const ws = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
  settingsSheetValues(storedSettingsText({ ...DEFAULT_SETTINGS, ...settings })).forEach((row, i) => {
    ws.getCell(i + 1, 1).value = row[0] ?? null;
  });
}

/** The register as the engine should receive it: header, then rows; blank cells null. */
function expectedRows() {
  const [header = [], ...rows] = partnerGrid();
  const raw = (v: ExcelJS.CellValue) =>
    v !== null && typeof v === "object" && "error" in v
      ? { kind: "error", code: (v as ExcelJS.CellErrorValue).error }
      : v;
  return { header, rows: rows.map((r) => r.map(raw)) };
}

describe("readWorkbook: the same register in four packages", () => {
  it.each([
    "partners-shared-strings.xlsx",
    "partners-inline-strings.xlsx",
    "partners-table.xlsx",
    "partners-openpyxl-style.xlsx",
  ])("reads %s cell for cell, with the header at A1 of sheet Partners", async (name) => {
    const { input } = await readWorkbook(bytesOf(name));
    expect(input.partners).toMatchObject({
      source: "Partners",
      sheet: "Partners",
      headerRow: 1,
      firstColumn: 1,
      ...expectedRows(),
    });
  });

  it("reads a table where it is on the sheet (C3 of sheet Register)", async () => {
    const { input } = await readWorkbook(bytesOf("partners-table-offset.xlsx"));
    expect(input.partners).toMatchObject({
      source: "Partners",
      sheet: "Register",
      headerRow: 3,
      firstColumn: 3,
      ...expectedRows(),
    });
  });

  it("opens packages whose relationships use absolute targets, which ExcelJS alone cannot", async () => {
    const zip = await JSZip.loadAsync(bytesOf("partners-openpyxl-style.xlsx"));
    expect(await zip.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")).toContain(
      'Target="/xl/tables/table1.xml"',
    );
    await expect(
      new ExcelJS.Workbook().xlsx.load(bytesOf("partners-openpyxl-style.xlsx") as unknown as ExcelJS.Buffer),
    ).rejects.toThrow();
    const { catalog } = await readWorkbook(bytesOf("partners-openpyxl-style.xlsx"));
    expect(catalog.tables).toEqual([{ name: "Partners", sheet: "Partners" }]);
  });

  it("reads inline strings from a package that has no shared-strings part", async () => {
    const zip = await JSZip.loadAsync(bytesOf("partners-inline-strings.xlsx"));
    expect(zip.file("xl/sharedStrings.xml")).toBeNull();
    expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).toContain('t="inlineStr"');
  });
});

describe("readWorkbook: cells as an analyst's sheet holds them", () => {
  let rows: unknown[][];
  let header: unknown[];
  beforeAll(async () => {
    const { input } = await readWorkbook(bytesOf("partners-rich-formulas.xlsx"));
    header = input.partners?.header ?? [];
    rows = input.partners?.rows ?? [];
  });

  it("reads rich text as its plain text", () => expect(rows[0]?.[0]).toBe("Northwind Cloud"));
  it("reads a hyperlink cell as the text it shows", () => expect(rows[1]?.[0]).toBe("Contoso Services"));
  it("reads a formula as its cached result (number and text)", () => {
    expect(rows[0]?.[1]).toBe("Technology");
    expect(rows[0]?.[5]).toBe(1200000);
    expect(rows[1]?.[3]).toBe(4);
  });
  it("reads a formula whose result is #DIV/0! as that error value", () =>
    expect(rows[2]?.[4]).toEqual({ kind: "error", code: "#DIV/0!" }));
  it("reads a date as a date, for ingest to reject as a score", () =>
    expect(rows[3]?.[2]).toEqual({ kind: "date", iso: "2026-01-05" }));
  it("reads the cell a merged header covers as empty, as Excel reports it (not as a second Notes)", () => {
    expect(header).toEqual(["Partner", "Type", "Fit", "Impact", "Momentum", "Revenue", "Investment", "Notes"]);
  });
});

describe("readWorkbook: tables and settings", () => {
  it("leaves a table's totals row out of its data rows", async () => {
    const bytes = await bytesFrom((wb) => {
      wb.addWorksheet("Register").addTable({
        name: "Partners",
        ref: "B2",
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: "Partner", totalsRowLabel: "Total" },
          { name: "Fit", totalsRowFunction: "sum" },
        ],
        rows: [
          ["A", 3],
          ["B", 4],
        ],
      });
    });
    const { input } = await readWorkbook(bytes);
    expect(input.partners?.rows).toEqual([
      ["A", 3],
      ["B", 4],
    ]);
  });

  it("reads the input table the user chose in the task pane, as stored with the settings", async () => {
    const bytes = await bytesFrom((wb) => {
      wb.addWorksheet("Register").addTable({
        name: "Register2026",
        ref: "A1",
        columns: [{ name: "Partner" }, { name: "Fit" }],
        rows: [["A", 3]],
      });
      addSettingsSheet(wb, { inputs: { partners: { kind: "table", name: "Register2026" } } });
    });
    expect((await readWorkbook(bytes)).input.partners?.source).toBe("Register2026");
    expect((await readWorkbook(bytes, { storedChoices: false })).input.partners).toBeNull();
  });

  it("returns the stored settings text and hides the settings sheet from the catalog", async () => {
    const bytes = await bytesFrom((wb) => {
      wb.addWorksheet("Partners").addRow([...PARTNER_HEADERS]);
      addSettingsSheet(wb, { mode: "quota" });
    });
    const read = await readWorkbook(bytes);
    expect(JSON.parse(read.storedSettings ?? "null")).toMatchObject({ settings: { mode: "quota" } });
    expect(read.catalog.sheets).toEqual(["Partners"]);
  });

  it("lists the sheets marked as the add-in's own, and finds the Tier History table", async () => {
    const bytes = await bytesFrom((wb) => {
      wb.addWorksheet("Partners").addRow(["Partner"]);
      const ws = wb.addWorksheet("Tier History");
      ws.addTable({
        name: "PED_History",
        ref: "A1",
        columns: ["Taken at", "Partner", "Tier"].map((name) => ({ name })),
        rows: [["2026-01-05T09:00:00.000Z", "A", "Focus"]],
      });
      wb.definedNames.add("'Tier History'!$A$1", ownershipName("history"));
    });
    const read = await readWorkbook(bytes);
    expect(read.catalog.ownedSheets).toEqual(["Tier History"]);
    expect(read.input.history?.rows).toEqual([["2026-01-05T09:00:00.000Z", "A", "Focus"]]);
  });

  it("throws CannotAnalyzeError for bytes that are not a workbook", async () => {
    await expect(readWorkbook(bytesOf("not-a-workbook.xlsx"))).rejects.toBeInstanceOf(CannotAnalyzeError);
  });

  it("finds no Partners table in an empty workbook, for ingest to report", async () => {
    expect((await readWorkbook(bytesOf("empty-workbook.xlsx"))).input.partners).toBeNull();
  });
});

describe("formulas saved without their result", () => {
  it("reads as a cell problem that says to recalculate in Excel, not as a blank", async () => {
    const { rawCell } = await import("../../src/xlsx/cells");
    expect(rawCell({ formula: "A1*2" } as never)).toEqual({ kind: "error", code: "#UNCALCULATED" });
    const { messages } = await import("../../src/engine/ingest/messages");
    expect(messages.errorValue("Fit", "#UNCALCULATED")).toMatch(/formula whose result was not saved/);
    expect(rawCell({ formula: "A1*2", result: 4 } as never)).toBe(4);
  });
});
