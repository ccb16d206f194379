import fc from "fast-check";
import { compareCodePoints, compareNames, compositeKey, TOLERANCE } from "../../../src/engine/tiering/compare";

describe("compareNames (SPEC §2.2: name, lower-cased, code-point order)", () => {
  it("orders names case-insensitively", () => {
    // Plain `<` puts "Beta" before "alpha" because "B" (66) < "a" (97).
    expect(["Beta", "alpha", "Gamma"].sort(compareNames)).toEqual(["alpha", "Beta", "Gamma"]);
  });

  it("orders by code point, not UTF-16 code unit, outside the Basic Multilingual Plane", () => {
    // U+FF46 (fullwidth f) < U+1F600 (emoji) by code point, but the emoji's surrogate
    // U+D83D < U+FF46 by code unit, so JavaScript's `<` says the opposite.
    const fullwidth = "\uFF46oo";
    const emoji = "😀 Labs";
    expect(emoji < fullwidth).toBe(true);
    expect(compareNames(fullwidth, emoji)).toBeLessThan(0);
    expect([emoji, fullwidth].sort(compareNames)).toEqual([fullwidth, emoji]);
  });

  it("orders astral characters among themselves by code point", () => {
    expect(["🦊 Fox", "🐻 Bear", "𝔸 Math"].sort(compareNames)).toEqual(["𝔸 Math", "🐻 Bear", "🦊 Fox"]);
  });

  it("puts a prefix before a longer name", () => {
    expect(compareNames("Acme", "Acme Labs")).toBeLessThan(0);
    expect(compareNames("Acme Labs", "Acme")).toBeGreaterThan(0);
  });

  it("finds names equal that differ only in case", () => {
    expect(compareNames("ACME", "acme")).toBe(0);
  });

  it("does not depend on the locale (no localeCompare)", () => {
    // localeCompare would put "é" next to "e"; code points put it after "z".
    expect(["zeta", "éclair", "eta"].sort(compareNames)).toEqual(["eta", "zeta", "éclair"]);
  });
});

describe("compareCodePoints", () => {
  it("is 0 for equal strings and antisymmetric otherwise", () => {
    expect(compareCodePoints("abc", "abc")).toBe(0);
    expect(compareCodePoints("a", "b")).toBe(-1);
    expect(compareCodePoints("b", "a")).toBe(1);
    expect(compareCodePoints("", "a")).toBe(-1);
  });

  it("orders any two strings as their code points do, lone surrogates included", () => {
    const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0) ?? 0);
    const reference = (a: string, b: string) => {
      const x = codePoints(a);
      const y = codePoints(b);
      for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i]) return (x[i] ?? 0) < (y[i] ?? 0) ? -1 : 1;
      return Math.sign(x.length - y.length);
    };
    const unit = fc.constantFrom("a", "B", "é", "\uff46", "\ue000", "😀", "🦊", "𝔸", "\ud83d", "\ude00", "\uffff");
    fc.assert(
      fc.property(fc.string({ unit }), fc.string({ unit }), (a, b) => {
        expect(compareCodePoints(a, b)).toBe(reference(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("compositeKey (SPEC §2.2: composites compared rounded to 6 decimals)", () => {
  it("gives floating-point neighbours of the same value the same key", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(compositeKey(0.1 + 0.2)).toBe(compositeKey(0.3));
    expect(compositeKey(49.333333333333336)).toBe(compositeKey(49.33333333333332));
  });

  it("tells apart composites that differ in the 6th decimal", () => {
    expect(compositeKey(50.000001)).toBeGreaterThan(compositeKey(50));
  });
});

describe("TOLERANCE", () => {
  it("is 1e-9 (SPEC §2.2 threshold comparisons)", () => {
    expect(TOLERANCE).toBe(1e-9);
  });
});
