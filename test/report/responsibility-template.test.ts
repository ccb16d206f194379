import { assessResponsibilities } from "../../src/engine/responsibility";
import {
  buildResponsibilityTemplate,
  STANDARD_ACTIVITIES,
  TEMPLATE_PHASES,
  TEMPLATE_TABLE,
} from "../../src/report/responsibility-template";
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
    for (const [party, letter] of Object.entries(letters[String(row[header.indexOf("Activity")])] ?? {}))
      row[header.indexOf(party)] = letter;
  }
  return spec;
}

describe("responsibility template", () => {
  const spec = buildResponsibilityTemplate(PARTNERS);

  it("is a Responsibilities sheet whose table is found by the input's name", () => {
    expect(spec).toMatchObject({ key: "responsibilities", name: "Responsibilities" });
    expect(tableRange(spec, TEMPLATE_TABLE)).toMatchObject({ row: 0, col: 0 });
  });

  it("has columns Phase, Activity, Dimension, the company itself, then one per partner", () => {
    expect(tableValues(spec, TEMPLATE_TABLE)[0]).toEqual(["Phase", "Activity", "Dimension", "Us", "Acme", "Globex"]);
    const named = buildResponsibilityTemplate(["Acme", "acme ", "Contoso"], "Contoso");
    expect(tableValues(named, TEMPLATE_TABLE)[0]).toEqual(["Phase", "Activity", "Dimension", "Contoso", "Acme"]);
    expect(spec.freeze).toEqual({ rows: 1, cols: 2 });
  });

  it("lists the standard activities in partner-lifecycle order, each with its phase and dimension, with empty letters", () => {
    expect(tableValues(spec, TEMPLATE_TABLE).slice(1)).toEqual([
      ["Build", "Feature development", "Capability", null, null, null],
      ["Build", "Integration maintenance", "Capability", null, null, null],
      ["Build", "Roadmap change approval", "Decision", null, null, null],
      ["Go to market", "Pre-sales technical consultation", "Delivery", null, null, null],
      ["Go to market", "Marketing material approval", "Decision", null, null, null],
      ["Deliver", "Implementation", "Delivery", null, null, null],
      ["Deliver", "Ongoing support", "Delivery", null, null, null],
      ["Deliver", "Engaging extra resources on escalation", "Decision", null, null, null],
      ["Grow", "Renewals", "Delivery", null, null, null],
      ["Review", "Partnership management and QBRs", "Relationship", null, null, null],
    ]);
    // Every phase used is one the drop-down offers, in the drop-down's order.
    const used = [...new Set(STANDARD_ACTIVITIES.map(([, , phase]) => phase))];
    expect(used).toEqual(TEMPLATE_PHASES.filter((p) => used.includes(p)));
  });

  it("offers a drop-down of partner-lifecycle phases over the Phase column and of valid letters over every party cell", () => {
    expect(TEMPLATE_PHASES).toEqual([
      "Recruit",
      "Onboard",
      "Enable",
      "Build",
      "Go to market",
      "Deliver",
      "Grow",
      "Review",
    ]);
    expect(spec.validations).toEqual([
      {
        range: { row: 1, col: 0, rows: 10, cols: 1 },
        list: TEMPLATE_PHASES,
        errorMessage: expect.stringContaining("any text groups the activities"),
      },
      {
        range: { row: 1, col: 3, rows: 10, cols: 3 },
        list: ["A", "R", "C", "I", "A/R"],
        errorMessage: expect.stringContaining("accepted when typed"),
      },
    ]);
    // Excel's list source is comma-separated: no phase may hold a comma.
    expect(TEMPLATE_PHASES.filter((p) => p.includes(","))).toEqual([]);
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
      expect(result?.activities.map((a) => [a.activity, a.dimension, a.section, a.status])).toEqual(
        STANDARD_ACTIVITIES.map(([activity, dimension, phase]) => {
          const status: Record<string, string> = {
            "Feature development": "OK",
            "Integration maintenance": "Warning",
            Implementation: "Conflict",
            Renewals: "OK",
          };
          return [activity, dimension, phase, status[activity] ?? "Gap"];
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
