/**
 * Issue 14 in the built pane: a RACI with phase heading rows and a Notes column. Sources shows
 * Notes as ignored and lets the analyst change how a column is read; Analyze writes the
 * Responsibilities sheet (beside the input sheet of that name) grouped under a Section column,
 * the headings not counted as Gaps.
 */
import { columnValues, paneSession } from "./support/pane";

const pane = paneSession();

describe("a RACI matrix with phase headings and a Notes column", () => {
  it("reads Notes as notes, the headings as sections, and writes the matrix grouped by section", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "phased-raci" });
    await page.getByRole("tab", { name: "Sources" }).click();
    await page.getByRole("button", { name: "Map Responsibilities columns" }).click();
    const preview = page.getByRole("table", { name: /^First \d+ rows of Responsibilities$/ });
    await preview.getByRole("columnheader", { name: /^Notes\s*→ Notes \(ignored\)/ }).waitFor();
    expect(await page.getByRole("combobox", { name: "Read column Notes as" }).inputValue()).toBe("notes");
    expect(await page.getByRole("combobox", { name: "Read column Us as" }).inputValue()).toBe("party");
    await page
      .getByText('No section column: heading rows, if any, give the sections. Ignored as notes: "Notes".')
      .waitFor();

    await page.getByRole("tab", { name: "Analyze" }).click();
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.getByRole("list", { name: "Results" }).waitFor();

    const sheet = await workbook.snapshot("Responsibilities (2)");
    expect(sheet.tables[0]?.columns.slice(0, 3)).toEqual(["Section", "Activity", "Dimension"]);
    expect(sheet.tables[0]?.columns).not.toContain("Notes");
    const sections = columnValues(sheet, "A").slice(1, 11);
    expect(sections).toEqual([...Array(4).fill("Go to market"), ...Array(3).fill("Build"), ...Array(3).fill("Decide")]);
    // Ten activities, as in the sample: the three headings are sections, not Gaps.
    expect(columnValues(sheet, "B").slice(1, 12)).not.toContain("Build");
    expect(errors).toEqual([]);
  });
});
