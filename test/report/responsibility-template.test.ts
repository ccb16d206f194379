import { assessResponsibilities } from "../../src/engine/responsibility";
import { buildResponsibilityTemplate, STANDARD_ACTIVITIES, TEMPLATE_TABLE } from "../../src/report/responsibility-template";
import type { SheetSpec } from "../../src/report/sheet-spec";
import { settings } from "../engine/fixtures";
import { specToRawTable, tableRange, tableValues, usedRange } from "./spec-cells";

const PARTNERS = ["Acme", "Globex"];

/** Types letters into the template's table, by activity and party, as a user would. */
function fill(spec: SheetSpec, letters: Record<string, Record<string, string>>): SheetSpec {
  const range = tableRange(spec, TEMPLATE_TABLE);
  const block = spec.blocks.find((b) => b.row === range.row && b.col === range.col);
  if (block === undefined) throw new Error("no table block");
  const header = block.values[0] ?? [];
  for (const row of block.values.slice(1)) {
    for (const [party, letter] of Object.entries(letters[String(row[0])] ?? {})) row[header.indexOf(party)] = letter;
  }
  return spec;
}

describe("responsibility template", () => {
  const spec = buildResponsibilityTemplate(PARTNERS);

  it("is a Responsibilities sheet whose table is found by the input's name", () => {
    expect(spec).toMatchObject({ key: "responsibilities", name: "Responsibilities" });
    expect(tableRange(spec, TEMPLATE_TABLE)).toMatchObject({ row: 0, col: 0 });
  });

  it("has columns Activity, Dimension, the company itself, then one per partner", () => {
    expect(tableValues(spec, TEMPLATE_TABLE)[0]).toEqual(["Activity", "Dimension", "Us", "Acme", "Globex"]);
    const named = buildResponsibilityTemplate(["Acme", "acme ", "Contoso"], "Contoso");
    expect(tableValues(named, TEMPLATE_TABLE)[0]).toEqual(["Activity", "Dimension", "Contoso", "Acme"]);
  });

  it("lists the standard activities grouped by dimension, with empty letters", () => {
    expect(tableValues(spec, TEMPLATE_TABLE).slice(1)).toEqual([
      ["Feature development", "Capability", null, null, null],
      ["Integration maintenance", "Capability", null, null, null],
      ["Pre-sales technical consultation", "Delivery", null, null, null],
      ["Implementation", "Delivery", null, null, null],
      ["Ongoing support", "Delivery", null, null, null],
      ["Renewals", "Delivery", null, null, null],
      ["Partnership management and QBRs", "Relationship", null, null, null],
      ["Roadmap change approval", "Decision", null, null, null],
      ["Marketing material approval", "Decision", null, null, null],
      ["Engaging extra resources on escalation", "Decision", null, null, null],
    ]);
  });

  it("offers a drop-down of valid letters over every party cell", () => {
    expect(spec.validations).toEqual([
      { range: { row: 1, col: 2, rows: 10, cols: 3 }, list: ["A", "R", "C", "I", "A/R"], errorMessage: expect.stringContaining("accepted when typed") },
    ]);
  });

  it("puts the instruction note beside the table, outside its header row and columns", () => {
    const table = tableRange(spec, TEMPLATE_TABLE);
    const notes = spec.blocks.filter((b) => b !== spec.blocks[0]);
    expect(notes.length).toBeGreaterThan(0);
    for (const b of notes) {
      expect(b.row).toBeGreaterThan(table.row);
      expect(b.col).toBeGreaterThan(table.col + table.cols);
    }
  });

  it("round-trips: generated, filled in, read back and analysed", () => {
    const filled = fill(buildResponsibilityTemplate(PARTNERS), {
      "Feature development": { Us: "A/R" },
      "Integration maintenance": { Us: "A", Acme: "R", Globex: "R" },
      Implementation: { Us: "a", Acme: "A" },
      "Ongoing support": { Us: "C", Acme: "I" },
      Renewals: { Us: "A", Acme: "r/c" },
    });
    const expectStatuses = (table: ReturnType<typeof specToRawTable>) => {
      const { result, issues } = assessResponsibilities(table, PARTNERS, settings());
      expect(issues).toEqual([]);
      expect(result?.activities.map((a) => [a.activity, a.dimension, a.status])).toEqual(
        STANDARD_ACTIVITIES.map(([activity, dimension]) => {
          const status: Record<string, string> = {
            "Feature development": "OK",
            "Integration maintenance": "Warning",
            Implementation: "Conflict",
            Renewals: "OK",
          };
          return [activity, dimension, status[activity] ?? "Gap"];
        }),
      );
      expect(result?.parties.map((p) => [p.party, p.isPartner, p.warnings])).toEqual([
        ["Us", false, []],
        ["Acme", true, []],
        ["Globex", true, []],
      ]);
    };
    // Found as the Excel table of that name...
    expectStatuses(specToRawTable(filled, tableRange(filled, TEMPLATE_TABLE), TEMPLATE_TABLE));
    // ...or as the sheet's used range, note included: the note is not read as a row or a party.
    expectStatuses(specToRawTable(filled, usedRange(filled)));
  });

  it("gives every party column one width, whatever the names' lengths (one width write in Excel)", () => {
    const spec = buildResponsibilityTemplate(["A", "A much longer partner name, Inc.", "Mid-length Ltd"]);
    const parties = spec.columnWidths.slice(2, 2 + 4);
    expect(new Set(parties).size).toBe(1);
  });
});
