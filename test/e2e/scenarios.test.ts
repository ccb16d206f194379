/**
 * Scenarios (SPEC §2.7): after a full analysis, the analyst removes a partner and adds a
 * candidate, reads the deltas in the pane, and writes them to the Scenario sheet — the only
 * sheet that changes.
 */
import { paneSession, settle } from "./support/pane";
import { paneScreenshot } from "./support/screenshots";

const pane = paneSession();

const REMOVED = "Nimbus Cloud Hosting";
const ADDED = "Sovereign Cloud GmbH";

describe("a scenario", () => {
  it("removes a partner and adds a candidate, shows the deltas, and writes the Scenario sheet", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "sample" });
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.getByRole("list", { name: "Results" }).waitFor();
    const tieringBefore = await workbook.snapshot("Tiering");
    await page.getByRole("tab", { name: "Scenarios" }).click();

    // Fluent's multi-select Combobox lists its choices as menuitemcheckbox elements.
    const remove = page.getByRole("combobox", { name: "Partners to remove" });
    await remove.click();
    await remove.pressSequentially("Nimbus");
    await page.getByRole("menuitemcheckbox", { name: REMOVED }).click();
    await page.keyboard.press("Escape");
    const add = page.getByRole("combobox", { name: "Candidates to add" });
    await add.click();
    await add.pressSequentially("Sovereign");
    await page.getByRole("menuitemcheckbox", { name: ADDED }).click();
    await page.keyboard.press("Escape");
    // Each choice shows as a tag that removes it again.
    await page.getByRole("button", { name: `Remove ${REMOVED}` }).waitFor();
    await page.getByRole("button", { name: `Remove ${ADDED}` }).waitFor();

    const results = page.getByRole("region", { name: "Scenario results" });
    const tiers = results.getByRole("region", { name: "Tier changes" });
    await tiers.waitFor();
    const changes = await tiers.getByRole("listitem").allTextContents();
    expect(changes).toContainEqual(
      expect.stringMatching(new RegExp(`^${REMOVED}: (Strategic|Focus|Scale|Unscored) → gone$`)),
    );
    expect(changes).toContainEqual(
      expect.stringMatching(new RegExp(`^${ADDED}: not a partner → (Strategic|Focus|Scale|Unscored)$`)),
    );
    await results.getByText("Gap severity").waitFor();
    expect(await results.getByText(/^\d+ → \d+$/).count()).toBe(1);
    await paneScreenshot(page, "scenarios");

    // Nothing is written until asked.
    expect(await workbook.sheetNames()).not.toContain("Scenario");
    await page.getByRole("button", { name: "Write to the Scenario sheet" }).click();
    await page.getByRole("status").getByText("Written to Scenario.").waitFor();
    expect(await settle(() => workbook.activeSheetName(), "Scenario")).toBe("Scenario");
    const sheet = JSON.stringify((await workbook.snapshot("Scenario")).cells);
    expect(sheet).toContain(REMOVED);
    expect(sheet).toContain(ADDED);
    expect(await workbook.snapshot("Tiering")).toEqual(tieringBefore);
    expect(errors).toEqual([]);
  });
});
