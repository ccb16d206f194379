import { assessExpectations } from "../../src/engine/expectations";
import type { Tier, TierExpectation } from "../../src/engine/model";

const p = (
  partner: string,
  tier: Tier,
  money: { pipeline?: number | null; revenue?: number | null; investment?: number | null } = {},
) => ({
  partner,
  tier,
  pipeline: money.pipeline ?? null,
  revenue: money.revenue ?? null,
  investment: money.investment ?? null,
});
const expect_ = (
  tier: TierExpectation["tier"],
  e: Partial<Omit<TierExpectation, "tier" | "row">>,
): TierExpectation => ({
  tier,
  row: 2,
  minPipeline: null,
  minRevenue: null,
  maxInvestment: null,
  ...e,
});

describe("assessExpectations (SPEC §2.10 tier expectations)", () => {
  const strategic = expect_("Strategic", { minPipeline: 100, minRevenue: 50, maxInvestment: 20 });

  it("lists the failed checks in order: below-pipeline, below-revenue, over-investment-cap", () => {
    const r = assessExpectations([p("A", "Strategic", { pipeline: 99, revenue: 49, investment: 21 })], [strategic]);
    expect(r.partners[0]).toEqual({
      partner: "A",
      tier: "Strategic",
      failed: ["below-pipeline", "below-revenue", "over-investment-cap"],
      status: "Below",
    });
  });

  it("compares exactly: a Pipeline equal to Min Pipeline, a Revenue equal to Min Revenue and an Investment equal to the cap meet them", () => {
    const r = assessExpectations([p("A", "Strategic", { pipeline: 100, revenue: 50, investment: 20 })], [strategic]);
    expect(r.partners[0]?.failed).toEqual([]);
    expect(r.partners[0]?.status).toBe("Meets");
  });

  it("fails a missing Pipeline or Revenue, but never a missing Investment", () => {
    const r = assessExpectations([p("A", "Strategic")], [strategic]);
    expect(r.partners[0]?.failed).toEqual(["below-pipeline", "below-revenue"]);
  });

  it("checks only the columns that are filled: a blank cell means no check", () => {
    const r = assessExpectations([p("A", "Focus", { investment: 1e9 })], [expect_("Focus", { minRevenue: 0 })]);
    expect(r.partners[0]?.failed).toEqual(["below-revenue"]);
  });

  it("leaves the status blank for a tier without checks, for Unscored partners, and for a row of blanks", () => {
    const r = assessExpectations(
      [p("A", "Scale"), p("B", "Unscored"), p("C", "Focus")],
      [strategic, expect_("Focus", {})],
    );
    expect(r.partners.map((x) => x.status)).toEqual([null, null, null]);
    expect(r.defined).toBe(true);
  });

  it("counts per tier how many meet and how many fall below, both 0 for a tier without checks", () => {
    const r = assessExpectations(
      [
        p("A", "Strategic", { pipeline: 100, revenue: 60 }),
        p("B", "Strategic", { pipeline: 1, revenue: 60 }),
        p("C", "Focus"),
        p("D", "Unscored"),
      ],
      [strategic],
    );
    expect(r.tiers).toEqual([
      { tier: "Strategic", meets: 1, below: 1 },
      { tier: "Focus", meets: 0, below: 0 },
      { tier: "Scale", meets: 0, below: 0 },
      { tier: "Unscored", meets: 0, below: 0 },
    ]);
    expect(r.totals).toEqual({ meets: 1, below: 1 });
  });

  it("measures nothing without an Expectations table", () => {
    const r = assessExpectations([p("A", "Strategic")], null);
    expect(r.defined).toBe(false);
    expect(r.partners).toEqual([{ partner: "A", tier: "Strategic", failed: [], status: null }]);
  });
});
