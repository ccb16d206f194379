import { analyzeWorkbook } from "../../src/engine/analyze";
import { runScenario } from "../../src/engine/scenario";
import { partnersTable, rawTable, settings } from "./fixtures";

const CANDIDATE_HEADER = ["Candidate", "Roles", "Capabilities", "Segments", "Regions", "Fit", "Impact", "Momentum"];

function analysed() {
  const partners = partnersTable([
    { Partner: "Acme", Roles: "Co-sell", Capabilities: "CRM; ERP", Segments: "SMB", Fit: 5, Impact: 5, Momentum: 5 },
    { Partner: "Bolt", Roles: "Co-sell", Capabilities: "CRM; ERP", Segments: "SMB", Fit: 3, Impact: 3, Momentum: 3 },
    { Partner: "Core Co", Roles: "Integrate", Capabilities: "Billing", Fit: 2, Impact: 2, Momentum: 2 },
  ]);
  const candidates = rawTable(CANDIDATE_HEADER, [["Nova", "Implement", "Billing; Payments", "", "", 4, 4, 4]], {
    sheet: "Candidates",
  });
  const capabilities = rawTable(
    ["Capability", "Min", "Max"],
    [
      ["CRM", 1, 1],
      ["ERP", 1, 3],
      ["Billing", 1, 3],
      ["Payments", 1, 3],
    ],
    { sheet: "Capabilities" },
  );
  return analyzeWorkbook({ partners, candidates, capabilities }, settings(), { runAt: "2026-11-22T00:00:00Z" });
}

describe("Scenarios (SPEC §2.7)", () => {
  it("changes nothing when nothing is removed or added", () => {
    const a = analysed();
    const r = runScenario(a.portfolio, a.settings, { remove: [], add: [] }, a);
    expect(r).toEqual({
      removed: [],
      added: [],
      unknown: [],
      gapsOpened: [],
      gapsClosed: [],
      duplicationsAdded: [],
      duplicationsRemoved: [],
      conflictsAdded: [],
      conflictsRemoved: [],
      severityBefore: r.severityAfter,
      severityAfter: r.severityBefore,
      tierChanges: [],
      radarSectors: [
        { sector: "Co-sell", before: 2, after: 2 },
        { sector: "Integrate", before: 1, after: 1 },
      ],
    });
  });

  it("counts tiered partners per radar sector before and after (SPEC §2.11), listing a sector drawn on either side", () => {
    const a = analysed();
    const r = runScenario(a.portfolio, a.settings, { remove: ["Core Co"], add: ["Nova"] }, a);
    expect(r.radarSectors).toEqual([
      { sector: "Co-sell", before: 2, after: 2 },
      { sector: "Integrate", before: 1, after: 0 },
      { sector: "Implement", before: 0, after: 1 },
    ]);
  });

  it("opens a gap when a capability's only provider leaves, even without a Capabilities table", () => {
    const partners = partnersTable([
      { Partner: "Acme", Capabilities: "CRM", Fit: 4, Impact: 4, Momentum: 4 },
      { Partner: "Bolt", Capabilities: "ERP", Fit: 4, Impact: 4, Momentum: 4 },
    ]);
    const a = analyzeWorkbook({ partners }, settings(), { runAt: "x" });
    const r = runScenario(a.portfolio, a.settings, { remove: ["acme"], add: [] }, a);
    expect(r.removed).toEqual(["Acme"]);
    expect(r.gapsOpened).toEqual([{ capability: "CRM", severity: 3 }]);
    expect(r.severityAfter - r.severityBefore).toBe(3);
  });

  it("closes a gap when a candidate that provides it joins", () => {
    const a = analysed();
    const r = runScenario(a.portfolio, a.settings, { remove: [], add: ["Nova"] }, a);
    expect(r.added).toEqual(["Nova"]);
    expect(r.gapsClosed.map((g) => g.capability)).toEqual(["Payments"]);
    expect(r.severityAfter).toBeLessThan(r.severityBefore);
    expect(r.tierChanges).toContainEqual({ partner: "Nova", before: null, after: "Strategic" });
  });

  it("removes the duplication and the channel conflict when one of two overlapping partners leaves", () => {
    const a = analysed();
    expect(a.conflicts.slice().map((c) => [c.partnerA, c.partnerB])).toEqual([["Acme", "Bolt"]]);
    const r = runScenario(a.portfolio, a.settings, { remove: ["Bolt"], add: [] }, a);
    expect(r.duplicationsRemoved).toEqual(["CRM"]);
    expect(r.conflictsRemoved).toEqual([{ partnerA: "Acme", partnerB: "Bolt", score: 1 }]);
    expect(r.tierChanges).toContainEqual({ partner: "Bolt", before: "Focus", after: null });
  });

  it("lists names that match no partner or candidate instead of ignoring them silently", () => {
    const a = analysed();
    const r = runScenario(a.portfolio, a.settings, { remove: ["Nobody"], add: ["Ghost", "Acme"] }, a);
    expect(r.unknown).toEqual(["Nobody", "Ghost", "Acme"]);
    expect(r.removed).toEqual([]);
    expect(r.added).toEqual([]);
  });

  it("moves tiers in quota mode when the portfolio shrinks", () => {
    const a = analyzeWorkbook(
      {
        partners: partnersTable(
          ["A", "B", "C", "D", "E"].map((n, i) => ({ Partner: n, Fit: 5 - i, Impact: 5 - i, Momentum: 5 - i })),
        ),
      },
      settings({ mode: "quota", quotas: { strategic: 20, focus: 40 } }),
      { runAt: "x" },
    );
    const r = runScenario(a.portfolio, a.settings, { remove: ["A"], add: [] }, a);
    expect(r.tierChanges).toEqual([
      { partner: "A", before: "Strategic", after: null },
      { partner: "B", before: "Focus", after: "Strategic" },
      { partner: "D", before: "Scale", after: "Focus" },
    ]);
  });
});
