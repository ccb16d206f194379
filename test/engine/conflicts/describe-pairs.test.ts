import { findChannelConflicts } from "../../../src/engine/conflicts";
import { conflictsDocument } from "../../../src/engine/conflicts/document";
import { MAX_BITSET_WORDS } from "../../../src/engine/conflicts/encode";
import type { Partner } from "../../../src/engine/model";
import { compareNames } from "../../../src/engine/tiering/compare";
import { seededRandom, someOf } from "../coverage/builders";
import { partner } from "../fixtures";

const at = (conflictThreshold: number) => ({ conflictThreshold });

/**
 * Every field of every reported pair (SPEC §2.5) written as plainly as possible: all pairs,
 * string lists, no index, no shared arrays; shared capabilities in partnerA's listed order,
 * markets in partnerA's order (an empty list serves every market, so the other list is shown).
 */
function naiveDescriptions(partners: Partner[], threshold: number) {
  const markets = (a: string[], b: string[]) =>
    a.length === 0 ? [...b] : b.length === 0 ? [...a] : a.filter((v) => b.includes(v));
  const out = [];
  for (let i = 0; i < partners.length; i++) {
    for (let j = i + 1; j < partners.length; j++) {
      const [a, b] =
        compareNames((partners[i] as Partner).name, (partners[j] as Partner).name) <= 0
          ? [partners[i] as Partner, partners[j] as Partner]
          : [partners[j] as Partner, partners[i] as Partner];
      const sharedRoles = ["Co-sell", "Co-market"].filter((r) => a.roles.includes(r) && b.roles.includes(r));
      const sharedSegments = markets(a.segments, b.segments);
      const sharedRegions = markets(a.regions, b.regions);
      const segmentsMeet = a.segments.length === 0 || b.segments.length === 0 || sharedSegments.length > 0;
      const regionsMeet = a.regions.length === 0 || b.regions.length === 0 || sharedRegions.length > 0;
      if (sharedRoles.length === 0 || !segmentsMeet || !regionsMeet) continue;
      const sharedCapabilities = a.capabilities.filter((c) => b.capabilities.includes(c));
      const union = new Set([...a.capabilities, ...b.capabilities]).size;
      const score = union === 0 ? 0 : sharedCapabilities.length / union;
      if (score < threshold - 1e-9) continue;
      out.push({
        partnerA: a.name,
        partnerB: b.name,
        score,
        sharedCapabilities,
        sharedSegments,
        sharedRegions,
        sharedRoles,
      });
    }
  }
  return out.sort(
    (p, q) => q.score - p.score || compareNames(p.partnerA, q.partnerA) || compareNames(p.partnerB, q.partnerB),
  );
}

/**
 * Families of near-copies that list their capabilities in their own order (so equal sets are
 * often listed differently), over `capabilities` shared ones plus, with `own`, one of each
 * partner's own (a catalogue too wide for bit sets).
 */
function families(seed: number, size: number, capabilities: number, own = false): Partner[] {
  const rand = seededRandom(seed);
  const caps = Array.from({ length: capabilities }, (_, i) => `Cap ${i}`);
  const profiles = Array.from({ length: Math.max(1, Math.floor(size / 20)) }, () => someOf(rand, caps, 7));
  const roleSets = [["Co-sell"], ["Co-market"], ["Co-sell", "Co-market"], ["Co-sell", "Implement"]];
  return Array.from({ length: size }, (_, i) => {
    const mine = (profiles[Math.floor(rand() * profiles.length)] as string[]).filter(() => rand() > 0.15);
    if (rand() < 0.4) mine.push(caps[Math.floor(rand() * caps.length)] as string);
    if (rand() < 0.5) mine.reverse();
    if (own && rand() < 0.5) mine.push(`Own ${i}`);
    return partner({
      name: `${String.fromCharCode(97 + Math.floor(rand() * 26))}Partner ${i}`,
      roles: roleSets[Math.floor(rand() * roleSets.length)] as string[],
      capabilities: [...new Set(mine)],
      segments: rand() < 0.3 ? [] : someOf(rand, ["SMB", "Enterprise", "Public"], 2),
      regions: rand() < 0.3 ? [] : someOf(rand, ["EMEA", "APAC", "Americas"], 2),
    });
  });
}

describe("each reported pair's description (SPEC §2.5) against a naive one", () => {
  it.each([
    [71, 400, 30, 0.5],
    [72, 400, 20, 0.34],
    [73, 300, 40, 0.75],
  ])(
    "dense families, seed %i: %i partners, %i capabilities, threshold %d — every field of every pair",
    (seed, size, capabilities, threshold) => {
      const partners = families(seed, size, capabilities);
      const naive = naiveDescriptions(partners, threshold);
      expect(naive.length).toBeGreaterThan(size);
      // Strict: plain objects (Object.prototype), the same own properties, no undefined ones.
      expect(findChannelConflicts(partners, at(threshold))).toStrictEqual(naive);
    },
  );

  it(`describes pairs the same when the catalogue is too wide for bit sets (past ${MAX_BITSET_WORDS * 32} capabilities)`, () => {
    const partners = families(74, 600, 30, true);
    expect(new Set(partners.flatMap((p) => p.capabilities)).size).toBeGreaterThan(MAX_BITSET_WORDS * 32);
    const naive = naiveDescriptions(partners, 0.4);
    expect(naive.length).toBeGreaterThan(600);
    expect(findChannelConflicts(partners, at(0.4))).toStrictEqual(naive);
  });

  it("makes each pair a plain object whose keys come in the documented order, as JSON and the pane's worker see it", () => {
    const partners = families(76, 120, 20);
    const conflicts = findChannelConflicts(partners, at(0.5));
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) {
      expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
      expect(c.constructor).toBe(Object);
      expect(Object.keys(c)).toEqual([
        "partnerA",
        "partnerB",
        "score",
        "sharedCapabilities",
        "sharedSegments",
        "sharedRegions",
        "sharedRoles",
      ]);
    }
    expect(structuredClone(conflicts)).toStrictEqual(conflicts);
    expect(JSON.parse(JSON.stringify(conflicts))).toStrictEqual(conflicts);
  });

  it("lists the shared capabilities in partnerA's listed order, which may differ from partnerB's", () => {
    const ps = [
      partner({ name: "A", roles: ["Co-sell"], capabilities: ["W", "X", "Y", "Z"] }),
      partner({ name: "B", roles: ["Co-sell"], capabilities: ["Z", "Y", "X", "V"] }),
      partner({ name: "C", roles: ["Co-sell"], capabilities: ["X", "Y", "Z", "U"] }),
    ];
    expect(findChannelConflicts(ps, at(0.5)).map((c) => [c.partnerA, c.partnerB, c.sharedCapabilities])).toEqual([
      ["A", "B", ["X", "Y", "Z"]],
      ["A", "C", ["X", "Y", "Z"]],
      ["B", "C", ["Z", "Y", "X"]],
    ]);
  });

  it("shares one array between the pairs whose shared capabilities are equal, in the same order", () => {
    // Results are read, never changed: the memory of a dense portfolio's pairs depends on it.
    const partners = families(75, 600, 25);
    const conflicts = findChannelConflicts(partners, at(0.5));
    const byContent = new Map<string, Set<string[]>>();
    for (const c of conflicts) {
      const key = JSON.stringify(c.sharedCapabilities);
      const arrays = byContent.get(key) ?? new Set<string[]>();
      arrays.add(c.sharedCapabilities);
      byContent.set(key, arrays);
    }
    const own = new Set(partners.map((p) => p.capabilities));
    for (const arrays of byContent.values()) {
      // At most one shared array per content, besides partners' own lists of that content.
      expect([...arrays].filter((a) => !own.has(a)).length).toBeLessThanOrEqual(1);
    }
    expect(byContent.size).toBeLessThan(conflicts.length / 4);
  });
});

describe("the conflicts of the JSON document (SPEC §3)", () => {
  it("copies each pair as a plain object of the SPEC's keys only, in order, whatever else a pair carries", () => {
    const conflicts = findChannelConflicts(families(77, 120, 20), at(0.5));
    expect(conflicts.length).toBeGreaterThan(0);
    const extra = conflicts.map((c) => ({ ...c, internal: 1 }));
    const doc = conflictsDocument(extra);
    expect(doc).toStrictEqual(conflicts.map((c) => ({ ...c })));
    expect(JSON.stringify(doc)).toBe(JSON.stringify(conflicts));
    for (const d of doc) expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
  });
});
