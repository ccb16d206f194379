import { assessCoverage, recommendForGaps } from "../../../src/engine/coverage";
import { recommend } from "../../../src/engine/coverage/recommend";
import type { Centrality, Urgency } from "../../../src/engine/model";
import { partner } from "../fixtures";
import { required } from "./builders";

const gap = (centrality: Centrality, urgency: Urgency) => ({ capability: "CRM", centrality, urgency });
const server = (candidate: string, passesFitGate: boolean, gapsServed: string[] = ["CRM"]) => ({
  candidate,
  passesFitGate,
  gapsServed,
});

describe("recommend (SPEC §2.4 recommendation table)", () => {
  it("recommends Acquire for a Core gap needed Now", () => {
    expect(recommend(gap("Core", "Now"), [server("Cand", true)])).toEqual({
      recommendation: "Acquire",
      candidate: null,
    });
  });

  it.each<Urgency>(["Next", "Later"])("recommends Build for a Core gap needed %s, even with a candidate", (urgency) => {
    expect(recommend(gap("Core", urgency), [server("Cand", true)])).toEqual({
      recommendation: "Build",
      candidate: null,
    });
  });

  it.each<[Centrality, Urgency]>([
    ["Adjacent", "Now"],
    ["Adjacent", "Later"],
    ["Context", "Next"],
  ])(
    "recommends Partner for a %s gap (%s) when a candidate passing the fit gate serves a failing cell, naming it",
    (c, u) => {
      expect(recommend(gap(c, u), [server("Cand", true)])).toEqual({ recommendation: "Partner", candidate: "Cand" });
    },
  );

  it("names the best-ranked such candidate", () => {
    const ranked = [server("First, wrong gap", true, ["ERP"]), server("Second", true), server("Third", true)];
    expect(recommend(gap("Adjacent", "Next"), ranked).candidate).toBe("Second");
  });

  it("does not name a candidate that fails the fit gate", () => {
    expect(recommend(gap("Adjacent", "Next"), [server("Weak", false)])).toEqual({
      recommendation: "Recruit",
      candidate: null,
    });
  });

  it("recommends Acquire for an Adjacent or Context gap needed Now with no such candidate", () => {
    expect(recommend(gap("Adjacent", "Now"), [])).toEqual({ recommendation: "Acquire", candidate: null });
    expect(recommend(gap("Context", "Now"), [server("Weak", false)])).toEqual({
      recommendation: "Acquire",
      candidate: null,
    });
  });

  it.each<[Centrality, Urgency]>([
    ["Adjacent", "Next"],
    ["Context", "Later"],
  ])("recommends Recruit for a %s gap (%s) with no such candidate", (c, u) => {
    expect(recommend(gap(c, u), [])).toEqual({ recommendation: "Recruit", candidate: null });
  });

  it("recommends only for gaps: other capabilities get none", () => {
    const coverage = assessCoverage({
      partners: [partner({ name: "A", capabilities: ["CRM"] })],
      capabilities: [required("CRM"), required("ERP")],
    });
    const result = recommendForGaps(coverage, []);
    expect(result.capabilities.map((c) => [c.capability, c.recommendation])).toEqual([
      ["CRM", null],
      ["ERP", "Recruit"],
    ]);
  });
});
