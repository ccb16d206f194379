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

const workbook = buildWorkbook(params.get("workbook") ?? "empty");
installFakeOffice(workbook, { theme });
window.__fakeWorkbook = workbook;

// `latency=ms`: every round trip takes that long, as Excel's do. The fake answers a sync in a
// microtask, so a whole write would run without the pane painting once in between (its
// progress could not be seen); Excel answers over IPC or the network, letting the pane paint.
const latency = Number(params.get("latency") ?? 0);
if (latency > 0) {
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
        await new Promise((resolve) => setTimeout(resolve, latency));
        return sync();
      };
      return batch(context);
    };
    return run(...args.slice(0, -1), slowed);
  };
}
