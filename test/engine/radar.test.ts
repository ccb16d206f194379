import type { Tier } from "../../src/engine/model";
import { placeOnRadar, primaryRole } from "../../src/engine/radar";

const tiered = (partner: string, tier: Tier, revenue: number | null = null) => ({ partner, tier, revenue });
const roles = (name: string, ...r: string[]) => ({ name, roles: r });

describe("primaryRole (SPEC §2.11)", () => {
  it("is the first of Co-sell, Co-market, Integrate, Implement, Influence that the partner holds", () => {
    expect(primaryRole(["Influence", "Implement"])).toBe("Implement");
    expect(primaryRole(["Integrate", "Co-market"])).toBe("Co-market");
    expect(primaryRole(["Influence", "Co-sell"])).toBe("Co-sell");
  });

  it("is Other for a partner with none of the five roles", () => {
    expect(primaryRole([])).toBe("Other");
    expect(primaryRole(["Referral"])).toBe("Other");
  });
});

describe("placeOnRadar (SPEC §2.11 partnership radar)", () => {
  it("draws only sectors with a tiered partner, in role order, each spanning 360°/k clockwise from 12 o'clock", () => {
    const r = placeOnRadar(
      [tiered("A", "Focus"), tiered("B", "Scale"), tiered("C", "Unscored")],
      [roles("A", "Influence"), roles("B", "Co-sell"), roles("C", "Co-market")],
    );
    expect(r.sectors.map((s) => [s.sector, s.start, s.span])).toEqual([
      ["Co-sell", 90, 180],
      ["Influence", -90, 180],
    ]);
  });

  it("puts rings by tier: Strategic at r 0.5, Focus 1.5, Scale 2.5, and leaves Unscored partners off", () => {
    const r = placeOnRadar(
      [tiered("S", "Strategic"), tiered("F", "Focus"), tiered("L", "Scale"), tiered("U", "Unscored")],
      [roles("S", "Co-sell"), roles("F", "Co-sell"), roles("L", "Co-sell"), roles("U", "Co-sell")],
    );
    expect(r.points.map((p) => [p.partner, p.ring, p.radius])).toEqual([
      ["S", "Strategic", 0.5],
      ["F", "Focus", 1.5],
      ["L", "Scale", 2.5],
    ]);
  });

  it("spreads the n partners of one sector and ring in rank order at θ = start − (i + 0.5)·span/n, x = r·cos θ, y = r·sin θ", () => {
    // Three sectors: span 120; Integrate is sector 1, starting at 90 − 120 = −30.
    const r = placeOnRadar(
      [tiered("A", "Focus"), tiered("B", "Focus"), tiered("X", "Scale"), tiered("Y", "Scale")],
      [roles("A", "Integrate"), roles("B", "Integrate"), roles("X", "Co-sell"), roles("Y", "Other thing")],
    );
    const a = r.points.find((p) => p.partner === "A");
    const b = r.points.find((p) => p.partner === "B");
    expect(a?.theta).toBe(-30 - 0.5 * 60);
    expect(b?.theta).toBe(-30 - 1.5 * 60);
    expect(a?.x).toBeCloseTo(1.5 * Math.cos((-60 * Math.PI) / 180), 12);
    expect(a?.y).toBeCloseTo(1.5 * Math.sin((-60 * Math.PI) / 180), 12);
    expect(r.sectors.map((s) => s.sector)).toEqual(["Co-sell", "Integrate", "Other"]);
  });

  it("uses a single sector as a whole circle, starting at 12 o'clock", () => {
    const r = placeOnRadar([tiered("A", "Strategic"), tiered("B", "Strategic")], [roles("A"), roles("B")]);
    expect(r.points.map((p) => p.theta)).toEqual([0, -180]);
    expect(r.sectors).toEqual([
      { sector: "Other", start: 90, span: 360, count: 2, rings: { Strategic: 2, Focus: 0, Scale: 0 } },
    ]);
  });

  it("sizes a point by Revenue, a missing Revenue being 0", () => {
    const r = placeOnRadar([tiered("A", "Scale", 1200), tiered("B", "Scale")], [roles("A"), roles("B")]);
    expect(r.points.map((p) => p.revenue)).toEqual([1200, 0]);
  });

  it("matches a partner's roles by name, case-insensitively", () => {
    expect(placeOnRadar([tiered("acme", "Scale")], [roles("ACME", "co-market")]).points[0]?.sector).toBe("Co-market");
  });

  it("has no sectors and no points when nobody is tiered", () => {
    expect(placeOnRadar([tiered("A", "Unscored")], [roles("A", "Co-sell")])).toEqual({ points: [], sectors: [] });
  });
});
