/**
 * The workbooks the end-to-end tests open, by the name given in the page's URL
 * (`taskpane.html?workbook=sample`). Each is built the way a user's file would look: the
 * sample's input tables come from src/sample/sample-data.ts, laid out as the pane's own
 * "Insert sample data" lays them out (src/report/sample-sheets.ts).
 */
import { sampleSheets } from "../../../src/report/sample-sheets";
import type { SheetSpec } from "../../../src/report/sheet-spec";
import { samplePortfolio, type SamplePortfolio } from "../../../src/sample/sample-data";
import { syntheticWorkbook } from "../../../src/sample/synthetic";
import { FakeWorkbook, type CellInput } from "../../excel/fake-excel";

/** The names a test may put in `?workbook=`. */
export const WORKBOOKS = ["empty", "sample", "renamed-column", "hostile", "phased-raci", "alliances", "large"] as const;
export type WorkbookName = (typeof WORKBOOKS)[number];

/** A partner name that Excel would run as a formula if it were written as typed. */
export const FORMULA_LIKE_NAME = '=HYPERLINK("http://x","y")';

/**
 * A new workbook of the named kind.
 * @example buildWorkbook("renamed-column").cell("Partners", "I1").value // "Alignment Score"
 */
export function buildWorkbook(name: string, partners = 100_000): FakeWorkbook {
  switch (name) {
    case "large":
      return largeWorkbook(partners);
    case "empty":
      // Excel never has zero sheets: a new workbook has one empty Sheet1.
      return new FakeWorkbook().addSheet("Sheet1");
    case "sample":
      return withSample(samplePortfolio());
    case "renamed-column":
      // The Fit column under a header no synonym knows: the user must map it on Sources.
      return withSample(renameHeader(samplePortfolio(), "Strategic Fit", "Alignment Score"));
    case "hostile":
      return withSample(renamePartner(samplePortfolio(), 0, FORMULA_LIKE_NAME));
    case "phased-raci":
      // The RACI as analysts share it: phase heading rows without letters and a Notes column.
      return withSample(phasedRaci(samplePortfolio()));
    case "alliances": {
      // A register not named Partners: the table Alliances2024 on the sheet Data, its Fit column
      // headed "Alignment Score". Only Sources can point the add-in at it.
      const wb = new FakeWorkbook();
      for (const { input, spec } of sampleSheets(renameHeader(samplePortfolio(), "Strategic Fit", "Alignment Score"))) {
        if (input === "partners")
          addSpecSheet(wb, {
            ...spec,
            name: "Data",
            tables: spec.tables.map((t) => ({ ...t, name: "Alliances2024" })),
          });
      }
      return wb;
    }
    default:
      throw new Error(`Unknown e2e workbook "${name}": use one of ${WORKBOOKS.join(", ")}`);
  }
}

/**
 * A large programme as a user keeps it (issue 11): `partners` rows in the table Partners on the
 * sheet Partners, a 1,000-capability catalogue, 20 segments × 10 regions (the bench's
 * "100000x1000l" shape, src/sample/synthetic.ts), and a Pipeline cell that reads "n/a" in every
 * row — so the analysis raises one issue per partner (100,000 issues at the default size).
 */
function largeWorkbook(partners: number): FakeWorkbook {
  const input = syntheticWorkbook({ partners, capabilities: 1000, segments: 20, regions: 10 });
  const wb = new FakeWorkbook();
  for (const table of [input.partners, input.capabilities, input.candidates, input.responsibilities, input.maturity]) {
    if (!table) continue;
    const pipeline = table.source === "Partners" ? table.header.indexOf("Pipeline") : -1;
    const rows = table.rows.map((row) => row.map((cell, j) => (j === pipeline ? "n/a" : cell))) as CellInput[][];
    wb.addSheet(table.sheet, [table.header as CellInput[], ...rows]);
    wb.addTable(table.sheet, table.source, `A1:${column(table.header.length - 1)}${rows.length + 1}`);
  }
  return wb;
}

function withSample(sample: SamplePortfolio): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const { spec } of sampleSheets(sample)) addSpecSheet(wb, spec);
  addEarlierRuns(wb, sample);
  return wb;
}

/**
 * The sample's three earlier runs, as assets/sample-partners.xlsx holds them: the add-in's own
 * Tier History sheet (marked with its defined name), so the Evolution card has a story to tell.
 */
function addEarlierRuns(wb: FakeWorkbook, sample: SamplePortfolio): void {
  const rows = [sample.historyHeaders, ...sample.history] as CellInput[][];
  wb.addSheet("Tier History", rows);
  wb.addTable("Tier History", "PED_History", `A1:E${rows.length}`);
  const sheet = wb.sheetByName("Tier History");
  if (sheet)
    wb.names.push({
      name: "_PED_history",
      ref: { sheet, rect: { r0: 0, c0: 0, rows: 1, cols: 1 } },
      comment: "",
      visible: false,
      deleted: false,
    });
}

/** Writes a sample sheet's one block and its tables, as a user's sheet (strings stay text). */
function addSpecSheet(wb: FakeWorkbook, spec: SheetSpec): void {
  const rows: CellInput[][] = [];
  for (const block of spec.blocks) {
    block.values.forEach((row, i) => {
      const r = block.row + i;
      const isHeader = i < (block.headerRows ?? 0);
      rows[r] ??= [];
      row.forEach((value, j) => {
        const format = isHeader ? null : (block.numberFormats?.[j] ?? null);
        rows[r]![block.col + j] =
          format !== null && typeof value === "number" ? { value, numberFormat: format } : value;
      });
    });
  }
  wb.addSheet(spec.name, rows);
  for (const t of spec.tables) wb.addTable(spec.name, t.name, rangeA1(t.range), { style: t.style });
}

function rangeA1(r: { row: number; col: number; rows: number; cols: number }): string {
  return `${column(r.col)}${r.row + 1}:${column(r.col + r.cols - 1)}${r.row + r.rows}`;
}

function column(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const d = (n - 1) % 26;
    out = String.fromCharCode(65 + d) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function renameHeader(sample: SamplePortfolio, from: string, to: string): SamplePortfolio {
  return { ...sample, partnerHeaders: sample.partnerHeaders.map((h) => (h === from ? to : h)) };
}

function renamePartner(sample: SamplePortfolio, index: number, name: string): SamplePortfolio {
  return { ...sample, partners: sample.partners.map((row, i) => (i === index ? [name, ...row.slice(1)] : row)) };
}

/** The sample's RACI under three phase headings, with a Notes column (issue 14). */
function phasedRaci(sample: SamplePortfolio): SamplePortfolio {
  const blank = sample.raciHeaders.map(() => "");
  const heading = (title: string) => [title, ...blank.slice(1), ""];
  const rows = sample.raci.map((row, i) => [...row, i === 0 ? "Weekly pipeline call" : ""]);
  return {
    ...sample,
    raciHeaders: [...sample.raciHeaders, "Notes"],
    raci: [
      heading("Go to market"),
      ...rows.slice(0, 4),
      heading("Build"),
      ...rows.slice(4, 7),
      heading("Decide"),
      ...rows.slice(7),
    ],
  };
}
