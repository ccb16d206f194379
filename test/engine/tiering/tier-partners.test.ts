import { ingestWorkbook } from "../../../src/engine/ingest";
import type { Partner, ScoringScale, Settings, Tier, TieredPartner, TierSnapshot } from "../../../src/engine/model";
import { takeSnapshot, tierPartners } from "../../../src/engine/tiering";
import { partner, partnersTable, settings } from "../fixtures";

const FIVE: ScoringScale = { max: 5, chosen: "auto" };
const HUNDRED: ScoringScale = { max: 100, chosen: "auto" };

/** A partner with its three scores. */
const scored = (name: string, fit: number, impact: number, momentum: number, extra: Partial<Partner> = {}) =>
  partner({ name, fit, impact, momentum, ...extra });

const tier = (
  partners: Partner[],
  s: Partial<Settings> = {},
  scale: ScoringScale = FIVE,
  snapshot?: TierSnapshot | null,
) => tierPartners(partners, settings(s), scale, snapshot);

const byName = (result: { partners: TieredPartner[] }, name: string): TieredPartner => {
  const found = result.partners.find((p) => p.partner === name);
  if (!found) throw new Error(`no partner ${name}`);
  return found;
};

const names = (result: { partners: TieredPartner[] }) => result.partners.map((p) => p.partner);

describe("tierPartners: composite (SPEC §2.2)", () => {
  it("is the mean of the normalised scores with the default weights 1, 1, 1", () => {
    // 0–5 scale: 4, 3, 2 normalise to 80, 60, 40.
    expect(byName(tier([scored("A", 4, 3, 2)]), "A").composite).toBe(60);
  });

  it("is the weighted mean with custom weights (2, 1, 1)", () => {
    // (2·80 + 60 + 40) / 4 = 65
    expect(byName(tier([scored("A", 4, 3, 2)], { weights: { fit: 2, impact: 1, momentum: 1 } }), "A").composite).toBe(
      65,
    );
  });

  it("ignores a score whose weight is 0", () => {
    expect(byName(tier([scored("A", 4, 3, 0)], { weights: { fit: 1, impact: 1, momentum: 0 } }), "A").composite).toBe(
      70,
    );
  });

  it("normalises as 100 × value / max on the 0–100 scale", () => {
    expect(byName(tier([scored("A", 80, 60, 40)], {}, HUNDRED), "A").composite).toBe(60);
  });

  it("is unrounded", () => {
    // (20 + 20 + 40) / 3
    expect(byName(tier([scored("A", 1, 1, 2)]), "A").composite).toBe(80 / 3);
  });

  it("keeps the input scores as entered, not normalised", () => {
    expect(byName(tier([scored("A", 4, 3, 2)]), "A")).toMatchObject({ fit: 4, impact: 3, momentum: 2 });
  });
});

describe("tierPartners: rank order (SPEC §2.2)", () => {
  it("ranks by composite, highest first, numbering from 1", () => {
    const r = tier([scored("Low", 1, 1, 1), scored("High", 5, 5, 5), scored("Mid", 3, 3, 3)]);
    expect(r.partners.map((p) => [p.partner, p.rank])).toEqual([
      ["High", 1],
      ["Mid", 2],
      ["Low", 3],
    ]);
  });

  it("breaks a composite tie by Impact, highest first", () => {
    // Both 60: (80 + 60 + 40) and (60 + 80 + 40).
    expect(names(tier([scored("A", 4, 3, 2), scored("B", 3, 4, 2)]))).toEqual(["B", "A"]);
  });

  it("breaks a composite and Impact tie by Fit, highest first", () => {
    // Both 60 with Impact 3: (80 + 60 + 40) and (100 + 60 + 20).
    expect(names(tier([scored("A", 4, 3, 2), scored("B", 5, 3, 1)]))).toEqual(["B", "A"]);
  });

  it("breaks a composite, Impact and Fit tie by Momentum, highest first", () => {
    // Momentum has no weight, so only it differs.
    const r = tier([scored("A", 4, 3, 2), scored("B", 4, 3, 5)], { weights: { fit: 1, impact: 1, momentum: 0 } });
    expect(names(r)).toEqual(["B", "A"]);
  });

  it("breaks a full tie by name, lower-cased", () => {
    // Plain `<` would put "Beta" first ("B" < "a").
    expect(names(tier([scored("beta", 3, 3, 3), scored("Beta2", 3, 3, 3), scored("Alpha", 3, 3, 3)]))).toEqual([
      "Alpha",
      "beta",
      "Beta2",
    ]);
    expect(names(tier([scored("Beta", 3, 3, 3), scored("alpha", 3, 3, 3)]))).toEqual(["alpha", "Beta"]);
  });

  it("breaks a full tie by code point, where JavaScript's `<` disagrees (astral characters)", () => {
    const emoji = "😀 Labs";
    const fullwidth = "\uFF46oo";
    expect(emoji < fullwidth).toBe(true);
    expect(names(tier([scored(emoji, 3, 3, 3), scored(fullwidth, 3, 3, 3)]))).toEqual([fullwidth, emoji]);
  });

  it("compares composites rounded to 6 decimals, so floating-point noise does not break a mathematical tie", () => {
    // Both composites are 20 × 7.4 / 3 = 49.333…, but the sums are added in a different order:
    // A's comes out 49.333333333333336 and B's 49.33333333333332 (they differ in the 15th digit).
    const r = tier([scored("A", 1, 2.3, 4.1), scored("B", 1, 4.1, 2.3)]);
    const a = byName(r, "A").composite ?? 0;
    const b = byName(r, "B").composite ?? 0;
    expect(a).toBeGreaterThan(b);
    // Tied after rounding, so Impact decides: B (4.1) before A (2.3).
    expect(names(r)).toEqual(["B", "A"]);
  });

  it("still separates composites that differ in the 6th decimal", () => {
    const r = tier([scored("A", 50, 50, 50), scored("B", 50.000003, 50, 50)], {}, HUNDRED);
    expect(names(r)).toEqual(["B", "A"]);
  });

  it("lists Unscored partners after every ranked one, in sheet order, without rank, composite or points", () => {
    const r = tier([
      scored("Z unscored", 1, 1, 1, { momentum: null, row: 2 }),
      scored("Scored", 1, 1, 1, { row: 3 }),
      scored("A unscored", 5, 5, 5, { fit: null, row: 4 }),
    ]);
    expect(
      r.partners.map((p) => [p.partner, p.tier, p.rank, p.composite, p.pointsToNextTier, p.investmentFlag]),
    ).toEqual([
      ["Scored", "Scale", 1, 20, 30, null],
      ["Z unscored", "Unscored", null, null, null, null],
      ["A unscored", "Unscored", null, null, null, null],
    ]);
  });

  it("treats a partner missing any one of the three scores as Unscored, whatever the weights", () => {
    const r = tier([scored("A", 5, 5, 5, { momentum: null })], { weights: { fit: 1, impact: 1, momentum: 0 } });
    expect(byName(r, "A").tier).toBe("Unscored");
  });
});

describe("tierPartners: threshold mode (SPEC §2.2, the default)", () => {
  // Weights 1, 0, 0 on the 0–100 scale make the composite equal to Fit.
  const single = (fit: number) =>
    byName(tier([scored("A", fit, 0, 0)], { weights: { fit: 1, impact: 0, momentum: 0 } }, HUNDRED), "A");

  it.each<[number, Tier]>([
    [100, "Strategic"],
    [75, "Strategic"],
    [75 - 5e-10, "Strategic"],
    [74.9999995, "Strategic"],
    [74.9999994, "Focus"],
    [50, "Focus"],
    [49.9999995, "Focus"],
    [49.9999994, "Scale"],
    [0, "Scale"],
  ])("compares the composite rounded to 6 decimals (half up) with the threshold: %p is %s", (fit, expected) => {
    expect(single(fit).tier).toBe(expected);
  });

  it("tiers on the value the ranking compares, so a lower-tier partner never ranks above a higher-tier one", () => {
    // A: composite 74.9999996 (rounds to 75.000000, ties B in the ranking) with the higher Impact.
    const r = tier([scored("B", 75, 75, 75), scored("A", 74.9999988, 100, 50)], {}, HUNDRED);
    expect(names(r)).toEqual(["A", "B"]);
    expect(byName(r, "A").composite).toBeLessThan(75);
    expect(r.partners.map((p) => p.tier)).toEqual(["Strategic", "Strategic"]);
  });

  it("puts a composite that is 75 mathematically but 74.99999999999999 in floating point in Strategic", () => {
    const p = byName(tier([scored("A", 32.3, 96.1, 96.6)], {}, HUNDRED), "A");
    expect(p.composite).toBeLessThan(75);
    expect(p.tier).toBe("Strategic");
    expect(p.pointsToNextTier).toBeNull();
  });

  it("puts a composite that is 50 mathematically but 49.99999999999999 in floating point in Focus", () => {
    const p = byName(tier([scored("A", 28.7, 99.6, 21.7)], {}, HUNDRED), "A");
    expect(p.composite).toBeLessThan(50);
    expect(p.tier).toBe("Focus");
  });

  it("uses custom thresholds", () => {
    const r = tier([scored("A", 3, 3, 3), scored("B", 2, 2, 2)], { thresholds: { strategic: 60, focus: 40 } });
    expect([byName(r, "A").tier, byName(r, "B").tier]).toEqual(["Strategic", "Focus"]);
  });

  it("gives points to the next tier: Focus to 75, Scale to 50, blank for Strategic", () => {
    const r = tier([scored("S", 5, 5, 5), scored("F", 3, 3, 3), scored("C", 1, 1, 1)]);
    expect(r.partners.map((p) => [p.partner, p.tier, p.pointsToNextTier])).toEqual([
      ["S", "Strategic", null],
      ["F", "Focus", 15],
      ["C", "Scale", 30],
    ]);
  });
});

describe("tierPartners: quota mode (SPEC §2.2)", () => {
  const ten = Array.from({ length: 10 }, (_, i) => scored(`P${i}`, 0, 0, 10 - i / 10));
  const quota = (partners: Partner[], quotas = { strategic: 10, focus: 30 }) =>
    tier(partners, { mode: "quota", quotas }, HUNDRED);

  it("tiers 10 partners 1 / 3 / 6 at 10% / 30%, in rank order", () => {
    expect(quota(ten).partners.map((p) => p.tier)).toEqual([
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

  it("ignores the composite's size: low scores can still be Strategic", () => {
    expect(byName(quota([scored("Only", 1, 1, 1)]), "Only").tier).toBe("Strategic");
  });

  it("tiers by rank position even within a tie, so tied partners may land in different tiers", () => {
    const r = quota(Array.from({ length: 10 }, (_, i) => scored(`T${i}`, 3, 3, 3)));
    expect(r.partners[0]).toMatchObject({ partner: "T0", tier: "Strategic" });
    expect(r.partners[1]).toMatchObject({ partner: "T1", tier: "Focus" });
  });

  it("leaves Unscored partners out of n", () => {
    const partners = [...ten, scored("U1", 1, 1, 1, { fit: null }), scored("U2", 1, 1, 1, { fit: null })];
    const counts = quota(partners).tiers.map((t) => t.count);
    expect(counts).toEqual([1, 3, 6, 2]);
  });

  it("computes ceil in integer arithmetic: n = 100 at 7% / 21% gives exactly 7 and 21", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => scored(`P${String(i).padStart(3, "0")}`, 50, 50, 50));
    expect(quota(hundred, { strategic: 7, focus: 21 }).tiers.map((t) => t.count)).toEqual([7, 21, 72, 0]);
  });

  it("leaves points to the next tier blank", () => {
    expect(quota(ten).partners.every((p) => p.pointsToNextTier === null)).toBe(true);
  });

  it("handles no scored partners", () => {
    const r = quota([scored("U", 1, 1, 1, { fit: null })]);
    expect(r.partners.map((p) => p.tier)).toEqual(["Unscored"]);
  });
});

describe("tierPartners: investment alignment (SPEC §2.2, §2.9)", () => {
  it("flags against the medians of the partners that have an Investment", () => {
    const r = tier([
      scored("S1", 5, 5, 5, { investment: 100 }),
      scored("S2", 5, 5, 4.9, { investment: 10 }),
      scored("F1", 3, 3, 3, { investment: 40 }),
      scored("F2", 3, 3, 2.9, { investment: 60 }),
      scored("F3", 3, 3, 2.8, { investment: null }),
      scored("C1", 1, 1, 1, { investment: 0 }),
      scored("C2", 1, 1, 0.9, { investment: 70 }),
    ]);
    // Medians: Strategic (100, 10) = 55; Focus (40, 60) = 50; Scale (0, 70) = 35.
    expect(r.medians).toEqual({ Strategic: 55, Focus: 50, Scale: 35 });
    expect(r.partners.map((p) => [p.partner, p.investmentFlag])).toEqual([
      ["S1", null],
      ["S2", "Under-invested"],
      ["F1", null],
      ["F2", "Over-invested"],
      ["F3", null],
      ["C1", null],
      ["C2", "Over-invested"],
    ]);
  });

  it("does not count a blank or negative Investment in a median (ingest reads them as none)", () => {
    const table = partnersTable([
      { Partner: "S", Fit: 5, Impact: 5, Momentum: 5, Investment: 10 },
      { Partner: "F1", Fit: 3, Impact: 3, Momentum: 3, Investment: -500 },
      { Partner: "F2", Fit: 3, Impact: 3, Momentum: 2.9, Investment: null },
      { Partner: "F3", Fit: 3, Impact: 3, Momentum: 2.8, Investment: 0 },
    ]);
    const { portfolio } = ingestWorkbook({ partners: table }, settings());
    const r = tierPartners(portfolio.partners, settings(), portfolio.scale);
    expect(r.medians).toEqual({ Strategic: 10, Focus: 0, Scale: null });
    expect(byName(r, "S").investmentFlag).toBeNull();
  });

  it("gives no flag when there is no median to compare with", () => {
    const r = tier([scored("C", 1, 1, 1, { investment: 1e9 })]);
    expect(byName(r, "C").investmentFlag).toBeNull();
  });

  it("never flags an Unscored partner", () => {
    const r = tier([scored("F", 3, 3, 3, { investment: 1 }), scored("U", 1, 1, 1, { fit: null, investment: 1e9 })]);
    expect(byName(r, "U").investmentFlag).toBeNull();
  });
});

describe("tierPartners: roll-up and ROI (SPEC §2.2, §2.9)", () => {
  it("rolls up each tier, Unscored in its own row, missing money as 0", () => {
    const r = tier([
      scored("S", 5, 5, 5, { investment: 100, revenue: 300, pipeline: 50 }),
      scored("F", 3, 3, 3, { investment: 0, revenue: 10 }),
      scored("U", 1, 1, 1, { fit: null, investment: 100, revenue: 100 }),
    ]);
    expect(r.tiers).toEqual([
      {
        tier: "Strategic",
        count: 1,
        investment: 100,
        revenue: 300,
        pipeline: 50,
        roi: 3,
        investmentShare: 0.5,
        revenueShare: 300 / 410,
      },
      {
        tier: "Focus",
        count: 1,
        investment: 0,
        revenue: 10,
        pipeline: 0,
        roi: null,
        investmentShare: 0,
        revenueShare: 10 / 410,
      },
      {
        tier: "Scale",
        count: 0,
        investment: 0,
        revenue: 0,
        pipeline: 0,
        roi: null,
        investmentShare: 0,
        revenueShare: 0,
      },
      {
        tier: "Unscored",
        count: 1,
        investment: 100,
        revenue: 100,
        pipeline: 0,
        roi: 1,
        investmentShare: 0.5,
        revenueShare: 100 / 410,
      },
    ]);
    expect(r.totals).toEqual({ count: 3, tiered: 2, investment: 200, revenue: 410, pipeline: 50, roi: 2.05 });
  });

  it("gives each partner's ROI, blank when Investment is 0 or missing or Revenue is missing", () => {
    const r = tier([
      scored("A", 5, 5, 5, { investment: 50, revenue: 100 }),
      scored("B", 4, 4, 4, { investment: 0, revenue: 100 }),
      scored("C", 3, 3, 3, { investment: null, revenue: 100 }),
      scored("D", 2, 2, 2, { investment: 50, revenue: null }),
    ]);
    expect(r.partners.map((p) => p.roi)).toEqual([2, null, null, null]);
  });

  it("reports the scale it tiered on", () => {
    expect(tier([scored("A", 1, 1, 1)], {}, HUNDRED).scale).toEqual(HUNDRED);
  });
});

describe("tierPartners: movement (SPEC §2.2)", () => {
  const previous = takeSnapshot(
    [
      { partner: "Up Co", tier: "Focus" },
      { partner: "Down Co", tier: "Strategic" },
      { partner: "same co", tier: "Scale" },
      { partner: "Gone Co", tier: "Strategic" },
    ],
    "2026-01-01T00:00:00Z",
  );
  const partners = [
    scored("Up Co", 5, 5, 5),
    scored("Down Co", 3, 3, 3),
    scored("SAME CO", 1, 1, 1),
    scored("New Co", 1, 1, 1, { fit: null }),
  ];

  it("compares each tier with the snapshot, matching names case-insensitively", () => {
    const r = tier(partners, {}, FIVE, previous);
    expect(r.partners.map((p) => [p.partner, p.previousTier, p.tier, p.movement])).toEqual([
      ["Up Co", "Focus", "Strategic", "Up"],
      ["Down Co", "Strategic", "Focus", "Down"],
      ["SAME CO", "Scale", "Scale", "Same"],
      ["New Co", null, "Unscored", "New"],
    ]);
  });

  it("shows no movement without a snapshot", () => {
    const r = tier(partners, {}, FIVE, null);
    expect(r.partners.every((p) => p.movement === null && p.previousTier === null)).toBe(true);
  });
});

describe("tierPartners: determinism (SPEC §2)", () => {
  /** A varied portfolio: ties, Unscored partners, missing money. */
  const portfolio = (): Partner[] =>
    Array.from({ length: 40 }, (_, i) =>
      scored(`Partner ${i % 7 === 0 ? "tie" : ""}${(i * 37) % 41}`, (i * 7) % 6, (i * 3) % 6, (i * 5) % 6, {
        row: i + 2,
        fit: i % 11 === 5 ? null : (i * 7) % 6,
        investment: i % 4 === 0 ? null : (i * 13) % 50,
        revenue: (i * 17) % 90,
      }),
    );

  /** Deterministic Fisher–Yates with a fixed linear congruential sequence. */
  const shuffle = <T>(items: T[]): T[] => {
    const out = [...items];
    let seed = 12345;
    for (let i = out.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };

  it.each<[string, Partial<Settings>]>([
    ["threshold", {}],
    ["quota", { mode: "quota" }],
  ])("gives deep-equal results for the same input twice (%s mode)", (_, s) => {
    expect(tier(portfolio(), s)).toEqual(tier(portfolio(), s));
  });

  it.each<[string, Partial<Settings>]>([
    ["threshold", {}],
    ["quota", { mode: "quota" }],
  ])("gives the same ranks, tiers and flags whatever the row order (%s mode)", (_, s) => {
    const key = (r: ReturnType<typeof tier>) =>
      r.partners
        .filter((p) => p.tier !== "Unscored")
        .map((p) => [p.partner, p.rank, p.tier, p.composite, p.investmentFlag]);
    const straight = tier(portfolio(), s);
    const shuffled = tier(shuffle(portfolio()), s);
    expect(key(shuffled)).toEqual(key(straight));
    expect(shuffled.tiers).toEqual(straight.tiers);
  });

  it("does not mutate its input", () => {
    const input = portfolio();
    const copy = JSON.parse(JSON.stringify(input)) as Partner[];
    tier(input, { mode: "quota" });
    expect(input).toEqual(copy);
  });
});
