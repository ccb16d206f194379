/** A chart's cached values are the cells the sheet's blocks put in its range. */
import fc from "fast-check";
import { type Block, type CellValue, excelValue, rangeValues } from "../../src/report/sheet-spec";
import { rangeCells } from "../../src/xlsx/charts/chart-data";

const cell = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NaN, 0.5),
  fc.string({ maxLength: 3 }),
  fc.constant("x".repeat(40_000)),
  fc.boolean(),
) as fc.Arbitrary<CellValue>;

const block: fc.Arbitrary<Block> = fc.record({
  row: fc.integer({ min: 0, max: 6 }),
  col: fc.integer({ min: 0, max: 4 }),
  // Ragged rows too: a block's width is its first row's.
  values: fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }), { minLength: 0, maxLength: 6 }),
});

const range = fc.record({
  row: fc.integer({ min: 0, max: 8 }),
  col: fc.integer({ min: 0, max: 6 }),
  rows: fc.integer({ min: 0, max: 6 }),
  cols: fc.integer({ min: 0, max: 4 }),
});

describe("the values a chart range holds", () => {
  it("are the range's cells in reading order, later blocks over earlier ones, as Excel shows them (property)", () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), range, (blocks, r) => {
        expect(rangeCells({ blocks }, r)).toEqual(rangeValues({ blocks }, r).flat().map(excelValue));
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it("reads one column of a large table as one array", () => {
    const values = Array.from({ length: 100_000 }, (_, i) => [`P${i}`, i / 4]);
    const cells = rangeCells({ blocks: [{ row: 1, col: 0, values }] }, { row: 1, col: 1, rows: 100_000, cols: 1 });
    expect(cells).toHaveLength(100_000);
    expect(cells[99_999]).toBe(99_999 / 4);
  });
});
