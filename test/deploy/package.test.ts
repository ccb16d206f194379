/**
 * `npm run package` (scripts/package.js): the folder an admin gets — site/ to host, the
 * production manifest, DEPLOY.md headed with the URL and version — and the builds it refuses.
 * Uses a small stand-in for dist/ (the real build is packaged in test/e2e/packaged-pane.test.ts).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assemblePackage, listFiles, OFFICE_JS_CDN, PackageError } from "../../scripts/package";
import { buildProductionManifest } from "../../scripts/production-manifest";

const ROOT = join(__dirname, "..", "..");
const BASE = "https://addins.example.com/partner-ecosystem/";
const manifest = buildProductionManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"), {
  publicUrl: BASE,
  version: "3.4.5",
}).xml;

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "ped-package-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A dist/ as `PUBLIC_URL=… npm run build` leaves it, with `change` applied. */
function fakeDist(change: (dist: string) => void = () => undefined): string {
  const dist = join(work, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  const page = (script: string) =>
    `<!doctype html><html lang=en><head><script src=${OFFICE_JS_CDN}></script><script defer src=${script}></script></head><body></body></html>`;
  writeFileSync(join(dist, "taskpane.html"), page("taskpane.0123456789abcdef0123.js"));
  writeFileSync(join(dist, "commands.html"), page("commands.89abcdef012345678901.js"));
  writeFileSync(join(dist, "taskpane.0123456789abcdef0123.js"), "/* pane */");
  writeFileSync(join(dist, "taskpane.0123456789abcdef0123.js.LICENSE.txt"), "licences");
  writeFileSync(join(dist, "commands.89abcdef012345678901.js"), "/* commands */");
  writeFileSync(join(dist, "148.a3249ff3f235993d8cda.js"), "/* worker */");
  copyFileSync(join(ROOT, "assets", "icon-32.png"), join(dist, "assets", "icon-32.png"));
  writeFileSync(join(dist, "manifest.xml"), manifest);
  change(dist);
  return dist;
}

function refusal(dist: string): string {
  try {
    assemblePackage({ dist, out: join(work, "deploy") });
  } catch (err) {
    if (err instanceof PackageError) return err.message;
    throw err;
  }
  return "";
}

describe("npm run package", () => {
  it("puts the files to host in site/, the manifest beside it, and DEPLOY.md", () => {
    const dist = fakeDist();
    const out = join(work, "deploy");
    const result = assemblePackage({ dist, out });
    expect(listFiles(out)).toEqual([
      "DEPLOY.md",
      "manifest.xml",
      "site/148.a3249ff3f235993d8cda.js",
      "site/assets/icon-32.png",
      "site/commands.89abcdef012345678901.js",
      "site/commands.html",
      "site/taskpane.0123456789abcdef0123.js",
      "site/taskpane.0123456789abcdef0123.js.LICENSE.txt",
      "site/taskpane.html",
    ]);
    expect(readFileSync(join(out, "manifest.xml"), "utf8")).toBe(manifest);
    expect(readFileSync(join(out, "site", "taskpane.html"), "utf8")).toBe(
      readFileSync(join(dist, "taskpane.html"), "utf8"),
    );
    expect(result).toMatchObject({ base: BASE, version: "3.4.5.0" });
  });

  it("heads DEPLOY.md with the URL, version and Id it was built for, then docs/DEPLOY.md", () => {
    const out = join(work, "deploy");
    assemblePackage({ dist: fakeDist(), out });
    const packaged = readFileSync(join(out, "DEPLOY.md"), "utf8");
    const source = readFileSync(join(ROOT, "docs", "DEPLOY.md"), "utf8");
    const lines = packaged.split("\n");
    expect(lines[0]).toBe(source.split("\n")[0]);
    expect(lines[2]).toBe(
      `> **This package**: built for \`${BASE}\`, add-in version 3.4.5.0, Id \`7e3d3e9d-ffb1-4d28-83d3-26195fd7d592\`.`,
    );
    expect(packaged).toContain(source.slice(source.indexOf("\n") + 2));
  });

  it("empties the package folder first: nothing of an earlier package stays", () => {
    const out = join(work, "deploy");
    mkdirSync(join(out, "site"), { recursive: true });
    writeFileSync(join(out, "site", "taskpane.ffffffffffffffffffff.js"), "old release");
    assemblePackage({ dist: fakeDist(), out });
    expect(existsSync(join(out, "site", "taskpane.ffffffffffffffffffff.js"))).toBe(false);
  });

  it("refuses a build made without PUBLIC_URL (no manifest for a host)", () => {
    expect(refusal(fakeDist((dist) => rmSync(join(dist, "manifest.xml"))))).toMatch(
      /no manifest\.xml: build with PUBLIC_URL=/,
    );
  });

  it("refuses a build whose pages load office.js from anywhere but Microsoft's CDN", () => {
    const local = (dist: string) => {
      writeFileSync(
        join(dist, "taskpane.html"),
        readFileSync(join(dist, "taskpane.html"), "utf8").replace(OFFICE_JS_CDN, "office.js"),
      );
      writeFileSync(join(dist, "office.js"), "/* npm copy */");
    };
    expect(refusal(fakeDist(local))).toMatch(/taskpane\.html does not load office\.js from Microsoft's CDN/);
  });

  it("refuses scripts without a content hash in their name (DEPLOY.md has them cached for a year)", () => {
    expect(refusal(fakeDist((dist) => writeFileSync(join(dist, "taskpane.js"), "dev build")))).toMatch(
      /without a content hash in their name.*taskpane\.js/,
    );
  });

  it("refuses a folder that is not a build of this add-in", () => {
    expect(refusal(fakeDist((dist) => rmSync(join(dist, "commands.html"))))).toMatch(/has no commands\.html/);
  });
});
