/**
 * Sources and mapping: a Partners table whose Fit column is headed "Alignment Score", a name
 * no synonym knows. The analyst maps it on Sources, sees the preview read it as Fit, and
 * Analyze scores every partner; the mapping is stored in the workbook with the settings.
 */
import { columnValues, paneSession } from "./support/pane";
import { paneScreenshot } from "./support/screenshots";

const pane = paneSession();

describe("mapping a renamed column on Sources", () => {
  it("reads 'Alignment Score' as Fit once chosen, and Analyze then scores the partners", async () => {
    const { page, errors, workbook } = await pane.open({ workbook: "renamed-column" });
    await page.getByRole("tab", { name: "Sources" }).click();

    const fit = page.getByRole("combobox", { name: "Fit column" });
    await fit.waitFor();
    expect(await fit.textContent()).toBe("Auto: not found");
    const preview = page.getByRole("table", { name: /^First \d+ rows of Partners$/ });
    expect(await preview.getByRole("columnheader", { name: /^Alignment Score/ }).textContent()).toBe(
      "Alignment Scoreignored",
    );

    await fit.click();
    await page.getByRole("option", { name: "Alignment Score" }).click();
    expect(await fit.textContent()).toBe("Alignment Score");
    const mapped = preview.getByRole("columnheader", { name: /^Alignment Score\s*→ Fit$/ });
    await mapped.waitFor();
    // The mapped field and the preview that reads the column as Fit, together in the picture.
    await mapped.evaluate((th) => {
      const box = th.closest("table")?.parentElement;
      if (box) box.scrollLeft = (th as HTMLElement).offsetLeft - 100;
    });
    await preview.evaluate((el) => el.scrollIntoView({ block: "end" }));
    await paneScreenshot(page, "sources-mapping");

    await page.getByRole("tab", { name: "Analyze" }).click();
    await page.getByRole("button", { name: "Analyze", exact: true }).click();
    await page.getByRole("list", { name: "Results" }).waitFor();

    const tiering = await workbook.snapshot("Tiering");
    expect(tiering.tables[0]?.columns.slice(1, 4)).toEqual(["Partner", "Tier", "Composite"]);
    const tiers = columnValues(tiering, "C").slice(1);
    const composites = columnValues(tiering, "D").slice(1);
    expect(tiers).toHaveLength(48);
    // One sample partner has no Momentum on purpose; every other one is scored.
    expect(tiers.filter((t) => t === "Unscored")).toHaveLength(1);
    expect(composites.filter((c) => typeof c === "number")).toHaveLength(47);
    expect(columnValues(tiering, "F")[0]).toBe("Fit");
    expect(
      columnValues(tiering, "F")
        .slice(1)
        .filter((v) => typeof v === "number"),
    ).toHaveLength(48);

    // Saved with the settings, so whoever opens the shared workbook reads it the same way.
    expect(JSON.stringify(await workbook.snapshot("PED_Settings"))).toContain("Alignment Score");
    expect(errors).toEqual([]);
  });
});
