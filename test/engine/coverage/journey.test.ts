import { journeyMatrix } from "../../../src/engine/coverage/journey";
import { layerMix } from "../../../src/engine/coverage/layer-mix";
import { partner } from "../fixtures";

describe("journey matrix (SPEC §2.4)", () => {
  const m = journeyMatrix([
    partner({ name: "A", lifecycle: ["Purchase", "Awareness"], roles: ["Co-sell", "Co-market"] }),
    partner({ name: "B", lifecycle: ["Purchase", "Advocacy"], roles: ["Co-sell", "Referral"] }),
    partner({ name: "C", lifecycle: ["Renewal"], roles: [] }),
  ]);

  it("lists the standard stages in journey order, then other stages as first seen", () => {
    expect(m.stages).toEqual([
      "Awareness",
      "Consideration",
      "Purchase",
      "Onboarding",
      "Adoption",
      "Renewal",
      "Expansion",
      "Advocacy",
    ]);
  });

  it("lists the standard roles, then other roles as first seen", () => {
    expect(m.roles).toEqual(["Co-sell", "Co-market", "Integrate", "Implement", "Influence", "Referral"]);
  });

  it("counts partners per (lifecycle stage, role)", () => {
    expect(m.partners[2]?.[0]).toBe(2); // Purchase × Co-sell: A and B
    expect(m.partners[0]?.[1]).toBe(1); // Awareness × Co-market: A
    expect(m.partners[7]?.[5]).toBe(1); // Advocacy × Referral: B
  });

  it("does not count a partner without roles", () => {
    expect(m.partners[5]?.every((n) => n === 0)).toBe(true); // Renewal: only C, who has no role
  });

  it("lists every empty cell as a journey gap, stage by stage", () => {
    expect(m.gaps).toHaveLength(8 * 6 - 7);
    expect(m.gaps[0]).toEqual({ stage: "Awareness", role: "Integrate" });
    expect(m.gaps).not.toContainEqual({ stage: "Purchase", role: "Co-sell" });
  });
});

describe("layer mix (SPEC §2.4)", () => {
  it("sums partners and revenue per Layer × Type, layers in architecture order, types as first seen, blanks last", () => {
    const rows = layerMix([
      partner({ name: "A", layer: "Market", type: "Reseller", revenue: 10 }),
      partner({ name: "B", layer: "Core", type: "Technology", revenue: 5 }),
      partner({ name: "C", layer: "Market", type: "Reseller", revenue: null }),
      partner({ name: "D", layer: "Market", type: "Technology", revenue: 1 }),
      partner({ name: "E", layer: null, type: "", revenue: 2 }),
      partner({ name: "F", layer: "Core", type: "", revenue: 3 }),
    ]);
    expect(rows).toEqual([
      { layer: "Core", type: "Technology", partners: 1, revenue: 5 },
      { layer: "Core", type: "", partners: 1, revenue: 3 },
      { layer: "Market", type: "Reseller", partners: 2, revenue: 10 },
      { layer: "Market", type: "Technology", partners: 1, revenue: 1 },
      { layer: null, type: "", partners: 1, revenue: 2 },
    ]);
  });
});
