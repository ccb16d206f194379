/**
 * Issue #2 "done when": the CLI on a workbook made with Excel-style shared strings and on one
 * with real Excel tables gives the same JSON — and so do the other ways tools package the
 * same register. Every fixture holds the same partners (test/cli/fixture-data.ts).
 */
import { analyze, fixture, scratch, tieringOf } from "./run-cli";
import { FORMULA_LIKE_NAMES, LISTED_PARTNERS } from "./fixture-data";

const work = scratch();
afterAll(() => work.cleanup());

const SAME_REGISTER = [
  "partners-shared-strings.xlsx",
  "partners-table.xlsx",
  "partners-inline-strings.xlsx",
  "partners-openpyxl-style.xlsx",
];

let reference: Record<string, unknown>;
const documents = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  for (const name of [...SAME_REGISTER, "partners-table-offset.xlsx"]) {
    documents.set(name, (await analyze(fixture(name), work.dir, name.replace(/\.xlsx$/, ""))).json);
  }
  reference = documents.get("partners-shared-strings.xlsx") ?? {};
}, 60_000);

describe("the same register packaged four ways", () => {
  it("gives the same JSON from shared strings, inline strings, a real Excel table and an openpyxl-style package", () => {
    for (const name of SAME_REGISTER.slice(1)) {
      expect({ name, json: documents.get(name) }).toEqual({ name, json: reference });
    }
  });

  it("reads every partner of the register, the formula-like names as plain text", () => {
    const names = tieringOf(reference).partners.map((p) => p.partner);
    expect([...names].sort()).toEqual([...LISTED_PARTNERS].sort());
    for (const name of FORMULA_LIKE_NAMES) expect(names).toContain(name);
  });

  it("reports each bad cell of the register at its address, whatever the package", () => {
    const issues = reference.issues as { severity: string; sheet: string; cell: string; message: string }[];
    expect(issues.map((i) => `${i.severity} ${i.sheet}!${i.cell}`)).toEqual([
      "warning Partners!D6", // unknown role
      "info Partners!A7", // Litware Labs unscored
      "error Partners!I7", // Fit "abc"
      "info Partners!A8", // Adatum Alliance unscored
      "error Partners!J8", // Impact -1
      "error Partners!A9", // duplicate Contoso Services
      "info Partners!A11", // Proseware Market unscored
      "error Partners!M12", // Revenue #N/A
      "error Partners!N12", // Investment -5000
      "warning Partners!C13", // Layer "Edge"
    ]);
    expect(issues.find((i) => i.cell === "A9")?.message).toContain("first at A3");
  });
});

describe("a table that does not start at A1", () => {
  it("gives the same JSON once the cell addresses are moved back by its offset (C3 on sheet Register)", () => {
    const moved = documents.get("partners-table-offset.xlsx") ?? {};
    expect(atA1(moved, "Register", 2, 2)).toEqual(reference);
  });

  it("names the cells where they are on the sheet, not where they are in the table", () => {
    const issues = (documents.get("partners-table-offset.xlsx")?.issues ?? []) as { sheet: string; cell: string }[];
    expect(issues[0]).toMatchObject({ sheet: "Register", cell: "F8" });
  });
});

/** The document as if the table sat at A1 of a sheet named Partners. */
function atA1(doc: Record<string, unknown>, sheet: string, rows: number, cols: number): Record<string, unknown> {
  const shift = (address: string) =>
    address.replace(
      /^([A-Z]+)(\d+)$/,
      (_m, col: string, row: string) => `${columnName(columnNumber(col) - cols)}${Number(row) - rows}`,
    );
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  for (const s of copy.sources as { sheet: string }[]) if (s.sheet === sheet) s.sheet = "Partners";
  for (const i of copy.issues as { sheet: string; cell: string; message: string }[]) {
    if (i.sheet !== sheet) continue;
    i.sheet = "Partners";
    i.cell = shift(i.cell);
    i.message = i.message.replace(/\(first at ([A-Z]+\d+)\)/, (_m, a: string) => `(first at ${shift(a)})`);
  }
  return copy;
}

function columnNumber(name: string): number {
  return [...name].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnName(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
