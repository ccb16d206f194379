import { findChannelConflicts } from "../../../src/engine/conflicts";
import { popcount } from "../../../src/engine/conflicts/bitset";
import type { Partner } from "../../../src/engine/model";
import { compareNames } from "../../../src/engine/tiering/compare";
import { seededRandom, someOf } from "../coverage/builders";
import { partner } from "../fixtures";

const at = (conflictThreshold: number) => ({ conflictThreshold });

/** The rule written as plainly as possible: every pair, string sets, no index. */
function naiveConflicts(partners: Partner[], threshold: number): { partnerA: string; partnerB: string; score: number }[] {
  const out: { partnerA: string; partnerB: string; score: number }[] = [];
  const shares = (a: string[], b: string[]) => a.length === 0 || b.length === 0 || a.some((v) => b.includes(v));
  for (let i = 0; i < partners.length; i++) {
    for (let j = i + 1; j < partners.length; j++) {
      const a = partners[i] as Partner;
      const b = partners[j] as Partner;
      const gtm = (["Co-sell", "Co-market"] as const).some((r) => a.roles.includes(r) && b.roles.includes(r));
      if (!gtm || !shares(a.segments, b.segments) || !shares(a.regions, b.regions)) continue;
      const union = new Set([...a.capabilities, ...b.capabilities]);
      const inter = a.capabilities.filter((c) => b.capabilities.includes(c)).length;
      const score = union.size === 0 ? 0 : inter / union.size;
      if (score >= threshold - 1e-9) {
        const [x, y] = compareNames(a.name, b.name) <= 0 ? [a.name, b.name] : [b.name, a.name];
        out.push({ partnerA: x, partnerB: y, score });
      }
    }
  }
  return out.sort((p, q) => q.score - p.score || compareNames(p.partnerA, q.partnerA) || compareNames(p.partnerB, q.partnerB));
}

function randomPortfolio(seed: number, size: number, opts: { capabilities: number; most: number }): Partner[] {
  const rand = seededRandom(seed);
  const caps = Array.from({ length: opts.capabilities }, (_, i) => `Cap ${i}`);
  return Array.from({ length: size }, (_, i) =>
    partner({
      name: `${String.fromCharCode(65 + Math.floor(rand() * 26))}artner ${i}`,
      roles: someOf(rand, ["Co-sell", "Co-market", "Integrate", "Implement", "Influence"], 3),
      capabilities: someOf(rand, caps, opts.most),
      segments: someOf(rand, ["SMB", "Mid-market", "Enterprise", "Public"], 2),
      regions: someOf(rand, ["EMEA", "APAC", "Americas"], 2),
    }),
  );
}

describe("findChannelConflicts (SPEC §2.5, §2.9)", () => {
  const crm = (name: string, extra: Partial<Partner> = {}) => partner({ name, roles: ["Co-sell"], capabilities: ["CRM", "ERP"], ...extra });

  it("reports a pair sharing a segment, a region and Co-sell with their Jaccard score", () => {
    const result = findChannelConflicts([crm("Acme"), crm("Bolt", { capabilities: ["CRM", "ERP", "BI"] })], at(0.5));
    expect(result).toEqual([
      {
        partnerA: "Acme",
        partnerB: "Bolt",
        score: 2 / 3,
        sharedCapabilities: ["CRM", "ERP"],
        sharedSegments: [],
        sharedRegions: [],
        sharedRoles: ["Co-sell"],
      },
    ]);
  });

  it("reports a pair that both hold Co-market", () => {
    const result = findChannelConflicts([crm("A", { roles: ["Co-market"] }), crm("B", { roles: ["Co-market", "Integrate"] })], at(0.5));
    expect(result.map((c) => c.sharedRoles)).toEqual([["Co-market"]]);
  });

  it("ignores a pair where one holds Co-sell and the other only Co-market", () => {
    expect(findChannelConflicts([crm("A", { roles: ["Co-sell"] }), crm("B", { roles: ["Co-market"] })], at(0.5))).toEqual([]);
  });

  it("ignores partners without a go-to-market role (Integrate, Implement, Influence)", () => {
    expect(findChannelConflicts([crm("A", { roles: ["Integrate"] }), crm("B", { roles: ["Integrate"] })], at(0.5))).toEqual([]);
  });

  it("ignores a pair that shares no segment", () => {
    expect(findChannelConflicts([crm("A", { segments: ["SMB"] }), crm("B", { segments: ["Enterprise"] })], at(0.5))).toEqual([]);
  });

  it("ignores a pair that shares no region", () => {
    expect(findChannelConflicts([crm("A", { regions: ["EMEA"] }), crm("B", { regions: ["APAC"] })], at(0.5))).toEqual([]);
  });

  it("treats empty Segments or Regions as every market, so the other partner's markets are shared", () => {
    const [c] = findChannelConflicts([crm("A", { segments: ["SMB", "Public"] }), crm("B", { regions: ["EMEA"] })], at(0.5));
    expect(c?.sharedSegments).toEqual(["SMB", "Public"]);
    expect(c?.sharedRegions).toEqual(["EMEA"]);
  });

  it("lists only the segments both serve when both list some", () => {
    const [c] = findChannelConflicts([crm("A", { segments: ["SMB", "Public"] }), crm("B", { segments: ["Public", "Enterprise"] })], at(0.5));
    expect(c?.sharedSegments).toEqual(["Public"]);
  });

  it("reports pairs at exactly the threshold and not below it", () => {
    const a = crm("A", { capabilities: ["1", "2"] });
    const b = crm("B", { capabilities: ["2", "3"] }); // 1/3 with A
    const c = crm("C", { capabilities: ["1", "2", "3", "4"] }); // 1/2 with A
    expect(findChannelConflicts([a, b, c], at(0.5)).map((p) => `${p.partnerA}-${p.partnerB}`)).toEqual(["A-C", "B-C"]);
  });

  it("applies a 1e-9 tolerance to the threshold", () => {
    const result = findChannelConflicts([crm("A", { capabilities: ["1", "2", "3"] }), crm("B", { capabilities: ["1"] })], at(1 / 3 + 5e-10));
    expect(result).toHaveLength(1);
  });

  it("scores 0 when both capability sets are empty, so such a pair is reported only at a threshold of 0", () => {
    const pair = [crm("A", { capabilities: [] }), crm("B", { capabilities: [] })];
    expect(findChannelConflicts(pair, at(0.5))).toEqual([]);
    expect(findChannelConflicts(pair, at(0)).map((c) => c.score)).toEqual([0]);
  });

  it("reports every eligible pair, even those sharing no capability, when the threshold is 0 or below", () => {
    const result = findChannelConflicts([crm("A", { capabilities: ["X"] }), crm("B", { capabilities: ["Y"] }), crm("C", { roles: ["Influence"] })], at(0));
    expect(result.map((c) => [c.partnerA, c.partnerB, c.score])).toEqual([["A", "B", 0]]);
  });

  it("names as partnerA the partner whose name sorts first lower-cased", () => {
    const [c] = findChannelConflicts([crm("beta"), crm("Alpha")], at(0.5));
    expect([c?.partnerA, c?.partnerB]).toEqual(["Alpha", "beta"]);
  });

  it("sorts by score desc, then partnerA, then partnerB", () => {
    const ps = [
      crm("d", { capabilities: ["1", "2"] }),
      crm("c", { capabilities: ["1", "2"] }),
      crm("b", { capabilities: ["1", "2", "3"] }),
      crm("a", { capabilities: ["1", "2", "3"] }),
    ];
    expect(findChannelConflicts(ps, at(0.5)).map((p) => `${p.partnerA}${p.partnerB}:${p.score.toFixed(3)}`)).toEqual([
      "ab:1.000",
      "cd:1.000",
      "ac:0.667",
      "ad:0.667",
      "bc:0.667",
      "bd:0.667",
    ]);
  });

  it("counts a pair holding both Co-sell and Co-market once", () => {
    const both = ["Co-sell", "Co-market"];
    const result = findChannelConflicts([crm("A", { roles: both }), crm("B", { roles: both })], at(0.5));
    expect(result).toHaveLength(1);
    expect(result[0]?.sharedRoles).toEqual(["Co-sell", "Co-market"]);
  });

  it("counts Unscored partners like any other", () => {
    expect(findChannelConflicts([crm("A", { fit: null }), crm("B", { fit: 4, impact: 4, momentum: 4 })], at(0.5))).toHaveLength(1);
  });

  describe("agrees with a naive all-pairs reference on seeded random portfolios", () => {
    const cases: [seed: number, size: number, capabilities: number, most: number, threshold: number][] = [
      [1, 120, 12, 4, 0.5],
      [2, 150, 40, 8, 0.5],
      [3, 150, 6, 3, 0.3],
      [4, 100, 70, 12, 0.25],
      [5, 100, 10, 5, 1],
      [6, 80, 8, 4, 0.8],
      [7, 90, 5, 3, 0],
      [8, 150, 33, 6, 1 / 3],
      [9, 200, 65, 40, 0.4],
      [10, 60, 3, 2, 0.5],
    ];
    it.each(cases)("seed %i: %i partners, %i capabilities (up to %i each), threshold %d", (seed, size, capabilities, most, threshold) => {
      const partners = randomPortfolio(seed, size, { capabilities, most });
      const fast = findChannelConflicts(partners, at(threshold)).map(({ partnerA, partnerB, score }) => ({ partnerA, partnerB, score }));
      const naive = naiveConflicts(partners, threshold);
      expect(naive.length).toBeGreaterThan(0); // the case exercises something
      expect(fast).toEqual(naive);
    });
  });
});

describe("popcount", () => {
  it("counts the set bits of any 32-bit word", () => {
    const rand = seededRandom(11);
    for (let i = 0; i < 1000; i++) {
      const word = Math.floor(rand() * 2 ** 32) >>> 0;
      expect(popcount(word)).toBe([...word.toString(2)].filter((c) => c === "1").length);
    }
    expect(popcount(0xffffffff)).toBe(32);
    expect(popcount(0)).toBe(0);
  });
});
