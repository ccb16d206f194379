import { assessCoverage } from "../../../src/engine/coverage";
import { partner } from "../fixtures";
import { required } from "./builders";

describe("single points of failure (SPEC §2.4)", () => {
  const partners = [
    partner({ name: "Solo", capabilities: ["CRM", "ERP", "BI"] }),
    partner({ name: "Other", capabilities: ["BI", "Billing"] }),
    partner({ name: "Shared", capabilities: ["Payroll"] }),
    partner({ name: "Shared too", capabilities: ["Payroll"] }),
  ];
  const caps = [
    required("CRM", { priority: 5 }),
    required("ERP", { priority: 2 }),
    required("BI"),
    required("Billing", { priority: 4 }),
    required("Payroll"),
  ];
  const result = assessCoverage({ partners, capabilities: caps }).singlePointsOfFailure;

  it("lists per partner the required capabilities it alone provides, with their summed Priority as the removal impact", () => {
    expect(result).toEqual([
      { partner: "Solo", capabilities: ["CRM", "ERP"], removalImpact: 7 },
      { partner: "Other", capabilities: ["Billing"], removalImpact: 4 },
    ]);
  });

  it("leaves out partners that alone provide nothing", () => {
    expect(result.map((s) => s.partner)).not.toContain("Shared");
  });

  it("orders by removal impact desc, then name", () => {
    const tied = assessCoverage({
      partners: [partner({ name: "b", capabilities: ["X"] }), partner({ name: "A", capabilities: ["Y"] })],
      capabilities: null,
    }).singlePointsOfFailure;
    expect(tied.map((s) => s.partner)).toEqual(["A", "b"]);
  });

  it("ignores capabilities outside the required set", () => {
    const r = assessCoverage({
      partners: [partner({ name: "A", capabilities: ["Unlisted"] })],
      capabilities: [required("CRM")],
    });
    expect(r.singlePointsOfFailure).toEqual([]);
  });
});
