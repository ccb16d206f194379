import fc from "fast-check";
import { listText } from "../../src/report/style";

/** listText as it was first written: item by item, stopping at the first that does not fit. */
function listTextByItem(values: readonly string[], empty: string | null, maxItems: number): string | null {
  if (values.length === 0) return empty;
  let text = "";
  for (let i = 0; i < values.length; i++) {
    const next = (i === 0 ? "" : "; ") + values[i];
    if (i >= maxItems || text.length + next.length > 32_000 - 40)
      return `${text}; … and ${(values.length - i).toLocaleString("en-US")} more`;
    text += next;
  }
  return text;
}

describe("listText", () => {
  it("joins with '; ', ends a list past maxItems or past one cell with '… and N more', as item by item", () => {
    // Items of 0–9,000 characters: lists under, at and over the cell's length bound.
    const item = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.nat(9_000).map((n) => "x".repeat(n)),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.option(fc.nat(14)), (values, max) => {
        const maxItems = max ?? Infinity;
        expect(listText(values, "none", maxItems)).toBe(listTextByItem(values, "none", maxItems));
      }),
    );
  });

  it("fits a list that is exactly as long as a cell allows, and cuts one a character longer", () => {
    const fits = ["a".repeat(31_957), "b"]; // 31,957 + "; " + 1 = 31,960 = 32,000 − 40
    expect(listText(fits) === fits.join("; ")).toBe(true);
    expect(listText(["a".repeat(31_958), "b"]) === `${"a".repeat(31_958)}; … and 1 more`).toBe(true);
    expect(listText(["a", "b", "c"], null, 2)).toBe("a; b; … and 1 more");
    expect(listText(["a", "b"], null, 2)).toBe("a; b");
  });
});
