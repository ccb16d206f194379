import { formulaText, rangeValues } from "../../src/report/sheet-spec";

describe("rangeValues", () => {
  it("reads a range from the blocks that cover it, row by row, null where none does, the later block winning", () => {
    const spec = {
      blocks: [
        {
          row: 0,
          col: 0,
          values: [
            ["a", "b"],
            ["c", "d"],
          ],
        },
        { row: 1, col: 1, values: [["D", "E"]] },
      ],
    };
    expect(rangeValues(spec, { row: 0, col: 1, rows: 3, cols: 2 })).toEqual([
      ["b", null],
      ["D", "E"],
      [null, null],
    ]);
  });
});

describe("formulaText", () => {
  it("quotes text for a formula, doubling the quotes inside", () => {
    expect(formulaText('say "hi"')).toBe('"say ""hi"""');
    expect(formulaText("")).toBe('""');
  });
});
