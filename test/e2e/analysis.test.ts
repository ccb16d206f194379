/**
 * A full analysis of the sample, then what an analyst does with it: result cards that bring
 * their sheet forward, issues that select their cell — by mouse and by keyboard alone.
 */
import type { Page } from "playwright-core";
import { paneSession, settle } from "./support/pane";
import { paneScreenshot } from "./support/screenshots";

const pane = paneSession();

/** "Warning Partners!N39: …" → the sheet and cell the row names. */
function placeOf(label: string): { sheet: string; address: string } {
  const m = /^(?:Error|Warning|Info) (.+)!([A-Z]+\d+): /.exec(label);
  if (!m?.[1] || !m[2]) throw new Error(`Not an issue row's name: ${label}`);
  return { sheet: m[1].replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), address: m[2] };
}

/** Presses Tab until the focused element is the one wanted (at most `limit` presses), as a keyboard user would. */
async function tabTo(page: Page, wanted: (el: Element) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const found = await page.evaluate(`(${wanted.toString()})(document.activeElement)`);
    if (found) return;
  }
  throw new Error(`Not reached with ${limit} presses of Tab`);
}

describe("a full analysis of the sample", () => {
  it("shows result cards, and clicking a card activates its sheet", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "sample" });
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    const results = page.getByRole("list", { name: "Results" });
    await results.waitFor();
    const cards = await results
      .getByRole("button")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    expect(cards.map((c) => c.split(":")[0])).toEqual([
      "Tiering",
      "Issues",
      "Responsibilities",
      "Coverage",
      "Channel conflicts",
      "Candidates",
      "Maturity",
      "Expectations",
      "Partnership radar",
      "Evolution",
      "Summary",
      "Tier History",
    ]);
    expect(cards[0]).toMatch(/^Tiering: 48 partners\. \d+ Strategic · \d+ Focus · \d+ Scale/);

    await page.getByRole("button", { name: /^Coverage: .* Opens the Coverage sheet\.$/ }).click();
    expect(await settle(() => workbook.activeSheetName(), "Coverage")).toBe("Coverage");
    await page.getByRole("button", { name: /^Tiering: / }).click();
    expect(await settle(() => workbook.activeSheetName(), "Tiering")).toBe("Tiering");
    await page.getByRole("button", { name: /Opens the Responsibilities \(2\) sheet\.$/ }).click();
    expect(await settle(() => workbook.activeSheetName(), "Responsibilities (2)")).toBe("Responsibilities (2)");
    expect(errors).toEqual([]);
  });

  it("lists the issues by severity, and choosing one selects its cell in the workbook", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "sample" });
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.getByRole("list", { name: "Results" }).waitFor();
    await page.getByRole("tab", { name: "Issues" }).click();

    const rows = page.getByRole("list", { name: "Issues" }).getByRole("button");
    await rows.first().waitFor();
    const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    expect(labels).toHaveLength(3);
    expect(labels.map((l) => l.split(" ")[0]).sort()).toEqual(["Error", "Info", "Warning"]);
    await paneScreenshot(page, "issues");

    await page.getByRole("tab", { name: /^Warnings \(1\)$/ }).click();
    expect(await settle(() => rows.count(), 1)).toBe(1);
    const warning = (await rows.first().getAttribute("aria-label")) ?? "";
    await rows.first().click();
    expect(await settle(() => workbook.selection(), placeOf(warning))).toEqual(placeOf(warning));
    expect(await workbook.activeSheetName()).toBe(placeOf(warning).sheet);

    await page.getByRole("tab", { name: /^All/ }).click();
    await page.getByRole("searchbox", { name: "Filter issues" }).fill("TBD");
    expect(await settle(() => rows.count(), 1)).toBe(1);
    expect(await rows.first().getAttribute("aria-label")).toMatch(/TBD/);
    expect(errors).toEqual([]);
  });

  it("works from the keyboard alone: Tab to Analyze and Enter, then Space on an issue row", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "sample" });
    await tabTo(page, (el) => el.tagName === "BUTTON" && !el.hasAttribute("role") && el.textContent === "Analyze");
    await page.keyboard.press("Enter");
    await page.getByRole("list", { name: "Results" }).waitFor();
    expect(await workbook.sheetNames()).toContain("Tiering");

    // Into the page tabs, along them with the arrow keys to Issues, and choose it.
    await tabTo(page, (el) => el.id === "tab-analyze");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-issues");
    await page.keyboard.press("Enter");
    const rows = page.getByRole("list", { name: "Issues" }).getByRole("button");
    await rows.first().waitFor();

    await tabTo(page, (el) => /^(Error|Warning|Info) [^ ]+!/.test(el.getAttribute("aria-label") ?? ""));
    const focused = (await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))) ?? "";
    await page.keyboard.press("Space");
    expect(await settle(() => workbook.selection(), placeOf(focused))).toEqual(placeOf(focused));
    expect(errors).toEqual([]);
  });
});
