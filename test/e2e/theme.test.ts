/**
 * The pane follows Office's theme: Office reports a dark body background, the pane is dark.
 */
import type { Page } from "playwright-core";
import { paneSession } from "./support/pane";
import { paneScreenshot } from "./support/screenshots";

const pane = paneSession();

/** Relative luminance (0 black … 1 white) of the pane's computed background and text colours. */
async function paneColours(page: Page): Promise<{ background: number; text: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector("[data-theme] > div");
    if (!pane) throw new Error("The pane's root element is missing");
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => Number(c) / 255);
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const style = getComputedStyle(pane);
    return { background: luminance(style.backgroundColor), text: luminance(style.color) };
  });
}

describe("Office's theme", () => {
  it("is dark when Office's body background is dark, text light on it", async () => {
    const { page, errors } = await pane.open({ workbook: "sample", theme: "dark" });
    expect(await page.locator("[data-theme]").getAttribute("data-theme")).toBe("dark");
    const { background, text } = await paneColours(page);
    expect(background).toBeLessThan(0.25); // Fluent's dark background is #292929
    expect(text).toBeGreaterThan(0.8);
    // The pane fills the task pane: no light page edge shows around it.
    expect(
      await page.evaluate(() => document.querySelector("[data-theme] > div")?.getBoundingClientRect().height),
    ).toBeGreaterThanOrEqual(800);

    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.getByRole("list", { name: "Results" }).waitFor();
    await paneScreenshot(page, "dark-theme");
    expect(errors).toEqual([]);
  });

  it("is light when Office's is light", async () => {
    const { page, errors } = await pane.open({ workbook: "sample", theme: "light" });
    expect(await page.locator("[data-theme]").getAttribute("data-theme")).toBe("light");
    const { background, text } = await paneColours(page);
    expect(background).toBeGreaterThan(0.9);
    expect(text).toBeLessThan(0.2);
    expect(errors).toEqual([]);
  });
});
