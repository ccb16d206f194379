/**
 * Screenshots of the pane for docs/screenshots/, written only with UPDATE_SCREENSHOTS=1 so an
 * ordinary run (CI included) never changes tracked files.
 */
import path from "node:path";
import type { Page } from "playwright-core";

const DIR = path.resolve(__dirname, "../../../docs/screenshots");

/** Whether this run writes docs/screenshots/*.png. */
export const UPDATING = process.env.UPDATE_SCREENSHOTS === "1";

/**
 * Saves what the task pane shows now (its visible 380×800 area) as docs/screenshots/<name>.png.
 * @example await paneScreenshot(page, "first-run");
 */
export async function paneScreenshot(page: Page, name: string): Promise<void> {
  if (!UPDATING) return;
  // Let hover and focus styles and the last layout settle: the shot shows the resting pane.
  await page.mouse.move(PANE_OUTSIDE.x, PANE_OUTSIDE.y);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({ path: path.join(DIR, `${name}.png`), animations: "disabled", caret: "hide" });
}

const PANE_OUTSIDE = { x: 379, y: 799 };
