/**
 * The pane at 100,000 partners (issue 11): the built pane in Chromium reads, analyses and writes
 * a large programme on the in-memory Excel, with its real Office gateway and Web Worker.
 *
 * What is asserted, throughout the run:
 * - every request and every response is at most 4 MB as Office.js serialises it (the fake
 *   counts them, test/excel/fake-excel/request-size.ts; Excel on the web refuses 5 MB);
 * - no task of the add-in on the main thread takes over 200 ms (Chromium's Long Tasks API).
 *   A long task's duration is wall-clock time: on a machine running more threads than it has
 *   cores, the operating system takes the CPU away in the middle of a task and stretches it. So
 *   when the one-minute load average is above the number of cores, the 200 ms are scaled by
 *   load ÷ cores (printed with the figures); on a machine no busier than its cores the budget
 *   is 200 ms exactly.
 *   The in-memory Excel runs in the page, which real Excel does not: the harness (`measure=1`)
 *   yields to the event loop before and after each round trip, so the fake's work is a task of
 *   its own as a real round trip would be, and records the span of each. A long task's share
 *   that falls inside those spans is the fake's, the rest the add-in's; both are printed, and
 *   only the add-in's is held to 200 ms. Building the workbook (before the mark
 *   "harness-ready") is the test's own set-up and is not counted;
 * - reading shows its progress by chunk of rows, and Cancel stops a run while it is reading.
 */
import os from "node:os";
import type { Page } from "playwright-core";
import type { FakeWorkbook } from "../excel/fake-excel";
import { launchBrowser, type Browser, collectErrors } from "./support/browser";
import { PANE_BUILD } from "./support/pane";
import { serveDirectory, type StaticServer } from "./support/static-server";

const PARTNERS = 100_000;
const FOUR_MB = 4_000_000;
const LONG_TASK_MS = 200;
/**
 * The whole file's budget on the 2-core CI machine: the workbook built in the page (~10 s),
 * the pane's first read, a cancelled run, a full run (reading 1.5 M cells, the engine over
 * 100,000 × 1,000, writing ~2 M cells) and the Issues page.
 */
jest.setTimeout(420_000);

type Span = { start: number; end: number };
type PageWindow = Window & {
  __fakeWorkbook: FakeWorkbook;
  __fakeSyncSpans: Span[];
  __longTasks: Span[];
};

/** Long tasks of the page after the harness's set-up, split into the fake's share and the add-in's. */
async function longTasks(page: Page): Promise<{ addin: number; fake: number; worst: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as PageWindow;
    const ready = performance.getEntriesByName("harness-ready")[0]?.startTime ?? 0;
    const rows = w.__longTasks
      .filter((t) => t.start >= ready)
      .map((t) => {
        const fake = w.__fakeSyncSpans.reduce(
          (n, s) => n + Math.max(0, Math.min(s.end, t.end) - Math.max(s.start, t.start)),
          0,
        );
        return { at: t.start, duration: t.end - t.start, fake, addin: t.end - t.start - fake };
      });
    const worst = [...rows]
      .sort((a, b) => b.addin - a.addin)
      .slice(0, 5)
      .map((r) => `${Math.round(r.duration)} ms at ${Math.round(r.at)} (fake ${Math.round(r.fake)} ms)`);
    return {
      addin: Math.max(0, ...rows.map((r) => r.addin)),
      fake: Math.max(0, ...rows.map((r) => r.fake)),
      worst,
    };
  });
}

function stats(page: Page) {
  return page.evaluate(() => {
    const s = (window as unknown as PageWindow).__fakeWorkbook.stats;
    return {
      syncs: s.syncs,
      maxRequestBytes: s.maxRequestBytes,
      maxResponseBytes: s.maxResponseBytes,
      responses: s.responses.length,
    };
  });
}

describe("the pane at 100,000 partners", () => {
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

  it("reads, analyses and writes with every request under 4 MB and no long task over 200 ms; reading shows progress and can be cancelled", async () => {
    if (!browser || !server) throw new Error("the browser did not start");
    const page = await browser.context.newPage();
    page.setDefaultTimeout(120_000);
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      const w = window as unknown as PageWindow;
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
      }).observe({ type: "longtask", buffered: true });
    });
    const began = Date.now();
    const query = new URLSearchParams({ workbook: "large", partners: String(PARTNERS), measure: "1" });
    await page.goto(`${server.url}/taskpane.html?${query.toString()}`);
    const analyze = page.getByRole("button", { name: "Analyze", exact: true });
    await analyze.waitFor();
    const opened = Date.now();

    // A run cancelled while it reads: the status names the rows read so far.
    await analyze.click();
    const status = page.getByRole("status").filter({ hasText: /^Reading the workbook/ });
    await status
      .filter({ hasText: /of [\d,]+ rows/ })
      .first()
      .waitFor();
    const reading = (await status.first().textContent()) ?? "";
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText("Analysis cancelled. Nothing was written.").waitFor();
    expect(reading).toMatch(/^Reading the workbook: [\d,]+ of [\d,]+ rows/);
    expect(
      await page.evaluate(() => (window as unknown as PageWindow).__fakeWorkbook.sheetByName("Tiering")),
    ).toBeFalsy();

    // The whole run.
    const started = Date.now();
    await analyze.click();
    await page.getByRole("list", { name: "Results" }).waitFor({ timeout: 300_000 });
    const finished = Date.now();
    const tiering = await page.getByRole("button", { name: /^Tiering: / }).getAttribute("aria-label");
    expect(tiering).toMatch(/^Tiering: 100,000 partners\./);
    // Every partner has its row on the Tiering sheet.
    const named = await page.evaluate(() => {
      const sheet = (window as unknown as PageWindow).__fakeWorkbook.sheetByName("Tiering");
      const names = new Set<string>();
      for (const cell of sheet?.cells.values() ?? [])
        if (typeof cell.value === "string" && /^Partner \d{6}$/.test(cell.value)) names.add(cell.value);
      return names.size;
    });
    expect(named).toBe(PARTNERS);

    // The Issues page lists 100,000 issues a page at a time.
    await page.getByRole("tab", { name: "Issues" }).click();
    const rows = page.getByRole("list", { name: "Issues" }).getByRole("button");
    await rows.first().waitFor();
    expect(await rows.count()).toBeLessThanOrEqual(200);
    // One issue per partner (the Pipeline "n/a"), and whatever else the engine notes.
    const all = await page.getByRole("tab", { name: /^All \([\d,]+\)$/ }).textContent();
    expect(Number(/\(([\d,]+)\)/.exec(all ?? "")?.[1]?.replaceAll(",", ""))).toBeGreaterThanOrEqual(PARTNERS);
    const showing = await page
      .getByRole("status")
      .filter({ hasText: /^Showing 1–100 of \d{3},\d{3}$/ })
      .textContent();
    expect(Number(/of ([\d,]+)$/.exec(showing ?? "")?.[1]?.replaceAll(",", ""))).toBeGreaterThanOrEqual(PARTNERS);
    await page.getByRole("button", { name: "Next" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Showing 101–200 of \d{3},\d{3}$/ })
      .waitFor();

    const tasks = await longTasks(page);
    const s = await stats(page);
    const load = os.loadavg()[0] ?? 0;
    const cores = os.cpus().length;
    const budget = LONG_TASK_MS * Math.max(1, load / cores);
    console.log(
      `pane at ${PARTNERS.toLocaleString("en-US")} partners: opened in ${((opened - began) / 1000).toFixed(1)} s, ` +
        `full run ${((finished - started) / 1000).toFixed(1)} s; ${s.syncs} syncs, largest request ` +
        `${(s.maxRequestBytes / 1e6).toFixed(2)} MB, largest response ${(s.maxResponseBytes / 1e6).toFixed(2)} MB; ` +
        `longest add-in task ${Math.round(tasks.addin)} ms, longest in-memory Excel task ${Math.round(tasks.fake)} ms; ` +
        `worst: ${tasks.worst.join("; ")}; load average ${load.toFixed(1)} on ${cores} cores, ` +
        `so the budget is ${Math.round(budget)} ms`,
    );
    expect(s.maxRequestBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(s.maxResponseBytes).toBeLessThanOrEqual(FOUR_MB);
    expect(tasks.addin).toBeLessThanOrEqual(budget);
    expect(errors).toEqual([]);
  });
});
