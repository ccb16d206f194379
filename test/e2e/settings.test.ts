/**
 * The tier simulator: as the analyst changes a weight on Settings, the pane shows how many
 * partners would change tier and which — before anything is written to the workbook. The
 * run that follows tiers them exactly as the simulator said.
 */
import { columnValues, paneSession } from "./support/pane";
import { paneScreenshot } from "./support/screenshots";

const pane = paneSession();

// The sample's input tables, and the Tier History its three earlier runs left.
const INPUT_SHEETS = [
  "Partners",
  "Capabilities",
  "Candidates",
  "Responsibilities",
  "Maturity",
  "Expectations",
  "Tier History",
];

describe("the tier simulator on Settings", () => {
  it("shows which partners a new weight would move, writes nothing, and the run then agrees", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "sample" });
    await page.getByRole("tab", { name: "Settings" }).click();
    const simulator = page.getByRole("region", { name: "Tier simulator" });
    await simulator.getByText("No partner would change tier").waitFor();

    const momentum = page.getByRole("spinbutton", { name: "Momentum weight" });
    await momentum.fill("4");
    await momentum.press("Enter");
    const headline = simulator.getByRole("status");
    await headline.getByText(/^\d+ partners? would change tier$/).waitFor();
    const count = Number(/^(\d+)/.exec((await headline.textContent()) ?? "")?.[1]);
    expect(count).toBeGreaterThan(0);

    const table = page.getByRole("table", { name: "Partners that would change tier" });
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    expect(rows).toHaveLength(Math.min(count, 50));
    for (const [, from, to] of rows) expect(from).not.toBe(to);

    // Nothing written yet: the workbook still holds only the user's sheets.
    expect(await workbook.sheetNames()).toEqual(INPUT_SHEETS);
    // The weight changed and the simulator's answer, together in the picture.
    await page
      .getByRole("group", { name: "Weights of the composite score" })
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
    await paneScreenshot(page, "settings-simulator");

    // Analyze uses the edited settings: each partner lands in the tier the simulator named.
    await page.getByRole("tab", { name: "Analyze" }).click();
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.getByRole("list", { name: "Results" }).waitFor();
    const tiering = await workbook.snapshot("Tiering");
    const tierOf = new Map(columnValues(tiering, "B").map((name, i) => [name, columnValues(tiering, "C")[i]]));
    for (const [partner, , to] of rows) expect([partner, tierOf.get(partner)]).toEqual([partner, to]);
    expect(errors).toEqual([]);
  });
});
