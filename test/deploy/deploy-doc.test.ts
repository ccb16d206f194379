/**
 * docs/DEPLOY.md stays true to the build: the Content-Security-Policy it tells admins to send is
 * the one the pages carry, office.js comes from the CDN URL the pages use, and it links only to
 * absolute addresses (it travels alone in the package, away from the repository).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { OFFICE_JS_CDN } from "../../scripts/package";

const ROOT = join(__dirname, "..", "..");
const doc = readFileSync(join(ROOT, "docs", "DEPLOY.md"), "utf8");
const { contentSecurityPolicy } = createRequire(__filename)(join(ROOT, "webpack.config.js")) as {
  contentSecurityPolicy: string;
};

describe("docs/DEPLOY.md", () => {
  it("gives the pages' own Content-Security-Policy as the header to send", () => {
    const header = /^Content-Security-Policy: (.+)$/m.exec(doc);
    expect(header?.[1]).toBe(contentSecurityPolicy);
  });

  it("says office.js must come from Microsoft's CDN, at the URL the pages load", () => {
    expect(doc).toContain(`**Office.js comes from Microsoft's CDN**, \`${OFFICE_JS_CDN}\``);
  });

  it("warns against X-Frame-Options and frame-ancestors (Excel on the web frames the pane)", () => {
    expect(doc).toMatch(/Do \*\*not\*\* send `X-Frame-Options` or a `frame-ancestors` directive/);
  });

  it("covers hosting, sideloading, centralized deployment and updates", () => {
    for (const heading of [
      "## 1. Host the files",
      "## 2. Try it first (sideloading)",
      "## 3. Deploy to users (Microsoft 365 admin center)",
      "## 4. Ship an update",
    ]) {
      expect(doc).toContain(heading);
    }
  });

  it("links only to absolute https addresses, each reference defined", () => {
    const inline = [...doc.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? "");
    const defined = new Map([...doc.matchAll(/^\[([\w-]+)\]: (\S+)$/gm)].map((m) => [m[1] ?? "", m[2] ?? ""]));
    const used = [...doc.matchAll(/\]\[([\w-]+)\]/g)].map((m) => m[1] ?? "");
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((ref) => !defined.has(ref))).toEqual([]);
    expect([...inline, ...defined.values()].filter((url) => !url.startsWith("https://"))).toEqual([]);
  });
});
