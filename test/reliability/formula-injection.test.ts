/**
 * SPEC §3: text that starts with = + - @ is written as text, never as a formula — partner,
 * capability, segment, party and candidate names alike, on EVERY output sheet, by both writers:
 * the Office.js writer (in the in-memory Excel, which turns such input into formulas as Excel
 * does) and the ExcelJS writer (the .xlsx file re-read as a zip: no <f> element anywhere).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook } from "../../src/engine/analyze";
import { runScenario } from "../../src/engine/scenario";
import { readStoredSettings, storedSettingsText } from "../../src/engine/settings";
import { buildReport } from "../../src/report";
import { OUTPUT_SHEETS } from "../../src/report/sheet-spec";
import { BAD_DIR } from "../../scripts/make-bad-workbooks";
import { runCli, scratch } from "../cli/run-cli";
import { CORPUS, type CorpusEntry, HOSTILE } from "./corpus";
import { fakeWorkbookOf, gatewayOver, RUN_AT } from "./corpus-workbook";

const ENTRY = CORPUS.find((e) => e.file === "formula-injection.xlsx") as CorpusEntry;
const REMOVE = HOSTILE.partners[0];
const ADD = HOSTILE.candidates[0];
/** Every hostile name that must reach some output sheet, exactly as written. */
const NAMES = [
  ...HOSTILE.partners,
  ...HOSTILE.capabilities,
  ...HOSTILE.parties,
  ...HOSTILE.candidates,
  ...HOSTILE.segments,
  "=NOW()",
  "=Joint selling",
  "+Renewals",
  "@Pricing",
];
/** Every output sheet the report can hold: this workbook has each input, and the run a scenario. */
const EVERY_SHEET = [...OUTPUT_SHEETS];

describe("formula-like names in the Office.js writer (in-memory Excel)", () => {
  let wb: ReturnType<typeof fakeWorkbookOf>;
  let written: { key: string; name: string }[];
  beforeAll(async () => {
    wb = fakeWorkbookOf(ENTRY);
    const gateway = gatewayOver(wb);
    const read = await gateway.readInputs();
    const { settings } = readStoredSettings(read.storedSettings);
    const analysis = analyzeWorkbook(read.input, settings, { runAt: RUN_AT });
    const scenario = runScenario(analysis.portfolio, settings, { remove: [REMOVE], add: [ADD] }, analysis);
    const specs = buildReport(analysis, { saveSnapshot: true, scenario });
    written = (await gateway.writeReport(specs, storedSettingsText(settings))).sheets;
  });

  it("writes every output sheet", () => {
    expect(written.map((s) => s.key).sort()).toEqual([...EVERY_SHEET].sort());
  });

  it("leaves no formula in any cell of any output sheet", () => {
    for (const { name } of written) {
      const formulas = Object.entries(wb.snapshot(name).cells).filter(([, c]) => c.formula !== undefined);
      expect({ sheet: name, formulas }).toEqual({ sheet: name, formulas: [] });
    }
  });

  it("shows each name exactly as written, as text", () => {
    const values = new Set(written.flatMap(({ name }) => Object.values(wb.snapshot(name).cells).map((c) => c.value)));
    for (const name of NAMES) expect({ name, shown: values.has(name) }).toEqual({ name, shown: true });
  });

  it("never shows the apostrophe that keeps text as text", () => {
    for (const { name } of written) {
      const leaked = Object.values(wb.snapshot(name).cells).filter(
        (c) => typeof c.value === "string" && c.value.startsWith("'"),
      );
      expect({ sheet: name, leaked }).toEqual({ sheet: name, leaked: [] });
    }
  });
});

describe("formula-like names in the ExcelJS writer (the command line's .xlsx)", () => {
  const work = scratch();
  afterAll(() => work.cleanup());
  let out: string;
  beforeAll(async () => {
    out = work.path("injection.xlsx");
    const run = await runCli([
      "analyze",
      join(BAD_DIR, ENTRY.file),
      "--out",
      out,
      "--run-at",
      RUN_AT,
      "--quiet",
      `--remove=${REMOVE}`,
      `--add=${ADD}`,
    ]);
    expect(run).toEqual({ code: 0, out: "", err: "" });
  });

  it("writes every output sheet without a single <f> element", async () => {
    const zip = await JSZip.loadAsync(readFileSync(out));
    const parts = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(parts.length).toBe(EVERY_SHEET.length + 1); // + the very hidden settings sheet
    for (const path of parts) {
      const xml = (await zip.file(path)?.async("string")) ?? "";
      expect({ path, formulas: xml.match(/<f[\s>/]/g) ?? [] }).toEqual({ path, formulas: [] });
    }
  });

  it("stores each name as a text cell holding exactly the name", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const texts = new Set<string>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.String) texts.add(String(cell.value));
        }),
      ),
    );
    for (const name of NAMES) expect({ name, stored: texts.has(name) }).toEqual({ name, stored: true });
  });
});
