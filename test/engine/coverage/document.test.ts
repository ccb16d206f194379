import { analyzeWorkbook } from "../../../src/engine/analyze";
import { analysisDocument } from "../../../src/engine/json";
import { settings } from "../fixtures";
import { coverageWorkbook } from "./builders";

const analysis = () => analyzeWorkbook(coverageWorkbook(), settings(), { runAt: "2026-11-22T09:30:00Z" });
type Json = Record<string, unknown>;

describe("JSON keys coverage, conflicts, candidates and maturity (SPEC §3)", () => {
  const doc = analysisDocument(analysis()) as Json & {
    coverage: { capabilities: Json[]; singlePointsOfFailure: Json[]; journey: Json; layerMix: Json[] };
    conflicts: Json[];
    candidates: Json[];
    maturity: Json[];
  };

  it("writes coverage.capabilities[] with {capability, providers, status, severity, recommendation}, providers by name", () => {
    const crm = doc.coverage.capabilities[0];
    expect(crm).toMatchObject({
      capability: "CRM",
      providers: ["Acme", "Bolt"],
      status: "Gap",
      severity: 5,
      recommendation: "Partner",
      candidate: "Nova",
    });
    expect(crm?.cells).toEqual([
      { segment: "SMB", region: null, providers: 2, shortfall: 0 },
      { segment: "Public", region: null, providers: 0, shortfall: 1 },
    ]);
    expect(doc.coverage.capabilities[1]).toMatchObject({
      capability: "ERP",
      status: "Duplicated",
      flags: ["duplicated"],
      severity: 0,
      recommendation: null,
    });
    expect(doc.coverage.capabilities[2]).toMatchObject({
      capability: "Billing",
      status: "Gap",
      flags: ["gap", "single-sourced"],
      severity: 4,
      recommendation: "Acquire",
    });
  });

  it("writes single points of failure, the journey matrix and the layer mix under coverage", () => {
    expect(doc.coverage.singlePointsOfFailure).toEqual([
      { partner: "Core Co", capabilities: ["Billing"], removalImpact: 4 },
    ]);
    expect(doc.coverage.journey).toMatchObject({
      stages: expect.arrayContaining(["Purchase"]),
      roles: expect.arrayContaining(["Co-sell"]),
    });
    expect(doc.coverage.layerMix).toEqual([
      { layer: "Core", type: "Technology", partners: 1, revenue: 0 },
      { layer: "Solution", type: "Reseller", partners: 2, revenue: 150 },
    ]);
  });

  it("writes conflicts[] as {partnerA, partnerB, score, …}", () => {
    expect(doc.conflicts).toEqual([
      {
        partnerA: "Acme",
        partnerB: "Bolt",
        score: 1,
        sharedCapabilities: ["CRM", "ERP"],
        sharedSegments: ["SMB"],
        sharedRegions: ["EMEA"],
        sharedRoles: ["Co-sell"],
      },
    ]);
  });

  it("writes candidates[] as {candidate, rank, passesFitGate, value, …} in rank order", () => {
    expect(
      doc.candidates.map(({ candidate, rank, passesFitGate, value }) => ({ candidate, rank, passesFitGate, value })),
    ).toEqual([
      { candidate: "Nova", rank: 1, passesFitGate: true, value: 5 },
      { candidate: "Weak", rank: 2, passesFitGate: false, value: 5 + 4 },
    ]);
  });

  it("writes maturity[] as {pillar, score, target, gap}", () => {
    expect(doc.maturity[0]).toEqual({ pillar: "Strategy", score: 2, target: 4, gap: 2 });
  });

  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
