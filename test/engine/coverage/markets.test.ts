import { marketAxes, requiredCells, serves } from "../../../src/engine/coverage/markets";

describe("market cells (SPEC §2.4, §2.9)", () => {
  describe("requiredCells", () => {
    it("is every (segment, region) of the required Segments × Regions", () => {
      expect(requiredCells({ segments: ["SMB", "Enterprise"], regions: ["EMEA", "APAC"] })).toEqual([
        { segment: "SMB", region: "EMEA" },
        { segment: "SMB", region: "APAC" },
        { segment: "Enterprise", region: "EMEA" },
        { segment: "Enterprise", region: "APAC" },
      ]);
    });

    it("is one global cell when both Segments and Regions are empty", () => {
      expect(requiredCells({ segments: [], regions: [] })).toEqual([{ segment: null, region: null }]);
    });

    it("makes the region 'any' when only Segments are given", () => {
      expect(requiredCells({ segments: ["SMB", "Public"], regions: [] })).toEqual([
        { segment: "SMB", region: null },
        { segment: "Public", region: null },
      ]);
    });

    it("makes the segment 'any' when only Regions are given", () => {
      expect(requiredCells({ segments: [], regions: ["EMEA"] })).toEqual([{ segment: null, region: "EMEA" }]);
    });
  });

  describe("serves", () => {
    const cell = { segment: "SMB", region: "EMEA" };
    it("counts a partner listing the cell's segment and region", () => {
      expect(serves({ segments: ["SMB"], regions: ["EMEA"] }, cell)).toBe(true);
    });
    it("counts a partner with empty Segments in every segment", () => {
      expect(serves({ segments: [], regions: ["EMEA"] }, cell)).toBe(true);
    });
    it("counts a partner with empty Regions in every region", () => {
      expect(serves({ segments: ["SMB"], regions: [] }, cell)).toBe(true);
    });
    it("does not count a partner listing other segments", () => {
      expect(serves({ segments: ["Enterprise"], regions: ["EMEA"] }, cell)).toBe(false);
    });
    it("does not count a partner listing other regions", () => {
      expect(serves({ segments: ["SMB"], regions: ["APAC"] }, cell)).toBe(false);
    });
    it("counts every partner in the global cell", () => {
      expect(serves({ segments: ["Enterprise"], regions: ["APAC"] }, { segment: null, region: null })).toBe(true);
    });
    it("counts a partner of any segment in a cell whose segment is 'any'", () => {
      expect(serves({ segments: ["Enterprise"], regions: ["EMEA"] }, { segment: null, region: "EMEA" })).toBe(true);
      expect(serves({ segments: ["Enterprise"], regions: ["APAC"] }, { segment: null, region: "EMEA" })).toBe(false);
    });
  });

  describe("marketAxes", () => {
    it("is every segment and region some partner lists, in the order first seen", () => {
      expect(
        marketAxes([
          { segments: ["SMB"], regions: ["EMEA"] },
          { segments: ["Public", "SMB"], regions: [] },
        ]),
      ).toEqual({
        segments: ["SMB", "Public"],
        regions: ["EMEA"],
      });
    });
    it("makes the segment axis a single 'any' when no partner lists a segment", () => {
      expect(marketAxes([{ segments: [], regions: ["EMEA"] }]).segments).toEqual([null]);
    });
    it("makes the region axis a single 'any' when no partner lists a region", () => {
      expect(marketAxes([{ segments: ["SMB"], regions: [] }]).regions).toEqual([null]);
    });
  });
});
