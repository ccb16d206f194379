/**
 * The analyst's journey, in the built pane over the in-memory Excel (issue 15): a register
 * not named Partners, cell-edit mode said at once, progress that matches the work, focus that
 * follows the run, and a pane that fits 320 px.
 */
import type { Page } from "playwright-core";
import type { FakeWorkbook } from "../excel/fake-excel";
import { columnValues, paneSession, settle } from "./support/pane";

const pane = paneSession();

type FakeWindow = Window & { __fakeWorkbook: FakeWorkbook };

/** Presses Tab until the focused element is the one wanted, as a keyboard user would. */
async function tabTo(page: Page, wanted: (el: Element) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(`(${wanted.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`Not reached with ${limit} presses of Tab`);
}

describe("a register of any name", () => {
  it("lists Alliances2024 on Data in Sources, maps its Fit column, and Analyze scores every partner", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "alliances" });
    await page.getByRole("button", { name: "Choose a table…" }).click();
    const source = page.getByRole("combobox", { name: "Partners source" });
    await source.click();
    await page.getByRole("option", { name: /^Alliances2024 \(table on Data\) — 48 rows$/ }).click();
    await page.getByText("Reading Alliances2024 (table on Data).").waitFor();

    const fit = page.getByRole("combobox", { name: "Fit column" });
    await fit.click();
    await page.getByRole("option", { name: "Alignment Score" }).click();
    await page
      .getByRole("table", { name: /^First \d+ rows of Partners$/ })
      .getByRole("columnheader", { name: /^Alignment Score\s*→ Fit$/ })
      .waitFor();

    await page.getByRole("tab", { name: "Analyze" }).click();
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.getByRole("list", { name: "Results" }).waitFor();
    const tiering = await workbook.snapshot("Tiering");
    expect(columnValues(tiering, "C").slice(1)).toHaveLength(48);
    expect(
      columnValues(tiering, "D")
        .slice(1)
        .filter((c) => typeof c === "number"),
    ).toHaveLength(47);

    // The list of tables outlives the run (a run reads inputs only).
    await page.getByRole("tab", { name: "Sources" }).click();
    await page.getByRole("combobox", { name: "Capabilities source" }).click();
    await page.getByRole("option", { name: /^Alliances2024 \(table on Data\)/ }).waitFor();
    expect(errors).toEqual([]);
  }, 90_000);
});

describe("Excel's state and the run's progress", () => {
  it("says at once that Excel is in cell-edit mode, then carries on by itself", async () => {
    const { page, errors } = await pane.open({ workbook: "sample" });
    await page.evaluate(() =>
      (window as unknown as FakeWindow).__fakeWorkbook.failNextSyncs("InvalidOperationInCellEditMode", 2),
    );
    const clicked = Date.now();
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.getByText("Excel is waiting for you to finish editing a cell").waitFor({ timeout: 2000 });
    // The first refusal is reported before the first retry (750 ms), not after all of them (4.5 s).
    expect(Date.now() - clicked).toBeLessThan(1500);
    await page.getByRole("list", { name: "Results" }).waitFor({ timeout: 20_000 });
    expect(await page.getByText("Excel is waiting for you to finish editing a cell").count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it("gives writing its share of the bar, sheet by sheet, instead of sitting at 90 %", async () => {
    // Round trips take time, as in Excel, so the pane paints between the sheets it writes.
    const { page, errors } = await pane.open({ workbook: "sample", latencyMs: 30 });
    await page.evaluate(() => {
      const seen: { value: number; status: string }[] = [];
      (window as unknown as { __progress: typeof seen }).__progress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        if (!bar) return;
        const status =
          [...document.querySelectorAll('[role="status"]')]
            .map((s) => s.textContent ?? "")
            .find((t) => /…$|^Writing sheets/.test(t)) ?? "";
        const value = Number(bar.getAttribute("aria-valuenow"));
        const last = seen[seen.length - 1];
        if (!last || last.value !== value || last.status !== status) seen.push({ value, status });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.getByRole("list", { name: "Results" }).waitFor();
    const seen = await page.evaluate(
      () => (window as unknown as { __progress: { value: number; status: string }[] }).__progress,
    );
    const writing = seen.filter((s) => s.status.startsWith("Writing sheets"));
    expect(writing.length).toBeGreaterThan(3);
    const first = writing[0]!.value;
    const last = writing[writing.length - 1]!.value;
    expect(first).toBeLessThan(0.55);
    expect(last - first).toBeGreaterThan(0.35);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("focus and announcements", () => {
  it("keeps focus on Analyze after Enter, lands on the Results heading when the run ends, and announces the results", async () => {
    const { page, errors } = await pane.open({ workbook: "sample" });
    await tabTo(page, (el) => el.tagName === "BUTTON" && !el.hasAttribute("role") && el.textContent === "Analyze");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Analyze");
    await page.getByRole("list", { name: "Results" }).waitFor();
    expect(await settle(() => page.evaluate(() => document.activeElement?.id), "results-heading")).toBe(
      "results-heading",
    );
    const live = page.locator('[aria-live="polite"][role="status"]', { hasText: "Analysis complete" });
    expect(await live.textContent()).toMatch(
      /^Analysis complete: 48 partners \(\d+ Strategic, \d+ Focus, \d+ Scale, 1 Unscored\), 3 issues, \d+ sheets written\.$/,
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it("lets the keyboard scroll the Sources preview (a focusable region)", async () => {
    const { page, errors } = await pane.open({ workbook: "sample" });
    await page.getByRole("tab", { name: "Sources" }).click();
    const region = page.getByRole("region", { name: /^First \d+ rows of Partners, scrolls sideways$/ });
    await region.waitFor();
    await tabTo(page, (el) => (el.getAttribute("aria-label") ?? "").endsWith("scrolls sideways"), 60);
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    expect(await settle(() => region.evaluate((el) => el.scrollLeft > 0), true)).toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("a narrow pane", () => {
  for (const width of [380, 320]) {
    it(`shows every tab whole at ${width} px, and the three weight boxes side by side without overlap`, async () => {
      const { page, errors } = await pane.open({ workbook: "sample" });
      await page.setViewportSize({ width, height: 800 });
      const tabs = await page.getByRole("tab").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
      expect(tabs).toHaveLength(5);
      for (const right of tabs) expect(right).toBeLessThanOrEqual(width);

      await page.getByRole("tab", { name: "Settings" }).click();
      await page.getByRole("spinbutton", { name: "Momentum weight" }).waitFor();
      const boxes = await page
        .getByRole("group", { name: "Weights of the composite score" })
        .getByRole("spinbutton")
        .evaluateAll((inputs) =>
          inputs.map((i) => {
            const r = i.closest(".fui-SpinButton")?.getBoundingClientRect();
            return r ? { left: r.left, right: r.right } : null;
          }),
        );
      expect(boxes).toHaveLength(3);
      expect(boxes.every((b) => b !== null)).toBe(true);
      const [a, b, c] = boxes as { left: number; right: number }[];
      expect(a!.right).toBeLessThanOrEqual(b!.left);
      expect(b!.right).toBeLessThanOrEqual(c!.left);
      expect(c!.right).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
    }, 60_000);
  }

  it("keeps Save settings in sight without scrolling, and confirms a save", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "sample" });
    await page.getByRole("tab", { name: "Settings" }).click();
    const momentum = page.getByRole("spinbutton", { name: "Momentum weight" });
    await momentum.fill("2");
    await momentum.press("Enter");
    const save = page.getByRole("button", { name: "Save settings" });
    // The page is longer than the pane; at its top, Save is still in sight.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(800);
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await save.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true);
    await save.click();
    await page.getByText("Settings saved in the workbook.").waitFor();
    expect(JSON.stringify(await workbook.settings()) + JSON.stringify(await workbook.snapshot("PED_Settings"))).toMatch(
      /momentum\\*":2/,
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Save settings");
    expect(errors).toEqual([]);
  }, 60_000);
});
