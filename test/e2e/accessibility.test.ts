/**
 * axe-core over every page of the pane, light and dark, at 380 and 320 px: no serious or
 * critical violation. Pages are shown as an analyst sees them after a run (Sources with the
 * Partners preview open, Scenarios with a partner chosen).
 */
import type { Page } from "playwright-core";
import { seriousViolations } from "./support/axe";
import { paneSession } from "./support/pane";

const pane = paneSession();

async function visitEveryPage(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  await page.getByRole("button", { name: "Analyze", exact: true }).click();
  await page.getByRole("list", { name: "Results" }).waitFor();
  found.Analyze = await seriousViolations(page);

  await page.getByRole("tab", { name: "Sources" }).click();
  await page.getByRole("table", { name: /^First \d+ rows of Partners$/ }).waitFor();
  await page
    .getByText(/issues? in these rows|No issues in these rows/)
    .first()
    .waitFor();
  found.Sources = await seriousViolations(page);

  await page.getByRole("tab", { name: "Settings" }).click();
  await page.getByRole("region", { name: "Tier simulator" }).getByText("No partner would change tier").waitFor();
  found.Settings = await seriousViolations(page);

  await page.getByRole("tab", { name: "Issues" }).click();
  await page.getByRole("list", { name: "Issues" }).getByRole("button").first().waitFor();
  found.Issues = await seriousViolations(page);

  await page.getByRole("tab", { name: "Scenarios" }).click();
  const remove = page.getByRole("combobox", { name: "Partners to remove" });
  await remove.click();
  await page.getByRole("menuitemcheckbox").first().click();
  await page.keyboard.press("Escape");
  await page.getByRole("region", { name: "Scenario results" }).waitFor();
  found.Scenarios = await seriousViolations(page);
  return found;
}

const NONE = { Analyze: [], Sources: [], Settings: [], Issues: [], Scenarios: [] };

describe("axe-core finds no serious or critical violation", () => {
  for (const theme of ["light", "dark"] as const) {
    for (const width of [380, 320]) {
      it(`on any page, ${theme}, ${width} px`, async () => {
        const { page, errors } = await pane.open({ workbook: "sample", theme });
        await page.setViewportSize({ width, height: 800 });
        expect(await visitEveryPage(page)).toEqual(NONE);
        expect(errors).toEqual([]);
        await page.close();
      }, 120_000);
    }
  }

  it("on the first-run page and on Sources of a workbook without a Partners table", async () => {
    const { page, errors } = await pane.open({ workbook: "alliances" });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Choose a table…" }).click();
    await page.getByRole("heading", { name: "Partners (required)" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
