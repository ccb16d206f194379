import { assessMaturity } from "../../src/engine/maturity";

describe("assessMaturity (SPEC §2.8)", () => {
  it("gives per pillar the score, the target and the gap (target − score)", () => {
    const result = assessMaturity([{ pillar: "People", row: 2, score: 2, target: 4.5 }]);
    expect(result?.find((p) => p.pillar === "People")).toEqual({ pillar: "People", score: 2, target: 4.5, gap: 2.5 });
  });

  it("lists the six standard pillars in radar order, then others in sheet order", () => {
    const result = assessMaturity([
      { pillar: "Partner Ops", row: 2, score: 3, target: null },
      { pillar: "Results", row: 3, score: 1, target: 2 },
    ]);
    expect(result?.map((p) => p.pillar)).toEqual([
      "Strategy",
      "People",
      "Process",
      "Technology",
      "Customer",
      "Results",
      "Partner Ops",
    ]);
  });

  it("leaves the gap empty when the score or the target is missing", () => {
    const result = assessMaturity([{ pillar: "Strategy", row: 2, score: 3, target: null }]);
    expect(result?.[0]).toEqual({ pillar: "Strategy", score: 3, target: null, gap: null });
    expect(result?.[1]).toEqual({ pillar: "People", score: null, target: null, gap: null });
  });

  it("is null without a Maturity table", () => {
    expect(assessMaturity(null)).toBeNull();
  });
});
