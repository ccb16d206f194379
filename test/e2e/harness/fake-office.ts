/**
 * Stands where office.js stands in the end-to-end build's taskpane.html (a classic script in
 * <head>, so it runs before the pane's deferred bundle): an in-memory Excel instead of Office.
 *
 *   taskpane.html?workbook=empty|sample|renamed-column|hostile|alliances&theme=light|dark[&latency=ms]
 *
 * The pane then runs unchanged — its real Office gateway over the fake's Excel.run, its real
 * Web Worker — and the test reads the document through `window.__fakeWorkbook`.
 */
import { installFakeOffice, type FakeWorkbook, type OfficeTheme } from "../../excel/fake-excel";
import { buildWorkbook } from "./workbooks";

declare global {
  interface Window {
    /** The workbook the pane is editing, for page.evaluate in the tests. */
    __fakeWorkbook: FakeWorkbook;
  }
}

/** Office's own colours for its White and Black themes (what officeTheme reports in Excel). */
const THEMES: Record<string, Partial<OfficeTheme>> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#3A3A3A",
    controlForegroundColor: "#FFFFFF",
  },
};

const params = new URLSearchParams(window.location.search);
const themeName = params.get("theme") ?? "light";
const theme = THEMES[themeName];
if (!theme) throw new Error(`Unknown theme "${themeName}": use light or dark`);

const workbook = buildWorkbook(params.get("workbook") ?? "empty", Number(params.get("partners") ?? 100_000));
// The end of the harness's own set-up (building a large workbook is a long task of the test, not of the add-in).
performance.mark("harness-ready");
installFakeOffice(workbook, { theme });
window.__fakeWorkbook = workbook;

// `latency=ms`: every round trip takes that long, as Excel's do. The fake answers a sync in a
// microtask, so a whole write would run without the pane painting once in between (its
// progress could not be seen); Excel answers over IPC or the network, letting the pane paint.
const latency = Number(params.get("latency") ?? 0);
// `measure=1`: the in-memory Excel's own work on each round trip runs in a task of its own —
// the harness yields to the event loop before and after it, as a real round trip to Excel
// does (Excel answers over IPC or the network) — and its span is recorded in
// `window.__fakeSyncSpans`, so a test can tell the add-in's long tasks from the fake's.
const measure = params.get("measure") === "1";
const spans: { start: number; end: number }[] = [];
(window as unknown as { __fakeSyncSpans: typeof spans }).__fakeSyncSpans = spans;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
if (latency > 0 || measure) {
  type Context = { sync: () => Promise<unknown> };
  type Batch = (context: Context) => Promise<unknown>;
  const excel = (window as unknown as { Excel: { run: (...args: unknown[]) => Promise<unknown> } }).Excel;
  const run = excel.run.bind(excel);
  // Excel.run(batch) or Excel.run(options, batch), as Office.js takes them.
  excel.run = (...args: unknown[]) => {
    const batch = args[args.length - 1] as Batch;
    const slowed: Batch = (context) => {
      const sync = context.sync.bind(context);
      context.sync = async () => {
        if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
        if (!measure) return sync();
        await nextTask();
        const start = performance.now();
        try {
          return await sync();
        } finally {
          spans.push({ start, end: performance.now() });
          await nextTask();
        }
      };
      return batch(context);
    };
    return run(...args.slice(0, -1), slowed);
  };
}
