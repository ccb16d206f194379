import { headerKey, resolveColumns } from "../../../src/engine/ingest/headers";
import { PARTNER_COLUMNS } from "../../../src/engine/ingest/partner-columns";

const fieldOf = (header: string) => {
  const { columns } = resolveColumns([header], PARTNER_COLUMNS);
  return [...columns.keys()][0];
};

describe("headerKey (SPEC §1 header matching)", () => {
  it("ignores case, spaces, underscores and punctuation", () => {
    expect(
      ["Partner Name", "partner_name", "PARTNER-NAME", " Partner.Name! ", "partner   name"].map(headerKey),
    ).toEqual(Array(5).fill("partnername"));
  });

  it("keeps letters of any script and digits", () => {
    expect(headerKey("Région 2")).toBe("région2");
  });
});

describe("resolveColumns (SPEC §1 header synonyms)", () => {
  it.each([
    ["Partner", "name"],
    ["Partner Name", "name"],
    ["partner_name", "name"],
    ["PARTNER-NAME:", "name"],
    ["Fit", "fit"],
    ["Strategic Fit", "fit"],
    ["strategic_fit", "fit"],
    ["Strategic Fit Score", "fit"],
    ["Business Impact", "impact"],
    ["Momentum Score", "momentum"],
    ["Partner Roles", "roles"],
    ["Customer Segments", "segments"],
    ["Geography", "regions"],
    ["Lifecycle Stages", "lifecycle"],
    ["Sourced Pipeline", "pipeline"],
    ["ARR", "revenue"],
    ["MDF", "investment"],
    ["Relationship Owner", "owner"],
  ])("reads the header %p as the %s column", (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it("keeps unknown columns aside, by their written header", () => {
    const r = resolveColumns(["Partner", "Notes", "Fit", "Internal code"], PARTNER_COLUMNS);
    expect(r.unknown).toEqual(["Notes", "Internal code"]);
    expect(r.columns.get("fit")).toBe(2);
  });

  it("uses the first of two columns for the same field and lists the other as a duplicate", () => {
    const r = resolveColumns(["Partner", "Fit", "Strategic Fit"], PARTNER_COLUMNS);
    expect(r.columns.get("fit")).toBe(1);
    expect(r.duplicates).toEqual([{ field: "fit", index: 2 }]);
  });

  it("ignores empty header cells", () => {
    const r = resolveColumns(["Partner", null, "  ", "Fit"], PARTNER_COLUMNS);
    expect(r.unknown).toEqual([]);
    expect(r.columns.get("fit")).toBe(3);
  });

  it("reads number headers as their text", () => {
    const r = resolveColumns(["Partner", 2026], PARTNER_COLUMNS);
    expect(r.unknown).toEqual(["2026"]);
  });

  it("lets an explicit column mapping win over synonyms", () => {
    const r = resolveColumns(["Org", "Partner", "Score A"], PARTNER_COLUMNS, { name: "Org", fit: "score a" });
    expect(r.columns.get("name")).toBe(0);
    expect(r.columns.get("fit")).toBe(2);
    expect(r.unknown).toEqual(["Partner"]);
  });
});
