import { tableFromGrid } from "../../../src/engine/ingest/grid";
import { headerRowIndex } from "../../../src/engine/ingest/header-row";

describe("headerRowIndex: a title and notes above the table", () => {
  it("takes the first non-empty row when it names a key column", () => {
    expect(headerRowIndex([[], ["Partner", "Fit"], ["Acme", 4]])).toBe(1);
  });

  it("skips a title and notes above a header that names the Partner column", () => {
    const grid = [["Partner register — Q3"], ["Owner: Ana"], [], ["Partner", "Fit"], ["Acme", 4]];
    expect(headerRowIndex(grid)).toBe(3);
    expect(tableFromGrid("Partners", "Partners", grid, { row: 1, column: 1 })).toMatchObject({
      headerRow: 4,
      header: ["Partner", "Fit"],
      rows: [["Acme", 4]],
    });
  });

  it("finds the header of the other inputs too (Capability, Activity, Pillar, Candidate)", () => {
    for (const key of ["Capability", "Activity", "Pillar", "Candidate"])
      expect(headerRowIndex([["Notes"], [key, "Other"]])).toBe(1);
  });

  it("never takes a data row for the header: it must be all text and as wide as the first row", () => {
    // A mapped register whose key column is "Supplier": "Name" in a data cell is data.
    expect(
      headerRowIndex([
        ["Supplier", "Type"],
        ["Name", 4],
      ]),
    ).toBe(0);
    expect(
      headerRowIndex([
        ["Supplier", "Type", "Fit"],
        ["Name", "x"],
      ]),
    ).toBe(0);
  });

  it("looks no further than ten rows below the first", () => {
    const notes = Array.from({ length: 11 }, (_, i) => [`note ${i}`]);
    expect(headerRowIndex([...notes, ["Partner", "Fit"]])).toBe(0);
    expect(headerRowIndex([...notes.slice(1), ["Partner", "Fit"]])).toBe(10);
  });

  it("returns -1 for an empty grid", () => {
    expect(headerRowIndex([[], [null, " "]])).toBe(-1);
  });
});
