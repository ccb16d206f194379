/**
 * axe-core in the pane's page: the installed `axe-core/axe.min.js` is evaluated in the page
 * (page.evaluate is not subject to the pane's Content-Security-Policy, a <script> tag would be),
 * then `axe.run` lists the violations.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * The serious and critical axe violations on the page as it is now, one line each
 * ("rule (impact): selector, selector…"); empty when there are none.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(
      // Fluent's focus manager (tabster) puts `data-tabster-dummy` sentinels at the edges of
      // focus groups: focusable, aria-hidden elements that bounce focus back in. They are the
      // library's own pattern (aria-hidden-focus by design), not the pane's markup.
      { exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] },
    );
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 4)
            .map((n) => n.target.join(" "))
            .join(" | ")}`,
      );
  });
}

interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}
