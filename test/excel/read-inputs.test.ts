import { analyzeWorkbook } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { storedSettingsText } from "../../src/engine/settings";
import { ReadCancelledError } from "../../src/excel/gateway";
import { createOfficeGateway } from "../../src/excel/office-gateway";
import { buildReport } from "../../src/report";
import { SETTINGS_SHEET_NAME } from "../../src/report/settings-sheet";
import { createExcelNamespace, FakeWorkbook } from "./fake-excel";

function gatewayOver(wb: FakeWorkbook) {
  return createOfficeGateway(createExcelNamespace(wb) as unknown as { run: typeof Excel.run }, () => true);
}

const HEADER = ["Partner", "Fit", "Impact", "Momentum"];

describe("Reading large inputs in chunks (Excel on the web)", () => {
  const partners = (n: number) => [HEADER, ...Array.from({ length: n }, (_, i) => [`Partner ${i}`, 3, 3, 3])];

  it("splits a read that Excel refuses with GeneralException and asks again, row for row the same", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", partners(3000));
    const plain = (await gatewayOver(wb).readInputs()).input.partners;
    let refused = 0;
    // The first round that loads cells (after the layout and size requests) fails as the web host does.
    wb.onBeforeSync((book, index) => {
      if (index === 2 && refused === 0) {
        refused++;
        book.failNextSyncs("GeneralException");
      }
    });
    const { input } = await gatewayOver(wb).readInputs();
    expect(refused).toBe(1);
    expect(input.partners).toEqual(plain);
  });

  it("splits a read whose values Excel returns as null (the web host above 5 million cells) and asks again, row for row the same", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", partners(3000));
    const plain = (await gatewayOver(wb).readInputs()).input.partners;
    // The add-in's chunks stay far below 5 million cells; lowering the fake's threshold makes
    // the first chunks come back null as a larger read would on the web.
    wb.webMode = true;
    wb.webNullValuesCells = 2000;
    const { input } = await gatewayOver(wb).readInputs();
    expect(input.partners).toEqual(plain);
  });

  it("reports the rows read after each chunk, up to every row of every input", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", partners(120_000));
    const seen: { rows: number; total: number }[] = [];
    const { input } = await gatewayOver(wb).readInputs(undefined, { onProgress: (p) => seen.push(p) });
    expect(input.partners?.rows).toHaveLength(120_000);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((p) => p.total === 120_001)).toBe(true);
    expect(seen.map((p) => p.rows)).toEqual([...seen.map((p) => p.rows)].sort((a, b) => a - b));
    expect(seen.at(-1)?.rows).toBe(120_001);
    // Every response stays under what Excel on the web accepts, with room to spare.
    expect(wb.stats.maxResponseBytes).toBeLessThan(4_000_000);
  });

  it("stops after the round trip in flight when cancelled, with ReadCancelledError", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", partners(120_000));
    const abort = new AbortController();
    const seen: number[] = [];
    const read = gatewayOver(wb).readInputs(undefined, {
      signal: abort.signal,
      onProgress: (p) => {
        seen.push(p.rows);
        abort.abort();
      },
    });
    await expect(read).rejects.toBeInstanceOf(ReadCancelledError);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeLessThan(120_001);
  });

  it("stops with Excel's error when even one row is refused", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", partners(1));
    wb.onBeforeSync((book, index) => {
      if (index >= 2) book.failNextSyncs("GeneralException");
    });
    await expect(gatewayOver(wb).readInputs()).rejects.toMatchObject({ code: "GeneralException" });
  });
});

describe("Reading inputs through Office.js", () => {
  it("reads a sheet named Partners from its first non-empty row, with sheet addresses", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Register of partners"], [], HEADER, ["Acme", 4, 3, 2]], {
      startCell: "B2",
    });
    const { input } = await gatewayOver(wb).readInputs();
    expect(input.partners).toMatchObject({
      sheet: "Partners",
      headerRow: 4,
      firstColumn: 2,
      header: HEADER,
      rows: [["Acme", 4, 3, 2]],
    });
  });

  it("prefers an Excel table named Partners over a sheet of that name", async () => {
    const wb = new FakeWorkbook()
      .addSheet("Partners", [["not", "this"]])
      .addSheet("Register", [HEADER, ["Acme", 4, 3, 2]])
      .addTable("Register", "Partners", "A1:D2");
    const { input } = await gatewayOver(wb).readInputs();
    expect(input.partners).toMatchObject({ source: "Partners", sheet: "Register", rows: [["Acme", 4, 3, 2]] });
  });

  it("reads error cells as errors and date-formatted numbers as dates", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [
      HEADER,
      ["Acme", { error: "#N/A" }, { date: "2024-05-01" }, 3],
    ]);
    const { input } = await gatewayOver(wb).readInputs();
    expect(input.partners?.rows[0]).toEqual([
      "Acme",
      { kind: "error", code: "#N/A" },
      { kind: "date", iso: "2024-05-01" },
      3,
    ]);
  });

  it("applies the input choices stored in the workbook when none are given", async () => {
    const settings = { ...DEFAULT_SETTINGS, inputs: { partners: { kind: "sheet" as const, sheet: "My Register" } } };
    const wb = new FakeWorkbook()
      .addSheet("Partners", [HEADER, ["Wrong", 1, 1, 1]])
      .addSheet("My Register", [HEADER, ["Right", 4, 4, 4]])
      .addSheet(SETTINGS_SHEET_NAME, [["marker"], [storedSettingsText(settings)]], { visibility: "VeryHidden" });
    const read = await gatewayOver(wb).readInputs();
    expect(read.input.partners?.rows).toEqual([["Right", 4, 4, 4]]);
    expect(JSON.parse(read.storedSettings ?? "{}").settings.inputs).toEqual(settings.inputs);
    const explicit = await gatewayOver(wb).readInputs({});
    expect(explicit.input.partners?.rows).toEqual([["Wrong", 1, 1, 1]]);
  });

  it("never reads its own output sheets as input", async () => {
    // Candidates come from a sheet called Prospects; the run writes its own "Candidates" sheet.
    const wb = new FakeWorkbook().addSheet("Partners", [HEADER, ["Acme", 4, 3, 2]]).addSheet("Prospects", [
      ["Candidate", "Fit"],
      ["Nova", 4],
    ]);
    const gateway = gatewayOver(wb);
    const first = await gateway.readInputs();
    const analysis = analyzeWorkbook(first.input, DEFAULT_SETTINGS, { runAt: "2026-11-22T00:00:00Z" });
    await gateway.writeReport(buildReport(analysis), storedSettingsText(DEFAULT_SETTINGS));
    expect(wb.getSheetNames().map((s) => s.name)).toContain("Candidates");
    wb.renameSheet("Prospects", "Old prospects");
    const { input } = await gateway.readInputs();
    expect(input.candidates ?? null).toBeNull();
  });

  it("reads 20,000 rows in several response-sized round trips and loses none", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`Partner ${i}`, (i % 50) / 10, 3, 2]);
    const wb = new FakeWorkbook().addSheet("Partners", [HEADER, ...rows]);
    wb.resetStats();
    const { input } = await gatewayOver(wb).readInputs();
    expect(input.partners?.rows).toHaveLength(20_000);
    expect(input.partners?.rows[19_999]).toEqual(rows[19_999]);
    expect(wb.stats.maxResponseBytes).toBeLessThan(4 * 1024 * 1024);
  }, 60_000);

  it("lists tables and sheets to choose from, with their headers", async () => {
    const wb = new FakeWorkbook()
      .addSheet("Register", [HEADER, ["Acme", 4, 3, 2]])
      .addTable("Register", "Alliances", "A1:D2");
    const sources = await gatewayOver(wb).sources();
    expect(sources.options.map((o) => o.label)).toEqual(["Alliances (table on Register)", "Register (sheet)"]);
    expect(sources.options[0]?.headers).toEqual(HEADER);
  });

  it("counts every row of a source, not just the ones it previews", async () => {
    const rows = Array.from({ length: 45 }, (_, i) => [`Partner ${i}`, 3, 3, 3]);
    const wb = new FakeWorkbook().addSheet("Register", [HEADER, ...rows]);
    const sources = await gatewayOver(wb).sources();
    expect(sources.options.find((o) => o.label === "Register (sheet)")?.rows).toBe(45);
  });
});
