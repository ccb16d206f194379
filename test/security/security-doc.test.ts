/** docs/SECURITY.md stays true to package.json: every direct dependency, pinned, with its version. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides: Record<string, string>;
};
const doc = readFileSync(join(ROOT, "docs", "SECURITY.md"), "utf8");
const all = { ...pkg.dependencies, ...pkg.devDependencies };

describe("docs/SECURITY.md and package.json", () => {
  it("pins every direct dependency to an exact version", () => {
    expect(Object.entries(all).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v))).toEqual([]);
  });

  it.each(Object.entries(all))("lists %s at version %s", (name, version) => {
    expect(doc).toContain(`| \`${name}\` | ${version} |`);
  });

  it("names the uuid override and its version", () => {
    expect(pkg.overrides).toEqual({ uuid: "11.1.1" });
    expect(doc).toMatch(/overrides it to `uuid` 11\.1\.1/);
  });

  it("says that npm audit is not served here, and how to report a problem", () => {
    expect(doc).toMatch(/`npm audit` is not available/);
    expect(doc).toMatch(/## Reporting a problem/);
  });
});
