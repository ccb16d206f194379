/** The responsibility matrix inside a whole analysis and its JSON document (SPEC §3). */
import { analyzeWorkbook } from "../../../src/engine/analyze";
import { analysisDocument } from "../../../src/engine/json";
import { partnersTable, rawTable, settings } from "../fixtures";

const partners = partnersTable([
  { Partner: "Acme", Fit: 4, Impact: 4, Momentum: 4 },
  { Partner: "Globex", Fit: 3, Impact: 3, Momentum: 3 },
]);
const responsibilities = rawTable(
  ["Activity", "Dimension", "Us", "Acme", "Globx"],
  [
    ["Implementation", "Delivery", "A", "R", null],
    ["Renewals", "Delivery", "A/R", "X", "I"],
  ],
  { sheet: "Responsibilities" },
);

describe("responsibility in the analysis", () => {
  const analysis = analyzeWorkbook({ partners, responsibilities }, settings(), { runAt: "2026-01-01T00:00:00Z" });

  it("assesses the Responsibilities table against the partners of the Partners table", () => {
    expect(analysis.responsibility?.activities.map((a) => a.status)).toEqual(["OK", "OK"]);
    expect(analysis.responsibility?.parties.map((p) => [p.party, p.isPartner, p.warnings])).toEqual([
      ["Us", false, []],
      ["Acme", true, []],
      ["Globx", false, ['did you mean "Globex"?']],
      ["Globex", true, ["no owned responsibilities"]],
    ]);
  });

  it("lists the table's problems with the analysis issues and the table among the sources", () => {
    expect(analysis.issues.filter((i) => i.sheet === "Responsibilities").map((i) => [i.severity, i.cell])).toEqual([
      ["warning", "E1"],
      ["error", "D3"],
    ]);
    expect(analysis.sources.map((s) => s.input)).toContain("responsibilities");
  });

  it("writes the responsibility key of the JSON document", () => {
    const doc = analysisDocument(analysis) as { responsibility: Record<string, unknown[]> };
    expect(doc.responsibility.activities?.[1]).toEqual({
      activity: "Renewals",
      dimension: "Delivery",
      section: null,
      status: "OK",
      flags: [],
      accountable: ["Us"],
      responsible: ["Us"],
      assignments: [
        { party: "Us", letters: "A/R" },
        { party: "Globx", letters: "I" },
      ],
    });
    expect(doc.responsibility.parties?.[3]).toEqual({
      party: "Globex",
      isPartner: true,
      inMatrix: false,
      accountable: 0,
      responsible: 0,
      consulted: 0,
      informed: 0,
      warnings: ["no owned responsibilities"],
    });
    expect(doc.responsibility.dimensions).toEqual([
      { dimension: "Delivery", activities: 2, conflict: 0, gap: 0, warning: 0, ok: 2 },
    ]);
    expect(doc.responsibility.sections).toEqual([]);
  });

  it("writes responsibility: null without a Responsibilities table", () => {
    const plain = analyzeWorkbook({ partners }, settings(), { runAt: "2026-01-01T00:00:00Z" });
    expect(plain.responsibility).toBeNull();
    expect(analysisDocument(plain).responsibility).toBeNull();
  });
});
