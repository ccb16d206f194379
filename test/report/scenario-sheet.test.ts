import type { ScenarioResult } from "../../src/engine/scenario";
import { buildScenarioSheet } from "../../src/report/scenario-sheet";
import { tableProblems } from "./report-checks";
import { tableValues } from "./spec-cells";

const result: ScenarioResult = {
  removed: ["Acme"],
  added: ["Nova"],
  unknown: ["Ghost"],
  gapsOpened: [{ capability: "CRM", severity: 5 }],
  gapsClosed: [{ capability: "Payments", severity: 3 }],
  duplicationsAdded: [],
  duplicationsRemoved: ["ERP"],
  conflictsAdded: [],
  conflictsRemoved: [{ partnerA: "Acme", partnerB: "Bolt", score: 1 }],
  severityBefore: 10,
  severityAfter: 12,
  tierChanges: [
    { partner: "Acme", before: "Strategic", after: null },
    { partner: "Nova", before: null, after: "Focus" },
  ],
  radarSectors: [
    { sector: "Co-sell", before: 2, after: 1 },
    { sector: "Implement", before: 0, after: 1 },
  ],
};

describe("Scenario sheet (SPEC §2.7)", () => {
  const spec = buildScenarioSheet(result);

  it("says what the scenario removes and adds, and which names were not found", () => {
    const text = JSON.stringify(spec.blocks);
    expect(text).toContain("What changes when removing Acme and adding Nova.");
    expect(text).toContain("Not found, ignored: Ghost.");
  });

  it("shows severity before and after, and every gap opened and closed", () => {
    expect(JSON.stringify(spec.blocks)).toContain('["Gap severity after",12]');
    expect(tableValues(spec, "PED_ScenarioGaps")).toEqual([
      ["Change", "Capability", "Severity"],
      ["Opened", "CRM", 5],
      ["Closed", "Payments", 3],
    ]);
  });

  it("lists conflicts and duplications that go away, and partners that join or leave a tier", () => {
    expect(tableValues(spec, "PED_ScenarioConflicts")).toEqual([
      ["Change", "Partner A", "Partner B", "Score"],
      ["Removed", "Acme", "Bolt", 1],
    ]);
    expect(tableValues(spec, "PED_ScenarioDuplications")).toEqual([
      ["Change", "Capability"],
      ["Removed", "ERP"],
    ]);
    expect(tableValues(spec, "PED_ScenarioTiers")).toEqual([
      ["Partner", "Tier before", "Tier after"],
      ["Acme", "Strategic", "(leaves)"],
      ["Nova", "(joins)", "Focus"],
    ]);
  });

  it("writes 'None.' instead of an empty table", () => {
    const quiet = buildScenarioSheet({
      ...result,
      duplicationsRemoved: [],
      conflictsRemoved: [],
      tierChanges: [],
      radarSectors: [],
    });
    expect(quiet.tables.map((t) => t.name)).toEqual(["PED_ScenarioGaps"]);
    expect(JSON.stringify(quiet.blocks)).toContain("No partner changes tier.");
  });

  it("has valid tables with unique headers", () => {
    expect(tableProblems([spec])).toEqual([]);
  });
});
