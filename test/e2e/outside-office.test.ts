/**
 * The production pane (`--env OFFICE_JS=local`: the npm copy of Microsoft's office.js beside
 * taskpane.html) opened in a browser tab, outside Office: Office.onReady reports no host and
 * the pane says what it is and how to load it.
 *
 * One console error is expected and allowed: office.js adds a telemetry iframe from
 * telemetryservice.firstpartyapps.oaspapps.com, which the pane's Content-Security-Policy
 * refuses on purpose (frame-src in webpack.config.js: telemetry is optional, Office.onReady
 * resolves without it). Chromium reports each refused frame as a console error.
 */
import { launchBrowser, collectErrors, type Browser } from "./support/browser";
import { OFFICE_JS_BUILD } from "./support/pane";
import { serveDirectory, type StaticServer } from "./support/static-server";

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDirectory(OFFICE_JS_BUILD);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const TELEMETRY_FRAME_REFUSED =
  /^console\.error: Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive: "frame-src /;

describe("outside Office, with the real office.js", () => {
  it("shows the outside-Excel message, with no console error but the refused telemetry frame", async () => {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = collectErrors(page);
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${server.url}/taskpane.html`);

    await page.getByRole("heading", { name: "Open this add-in from Excel" }).waitFor();
    await page.getByRole("heading", { name: "To load it" }).waitFor();
    expect(await page.getByRole("region", { name: "Open this add-in from Excel" }).textContent()).toContain(
      "manifest.xml",
    );
    expect(await page.getByRole("tab").count()).toBe(0);
    expect(await page.evaluate(() => typeof Office !== "undefined" && typeof Excel === "undefined")).toBe(true);

    // Let office.js finish its start-up (its telemetry frame comes after onReady).
    await page.waitForLoadState("networkidle");
    expect(errors.filter((e) => !TELEMETRY_FRAME_REFUSED.test(e))).toEqual([]);
    // Everything the page loaded came from its own origin.
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
    expect(requests).toContain(`${server.url}/office.js`);
  });
});
