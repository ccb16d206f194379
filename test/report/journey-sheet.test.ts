import { assessCoverage } from "../../src/engine/coverage";
import { buildJourneySheet, JOURNEY_TABLE, LAYER_MIX_TABLE } from "../../src/report/journey-sheet";
import { partner } from "../engine/fixtures";
import { tableProblems } from "./report-checks";
import { tableRange, tableValues } from "./spec-cells";

const coverage = assessCoverage({
  partners: [
    partner({ name: "A", lifecycle: ["Purchase"], roles: ["Co-sell"], layer: "Market", type: "Reseller", revenue: 30 }),
    partner({
      name: "B",
      lifecycle: ["Purchase", "Loyalty"],
      roles: ["Co-sell", "Lifecycle stage"],
      layer: "Core",
      type: "Technology",
      revenue: 10,
    }),
  ],
  capabilities: null,
});
const spec = buildJourneySheet({ coverage });

describe("Journey sheet (SPEC §2.4, §3)", () => {
  it("writes a lifecycle stage × role table of partner counts, standard stages and roles first", () => {
    const values = tableValues(spec, JOURNEY_TABLE);
    expect(values[0]).toEqual([
      "Lifecycle stage",
      "Co-sell",
      "Co-market",
      "Integrate",
      "Implement",
      "Influence",
      "Lifecycle stage (2)",
    ]);
    expect(values.map((r) => r[0])).toEqual([
      "Lifecycle stage",
      "Awareness",
      "Consideration",
      "Purchase",
      "Onboarding",
      "Adoption",
      "Renewal",
      "Expansion",
      "Loyalty",
    ]);
    expect(values[3]).toEqual(["Purchase", 2, null, null, null, null, 1]);
  });

  it("writes journey gaps blank and marks them with a 'blank' rule, under a colour scale of the counts", () => {
    const range = tableRange(spec, JOURNEY_TABLE);
    const counts = { row: range.row + 1, col: 1, rows: 8, cols: 6 };
    expect(spec.conditionalFormats).toContainEqual(expect.objectContaining({ kind: "colorScale", range: counts }));
    expect(spec.conditionalFormats).toContainEqual(expect.objectContaining({ kind: "blank", range: counts }));
    expect(tableValues(spec, JOURNEY_TABLE).flat()).not.toContain(0);
  });

  it("writes the layer mix: partners and revenue per layer and type, with shares", () => {
    expect(tableValues(spec, LAYER_MIX_TABLE)).toEqual([
      ["Layer", "Type", "Partners", "Revenue", "Share of partners", "Share of revenue"],
      ["Core", "Technology", 1, 10, 0.5, 0.25],
      ["Market", "Reseller", 1, 30, 0.5, 0.75],
    ]);
  });

  it("names a blank layer and type in words", () => {
    const s = buildJourneySheet({
      coverage: assessCoverage({ partners: [partner({ name: "A" })], capabilities: null }),
    });
    expect(tableValues(s, LAYER_MIX_TABLE)[1]).toEqual(["No layer", "No type", 1, 0, 1, null]);
  });

  it("has valid tables with unique headers", () => {
    expect(tableProblems([spec])).toEqual([]);
  });
});
