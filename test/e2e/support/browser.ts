/**
 * Debian's Chromium driven by playwright-core (no browser download: TOOLCHAIN.md), one
 * browser per test file, and a page per test at a task pane's size.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** About the width Excel gives a task pane; one CSS pixel per image pixel. */
export const PANE_SIZE = { width: 380, height: 800 } as const;

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a throw-away profile. Fails (never skips) when Chromium is
 * missing: the end-to-end tests are part of the suite.
 * @example const browser = await launchBrowser(); afterAll(() => browser.close());
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The task pane's end-to-end tests drive Debian's chromium ` +
        "through playwright-core: run `apt-get install -y --no-install-recommends chromium` (.ci/run does).",
    );
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), "pane-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: PANE_SIZE,
    deviceScaleFactor: 1,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Every console error and uncaught exception of a page, as text, in order. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const at = msg.location();
    errors.push(`console.error: ${msg.text()}${at.url ? ` (${at.url}:${at.lineNumber})` : ""}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.stack ?? error.message}`));
  return errors;
}
