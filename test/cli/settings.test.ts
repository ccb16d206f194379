/**
 * Settings by flags (issue #2) and settings that travel with the workbook (SPEC §3): a run
 * stores its settings on the very hidden PED_Settings sheet; the next run on that workbook uses
 * them unless a flag overrides one or --ignore-workbook-settings is given.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { storedSettingsText } from "../../src/engine/settings";
import { SETTINGS_SHEET_NAME, settingsSheetValues } from "../../src/report/settings-sheet";
import { withPreviousRun } from "./previous-run";
import { analyze, fixture, runCli, scratch, tierCounts, tieringOf } from "./run-cli";

const work = scratch();
afterAll(() => work.cleanup());
const INPUT = fixture("partners-shared-strings.xlsx");

let defaults: Record<string, unknown>;
beforeAll(async () => {
  defaults = (await analyze(INPUT, work.dir, "defaults")).json;
});

const composite = (json: Record<string, unknown>, partner: string) =>
  tieringOf(json).partners.find((p) => p.partner === partner)?.composite;

describe("settings by flags", () => {
  it("tiers by threshold with weights 1,1,1 by default", () => {
    expect(defaults.settings).toMatchObject({ mode: "threshold", weights: { fit: 1, impact: 1, momentum: 1 } });
    expect(composite(defaults, "Northwind Cloud")).toBeCloseTo(90, 9); // (100 + 90 + 80) / 3
    expect(tierCounts(defaults)).toEqual({ Strategic: 4, Focus: 5, Scale: 2, Unscored: 3 });
  });

  it("--mode quota tiers by rank: ceil(11·10%) = 2 Strategic, ceil(11·40%) − 2 = 3 Focus, the rest Scale", async () => {
    const { json } = await analyze(INPUT, work.dir, "quota", ["--mode", "quota"]);
    expect(tierCounts(json)).toEqual({ Strategic: 2, Focus: 3, Scale: 6, Unscored: 3 });
  });

  it("--quota-strategic and --quota-focus set the quota percentages", async () => {
    const { json } = await analyze(INPUT, work.dir, "quota-50-20", [
      "--mode",
      "quota",
      "--quota-strategic",
      "50",
      "--quota-focus",
      "20",
    ]);
    expect(tierCounts(json)).toEqual({ Strategic: 6, Focus: 2, Scale: 3, Unscored: 3 }); // ceil(5.5) = 6, ceil(7.7) − 6 = 2
  });

  it("--weights 2,1,1 weighs Fit twice: Northwind Cloud (5, 4.5, 4) scores (200 + 90 + 80) / 4", async () => {
    const { json } = await analyze(INPUT, work.dir, "weights", ["--weights", "2,1,1"]);
    expect(json.settings).toMatchObject({ weights: { fit: 2, impact: 1, momentum: 1 } });
    expect(composite(json, "Northwind Cloud")).toBeCloseTo(92.5, 9);
  });

  it("--strategic and --focus move the thresholds", async () => {
    const { json } = await analyze(INPUT, work.dir, "thresholds", ["--strategic", "90", "--focus", "70"]);
    // Composites 90, 90 | 80, 76.7, 73.3, 70, 70 | 66.7, 60, 40, 30: both bounds are inclusive.
    expect(tierCounts(json)).toEqual({ Strategic: 2, Focus: 5, Scale: 4, Unscored: 3 });
    expect(tieringOf(json).partners.find((p) => p.partner === "Northwind Cloud")?.tier).toBe("Strategic");
  });

  it("--scale 0-100 reads every score on 0–100", async () => {
    const { json } = await analyze(INPUT, work.dir, "scale", ["--scale", "0-100"]);
    expect(json.scale).toEqual({ max: 100, chosen: "setting" });
    expect(composite(json, "Northwind Cloud")).toBeCloseTo(4.5, 9);
  });

  it.each([
    ["2026-01-05T10:00+01:00", "2026-01-05T09:00:00.000Z"],
    ["2026-01-05T09:00", "2026-01-05T09:00:00.000Z"],
    ["2026-01-05", "2026-01-05T00:00:00.000Z"],
  ])("--run-at %s is recorded as the UTC instant %s", async (given, stored) => {
    const { json } = await analyze(INPUT, work.dir, "run-at", ["--run-at", given]);
    expect(json.runAt).toBe(stored);
  });
});

describe("settings stored in the workbook by a previous run", () => {
  let stored: string;
  let previous: Record<string, unknown>;
  beforeAll(async () => {
    const first = await analyze(INPUT, work.dir, "first", ["--mode", "quota", "--weights", "2,1,1"]);
    previous = first.json;
    stored = work.path("with-settings.xlsx");
    writeFileSync(stored, await withPreviousRun(INPUT, first.outPath, { sheets: [SETTINGS_SHEET_NAME] }));
  });

  it("are used when no flag says otherwise", async () => {
    const { json } = await analyze(stored, work.dir, "stored");
    expect(json.settings).toEqual(previous.settings);
    expect(json.tiering).toEqual(previous.tiering);
  });

  it("give way to a flag for that setting only", async () => {
    const { json } = await analyze(stored, work.dir, "stored-flag", ["--mode", "threshold"]);
    expect(json.settings).toMatchObject({ mode: "threshold", weights: { fit: 2, impact: 1, momentum: 1 } });
  });

  it("are ignored with --ignore-workbook-settings", async () => {
    const { json } = await analyze(stored, work.dir, "ignored", ["--ignore-workbook-settings"]);
    expect(json.settings).toEqual(defaults.settings);
    expect(json.tiering).toEqual(defaults.tiering);
  });

  it("are written again with the result, flags included, for the next run", async () => {
    const { outPath } = await analyze(stored, work.dir, "restored", ["--focus", "55"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(outPath);
    const text = String(wb.getWorksheet(SETTINGS_SHEET_NAME)?.getCell("A2").value);
    expect(JSON.parse(text)).toMatchObject({
      settings: { mode: "quota", weights: { fit: 2 }, thresholds: { focus: 55 } },
    });
  });
});

describe("the input table chosen in the task pane", () => {
  let chosen: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Register").addTable({
      name: "Register2026",
      ref: "A1",
      columns: ["Partner", "Fit", "Impact", "Momentum"].map((name) => ({ name })),
      rows: [
        ["Northwind Cloud", 5, 4.5, 4],
        ["Contoso Services", 4, 4, 3.5],
      ],
    });
    const settings = wb.addWorksheet(SETTINGS_SHEET_NAME, { state: "veryHidden" });
    const text = storedSettingsText({
      ...DEFAULT_SETTINGS,
      inputs: { partners: { kind: "table", name: "Register2026" } },
    });
    settingsSheetValues(text).forEach((row, i) => (settings.getCell(i + 1, 1).value = row[0] ?? null));
    chosen = work.path("chosen-table.xlsx");
    await wb.xlsx.writeFile(chosen);
  });

  it("is read from the command line too, as stored with the workbook's settings", async () => {
    const { json } = await analyze(chosen, work.dir, "chosen");
    expect(json.sources).toEqual([{ input: "partners", source: "Register2026", sheet: "Register", rows: 2 }]);
  });

  it("is not read with --ignore-workbook-settings (then there is no Partners table)", async () => {
    const run = await runCli(["analyze", chosen, "--out", work.path("unchosen.xlsx"), "--ignore-workbook-settings"]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/No Partners table found/);
  });
});
