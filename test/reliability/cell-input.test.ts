import { cellInput } from "../../src/excel/cell-input";
import { EXCEL_MAX_CELL_TEXT } from "../../src/report/sheet-spec";

describe("cellInput: text at Excel's length limit", () => {
  it("sends at most 32,767 characters, the apostrophe that keeps text as text included", () => {
    for (const length of [EXCEL_MAX_CELL_TEXT - 1, EXCEL_MAX_CELL_TEXT, EXCEL_MAX_CELL_TEXT + 5]) {
      const sent = cellInput("=".repeat(length));
      expect(typeof sent === "string" && sent.startsWith("'") && sent.length <= EXCEL_MAX_CELL_TEXT).toBe(true);
    }
  });

  it("keeps text one character under the limit whole", () => {
    expect(cellInput("x".repeat(EXCEL_MAX_CELL_TEXT - 1))).toBe(`'${"x".repeat(EXCEL_MAX_CELL_TEXT - 1)}`);
  });

  it("cuts text at the limit with an ellipsis", () => {
    expect(cellInput("x".repeat(EXCEL_MAX_CELL_TEXT))).toBe(`'${"x".repeat(EXCEL_MAX_CELL_TEXT - 2)}…`);
  });
});
