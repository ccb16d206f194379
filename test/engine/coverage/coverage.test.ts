import { assessCoverage, type CapabilityCoverage } from "../../../src/engine/coverage";
import type { Partner, RequiredCapability } from "../../../src/engine/model";
import { partner } from "../fixtures";
import { required } from "./builders";

const cover = (partners: Partner[], capabilities: RequiredCapability[] | null = null) =>
  assessCoverage({ partners, capabilities });
const only = (partners: Partner[], req: RequiredCapability): CapabilityCoverage => {
  const c = cover(partners, [req]).capabilities[0];
  if (c === undefined) throw new Error("no capability");
  return c;
};
const provider = (name: string, fields: Partial<Partner> = {}) => partner({ name, capabilities: ["CRM"], ...fields });

describe("assessCoverage (SPEC §2.4, §2.9)", () => {
  describe("the required set", () => {
    it("is the Capabilities table when there is one, in its order", () => {
      const result = cover([provider("A", { capabilities: ["CRM", "ERP"] })], [required("ERP"), required("Billing")]);
      expect(result.capabilities.map((c) => c.capability)).toEqual(["ERP", "Billing"]);
    });

    it("is every capability some partner lists, with defaults, without a Capabilities table", () => {
      const result = cover([
        provider("A", { capabilities: ["CRM", "ERP"] }),
        provider("B", { capabilities: ["BI", "CRM"] }),
      ]);
      expect(result.capabilities.map((c) => [c.capability, c.priority, c.min, c.max, c.centrality, c.urgency])).toEqual(
        [
          ["CRM", 3, 1, 3, "Adjacent", "Next"],
          ["ERP", 3, 1, 3, "Adjacent", "Next"],
          ["BI", 3, 1, 3, "Adjacent", "Next"],
        ],
      );
    });
  });

  it("lists as providers the partners that list the capability, in sheet order", () => {
    const c = only([provider("B"), partner({ name: "X", capabilities: ["ERP"] }), provider("A")], required("CRM"));
    expect(c.providers).toEqual(["B", "A"]);
  });

  describe("Gap", () => {
    it("flags a required cell with fewer than Min providers", () => {
      const c = only([provider("A")], required("CRM", { min: 2 }));
      expect(c.status).toBe("Gap");
      expect(c.cells).toEqual([{ segment: null, region: null, providers: 1, shortfall: 1 }]);
    });

    it("is not a gap at exactly Min providers", () => {
      expect(only([provider("A"), provider("B")], required("CRM", { min: 2 })).flags).not.toContain("gap");
    });

    it("has severity Priority × Σ over failing cells of (Min − providers)", () => {
      const partners = [
        provider("A", { segments: ["SMB"] }),
        provider("B", { segments: ["SMB"] }),
        provider("C", { segments: ["Public"] }),
      ];
      const c = only(partners, required("CRM", { priority: 4, min: 3, segments: ["SMB", "Public", "Enterprise"] }));
      // SMB: 2 providers (short 1); Public: 1 (short 2); Enterprise: 0 (short 3).
      expect(c.cells.map((x) => x.shortfall)).toEqual([1, 2, 3]);
      expect(c.severity).toBe(4 * 6);
    });

    it("has severity 0 when there is no gap", () => {
      expect(only([provider("A")], required("CRM")).severity).toBe(0);
    });

    it("is a gap of Min × Priority for a required capability no partner lists", () => {
      const c = only([partner({ name: "A", capabilities: ["ERP"] })], required("CRM", { priority: 5, min: 2 }));
      expect([c.status, c.severity, c.providers]).toEqual(["Gap", 10, []]);
    });

    it("counts every provider in the one global cell when Segments and Regions are both empty", () => {
      const c = only(
        [
          provider("A", { segments: ["SMB"], regions: ["EMEA"] }),
          provider("B", { segments: ["Public"], regions: ["APAC"] }),
        ],
        required("CRM", { min: 2 }),
      );
      expect(c.cells).toEqual([{ segment: null, region: null, providers: 2, shortfall: 0 }]);
    });

    it("counts a provider of any region when the requirement names only segments", () => {
      const partners = [
        provider("A", { segments: ["SMB"], regions: ["EMEA"] }),
        provider("B", { segments: ["SMB"], regions: ["APAC"] }),
      ];
      expect(only(partners, required("CRM", { min: 2, segments: ["SMB"] })).cells).toEqual([
        { segment: "SMB", region: null, providers: 2, shortfall: 0 },
      ]);
    });

    it("counts a provider of any segment when the requirement names only regions", () => {
      const partners = [
        provider("A", { segments: ["SMB"], regions: ["EMEA"] }),
        provider("B", { segments: ["Public"], regions: ["APAC"] }),
      ];
      expect(
        only(partners, required("CRM", { regions: ["EMEA", "APAC", "LATAM"] })).cells.map((x) => x.providers),
      ).toEqual([1, 1, 0]);
    });

    it("counts a provider with empty Segments or Regions in every required cell", () => {
      const c = only([provider("Everywhere")], required("CRM", { segments: ["SMB", "Public"], regions: ["EMEA"] }));
      expect(c.cells.map((x) => x.providers)).toEqual([1, 1]);
    });

    it("counts only partners with an empty list in a required segment no partner lists", () => {
      const partners = [provider("A", { segments: ["SMB"] }), provider("B")];
      expect(only(partners, required("CRM", { segments: ["Healthcare"] })).cells).toEqual([
        { segment: "Healthcare", region: null, providers: 1, shortfall: 0 },
      ]);
    });
  });

  describe("Duplicated and Strategic overlap", () => {
    it("flags Duplicated when some market cell has more than Max providers", () => {
      const partners = ["A", "B", "C"].map((n) => provider(n, { segments: ["SMB"], regions: ["EMEA"] }));
      const c = only([...partners, provider("D", { segments: ["Public"] })], required("CRM", { max: 2 }));
      expect(c.status).toBe("Duplicated");
      expect(c.duplicatedCells).toEqual([{ segment: "SMB", region: "EMEA", providers: 3 }]);
    });

    it("is not duplicated at exactly Max providers in a cell", () => {
      const c = only(
        ["A", "B"].map((n) => provider(n, { segments: ["SMB"] })),
        required("CRM", { max: 2 }),
      );
      expect(c.flags).toEqual([]);
      expect(c.status).toBe("Covered");
    });

    it("flags Strategic overlap when more than Max provide it in all but no single market cell is over Max", () => {
      const partners = [
        provider("A", { segments: ["SMB"] }),
        provider("B", { segments: ["SMB"] }),
        provider("C", { segments: ["Public"] }),
      ];
      const c = only(partners, required("CRM", { max: 2 }));
      expect(c.status).toBe("Strategic overlap");
      expect(c.flags).toEqual(["strategic-overlap"]);
    });

    it("judges duplication over the segments and regions partners list, whatever the requirement's markets", () => {
      const partners = ["A", "B"].map((n) => provider(n, { segments: ["SMB"], regions: ["EMEA"] }));
      const c = only(partners, required("CRM", { max: 1, segments: ["Public"] }));
      expect(c.duplicatedCells).toEqual([{ segment: "SMB", region: "EMEA", providers: 2 }]);
    });

    it("counts a partner with empty Segments in every segment's cells", () => {
      const c = only([provider("A", { segments: ["SMB"] }), provider("B")], required("CRM", { max: 1 }));
      expect(c.duplicatedCells).toEqual([{ segment: "SMB", region: null, providers: 2 }]);
    });

    it("uses one 'any' cell per axis when no partner lists any segment or region, so every provider shares it", () => {
      const c = only(
        ["A", "B"].map((n) => provider(n)),
        required("CRM", { max: 1 }),
      );
      expect(c.duplicatedCells).toEqual([{ segment: null, region: null, providers: 2 }]);
      expect(c.status).toBe("Duplicated");
    });

    it("uses one 'any' segment when no partner lists a segment, keeping the regions apart", () => {
      const c = only(
        [provider("A", { regions: ["EMEA"] }), provider("B", { regions: ["APAC"] })],
        required("CRM", { max: 1 }),
      );
      expect(c.status).toBe("Strategic overlap");
    });
  });

  it("flags Single-sourced when exactly one partner provides the capability", () => {
    const c = only([provider("A")], required("CRM"));
    expect([c.status, c.flags]).toEqual(["Single-sourced", ["single-sourced"]]);
  });

  it("is Covered when no flag holds", () => {
    expect(only([provider("A"), provider("B")], required("CRM")).status).toBe("Covered");
  });

  describe("status precedence Gap > Duplicated > Strategic overlap > Single-sourced > Covered, with all flags listed", () => {
    it("puts Gap before Duplicated and lists both", () => {
      const partners = [
        ...["A", "B"].map((n) => provider(n, { segments: ["SMB"] })),
        partner({ name: "Z", segments: ["Public"] }),
      ];
      const c = only(partners, required("CRM", { max: 1, segments: ["Public"] }));
      expect([c.status, c.flags]).toEqual(["Gap", ["gap", "duplicated"]]);
    });

    it("puts Gap before Strategic overlap", () => {
      const partners = [
        provider("A", { segments: ["SMB"] }),
        provider("B", { segments: ["Public"] }),
        partner({ name: "Z", segments: ["Gov"] }),
      ];
      const c = only(partners, required("CRM", { max: 1, segments: ["Gov"] }));
      expect([c.status, c.flags]).toEqual(["Gap", ["gap", "strategic-overlap"]]);
    });

    it("puts Gap before Single-sourced", () => {
      const c = only([provider("A")], required("CRM", { min: 2 }));
      expect([c.status, c.flags]).toEqual(["Gap", ["gap", "single-sourced"]]);
    });
  });

  it("gives the providers per segment of the market axis for the heat map", () => {
    const partners = [
      provider("A", { segments: ["SMB"] }),
      provider("B"),
      provider("C", { segments: ["Public"], regions: ["EMEA"] }),
    ];
    const result = cover(partners, [required("CRM")]);
    expect(result.segments).toEqual(["SMB", "Public"]);
    expect(result.capabilities[0]?.providersBySegment).toEqual([2, 2]);
  });

  it("leaves the recommendation empty until candidates are ranked", () => {
    expect(only([], required("CRM")).recommendation).toBeNull();
  });
});
