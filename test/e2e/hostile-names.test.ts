/**
 * Text that looks like a formula stays text (SPEC §3): a partner named
 * =HYPERLINK("http://x","y") is written to Tiering as those characters, never run by Excel.
 */
import { columnValues, paneSession } from "./support/pane";

const pane = paneSession();

const NAME = '=HYPERLINK("http://x","y")';

describe("a formula-like partner name", () => {
  it("ends up as text in the Tiering sheet, not as a formula", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "hostile" });
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.getByRole("list", { name: "Results" }).waitFor();

    const tiering = await workbook.snapshot("Tiering");
    const row = columnValues(tiering, "B").indexOf(NAME);
    expect(row).toBeGreaterThan(0);
    const cell = tiering.cells[`B${row + 1}`];
    expect(cell?.value).toBe(NAME);
    expect(cell?.formula).toBeUndefined();
    expect(cell?.hyperlink).toBeUndefined();
    // No cell of any output sheet holds a formula built from the name.
    for (const sheet of ["Tiering", "Summary", "Conflicts", "Coverage", "Tier History"]) {
      const formulas = Object.values((await workbook.snapshot(sheet)).cells).map((c) => c.formula ?? "");
      expect(formulas.filter((f) => f.includes("HYPERLINK"))).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
});
