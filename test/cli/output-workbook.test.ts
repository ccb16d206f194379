/**
 * The result workbook the command line writes (SPEC §3), opened again with ExcelJS: output
 * sheets with their Excel tables, number formats, conditional formats and frozen headers; the
 * settings on a very hidden sheet; defined names marking each sheet as the add-in's own; and
 * text that looks like a formula stored as text.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { SHEET_NAMES } from "../../src/report/sheet-spec";
import { SETTINGS_SHEET_NAME } from "../../src/report/settings-sheet";
import { FIXED_TIME, FORMULA_LIKE_NAMES } from "./fixture-data";
import { analyze, fixture, scratch } from "./run-cli";

const work = scratch();
afterAll(() => work.cleanup());

let wb: ExcelJS.Workbook;
let outPath: string;
beforeAll(async () => {
  outPath = (await analyze(fixture("partners-shared-strings.xlsx"), work.dir, "result")).outPath;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(outPath);
});

const sheet = (name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};
const tablesOn = (ws: ExcelJS.Worksheet) =>
  (ws.getTables() as unknown as { table: { name: string; tableRef: string } }[]).map((t) => ({
    name: t.table.name,
    ref: t.table.tableRef,
  }));

/** The cells of one table column below its header, by header text. */
function columnCells(ws: ExcelJS.Worksheet, tableName: string, header: string): ExcelJS.Cell[] {
  const table = tablesOn(ws).find((t) => t.name === tableName);
  if (!table) throw new Error(`no table ${tableName}`);
  const [top = "A1", bottom = top] = table.ref.split(":");
  const first = ws.getCell(top);
  const last = ws.getCell(bottom);
  const headerRow = ws.getRow(Number(first.row));
  let col = 0;
  for (let c = Number(first.col); c <= Number(last.col); c++) if (headerRow.getCell(c).value === header) col = c;
  if (col === 0) throw new Error(`no column ${header} in ${tableName}`);
  const cells: ExcelJS.Cell[] = [];
  for (let r = Number(first.row) + 1; r <= Number(last.row); r++) cells.push(ws.getCell(r, col));
  return cells;
}

describe("the result workbook", () => {
  it("has the Summary, Tiering, Issues and Tier History sheets, each holding PED_ Excel tables", () => {
    expect(tablesOn(sheet(SHEET_NAMES.summary)).map((t) => t.name)).toContain("PED_SummaryTiers");
    expect(tablesOn(sheet(SHEET_NAMES.tiering))).toEqual([{ name: "PED_Tiering", ref: "A1:T15" }]);
    expect(tablesOn(sheet(SHEET_NAMES.issues))).toEqual([{ name: "PED_Issues", ref: "A1:D11" }]);
    expect(tablesOn(sheet(SHEET_NAMES.history)).map((t) => t.name)).toEqual(["PED_History"]);
    wb.eachSheet((ws) => tablesOn(ws).forEach((t) => expect(t.name).toMatch(/^PED_/)));
  });

  it("formats money, scores and ratios by column", () => {
    const tiering = sheet(SHEET_NAMES.tiering);
    for (const header of ["Investment", "Revenue", "Pipeline"]) {
      expect(new Set(columnCells(tiering, "PED_Tiering", header).map((c) => c.numFmt))).toEqual(new Set(["#,##0"]));
    }
    expect(new Set(columnCells(tiering, "PED_Tiering", "Composite").map((c) => c.numFmt))).toEqual(new Set(["0.0"]));
    expect(columnCells(tiering, "PED_Tiering", "ROI")[0]?.numFmt).toBe('0.00"x"');
    const summary = sheet(SHEET_NAMES.summary);
    expect(columnCells(summary, "PED_SummaryTiers", "Investment").map((c) => c.numFmt)).toEqual([
      "#,##0",
      "#,##0",
      "#,##0",
      "#,##0",
    ]);
    expect(columnCells(summary, "PED_SummaryTiers", "Share of revenue")[0]?.numFmt).toBe("0.0%");
  });

  it("colours tiers, flags and composites with conditional formats", () => {
    const rules = (
      sheet(SHEET_NAMES.tiering) as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[];
      }
    ).conditionalFormattings;
    const tierColumn = rules.filter((cf) => cf.ref === "C2:C15").flatMap((cf) => cf.rules.map((r) => r.formulae?.[0]));
    expect(tierColumn).toEqual(['"Strategic"', '"Focus"', '"Scale"', '"Unscored"']);
    expect(rules.some((cf) => cf.ref === "D2:D15" && cf.rules[0]?.type === "colorScale")).toBe(true);
    expect(rules.flatMap((cf) => cf.rules.map((r) => r.formulae?.[0]))).toEqual(
      expect.arrayContaining(['"Over-invested"', '"Under-invested"', '"Up"', '"Down"']),
    );
  });

  it("freezes the header row of the Tiering, Issues and Tier History sheets (and the names on Tiering)", () => {
    expect(sheet(SHEET_NAMES.tiering).views[0]).toMatchObject({ state: "frozen", ySplit: 1, xSplit: 2 });
    expect(sheet(SHEET_NAMES.issues).views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet(SHEET_NAMES.history).views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("lists every input issue on the Issues sheet with its sheet, cell, severity and message", () => {
    const issues = sheet(SHEET_NAMES.issues);
    const rows = [] as unknown[][];
    issues.eachRow((row, r) => {
      if (r > 1) rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows).toHaveLength(10);
    expect(rows.flat()).toEqual(
      expect.arrayContaining(["Partners", "I7", 'Fit "abc" is not a number; the value is ignored.']),
    );
  });

  it("keeps the settings as JSON on a very hidden PED_Settings sheet", () => {
    const settings = sheet(SETTINGS_SHEET_NAME);
    expect(settings.state).toBe("veryHidden");
    expect(JSON.parse(String(settings.getCell("A2").value))).toMatchObject({
      version: expect.any(Number),
      settings: { mode: "threshold" },
    });
  });

  it("marks each output sheet as the add-in's own with a defined name _PED_<key> pointing at it", () => {
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    const byName = Object.fromEntries(names.map((n) => [n.name, n.ranges]));
    expect(byName).toMatchObject({
      _PED_summary: ["Summary!$A$1"],
      _PED_tiering: ["Tiering!$A$1"],
      _PED_issues: ["Issues!$A$1"],
      _PED_history: ["'Tier History'!$A$1"],
    });
    const visible = wb.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET_NAME).map((ws) => ws.name);
    expect(names.map((n) => n.ranges[0]?.replace(/!\$A\$1$/, "").replace(/^'(.*)'$/, "$1")).sort()).toEqual(
      [...visible].sort(),
    );
  });

  it("stores partner names that start with = + - @ as text cells, never as formulas", async () => {
    const partners = columnCells(sheet(SHEET_NAMES.tiering), "PED_Tiering", "Partner");
    for (const name of FORMULA_LIKE_NAMES) {
      const cell = partners.find((c) => c.value === name);
      expect({ name, type: cell?.type }).toEqual({ name, type: ExcelJS.ValueType.String });
    }
    const zip = await JSZip.loadAsync(readFileSync(outPath));
    for (const path of Object.keys(zip.files).filter((p) => p.startsWith("xl/worksheets/") && p.endsWith(".xml"))) {
      expect({ path, formulas: (await zip.file(path)?.async("string"))?.match(/<f[ >]/g) ?? [] }).toEqual({
        path,
        formulas: [],
      });
    }
  });

  it("dates the workbook with the run, so that a rerun writes the same sheets", async () => {
    expect(wb.created.toISOString()).toBe(FIXED_TIME);
    const again = await analyze(fixture("partners-shared-strings.xlsx"), work.dir, "again");
    expect(await parts(again.outPath)).toEqual(await parts(outPath));
  });
});

/** Each part of a package with its text: what Excel reads, without the zip's own timestamps. */
async function parts(path: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.file(name);
    if (file && !file.dir) out[name] = await file.async("string");
  }
  return out;
}
