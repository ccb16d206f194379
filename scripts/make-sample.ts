/**
 * Writes assets/sample-partners.xlsx: a realistic partner register (48 partners across types,
 * layers, segments and regions) with Capabilities, Candidates, a RACI matrix, a maturity
 * self-assessment, tier Expectations and a Tier History of three earlier runs (the add-in's own
 * sheet, marked as such, so that a run rewrites it in place). Seeded, so the file's contents
 * are the same every time.
 *
 *   npm run sample            # regenerate assets/sample-partners.xlsx
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { HISTORY_TABLE } from "../src/report/history-sheet";
import { quoteSheetName } from "../src/report/references";
import { SHEET_NAMES } from "../src/report/sheet-spec";
import { ownershipName } from "../src/report/settings-sheet";
import { samplePortfolio } from "../src/sample/sample-data";
import { save } from "./make-fixtures";

async function main(): Promise<void> {
  const data = samplePortfolio();
  const wb = new ExcelJS.Workbook();
  wb.creator = "Partner Ecosystem Designer sample";
  wb.created = new Date("2026-01-05T09:00:00Z");
  wb.modified = wb.created;

  const readme = wb.addWorksheet("Read me");
  [
    "Sample partner register for Partner Ecosystem Designer.",
    "Partners, Capabilities, Candidates and Expectations are Excel tables; Responsibilities and Maturity are plain sheets whose first row holds the headers.",
    "Tier History holds three earlier runs of the add-in (the table PED_History): the Evolution sheet reads it.",
    "Open the add-in and press Analyze, or run: npm run demo",
  ].forEach((line, i) => (readme.getCell(i + 1, 1).value = line));
  readme.getColumn(1).width = 110;

  addTable(wb, "Partners", "Partners", data.partnerHeaders, data.partners, [
    ["Fit", "0.0"],
    ["Impact", "0.0"],
    ["Momentum", "0.0"],
    ["Pipeline", "#,##0"],
    ["Revenue", "#,##0"],
    ["Investment", "#,##0"],
  ]);
  addTable(wb, "Capabilities", "Capabilities", data.capabilityHeaders, data.capabilities, []);
  addTable(wb, "Candidates", "Candidates", data.candidateHeaders, data.candidates, [["Fit", "0.0"]]);
  addSheet(wb, "Responsibilities", data.raciHeaders, data.raci);
  addSheet(wb, "Maturity", ["Pillar", "Score", "Target"], data.maturity);
  addTable(wb, "Expectations", "Expectations", data.expectationHeaders, data.expectations, [
    ["Min Pipeline", "#,##0"],
    ["Min Revenue", "#,##0"],
    ["Max Investment", "#,##0"],
  ]);
  // The add-in's own Tier History, as three earlier runs left it: marked with the defined name
  // the add-in uses for its sheets, so that its next run rewrites the sheet in place.
  addTable(wb, SHEET_NAMES.history, HISTORY_TABLE, data.historyHeaders, data.history, [
    ["Rank", "#,##0"],
    ["Composite", "0.0"],
  ]);
  wb.definedNames.add(`${quoteSheetName(SHEET_NAMES.history)}!$A$1`, ownershipName("history"));

  const out = join(__dirname, "..", "assets", "sample-partners.xlsx");
  // Repacked with fixed dates and entry order, so regenerating gives the same bytes.
  writeFileSync(out, await save(wb));
  process.stdout.write(`Wrote ${out} (${data.partners.length} partners, ${data.candidates.length} candidates)\n`);
}

function addTable(
  wb: ExcelJS.Workbook,
  sheet: string,
  name: string,
  headers: string[],
  rows: (string | number | null)[][],
  formats: [string, string][],
): void {
  const ws = wb.addWorksheet(sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addTable({
    name,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium9", showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    rows,
  });
  size(ws, headers, rows);
  for (const [header, fmt] of formats) {
    const col = headers.indexOf(header) + 1;
    if (col > 0) ws.getColumn(col).numFmt = fmt;
  }
}

function addSheet(wb: ExcelJS.Workbook, sheet: string, headers: string[], rows: (string | number | null)[][]): void {
  const ws = wb.addWorksheet(sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(headers).font = { bold: true };
  for (const row of rows) ws.addRow(row);
  size(ws, headers, rows);
}

function size(ws: ExcelJS.Worksheet, headers: string[], rows: (string | number | null)[][]): void {
  headers.forEach((h, j) => {
    const longest = Math.max(h.length, ...rows.map((r) => String(r[j] ?? "").length));
    ws.getColumn(j + 1).width = Math.min(48, Math.max(9, longest + 2));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
