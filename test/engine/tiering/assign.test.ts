import { ceilPercent, pointsToNextTier, quotaTiers, tierByThreshold } from "../../../src/engine/tiering/assign";
import type { Tier } from "../../../src/engine/model";

const THRESHOLDS = { strategic: 75, focus: 50 };

/** Counts of Strategic, Focus and Scale in a quota assignment. */
const counts = (tiers: Tier[]) => [
  tiers.filter((t) => t === "Strategic").length,
  tiers.filter((t) => t === "Focus").length,
  tiers.filter((t) => t === "Scale").length,
];

describe("tierByThreshold (SPEC §2.2 threshold mode)", () => {
  it.each<[number, Tier]>([
    [100, "Strategic"],
    [75, "Strategic"],
    [75 - 5e-10, "Strategic"],
    [75 - 2e-9, "Strategic"],
    [74.9999995, "Strategic"],
    [74.9999994, "Focus"],
    [74.99, "Focus"],
    [50, "Focus"],
    [50 - 5e-10, "Focus"],
    [49.9999995, "Focus"],
    [49.9999994, "Scale"],
    [49.99, "Scale"],
    [0, "Scale"],
  ])("compares the composite rounded to 6 decimals half up: %p is %s", (composite, tier) => {
    expect(tierByThreshold(composite, THRESHOLDS)).toBe(tier);
  });

  it("uses custom thresholds", () => {
    expect(tierByThreshold(60, { strategic: 60, focus: 30 })).toBe("Strategic");
    expect(tierByThreshold(30, { strategic: 60, focus: 30 })).toBe("Focus");
  });

  it("has no Focus tier when both thresholds are equal", () => {
    expect(tierByThreshold(59, { strategic: 60, focus: 60 })).toBe("Scale");
    expect(tierByThreshold(60, { strategic: 60, focus: 60 })).toBe("Strategic");
  });
});

describe("pointsToNextTier (SPEC §2.2)", () => {
  it("measures a Focus partner against the Strategic threshold", () => {
    expect(pointsToNextTier(60, "Focus", THRESHOLDS)).toBe(15);
  });

  it("measures a Scale partner against the Focus threshold", () => {
    expect(pointsToNextTier(20, "Scale", THRESHOLDS)).toBe(30);
  });

  it("is blank for Strategic and Unscored", () => {
    expect(pointsToNextTier(90, "Strategic", THRESHOLDS)).toBeNull();
    expect(pointsToNextTier(0, "Unscored", THRESHOLDS)).toBeNull();
  });

  it("is never negative", () => {
    expect(pointsToNextTier(75 + 1e-12, "Focus", THRESHOLDS)).toBe(0);
    expect(pointsToNextTier(50.5, "Scale", THRESHOLDS)).toBe(0);
  });

  it("uses custom thresholds", () => {
    expect(pointsToNextTier(55, "Focus", { strategic: 60, focus: 30 })).toBe(5);
  });
});

describe("ceilPercent (SPEC §2.2: integer arithmetic, no floating-point ceil)", () => {
  it.each([
    [10, 10, 1],
    [10, 40, 4],
    [7, 10, 1],
    [7, 40, 3],
    [1, 10, 1],
    [0, 10, 0],
    [3, 0, 0],
    [3, 100, 3],
  ])("ceil(%p × %p / 100) = %p", (n, p, expected) => {
    expect(ceilPercent(n, p)).toBe(expected);
  });

  it.each([
    // n × (p/100) in floating point lands just above the integer, so Math.ceil would add one.
    [100, 7, 7],
    [100, 28, 28],
    [100, 55, 55],
    [25, 28, 7],
    [50, 14, 7],
    [75, 68, 51],
  ])("ceil(%p × %p / 100) is exactly %p where a floating-point ceil is one more", (n, p, expected) => {
    expect(Math.ceil(n * (p / 100))).toBe(expected + 1);
    expect(ceilPercent(n, p)).toBe(expected);
  });

  it("agrees with exact integer ceil for every n up to 300 and every percentage", () => {
    for (let n = 0; n <= 300; n++) {
      for (let p = 0; p <= 100; p++) {
        const product = n * p;
        const exact = (product - (product % 100)) / 100 + (product % 100 === 0 ? 0 : 1);
        if (ceilPercent(n, p) !== exact)
          throw new Error(`ceilPercent(${n}, ${p}) = ${ceilPercent(n, p)}, expected ${exact}`);
      }
    }
  });

  it("stays exact at the largest portfolio the add-in accepts", () => {
    expect(ceilPercent(50_000, 7)).toBe(3500);
    expect(ceilPercent(49_999, 99)).toBe(49_500);
  });
});

describe("quotaTiers (SPEC §2.2 quota mode)", () => {
  it("gives 1 Strategic, 3 Focus and 6 Scale of 10 at 10% / 30%", () => {
    expect(quotaTiers(10, { strategic: 10, focus: 30 })).toEqual([
      "Strategic",
      "Focus",
      "Focus",
      "Focus",
      "Scale",
      "Scale",
      "Scale",
      "Scale",
      "Scale",
      "Scale",
    ]);
  });

  it.each([
    // n, pS, pF, [Strategic, Focus, Scale]
    [7, 10, 30, [1, 2, 4]],
    [1, 10, 30, [1, 0, 0]],
    [0, 10, 30, [0, 0, 0]],
    [2, 10, 30, [1, 0, 1]],
    [3, 10, 30, [1, 1, 1]],
    [10, 20, 80, [2, 8, 0]],
    [7, 50, 50, [4, 3, 0]],
    [5, 0, 0, [0, 0, 5]],
    [5, 0, 40, [0, 2, 3]],
    [4, 100, 0, [4, 0, 0]],
    // Floating-point traps: 100 × 0.07 = 7.000000000000001 and 100 × 0.28 = 28.000000000000004.
    [100, 7, 21, [7, 21, 72]],
    [100, 29, 26, [29, 26, 45]],
    [25, 28, 28, [7, 7, 11]],
    [100, 29, 28, [29, 28, 43]],
    [100, 29, 29, [29, 29, 42]],
  ])("splits n=%p at %p%% / %p%% into %j", (n, strategic, focus, expected) => {
    expect(counts(quotaTiers(n, { strategic, focus }))).toEqual(expected);
  });

  it("lists Strategic, then Focus, then Scale, in rank order", () => {
    const tiers = quotaTiers(25, { strategic: 10, focus: 30 });
    const order = { Strategic: 0, Focus: 1, Scale: 2, Unscored: 3 };
    expect([...tiers].sort((a, b) => order[a] - order[b])).toEqual(tiers);
  });

  it("uses ceil(n·(pS+pF)/100) for the end of Focus, not ceil(n·pS/100) + ceil(n·pF/100)", () => {
    // n = 10, 15% / 15%: ceil(1.5) = 2 Strategic, ceil(3) − 2 = 1 Focus (not ceil(1.5) = 2).
    expect(counts(quotaTiers(10, { strategic: 15, focus: 15 }))).toEqual([2, 1, 7]);
  });
});
