import fc from "fast-check";
import { findChannelConflicts, searchChannelConflicts } from "../../../src/engine/conflicts";
import { describePairs } from "../../../src/engine/conflicts/describe-pairs";
import { CO_MARKET, CO_SELL, encodePartners, MAX_BITSET_WORDS } from "../../../src/engine/conflicts/encode";
import { KeyIndex, type PairKeys } from "../../../src/engine/conflicts/key-index";
import { similarPairs } from "../../../src/engine/conflicts/pairs";
import { PAIR_INDEX_MAX_SIZE } from "../../../src/engine/conflicts/prefix-index";
import { popcount } from "../../../src/engine/conflicts/bitset";
import type { Partner } from "../../../src/engine/model";
import { compareNames } from "../../../src/engine/tiering/compare";
import { seededRandom, someOf } from "../coverage/builders";
import { partner } from "../fixtures";

const at = (conflictThreshold: number) => ({ conflictThreshold });

/** The search with pair keys found one way: a bucket per pair of capabilities, or hashed. */
function conflictsWith(partners: Partner[], threshold: number, pairKeys: PairKeys) {
  const enc = encodePartners(partners);
  return describePairs(partners, enc, similarPairs(enc, threshold, Infinity, pairKeys)).slice();
}

/** The rule written as plainly as possible: every pair, string sets, no index. */
function naiveConflicts(
  partners: Partner[],
  threshold: number,
): { partnerA: string; partnerB: string; score: number }[] {
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
  return out.sort(
    (p, q) => q.score - p.score || compareNames(p.partnerA, q.partnerA) || compareNames(p.partnerB, q.partnerB),
  );
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
  const crm = (name: string, extra: Partial<Partner> = {}) =>
    partner({ name, roles: ["Co-sell"], capabilities: ["CRM", "ERP"], ...extra });

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
    const result = findChannelConflicts(
      [crm("A", { roles: ["Co-market"] }), crm("B", { roles: ["Co-market", "Integrate"] })],
      at(0.5),
    );
    expect(result.map((c) => c.sharedRoles)).toEqual([["Co-market"]]);
  });

  it("ignores a pair where one holds Co-sell and the other only Co-market", () => {
    expect(
      findChannelConflicts([crm("A", { roles: ["Co-sell"] }), crm("B", { roles: ["Co-market"] })], at(0.5)),
    ).toEqual([]);
  });

  it("ignores partners without a go-to-market role (Integrate, Implement, Influence)", () => {
    expect(
      findChannelConflicts([crm("A", { roles: ["Integrate"] }), crm("B", { roles: ["Integrate"] })], at(0.5)),
    ).toEqual([]);
  });

  it("ignores a pair that shares no segment", () => {
    expect(
      findChannelConflicts([crm("A", { segments: ["SMB"] }), crm("B", { segments: ["Enterprise"] })], at(0.5)),
    ).toEqual([]);
  });

  it("ignores a pair that shares no region", () => {
    expect(findChannelConflicts([crm("A", { regions: ["EMEA"] }), crm("B", { regions: ["APAC"] })], at(0.5))).toEqual(
      [],
    );
  });

  it("treats empty Segments or Regions as every market, so the other partner's markets are shared", () => {
    const [c] = findChannelConflicts(
      [crm("A", { segments: ["SMB", "Public"] }), crm("B", { regions: ["EMEA"] })],
      at(0.5),
    );
    expect(c?.sharedSegments).toEqual(["SMB", "Public"]);
    expect(c?.sharedRegions).toEqual(["EMEA"]);
  });

  it("lists only the segments both serve when both list some", () => {
    const [c] = findChannelConflicts(
      [crm("A", { segments: ["SMB", "Public"] }), crm("B", { segments: ["Public", "Enterprise"] })],
      at(0.5),
    );
    expect(c?.sharedSegments).toEqual(["Public"]);
  });

  it("reports pairs at exactly the threshold and not below it", () => {
    const a = crm("A", { capabilities: ["1", "2"] });
    const b = crm("B", { capabilities: ["2", "3"] }); // 1/3 with A
    const c = crm("C", { capabilities: ["1", "2", "3", "4"] }); // 1/2 with A
    expect(findChannelConflicts([a, b, c], at(0.5)).map((p) => `${p.partnerA}-${p.partnerB}`)).toEqual(["A-C", "B-C"]);
  });

  it("applies a 1e-9 tolerance to the threshold", () => {
    const result = findChannelConflicts(
      [crm("A", { capabilities: ["1", "2", "3"] }), crm("B", { capabilities: ["1"] })],
      at(1 / 3 + 5e-10),
    );
    expect(result).toHaveLength(1);
  });

  it("scores 0 when both capability sets are empty, so such a pair is reported only at a threshold of 0", () => {
    const pair = [crm("A", { capabilities: [] }), crm("B", { capabilities: [] })];
    expect(findChannelConflicts(pair, at(0.5))).toEqual([]);
    expect(findChannelConflicts(pair, at(0)).map((c) => c.score)).toEqual([0]);
  });

  it("reports every eligible pair, even those sharing no capability, when the threshold is 0 or below", () => {
    const result = findChannelConflicts(
      [crm("A", { capabilities: ["X"] }), crm("B", { capabilities: ["Y"] }), crm("C", { roles: ["Influence"] })],
      at(0),
    );
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
    expect(
      findChannelConflicts([crm("A", { fit: null }), crm("B", { fit: 4, impact: 4, momentum: 4 })], at(0.5)),
    ).toHaveLength(1);
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
    it.each(cases)(
      "seed %i: %i partners, %i capabilities (up to %i each), threshold %d",
      (seed, size, capabilities, most, threshold) => {
        const partners = randomPortfolio(seed, size, { capabilities, most });
        const fast = findChannelConflicts(partners, at(threshold)).map(({ partnerA, partnerB, score }) => ({
          partnerA,
          partnerB,
          score,
        }));
        const naive = naiveConflicts(partners, threshold);
        expect(naive.length).toBeGreaterThan(0); // the case exercises something
        expect(fast).toEqual(naive);
      },
    );
  });
});

describe("the fast path against the naive reference, on the shapes it optimises for", () => {
  /** Families of near-copies (dense overlap): most pairs met through the index are real. */
  function familyPortfolio(seed: number, size: number, capabilities: number): Partner[] {
    const rand = seededRandom(seed);
    const caps = Array.from({ length: capabilities }, (_, i) => `Cap ${i}`);
    const families = Array.from({ length: Math.max(1, Math.floor(size / 12)) }, () => someOf(rand, caps, 7));
    return Array.from({ length: size }, (_, i) => {
      const family = families[Math.floor(rand() * families.length)] as string[];
      const mine = family.filter(() => rand() > 0.15);
      if (rand() < 0.4) mine.push(caps[Math.floor(rand() * caps.length)] as string);
      return partner({
        name: `${String.fromCharCode(97 + Math.floor(rand() * 26))}Partner ${i}`,
        roles: rand() < 0.8 ? ["Co-sell"] : ["Co-market", "Implement"],
        capabilities: [...new Set(mine)],
        segments: someOf(rand, ["SMB", "Enterprise", "Public"], 2),
        regions: someOf(rand, ["EMEA", "APAC"], 1),
      });
    });
  }

  it.each([
    [21, 300, 40, 0.5],
    [22, 300, 60, 0.6],
    [23, 250, 20, 0.34],
    [24, 200, 30, 0.75],
  ])("dense families, seed %i: %i partners, %i capabilities, threshold %d", (seed, size, capabilities, threshold) => {
    const partners = familyPortfolio(seed, size, capabilities);
    const naive = naiveConflicts(partners, threshold);
    expect(naive.length).toBeGreaterThan(size / 2); // dense: about a pair per partner or more
    expect(
      findChannelConflicts(partners, at(threshold)).map(({ partnerA, partnerB, score }) => ({
        partnerA,
        partnerB,
        score,
      })),
    ).toEqual(naive);
  });

  it(`compares sorted id lists instead of bit sets past ${MAX_BITSET_WORDS * 32} capabilities, with the same pairs`, () => {
    const rand = seededRandom(31);
    // Each partner has a capability of its own (so the catalogue is wide) and some of a few shared ones.
    const partners = Array.from({ length: 320 }, (_, i) =>
      partner({
        name: `Partner ${i}`,
        roles: ["Co-sell"],
        capabilities: [`Own ${i}`, ...someOf(rand, ["CRM", "ERP", "BI", "IAM"], 3)],
        segments: someOf(rand, ["SMB", "Enterprise"], 1),
      }),
    );
    const ids = new Set(partners.flatMap((p) => p.capabilities));
    expect(ids.size).toBeGreaterThan(MAX_BITSET_WORDS * 32);
    const naive = naiveConflicts(partners, 0.4);
    expect(naive.length).toBeGreaterThan(0);
    expect(
      findChannelConflicts(partners, at(0.4)).map(({ partnerA, partnerB, score }) => ({ partnerA, partnerB, score })),
    ).toEqual(naive);
  });

  it("agrees with the reference on any small portfolio and threshold (property)", () => {
    const caps = Array.from({ length: 12 }, (_, i) => `C${i}`);
    const member = fc.record({
      roles: fc.subarray(["Co-sell", "Co-market", "Integrate"]),
      capabilities: fc.subarray(caps),
      segments: fc.subarray(["S1", "S2", "S3"]),
      regions: fc.subarray(["R1", "R2"]),
    });
    fc.assert(
      fc.property(
        fc.array(member, { maxLength: 40 }),
        fc.constantFrom(0, 0.2, 1 / 3, 0.5, 2 / 3, 0.8, 1),
        (rows, threshold) => {
          const partners = rows.map((r, i) => partner({ name: `P${String(i).padStart(2, "0")}`, ...r }));
          const fast = findChannelConflicts(partners, at(threshold)).map(({ partnerA, partnerB, score }) => ({
            partnerA,
            partnerB,
            score,
          }));
          const naive = naiveConflicts(partners, threshold);
          expect(fast).toEqual(naive);
          const hashed = conflictsWith(partners, threshold, "hashed");
          expect(hashed.map(({ partnerA, partnerB, score }) => ({ partnerA, partnerB, score }))).toEqual(naive);
        },
      ),
      { numRuns: 150, seed: 4242 },
    );
  });
});

describe("the candidate index (pairs of capabilities, roles, markets) against the naive reference", () => {
  const scoresOnly = (partners: Partner[], threshold: number) =>
    findChannelConflicts(partners, at(threshold)).map(({ partnerA, partnerB, score }) => ({
      partnerA,
      partnerB,
      score,
    }));

  /**
   * Near-copies of a few profiles over a small catalogue, so that every capability is common
   * (the case pairs of capabilities are indexed for), with set sizes from 1 to past
   * PAIR_INDEX_MAX_SIZE (rows indexed by single capabilities), every combination of the two
   * go-to-market roles, and markets drawn from several segments and regions, often empty (= all).
   */
  function mixedPortfolio(
    seed: number,
    size: number,
    opts: { capabilities: number; segments: number; regions: number; allChance: number },
  ): Partner[] {
    const rand = seededRandom(seed);
    const caps = Array.from({ length: opts.capabilities }, (_, i) => `Cap ${i}`);
    const segments = Array.from({ length: opts.segments }, (_, i) => `Segment ${i}`);
    const regions = Array.from({ length: opts.regions }, (_, i) => `Region ${i}`);
    const profiles = Array.from({ length: Math.max(2, Math.floor(size / 15)) }, () => {
      // Mostly small sets, some around and past the pair-index limit.
      const n = rand() < 0.8 ? 1 + Math.floor(rand() * 7) : PAIR_INDEX_MAX_SIZE - 3 + Math.floor(rand() * 8);
      const set = new Set<string>();
      while (set.size < Math.min(n, caps.length)) set.add(caps[Math.floor(rand() * caps.length)] as string);
      return [...set];
    });
    const roleSets = [["Co-sell"], ["Co-market"], ["Co-sell", "Co-market"], ["Co-market", "Implement"], ["Integrate"]];
    const market = (values: string[]) => (rand() < opts.allChance ? [] : someOf(rand, values, 3));
    return Array.from({ length: size }, (_, i) => {
      const profile = profiles[Math.floor(rand() * profiles.length)] as string[];
      const mine = profile.filter(() => rand() > 0.1);
      if (rand() < 0.3) mine.push(caps[Math.floor(rand() * caps.length)] as string);
      return partner({
        name: `${String.fromCharCode(97 + Math.floor(rand() * 26))}p${i}`,
        roles: roleSets[Math.floor(rand() * roleSets.length)] as string[],
        capabilities: [...new Set(mine)],
        segments: market(segments),
        regions: market(regions),
      });
    });
  }

  it.each([
    // seed, partners, capabilities, segments, regions, "all" chance, threshold
    [41, 400, 30, 4, 3, 0.3, 0.5],
    [42, 400, 30, 8, 6, 0.5, 0.5],
    [43, 350, 25, 3, 3, 0.25, 2 / 3],
    [44, 350, 40, 2, 2, 0.1, 0.4],
    [45, 300, 20, 5, 5, 0.6, 0.8],
    [46, 300, 30, 4, 4, 0.3, 1],
    [47, 300, 35, 6, 2, 0.4, 0.3],
    [48, 250, 30, 3, 3, 0.3, 0.15],
  ])(
    "seed %i: %i partners, %i capabilities, %i segments × %i regions (%d empty = all), threshold %d",
    (seed, size, capabilities, segments, regions, allChance, threshold) => {
      const partners = mixedPortfolio(seed, size, { capabilities, segments, regions, allChance });
      expect(partners.some((p) => p.capabilities.length > PAIR_INDEX_MAX_SIZE)).toBe(true);
      const naive = naiveConflicts(partners, threshold);
      expect(naive.length).toBeGreaterThan(size / 4);
      expect(scoresOnly(partners, threshold)).toEqual(naive);
      // The same through hashed pair keys (the index's form for catalogues too wide for a
      // bucket per pair of capabilities).
      expect(conflictsWith(partners, threshold, "hashed")).toEqual(findChannelConflicts(partners, at(threshold)));
    },
  );

  it("finds every pair at thresholds on the edges of the prefix lengths (t = k/m for small k, m)", () => {
    const partners = mixedPortfolio(51, 220, { capabilities: 18, segments: 3, regions: 2, allChance: 0.4 });
    const edges = [1 / 7, 1 / 5, 1 / 4, 2 / 7, 1 / 3, 3 / 8, 2 / 5, 3 / 7, 1 / 2, 4 / 7, 3 / 5, 5 / 8, 2 / 3];
    for (const t of [...edges, 0.7, 5 / 7, 3 / 4, 4 / 5, 5 / 6, 6 / 7, 7 / 8, 8 / 9, 0.9999, 1])
      expect({ t, pairs: scoresOnly(partners, t) }).toEqual({ t, pairs: naiveConflicts(partners, t) });
  });

  it("finds pairs between a row indexed by pairs and a larger row indexed by single capabilities", () => {
    const big = Array.from({ length: PAIR_INDEX_MAX_SIZE + 4 }, (_, i) => `C${String(i).padStart(2, "0")}`);
    const ps = [
      partner({ name: "Small", roles: ["Co-sell"], capabilities: big.slice(0, PAIR_INDEX_MAX_SIZE) }),
      partner({ name: "Big", roles: ["Co-sell"], capabilities: big }),
      partner({ name: "Bigger", roles: ["Co-sell"], capabilities: [...big, "X1", "X2"] }),
      partner({ name: "Tiny", roles: ["Co-sell"], capabilities: big.slice(0, 2) }),
      partner({ name: "Two", roles: ["Co-sell"], capabilities: big.slice(1, 3) }),
      partner({ name: "One", roles: ["Co-sell"], capabilities: big.slice(0, 1) }),
    ];
    for (const t of [0.1, 1 / 3, 0.5, 0.8, 16 / 20, 16 / 22, 1]) {
      const naive = naiveConflicts(ps, t);
      expect(scoresOnly(ps, t)).toEqual(naive);
    }
    expect(naiveConflicts(ps, 0.7).map((c) => `${c.partnerA}-${c.partnerB}`)).toEqual(
      expect.arrayContaining(["Big-Small", "Big-Bigger", "Bigger-Small"]),
    );
  });

  it("meets a pair through its second role when the first is not shared", () => {
    const caps = ["A", "B", "C", "D"];
    const ps = [
      partner({ name: "Seller", roles: ["Co-sell"], capabilities: caps }),
      partner({ name: "Both", roles: ["Co-sell", "Co-market"], capabilities: caps }),
      partner({ name: "Marketer", roles: ["Co-market"], capabilities: caps }),
    ];
    const result = findChannelConflicts(ps, at(0.5));
    expect(result.map((c) => [c.partnerA, c.partnerB, c.sharedRoles])).toEqual([
      ["Both", "Marketer", ["Co-market"]],
      ["Both", "Seller", ["Co-sell"]],
    ]);
  });

  it("describes shared markets the same way through the index: every-market rows share the other's list", () => {
    const caps = ["A", "B", "C"];
    const ps = [
      partner({ name: "All", roles: ["Co-sell"], capabilities: caps }),
      partner({ name: "Smb", roles: ["Co-sell"], capabilities: caps, segments: ["SMB", "Public"], regions: ["EMEA"] }),
      partner({ name: "Ent", roles: ["Co-sell"], capabilities: caps, segments: ["Public", "Enterprise"] }),
      partner({ name: "Far", roles: ["Co-sell"], capabilities: caps, segments: ["Enterprise"], regions: ["APAC"] }),
    ];
    const shown = findChannelConflicts(ps, at(1)).map((c) => [
      `${c.partnerA}-${c.partnerB}`,
      c.sharedSegments,
      c.sharedRegions,
    ]);
    expect(shown).toEqual([
      ["All-Ent", ["Public", "Enterprise"], []],
      ["All-Far", ["Enterprise"], ["APAC"]],
      ["All-Smb", ["SMB", "Public"], ["EMEA"]],
      ["Ent-Far", ["Enterprise"], ["APAC"]],
      ["Ent-Smb", ["Public"], ["EMEA"]],
    ]);
  });

  it("lists the shared capabilities in partnerA's order whatever the index met them by", () => {
    const ps = [
      partner({ name: "A", roles: ["Co-sell"], capabilities: ["Z", "Y", "X", "W", "V"] }),
      partner({ name: "B", roles: ["Co-sell"], capabilities: ["V", "X", "Y", "Z", "Q"] }),
      partner({ name: "C", roles: ["Co-sell"], capabilities: ["Y", "Z", "X", "W", "V", "U"] }),
    ];
    const byPair = Object.fromEntries(
      findChannelConflicts(ps, at(0.5)).map((c) => [`${c.partnerA}-${c.partnerB}`, c.sharedCapabilities]),
    );
    expect(byPair).toEqual({
      "A-B": ["Z", "Y", "X", "V"],
      "A-C": ["Z", "Y", "X", "W", "V"],
      "B-C": ["V", "X", "Y", "Z"],
    });
  });

  it("stops at the bound on a dense portfolio met through the pair index, and not one pair before it", () => {
    const partners = mixedPortfolio(61, 300, { capabilities: 25, segments: 3, regions: 3, allChance: 0.3 });
    const all = naiveConflicts(partners, 0.5).length;
    expect(all).toBeGreaterThan(100);
    expect(searchChannelConflicts(partners, at(0.5), { maxPairs: all })).toMatchObject({ stopped: false, found: all });
    const stopped = searchChannelConflicts(partners, at(0.5), { maxPairs: all - 1 });
    expect(stopped).toMatchObject({ stopped: true, found: all });
    expect(stopped.conflicts.slice()).toEqual([]);
    expect(searchChannelConflicts(partners, at(0.5), { maxPairs: 10 })).toMatchObject({ stopped: true, found: 11 });
  });
});

describe("the memory bound on conflict pairs (README: Large portfolios)", () => {
  const same = (n: number) =>
    Array.from({ length: n }, (_, i) => partner({ name: `P${i}`, roles: ["Co-sell"], capabilities: ["CRM"] }));

  it("lists every pair when they number at most the bound", () => {
    const result = searchChannelConflicts(same(5), at(0.5), { maxPairs: 10 });
    expect(result).toMatchObject({ stopped: false, found: 10 });
    expect(result.conflicts).toHaveLength(10);
  });

  it("stops once more pairs than the bound reach the threshold, and lists none", () => {
    const result = searchChannelConflicts(same(6), at(0.5), { maxPairs: 10 });
    expect(result).toMatchObject({ stopped: true, found: 11 });
    expect(result.conflicts.slice()).toEqual([]);
  });

  it("stops the all-pairs walk at a threshold of 0 as well", () => {
    const result = searchChannelConflicts(same(6), at(0), { maxPairs: 3 });
    expect(result).toMatchObject({ stopped: true, found: 4 });
    expect(result.conflicts.slice()).toEqual([]);
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

describe("the pair index across go-to-market roles", () => {
  it("finds a pair when the other role's entry for a later pair of capabilities hashes into the same bucket", () => {
    // Found by the order-independence property: probing Co-sell, Partner 2 met Partner 1's
    // Co-market entry for (Analytics, Events) by a hash collision, the positional filter (valid
    // only for the first shared pair) turned it down, and the Co-market pass then skipped it.
    const p1 = partner({ name: "Partner 1", roles: ["Co-market"], capabilities: ["Analytics", "Migration", "Events"] });
    const p2 = partner({
      name: "Partner 2",
      roles: ["Co-sell", "Co-market"],
      capabilities: ["Identity", "Billing", "Analytics", "Migration", "Events"],
    });
    const p3 = partner({ name: "Partner 3", roles: ["Co-sell"], capabilities: ["Identity", "Billing"] });
    for (const order of [
      [p1, p2, p3],
      [p2, p3, p1],
      [p3, p1, p2],
    ]) {
      for (const found of [
        findChannelConflicts(order, at(0.5)),
        conflictsWith(order, 0.5, "hashed"),
        conflictsWith(order, 0.5, "direct"),
      ]) {
        expect(found.map((c) => [c.partnerA, c.partnerB, c.score, c.sharedRoles])).toEqual([
          ["Partner 1", "Partner 2", 0.6, ["Co-market"]],
        ]);
      }
    }
  });

  it("agrees with the naive reference on 4,000 small mixed-role portfolios, in either row order, with pair keys hashed or not", () => {
    // Small portfolios put many keys into the index's 16 pair buckets, so entries of the two
    // roles collide often: the case the test above comes from.
    const ROLES = [["Co-sell"], ["Co-market"], ["Co-sell", "Co-market"]];
    const project = (cs: { partnerA: string; partnerB: string; score: number }[]) =>
      cs.map((c) => `${c.partnerA}|${c.partnerB}|${c.score}`);
    for (let seed = 1; seed <= 4000; seed++) {
      const random = seededRandom(seed);
      const n = 2 + Math.floor(random() * 8);
      const catalogue = 3 + Math.floor(random() * 8);
      const partners = Array.from({ length: n }, (_, i) => {
        const capabilities = new Set<string>();
        const k = 1 + Math.floor(random() * 6);
        for (let j = 0; j < k; j++) capabilities.add(`C${Math.floor(random() * catalogue)}`);
        const roles = ROLES[Math.floor(random() * ROLES.length)] ?? [];
        return partner({ name: `P${i}`, roles, capabilities: [...capabilities] });
      });
      const threshold = [0.3, 0.5, 0.6, 0.75][Math.floor(random() * 4)] ?? 0.5;
      const expected = project(naiveConflicts(partners, threshold));
      expect(project(findChannelConflicts(partners, at(threshold)))).toEqual(expected);
      expect(project(findChannelConflicts([...partners].reverse(), at(threshold)))).toEqual(expected);
      // Small catalogues get a bucket per pair of capabilities: the hashed buckets, where
      // collisions happen, are tried here too.
      expect(project(conflictsWith(partners, threshold, "hashed"))).toEqual(expected);
      expect(project(conflictsWith([...partners].reverse(), threshold, "hashed"))).toEqual(expected);
    }
  });
});

describe("the pair index's buckets", () => {
  it("gives every key a bucket of its own when pair keys are direct, so no entry needs checking", () => {
    for (const capabilities of [1, 2, 7, 60]) {
      const index = new KeyIndex(capabilities, 0, "direct");
      expect(index.direct).toBe(true);
      const buckets = new Set<number>();
      for (const g of [CO_SELL, CO_MARKET])
        for (let id2 = 0; id2 < capabilities; id2++) {
          buckets.add(index.single(id2, g));
          for (let id1 = 0; id1 <= id2; id1++) buckets.add(index.pair(id1, id2, g));
        }
      const keys = 2 * capabilities + capabilities * (capabilities + 1);
      expect(buckets.size).toBe(keys);
      expect(Math.max(...buckets)).toBeLessThan(index.offsets.length - 1);
    }
  });

  it("hashes pair keys when a bucket per pair of capabilities would be too many for the portfolio", () => {
    expect(new KeyIndex(60, 10).direct).toBe(true);
    expect(new KeyIndex(1000, 10).direct).toBe(false);
    expect(new KeyIndex(1000, 200_000).direct).toBe(false);
    expect(new KeyIndex(1000, 600_000).direct).toBe(true);
    expect(new KeyIndex(5000, 10_000_000).direct).toBe(false);
  });
});
