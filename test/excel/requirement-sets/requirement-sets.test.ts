import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { installedSpecs } from "../fake-excel/spec";
import "../fake-excel";
import { CAPABILITY_FLAGS, excelApiSets, excelApiUses, manifestMinimum, versionAtLeast } from "./api-sets";

const ROOT = join(__dirname, "../../..");
const MINIMUM = manifestMinimum(readFileSync(join(ROOT, "manifest.xml"), "utf8"));

/** Every TypeScript file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("ExcelApi requirement sets", () => {
  it("reads the requirement set of each Excel member from @types/office-js", () => {
    const sets = excelApiSets();
    expect(sets.get("Worksheet.getRangeByIndexes")).toEqual({ read: "1.7" });
    expect(sets.get("Worksheet.visibility")).toEqual({ read: "1.1", write: "1.2" });
    expect(sets.get("Range.dataValidation")).toEqual({ read: "1.8" });
    expect(sets.get("NamedItem.formula")).toEqual({ read: "1.7" });
  });

  it("uses no Excel API member above the manifest's ExcelApi minimum without an isSetSupported guard", () => {
    // Only src/excel touches Office.js (DESIGN); the rest of src is pure.
    const uses = excelApiUses(sourceFiles(join(ROOT, "src/excel")));
    // The scan itself works: it finds the members the writer is known to use.
    const members = new Set(uses.map((u) => u.member));
    for (const known of [
      "Worksheet.getRangeByIndexes",
      "ChartSeriesCollection.add",
      "Range.dataValidation",
      "Workbook.protection",
    ])
      expect(members).toContain(known);
    const unguarded = uses.filter(
      (u) => !versionAtLeast(MINIMUM, u.needs) && !(u.guardedBy && versionAtLeast(u.guardedBy, u.needs)),
    );
    expect(
      unguarded.map((u) => `${u.file}:${u.line} ${u.member} needs ExcelApi ${u.needs} (manifest: ${MINIMUM})`),
    ).toEqual([]);
    // The list, for the README's "Excel versions" paragraph.
    const above = [
      ...new Map(uses.filter((u) => !versionAtLeast(MINIMUM, u.needs)).map((u) => [u.member, u.needs])).entries(),
    ];
    process.stdout.write(
      `ExcelApi members above ${MINIMUM}, all guarded: ${above.map(([m, v]) => `${m} (${v})`).join(", ")}\n`,
    );
  }, 120_000);

  it("computes each capability flag from isSetSupported with the version it stands for", () => {
    const gateway = readFileSync(join(ROOT, "src/excel/office-gateway.ts"), "utf8");
    for (const [flag, version] of Object.entries(CAPABILITY_FLAGS)) {
      const found = [
        ...gateway.matchAll(new RegExp(`${flag}[:=]\\s*isSetSupported\\("ExcelApi",\\s*"([\\d.]+)"\\)`, "g")),
      ].map((m) => m[1]);
      expect(found.length).toBeGreaterThan(0);
      for (const v of found) expect(versionAtLeast(v ?? "0", version)).toBe(true);
    }
    // insertUserSheet passes the same check positionally.
    expect(gateway).toMatch(/insertUserSheet\(context, spec, isSetSupported\("ExcelApi", "1\.8"\)\)/);
  });

  it("tags every property the in-memory Excel implements with the requirement set Office.js gives it", () => {
    const sets = excelApiSets();
    const wrong: string[] = [];
    for (const spec of installedSpecs()) {
      for (const [name, s] of Object.entries(spec.scalars)) {
        const real = sets.get(`${spec.name}.${name}`);
        if (!real) continue;
        const read = s.api ?? "1.1";
        const write = s.setApi ?? read;
        if (read !== real.read) wrong.push(`${spec.name}.${name}: fake ${read}, Office.js ${real.read}`);
        if (s.set && write !== (real.write ?? real.read))
          wrong.push(`${spec.name}.${name} (set): fake ${write}, Office.js ${real.write ?? real.read}`);
      }
      for (const [name, n] of Object.entries(spec.navs ?? {})) {
        const real = sets.get(`${spec.name}.${name}`);
        if (real && (n.api ?? "1.1") !== real.read)
          wrong.push(`${spec.name}.${name}: fake ${n.api ?? "1.1"}, Office.js ${real.read}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("tags every method of the in-memory Excel that checks its set with the set Office.js gives it", () => {
    const sets = excelApiSets();
    const dir = join(ROOT, "test/excel/fake-excel");
    const wrong: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      for (const m of readFileSync(join(dir, file), "utf8").matchAll(
        /_api\("(\d+\.\d+)", [`"]([A-Za-z]+\.[A-Za-z]+)[`"]\)/g,
      )) {
        const real = sets.get(m[2] ?? "");
        if (real && real.read !== m[1]) wrong.push(`${file}: ${m[2]} fake ${m[1]}, Office.js ${real.read}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
