/**
 * The first run, as an analyst meets it: an empty workbook, the offer to insert the sample,
 * then Analyze writing every output sheet — through the real Office gateway into the in-memory
 * Excel, with the computation in the pane's Web Worker.
 */
import { paneSession } from "./support/pane";
import { paneScreenshot } from "./support/screenshots";

const pane = paneSession();

const INPUT_SHEETS = ["Partners", "Capabilities", "Candidates", "Responsibilities", "Maturity", "Expectations"];
// Output sheets named like an input sheet the user owns go beside it under a free name (SPEC §3).
const OUTPUT_SHEETS = [
  "Summary",
  "Tiering",
  "Responsibilities (2)",
  "Coverage",
  "Journey",
  "Conflicts",
  "Candidates (2)",
  "Issues",
  "Tier History",
  "Radar",
  "Evolution",
];

describe("first run on an empty workbook", () => {
  it("offers the sample, inserts its tables, and Analyze writes every output sheet with its tables and charts", async () => {
    const { page, errors, workers, workbook } = await pane.open({ workbook: "empty" });

    await page.getByRole("heading", { name: "No Partners table yet" }).waitFor();
    await page.getByRole("button", { name: "Choose a table…" }).waitFor();
    await paneScreenshot(page, "first-run");

    await page.getByRole("button", { name: "Insert sample data" }).click();
    const analyze = page.getByRole("button", { name: "Analyze", exact: true });
    await analyze.waitFor();
    expect(await workbook.sheetNames()).toEqual(["Sheet1", ...INPUT_SHEETS]);
    expect(await workbook.activeSheetName()).toBe("Partners");
    expect((await workbook.snapshot("Partners")).tables).toEqual([
      expect.objectContaining({ name: "Partners", address: "A1:O49" }),
    ]);

    await analyze.click();
    await page.getByRole("list", { name: "Results" }).waitFor();
    expect(await page.getByRole("button", { name: /^Tiering: 48 partners\./ }).count()).toBe(1);
    await paneScreenshot(page, "results");

    const names = await workbook.sheetNames();
    expect(names.filter((n) => !["Sheet1", ...INPUT_SHEETS, "PED_Settings"].includes(n))).toEqual(OUTPUT_SHEETS);
    // The settings (and which sheets the add-in owns) live on a sheet the user never sees.
    expect(
      (
        await page.evaluate(() =>
          (
            window as unknown as { __fakeWorkbook: { getSheetNames(): { name: string; visibility: string }[] } }
          ).__fakeWorkbook.getSheetNames(),
        )
      ).find((s) => s.name === "PED_Settings")?.visibility,
    ).toBe("VeryHidden");

    const tiering = await workbook.snapshot("Tiering");
    expect(tiering.tables).toEqual([expect.objectContaining({ name: "PED_Tiering", address: "A1:T49" })]);
    expect(tiering.tables[0]?.columns.slice(0, 4)).toEqual(["Rank", "Partner", "Tier", "Composite"]);
    expect(tiering.freezePanes.rows).toBe(1);
    expect(tiering.conditionalFormats.length).toBeGreaterThan(0);

    const summary = await workbook.snapshot("Summary");
    expect(summary.charts.map((c) => c.type)).toEqual([
      "ColumnClustered",
      "ColumnClustered",
      "Bubble",
      "Radar",
      "BarStacked",
    ]);
    expect(summary.charts.map((c) => c.title.text)).toContain("Partners per tier");
    // Every series points at cells of a sheet that exists (no #REF! after the write).
    const seriesSheets = summary.charts.flatMap((c) => c.series.map((s) => /^'?(.*?)'?!/.exec(s.values ?? "")?.[1]));
    expect(seriesSheets.length).toBeGreaterThan(5);
    for (const sheet of seriesSheets) expect(names).toContain(sheet);
    expect((await workbook.snapshot("Responsibilities (2)")).charts.map((c) => c.type)).toEqual(["BarStacked"]);
    for (const [sheet, table] of [
      ["Coverage", "PED_Coverage"],
      ["Conflicts", "PED_Conflicts"],
      ["Candidates (2)", "PED_Candidates"],
      ["Issues", "PED_Issues"],
      ["Tier History", "PED_History"],
    ]) {
      expect((await workbook.snapshot(sheet!)).tables.map((t) => t.name)).toContain(table);
    }

    // The computation ran in the pane's Web Worker, not on the page's thread.
    expect(workers).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
