/**
 * Opening the built pane over the in-memory Excel, and reading that workbook from the test.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import type { FakeWorkbook, SheetSnapshot } from "../../excel/fake-excel";
import type { Browser } from "./browser";
import { collectErrors, launchBrowser } from "./browser";
import { serveDirectory, type StaticServer } from "./static-server";

/** Where global-setup.js builds the pane with the fake Office harness. */
export const PANE_BUILD = path.resolve(__dirname, "../../../.tmp/e2e/pane");
/** Where global-setup.js builds the production pane with `--env OFFICE_JS=local`. */
export const OFFICE_JS_BUILD = path.resolve(__dirname, "../../../.tmp/e2e/office-js");

export interface PaneOptions {
  workbook: "empty" | "sample" | "renamed-column" | "hostile" | "phased-raci" | "alliances";
  theme?: "light" | "dark";
  /** Milliseconds each round trip to the in-memory Excel takes (harness/fake-office.ts); 0 by default. */
  latencyMs?: number;
}

export interface OpenPane {
  page: Page;
  /** Console errors and uncaught exceptions so far. */
  errors: string[];
  /** URLs of the Web Workers the page started. */
  workers: string[];
  workbook: WorkbookView;
}

/**
 * A new page showing the pane on the named workbook, once the pane has read it.
 * @example const { page, workbook } = await openPane(browser, server.url, { workbook: "sample" });
 */
export async function openPane(browser: Browser, baseUrl: string, options: PaneOptions): Promise<OpenPane> {
  const page = await browser.context.newPage();
  // Every step here takes well under a second; a missing element fails in 10 s, not 30.
  page.setDefaultTimeout(10_000);
  const errors = collectErrors(page);
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  const query = new URLSearchParams({
    workbook: options.workbook,
    theme: options.theme ?? "light",
    latency: String(options.latencyMs ?? 0),
  });
  await page.goto(`${baseUrl}/taskpane.html?${query.toString()}`);
  // The Analyze page shows either the first-run offer or the Analyze button once the workbook is read.
  const ready =
    options.workbook === "empty" || options.workbook === "alliances"
      ? page.getByRole("button", { name: "Insert sample data" })
      : page.getByRole("button", { name: "Analyze", exact: true });
  await ready.waitFor();
  return { page, errors, workers, workbook: new WorkbookView(page) };
}

type FakeWindow = Window & { __fakeWorkbook: FakeWorkbook };

/**
 * One browser and one static server of the pane build for a whole test file: registers the
 * beforeAll/afterAll that start and stop them, and opens the pane on a workbook per test.
 * @example const pane = paneSession(); … const { page } = await pane.open({ workbook: "sample" });
 */
export function paneSession(): {
  open: (options: PaneOptions) => Promise<OpenPane>;
  /** The browser and the pane build's address, for a test that wires its page itself. */
  started: () => { browser: Browser; url: string };
} {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveDirectory(PANE_BUILD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!browser || !server) throw new Error("paneSession: the browser did not start (see beforeAll)");
    return { browser, url: server.url };
  };
  return {
    open: (options) => {
      const { browser, url } = started();
      return openPane(browser, url, options);
    },
    started,
  };
}

/** The fake workbook inside the page, read through page.evaluate. */
export class WorkbookView {
  constructor(private readonly page: Page) {}

  sheetNames(): Promise<string[]> {
    return this.page.evaluate(() =>
      (window as unknown as FakeWindow).__fakeWorkbook.getSheetNames().map((s) => s.name),
    );
  }

  snapshot(sheet: string): Promise<SheetSnapshot> {
    return this.page.evaluate((name) => (window as unknown as FakeWindow).__fakeWorkbook.snapshot(name), sheet);
  }

  activeSheetName(): Promise<string | null> {
    return this.page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.activeSheetName);
  }

  selection(): Promise<{ sheet: string; address: string } | null> {
    return this.page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.selection);
  }

  syncs(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as FakeWindow).__fakeWorkbook.stats.syncs);
  }

  settings(): Promise<Record<string, unknown>> {
    return this.page.evaluate(() => Object.fromEntries((window as unknown as FakeWindow).__fakeWorkbook.settings));
  }
}

/** The output sheets a full run writes on the sample (one per analysis, plus History). */
export const OUTPUT_SHEETS = [
  "Summary",
  "Tiering",
  "Responsibilities",
  "Coverage",
  "Conflicts",
  "Candidates",
  "Issues",
  "Tier History",
];

/** Values of one column of a sheet snapshot's cells, top to bottom (A1 keys like "B12"). */
export function columnValues(snapshot: SheetSnapshot, column: string): unknown[] {
  return Object.entries(snapshot.cells)
    .map(([a1, cell]) => ({ m: /^([A-Z]+)(\d+)$/.exec(a1), cell }))
    .filter(({ m }) => m?.[1] === column)
    .sort((a, b) => Number(a.m?.[2]) - Number(b.m?.[2]))
    .map(({ cell }) => cell.value);
}

/**
 * Reads a value until it equals `expected` (the page updates the workbook asynchronously) or
 * `timeoutMs` passes; returns the last value read, for the test's own expect to judge.
 * @example expect(await settle(() => workbook.activeSheetName(), "Coverage")).toBe("Coverage");
 */
export async function settle<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  const want = JSON.stringify(expected);
  let value = await read();
  while (JSON.stringify(value) !== want && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}
