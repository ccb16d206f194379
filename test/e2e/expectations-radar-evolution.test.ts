/**
 * Tier expectations, the partnership radar and evolution over time, as an analyst meets them
 * in the pane: the Expectations editor on Settings (preview before anything is written, then
 * the workbook's table updated or created), and the result cards that open the new sheets.
 */
import { paneSession, settle } from "./support/pane";
import { paneScreenshot } from "./support/screenshots";

const pane = paneSession();

describe("the Expectations editor on Settings (SPEC §2.10)", () => {
  it("starts from the sample's Expectations table, previews who would fall below, and saves to that table", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "sample" });
    await page.getByRole("tab", { name: "Settings" }).click();
    const editor = page.getByRole("group", { name: "Tier expectations" });
    const cap = editor.getByRole("textbox", { name: "Strategic max investment" });
    await cap.waitFor();
    expect(await cap.inputValue()).toBe("500000");
    const preview = editor.getByRole("region", { name: "Who would fall below" });
    const headline = preview.getByText(/^\d+ partners? would fall below · \d+ would meet$/);
    await headline.waitFor();
    const before = Number(/^(\d+)/.exec((await headline.textContent()) ?? "")?.[1]);

    // Summit Partners Alliance invests 720,000: under a cap of 800,000 it no longer falls below.
    const table = preview.getByRole("table", { name: "Partners that would fall below expectations" });
    expect(await table.getByRole("row", { name: /Summit Partners Alliance/ }).count()).toBe(1);
    await cap.fill("800000");
    await settle(async () => table.getByRole("row", { name: /Summit Partners Alliance/ }).count(), 0);
    expect(Number(/^(\d+)/.exec((await headline.textContent()) ?? "")?.[1])).toBe(before - 1);
    // Nothing written yet.
    expect((await workbook.snapshot("Expectations")).cells["D2"]?.value).toBe(500000);
    await editor.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await paneScreenshot(page, "settings-expectations");

    await editor.getByRole("button", { name: "Save expectations" }).click();
    await editor.getByText("Saved to the table Expectations.").waitFor();
    expect((await workbook.snapshot("Expectations")).cells["D2"]?.value).toBe(800000);
    expect(errors).toEqual([]);
  });

  it("creates the Expectations table on request in a workbook that has none", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "empty" });
    await page.getByRole("button", { name: "Insert sample data" }).click();
    await page.getByRole("button", { name: "Analyze", exact: true }).waitFor();
    // The inserted sample has an Expectations sheet; a workbook without one is made by deleting it.
    await page.evaluate(() =>
      (window as unknown as { __fakeWorkbook: { deleteSheet(n: string): void } }).__fakeWorkbook.deleteSheet(
        "Expectations",
      ),
    );
    await page.getByRole("tab", { name: "Sources" }).click();
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByRole("tab", { name: "Settings" }).click();
    const editor = page.getByRole("group", { name: "Tier expectations" });
    await editor.getByRole("textbox", { name: "Scale min revenue" }).fill("100000");
    await editor
      .getByRole("region", { name: "Who would fall below" })
      .getByText(/^\d+ partners? would fall below/)
      .waitFor();
    await editor.getByRole("button", { name: "Create Expectations table" }).click();
    await editor.getByText("Created the table Expectations on the sheet Expectations.").waitFor();
    const snap = await workbook.snapshot("Expectations");
    expect(snap.tables.map((t) => t.name)).toEqual(["Expectations"]);
    expect(["A4", "C4"].map((a) => snap.cells[a]?.value)).toEqual(["Scale", 100000]);
    await editor.getByRole("button", { name: "Save expectations" }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe("the Expectations, Radar and Evolution cards (SPEC §2.10–§2.12)", () => {
  it("headline who falls below, the radar's sectors, who to deepen and review, and open their sheets", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "sample" });
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    const results = page.getByRole("list", { name: "Results" });
    await results.waitFor();

    const expectations = results.getByRole("button", {
      name: /^Expectations: \d+ partners below expectations\. .* Opens the Tiering sheet\.$/,
    });
    const radar = results.getByRole("button", {
      name: /^Partnership radar: 47 partners in 2 sectors\. Co-sell \d+ · Co-market \d+\. Opens the Radar sheet\.$/,
    });
    const evolution = results.getByRole("button", {
      name: /^Evolution: 2 to deepen · 3 to review\. .*accelerating.*stalled.*regressing.* Opens the Evolution sheet\.$/,
    });
    for (const card of [expectations, radar, evolution]) expect(await card.count()).toBe(1);

    await radar.click();
    expect(await settle(() => workbook.activeSheetName(), "Radar")).toBe("Radar");
    const chart = (await workbook.snapshot("Radar")).charts[0];
    expect(chart?.type).toBe("XYScatter");
    expect(chart?.series.map((s) => s.name)).toEqual(["Rings", "Sector lines", "Co-sell", "Co-market"]);
    await evolution.click();
    expect(await settle(() => workbook.activeSheetName(), "Evolution")).toBe("Evolution");
    expect((await workbook.snapshot("Evolution")).charts.map((c) => c.type)).toEqual(["LineMarkers", "LineMarkers"]);
    await expectations.click();
    expect(await settle(() => workbook.activeSheetName(), "Tiering")).toBe("Tiering");
    expect(errors).toEqual([]);
  });
});
