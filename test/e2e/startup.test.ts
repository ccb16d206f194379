/**
 * Start-up figures of the production pane in headless Chromium, printed for the record:
 * time from navigation start to the pane's first meaningful element, and the JavaScript the
 * pane loads to get there (raw and gzipped). The budgets asserted are loose on purpose — a
 * loaded CI machine must not fail them — and catch only a gross regression (the ExcelJS
 * writer or every page landing in the start-up bundle, or a start-up that hangs).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launchBrowser, type Browser } from "./support/browser";
import { OFFICE_JS_BUILD, PANE_BUILD } from "./support/pane";
import { serveDirectory, type StaticServer } from "./support/static-server";

let browser: Browser;
let pane: StaticServer;
let officeJs: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  pane = await serveDirectory(PANE_BUILD);
  officeJs = await serveDirectory(OFFICE_JS_BUILD);
});
afterAll(async () => {
  await browser?.close();
  await pane?.close();
  await officeJs?.close();
});

const LOADS = 5;

interface Load {
  /** ms from navigation start to the element being visible (checked every animation frame). */
  ready: number;
  /** ms from navigation start to the first contentful paint. */
  fcp: number;
  /** Script files the page fetched before it was ready (same origin). */
  scripts: string[];
}

/** Loads `url` in a new page and times it until an element matching `selector` and holding `text` is visible. */
async function load(url: string, selector: string, text: string): Promise<Load> {
  const page: Page = await browser.context.newPage();
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script" || r.url().endsWith(".js")) scripts.push(new URL(r.url()).pathname.slice(1));
  });
  try {
    await page.goto(url, { waitUntil: "commit" });
    const ready = await page.waitForFunction(
      ([sel, txt]) => {
        const el = [...document.querySelectorAll(sel)].find((e) => e.textContent === txt);
        return el && el.getBoundingClientRect().height > 0 ? performance.now() : false;
      },
      [selector, text] as const,
      { polling: "raf", timeout: 10_000 },
    );
    // The paint entry is queued once the frame is presented, which may be just after `ready`.
    const fcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName("first-contentful-paint")[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: "paint", buffered: true });
          setTimeout(() => resolve(NaN), 2000);
        }),
    );
    return { ready: (await ready.jsonValue()) as number, fcp, scripts: [...new Set(scripts)] };
  } finally {
    await page.close();
  }
}

async function timings(
  url: string,
  selector: string,
  text: string,
): Promise<{ first: Load; median: number; medianFcp: number }> {
  const loads: Load[] = [];
  for (let i = 0; i < LOADS; i++) loads.push(await load(url, selector, text));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { first: loads[0]!, median: median(loads.map((l) => l.ready)), medianFcp: median(loads.map((l) => l.fcp)) };
}

function sizes(dir: string, files: string[]): { raw: number; gzip: number } {
  return files.reduce(
    (sum, f) => {
      const bytes = readFileSync(path.join(dir, f));
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe("start-up of the production pane", () => {
  it("renders its first meaningful element quickly, from a start-up bundle that keeps the heavy parts out", async () => {
    // Inside Excel (the in-memory one): the sample workbook read and the Analyze button shown.
    const inExcel = await timings(`${pane.url}/taskpane.html?workbook=sample`, "main button:not([role])", "Analyze");
    const firstRun = await timings(`${pane.url}/taskpane.html?workbook=empty`, "h2", "No Partners table yet");
    // Outside Office with Microsoft's office.js: the outside-Excel message.
    const outside = await timings(`${officeJs.url}/taskpane.html`, "h2", "Open this add-in from Excel");

    // The pane's own start-up JavaScript: what loaded before Analyze showed, less the test harness.
    const paneScripts = inExcel.first.scripts.filter((s) => s !== "fake-office.js");
    const startup = sizes(PANE_BUILD, paneScripts);
    const office = sizes(OFFICE_JS_BUILD, ["office.js", "o15apptofilemappingtable.js"]);

    const report = [
      `Start-up of the production pane, headless Chromium, ${LOADS} loads each (median; first load in brackets):`,
      `  in Excel (in-memory), sample read, Analyze shown: ${inExcel.median.toFixed(0)} ms [${inExcel.first.ready.toFixed(0)} ms]; first contentful paint ${inExcel.medianFcp.toFixed(0)} ms`,
      `  in Excel (in-memory), empty workbook, first-run offer shown: ${firstRun.median.toFixed(0)} ms [${firstRun.first.ready.toFixed(0)} ms]`,
      `  outside Office (office.js from npm), message shown: ${outside.median.toFixed(0)} ms [${outside.first.ready.toFixed(0)} ms]`,
      `  start-up JS of the pane: ${kb(startup.raw)} raw, ${kb(startup.gzip)} gzipped in ${paneScripts.length} files (${paneScripts.join(", ")})`,
      `  office.js + its host table (Microsoft's CDN in production): ${kb(office.raw)} raw, ${kb(office.gzip)} gzipped`,
    ].join("\n");
    process.stdout.write(`\n${report}\n`);

    expect(paneScripts.length).toBeGreaterThan(0);
    expect(startup.gzip).toBeLessThan(400 * 1024);
    for (const t of [inExcel.median, firstRun.median, outside.median]) expect(t).toBeLessThan(5000);
  });
});
