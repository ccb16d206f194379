import fc from "fast-check";
import { MarketCounter } from "../../../src/engine/coverage/market-counter";
import { marketAxes, serves } from "../../../src/engine/coverage/markets";

const SEGMENTS = ["SMB", "Enterprise", "Public"];
const REGIONS = ["EMEA", "APAC", "Americas", "Nordics"];
const partner = fc.record({ segments: fc.subarray(SEGMENTS), regions: fc.subarray(REGIONS) });

describe("MarketCounter (SPEC §2.4 providers per market cell, counted by index)", () => {
  it("counts in each cell exactly the providers that serve it, an empty list serving every value", () => {
    fc.assert(
      fc.property(fc.array(partner, { maxLength: 12 }), fc.integer({ min: 0, max: 12 }), (partners, cut) => {
        const grid = marketAxes(partners);
        const providers = partners.slice(0, cut);
        const counter = new MarketCounter(grid);
        const counts = counter.perCell(providers);
        grid.segments.forEach((segment, s) =>
          grid.regions.forEach((region, r) => {
            const naive = providers.filter((p) => serves(p, { segment, region })).length;
            expect(counts[s * grid.regions.length + r]).toBe(naive);
          }),
        );
        const bySegment = grid.segments.map(
          (segment) => providers.filter((p) => serves(p, { segment, region: null })).length,
        );
        expect(counter.perSegment(providers)).toEqual(bySegment);
      }),
    );
  });

  it("lists the cells over Max segment by segment, region by region", () => {
    const partners = [
      { segments: [], regions: ["EMEA"] },
      { segments: ["SMB"], regions: [] },
      { segments: ["SMB", "Public"], regions: ["EMEA"] },
    ];
    const counter = new MarketCounter(marketAxes(partners));
    expect(counter.crowded(counter.perCell(partners), 1)).toEqual([
      { segment: "SMB", region: "EMEA", providers: 3 },
      { segment: "Public", region: "EMEA", providers: 2 },
    ]);
  });

  it("counts a segment listed twice by one provider once in the heat map", () => {
    const partners = [{ segments: ["SMB", "SMB"], regions: [] }];
    expect(new MarketCounter(marketAxes(partners)).perSegment(partners)).toEqual([1]);
  });

  it("counts every provider in every segment when no partner lists a segment", () => {
    const partners = [
      { segments: [], regions: ["EMEA"] },
      { segments: [], regions: [] },
    ];
    expect(new MarketCounter(marketAxes(partners)).perSegment(partners)).toEqual([2]);
  });
});
