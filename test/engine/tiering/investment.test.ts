import type { Tier, TieredPartner } from "../../../src/engine/model";
import { investmentFlag, median, roi, rollUpTiers, tierMedians } from "../../../src/engine/tiering/investment";

let serial = 0;

/** A tiered partner with only what roll-ups and medians read. */
const tiered = (
  tier: Tier,
  money: { investment?: number | null; revenue?: number | null; pipeline?: number | null } = {},
): TieredPartner => ({
  partner: `P${++serial}`,
  row: 2,
  type: "",
  layer: null,
  owner: "",
  fit: null,
  impact: null,
  momentum: null,
  composite: tier === "Unscored" ? null : 50,
  tier,
  rank: tier === "Unscored" ? null : 1,
  pointsToNextTier: null,
  investment: money.investment ?? null,
  revenue: money.revenue ?? null,
  pipeline: money.pipeline ?? null,
  roi: null,
  investmentFlag: null,
  previousTier: null,
  movement: null,
});

describe("median (SPEC §2.2)", () => {
  it("is the middle value of an odd count", () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it("is the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
  });

  it("is the value itself for one value", () => {
    expect(median([7])).toBe(7);
  });

  it("is empty for no values", () => {
    expect(median([])).toBeNull();
  });

  it("sorts numerically, not as text", () => {
    expect(median([100, 9, 20])).toBe(20);
  });

  it("does not reorder its argument", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("tierMedians (SPEC §2.2: over the tier's partners that have an Investment)", () => {
  it("counts 0 as an investment", () => {
    expect(tierMedians([tiered("Focus", { investment: 0 }), tiered("Focus", { investment: 10 })]).Focus).toBe(5);
  });

  it("leaves out partners without an investment", () => {
    expect(tierMedians([tiered("Focus", { investment: null }), tiered("Focus", { investment: 10 })]).Focus).toBe(10);
  });

  it("is empty for a tier with no investment at all, and ignores Unscored partners", () => {
    const m = tierMedians([tiered("Strategic"), tiered("Unscored", { investment: 99 })]);
    expect(m).toEqual({ Strategic: null, Focus: null, Scale: null });
  });
});

describe("investmentFlag (SPEC §2.2, §2.9 investment alignment)", () => {
  const medians = { Strategic: 100, Focus: 50, Scale: 20 };

  it.each<[Tier, number, string | null]>([
    ["Scale", 51, "Over-invested"],
    ["Scale", 50, null],
    ["Scale", 0, null],
    ["Focus", 101, "Over-invested"],
    ["Focus", 100, null],
    ["Focus", 19, "Under-invested"],
    ["Focus", 20, null],
    ["Strategic", 49, "Under-invested"],
    ["Strategic", 50, null],
    ["Strategic", 1000, null],
  ])("flags a %s partner investing %p as %p", (tier, investment, flag) => {
    expect(investmentFlag(tier, investment, medians)).toBe(flag);
  });

  it("flags a Focus partner both above the Strategic median and below the Scale median as Over-invested", () => {
    // Possible when medians are inverted: Strategic 10, Scale 90.
    expect(investmentFlag("Focus", 50, { Strategic: 10, Focus: 40, Scale: 90 })).toBe("Over-invested");
  });

  it("gives no flag without an investment", () => {
    expect(investmentFlag("Scale", null, medians)).toBeNull();
  });

  it("gives no flag when the median to compare with is missing", () => {
    const none = { Strategic: null, Focus: null, Scale: null };
    expect([
      investmentFlag("Scale", 1e9, none),
      investmentFlag("Focus", 1e9, none),
      investmentFlag("Focus", 0, none),
      investmentFlag("Strategic", 0, none),
    ]).toEqual([null, null, null, null]);
  });

  it("never flags an Unscored partner", () => {
    expect(investmentFlag("Unscored", 1e9, medians)).toBeNull();
  });
});

describe("roi", () => {
  it("is Revenue / Investment", () => {
    expect(roi(300, 100)).toBe(3);
    expect(roi(0, 100)).toBe(0);
  });

  it("is blank when the investment is 0", () => {
    expect(roi(300, 0)).toBeNull();
  });
});

describe("rollUpTiers (SPEC §2.2 per tier, §2.9 roll-ups)", () => {
  it("always lists Strategic, Focus, Scale and Unscored, in that order, empty ones included", () => {
    const { tiers } = rollUpTiers([tiered("Focus")]);
    expect(tiers.map((t) => [t.tier, t.count])).toEqual([
      ["Strategic", 0],
      ["Focus", 1],
      ["Scale", 0],
      ["Unscored", 0],
    ]);
  });

  it("counts partners and sums Investment, Revenue and Pipeline per tier", () => {
    const { tiers } = rollUpTiers([
      tiered("Strategic", { investment: 100, revenue: 500, pipeline: 1000 }),
      tiered("Strategic", { investment: 50, revenue: 100, pipeline: 10 }),
      tiered("Scale", { investment: 10, revenue: 5, pipeline: 1 }),
    ]);
    expect(tiers[0]).toMatchObject({
      tier: "Strategic",
      count: 2,
      investment: 150,
      revenue: 600,
      pipeline: 1010,
      roi: 4,
    });
    expect(tiers[2]).toMatchObject({ tier: "Scale", count: 1, investment: 10, revenue: 5, pipeline: 1, roi: 0.5 });
  });

  it("counts missing money as 0", () => {
    const { tiers } = rollUpTiers([tiered("Focus", { investment: 40 }), tiered("Focus", { revenue: 80 })]);
    expect(tiers[1]).toMatchObject({ count: 2, investment: 40, revenue: 80, pipeline: 0, roi: 2 });
  });

  it("leaves ROI blank for a tier whose investment is 0", () => {
    const { tiers } = rollUpTiers([tiered("Scale", { investment: 0, revenue: 80 })]);
    expect(tiers[2]?.roi).toBeNull();
  });

  it("gives each tier's share of total investment and of total revenue", () => {
    const { tiers } = rollUpTiers([
      tiered("Strategic", { investment: 75, revenue: 20 }),
      tiered("Scale", { investment: 25, revenue: 60 }),
      tiered("Unscored", { revenue: 20 }),
    ]);
    expect(tiers.map((t) => [t.investmentShare, t.revenueShare])).toEqual([
      [0.75, 0.2],
      [0, 0],
      [0.25, 0.6],
      [0, 0.2],
    ]);
  });

  it("leaves shares empty when the grand total is 0", () => {
    const { tiers } = rollUpTiers([tiered("Strategic", { investment: 0, revenue: 10 }), tiered("Scale")]);
    expect(tiers.map((t) => t.investmentShare)).toEqual([null, null, null, null]);
    expect(tiers.map((t) => t.revenueShare)).toEqual([1, 0, 0, 0]);
  });

  it("gives Unscored partners their own row", () => {
    const { tiers } = rollUpTiers([tiered("Unscored", { investment: 10, revenue: 30, pipeline: 5 })]);
    expect(tiers[3]).toEqual({
      tier: "Unscored",
      count: 1,
      investment: 10,
      revenue: 30,
      pipeline: 5,
      roi: 3,
      investmentShare: 1,
      revenueShare: 1,
    });
  });

  it("totals every tier, Unscored included; tiered leaves the Unscored out", () => {
    const { totals } = rollUpTiers([
      tiered("Strategic", { investment: 10, revenue: 40 }),
      tiered("Unscored", { investment: 10, pipeline: 7 }),
    ]);
    expect(totals).toEqual({ count: 2, tiered: 1, investment: 20, revenue: 40, pipeline: 7, roi: 2 });
  });

  it("leaves the total ROI blank when nothing is invested", () => {
    expect(rollUpTiers([tiered("Focus", { revenue: 5 })]).totals.roi).toBeNull();
  });
});
