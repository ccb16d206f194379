import { tableNamer } from "../../src/excel/sheet-plan";

describe("tableNamer", () => {
  it("hands out the wanted name when free, else the next numbered one, and remembers each it gave", () => {
    const taken = new Set(["ped_tiering"]);
    const name = tableNamer(taken);
    expect([name("PED_Tiering"), name("PED_Tiering"), name("PED_Summary"), name("ped_summary")]).toEqual([
      "PED_Tiering2",
      "PED_Tiering3",
      "PED_Summary",
      "ped_summary2",
    ]);
    expect(taken.has("ped_tiering3")).toBe(true);
  });
});
