import { widthRuns } from "../../src/excel/render-sheet";

describe("column widths", () => {
  it("are written once per run of adjacent columns of one width", () => {
    expect(widthRuns([10, 10, 10, 20, undefined, 10, 10])).toEqual([
      { col: 0, count: 3, points: 60 },
      { col: 3, count: 1, points: 120 },
      { col: 5, count: 2, points: 60 },
    ]);
  });
});
