/**
 * Issue 14 from the command line: a RACI sheet with phase heading rows, a Phase column choice
 * stored by the task pane, and the JSON's responsibility.activities[].section.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { storedSettingsText } from "../../src/engine/settings";
import { SETTINGS_SHEET_NAME, settingsSheetValues } from "../../src/report/settings-sheet";
import { validateWorkbooks } from "../support/ooxml";
import { analyze, scratch } from "./run-cli";

jest.setTimeout(120_000);

async function workbook(path: string, settings?: object): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const partners = wb.addWorksheet("Partners");
  partners.addRow(["Partner", "Fit", "Impact", "Momentum"]);
  partners.addRow(["Acme", 4, 4, 4]);
  const raci = wb.addWorksheet("Responsibilities");
  for (const row of [
    ["Activity", "Region", "Us", "Acme"],
    ["Initiation Phase", null, null, null],
    ["Charter", "EMEA", "A", "R"],
    ["Planning Phase", null, null, null],
    ["Plan", null, "A/R", "C"],
  ])
    raci.addRow(row);
  if (settings) {
    const ws = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
    settingsSheetValues(storedSettingsText({ ...DEFAULT_SETTINGS, ...settings })).forEach(
      (row, i) => (ws.getCell(i + 1, 1).value = row[0] ?? null),
    );
  }
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

type Doc = {
  responsibility: {
    activities: { activity: string; section: string | null; status: string }[];
    parties: { party: string }[];
  };
};
const rows = (json: Record<string, unknown>) =>
  (json as unknown as Doc).responsibility.activities.map((a) => [a.section, a.activity, a.status]);

describe("sections from the command line", () => {
  const dir = scratch();
  afterAll(() => dir.cleanup());

  it("writes each activity's section, heading rows being sections and not Gaps", async () => {
    await workbook(dir.path("in-headings.xlsx"));
    const { json, outPath } = await analyze(dir.path("in-headings.xlsx"), dir.dir, "headings");
    expect(rows(json)).toEqual([
      ["Initiation Phase", "Charter", "OK"],
      ["Planning Phase", "Plan", "OK"],
    ]);
    // The sectioned Responsibilities sheet and the Summary's per-section table stay valid ISO/IEC 29500.
    const [report] = await validateWorkbooks([{ name: "sections.xlsx", bytes: readFileSync(outPath) }]);
    expect(report?.checked).toBeGreaterThan(20);
    expect(report?.problems).toEqual([]);
  });

  it("honours the column roles the task pane stored in the workbook: Region marked as the section column", async () => {
    await workbook(dir.path("in-stored.xlsx"), { columnRoles: { responsibilities: { Region: "section" } } });
    const { json } = await analyze(dir.path("in-stored.xlsx"), dir.dir, "stored");
    expect(rows(json)).toEqual([
      ["EMEA", "Charter", "OK"],
      ["Planning Phase", "Plan", "OK"],
    ]);
    expect((json as unknown as Doc).responsibility.parties.map((p) => p.party)).toEqual(["Us", "Acme"]);
  });
});
