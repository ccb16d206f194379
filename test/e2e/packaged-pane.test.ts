/**
 * The packaged add-in (what `PUBLIC_URL=… npm run package` makes; global-setup.js assembles it in
 * .tmp/e2e/package) needs nothing at run time but its own files and Microsoft's office.js.
 *
 * The package is served over plain HTTP from 127.0.0.1 with site/ under a path, as PUBLIC_URL
 * has one, in headless Chromium where every other origin is blocked. office.js is requested at
 * its CDN URL, as the packaged pages name it; the test answers those requests with the npm copy
 * of the same library (and the mapping table office.js fetches beside itself: TOOLCHAIN.md),
 * since nothing may use the network in tests. Outside Office, the pane shows its outside-Excel
 * message.
 *
 * One console error is expected, as in outside-office.test.ts: the pane's CSP refuses office.js's
 * telemetry frame (telemetryservice.firstpartyapps.oaspapps.com) on purpose, before any request.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Route } from "playwright-core";
import { DOMParser } from "@xmldom/xmldom";
import { collectErrors, launchBrowser, type Browser } from "./support/browser";
import { serveDirectory, type StaticServer } from "./support/static-server";

const ROOT = path.resolve(__dirname, "../..");
/** global-setup.js assembles the package here, for this PUBLIC_URL. */
const PACKAGE = path.join(ROOT, ".tmp/e2e/package");
const PUBLIC_URL = (createRequire(__filename)("./global-setup.js") as { PACKAGE_PUBLIC_URL: string })
  .PACKAGE_PUBLIC_URL;
const CDN_FOLDER = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
/** The files of Microsoft's CDN the pane's office.js asks for, answered from the npm copy. */
const FROM_NPM: Record<string, string> = {
  [`${CDN_FOLDER}office.js`]: "office.js",
  [`${CDN_FOLDER}o15apptofilemappingtable.js`]: "o15apptofilemappingtable.js",
};
const TELEMETRY_FRAME_REFUSED =
  /^console\.error: Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive: "frame-src /;

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveDirectory(PACKAGE);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Where the test serves what the admin would host at PUBLIC_URL. */
const siteUrl = () => `${server.url}/site/`;

describe("the packaged pane, served as an admin would host it", () => {
  it("renders its outside-Excel message with nothing but its own files and office.js from the CDN URL", async () => {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = collectErrors(page);
    const requests: string[] = [];
    const blocked: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.route("**/*", async (route: Route) => {
      const url = route.request().url();
      const npmFile = FROM_NPM[url];
      if (url.startsWith(`${server.url}/`)) await route.continue();
      else if (npmFile)
        await route.fulfill({
          status: 200,
          contentType: "text/javascript; charset=utf-8",
          body: readFileSync(path.join(OFFICE_JS_DIST, npmFile)),
        });
      else {
        blocked.push(url);
        await route.abort("blockedbyclient");
      }
    });

    await page.goto(`${siteUrl()}taskpane.html`);
    await page.getByRole("heading", { name: "Open this add-in from Excel" }).waitFor();
    expect(await page.getByRole("region", { name: "Open this add-in from Excel" }).textContent()).toContain(
      "manifest.xml",
    );
    expect(await page.getByRole("tab").count()).toBe(0);
    expect(await page.evaluate(() => typeof Office !== "undefined" && typeof Excel === "undefined")).toBe(true);

    // Let office.js finish its start-up (its telemetry frame comes after onReady).
    await page.waitForLoadState("networkidle");
    expect(blocked).toEqual([]);
    const elsewhere = requests.filter((u) => !u.startsWith(`${server.url}/`));
    expect(elsewhere).toEqual([`${CDN_FOLDER}office.js`, `${CDN_FOLDER}o15apptofilemappingtable.js`]);
    // The pane's own scripts came from the package's site/ folder.
    expect(requests.filter((u) => u.startsWith(siteUrl()) && u.endsWith(".js")).length).toBeGreaterThan(0);
    expect(errors.filter((e) => !TELEMETRY_FRAME_REFUSED.test(e))).toEqual([]);
    await page.close();
  });

  it("hosts every file its manifest names, at the manifest's path under PUBLIC_URL", async () => {
    const xml = readFileSync(path.join(PACKAGE, "manifest.xml"), "utf8");
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const urls = new Set<string>();
    const all = doc.getElementsByTagName("*");
    for (let i = 0; i < all.length; i++) {
      const value = all.item(i)?.getAttribute("DefaultValue");
      if (value?.startsWith("https://")) urls.add(value);
    }
    expect(urls.size).toBeGreaterThanOrEqual(5);
    for (const url of urls) {
      expect(url.startsWith(PUBLIC_URL)).toBe(true);
      const response = await browser.context.request.get(`${siteUrl()}${url.slice(PUBLIC_URL.length)}`);
      expect({ url, status: response.status() }).toEqual({ url, status: 200 });
    }
  });
});
