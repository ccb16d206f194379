import { cellText, isBlankCell, readNumber } from "../../../src/engine/ingest/values";

describe("readNumber (SPEC §2.9 Numbers)", () => {
  describe("happy path", () => {
    it.each([
      [4, 4],
      [0, 0],
      [-2.5, -2.5],
    ])("reads the number %p as %p", (cell, value) => {
      expect(readNumber(cell)).toEqual({ ok: true, value });
    });
  });

  describe("coercion: numeric text is accepted", () => {
    it.each([
      ["4", 4],
      [" 4.5 ", 4.5],
      ["1e1", 10],
      ["+3", 3],
      ["-0.25", -0.25],
      [".5", 0.5],
      ["2.", 2],
      ["1.5E-1", 0.15],
      ["\t7\n", 7],
    ])("reads the text %p as %p", (cell, value) => {
      expect(readNumber(cell)).toEqual({ ok: true, value });
    });
  });

  describe("wrong type: these are not numbers", () => {
    it.each(["1,000", "$5", "5%", "nan", "NaN", "Infinity", "1e", "e5", "4 5", "0x10", "four", "1e999"])(
      "rejects the text %p",
      (cell) => {
        expect(readNumber(cell)).toEqual({ ok: false, reason: "text", shown: cell });
      },
    );

    it("rejects booleans, showing them as Excel does", () => {
      expect(readNumber(true)).toEqual({ ok: false, reason: "boolean", shown: "TRUE" });
      expect(readNumber(false)).toEqual({ ok: false, reason: "boolean", shown: "FALSE" });
    });

    it("rejects dates, showing the date", () => {
      expect(readNumber({ kind: "date", iso: "2026-01-31" })).toEqual({
        ok: false,
        reason: "date",
        shown: "2026-01-31",
      });
    });

    it("rejects numbers that are not finite", () => {
      expect(readNumber(Number.NaN)).toMatchObject({ ok: false });
      expect(readNumber(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false });
    });
  });

  describe("error values", () => {
    it.each(["#N/A", "#DIV/0!", "#VALUE!", "#REF!"])("rejects the Excel error %s as an error value", (code) => {
      expect(readNumber({ kind: "error", code })).toEqual({ ok: false, reason: "error", shown: code });
    });

    it("treats text that merely looks like an error as text", () => {
      expect(readNumber("#N/A")).toEqual({ ok: false, reason: "text", shown: "#N/A" });
    });
  });
});

describe("isBlankCell", () => {
  it("treats null, empty and white-space text as blank", () => {
    expect([null, "", "   ", "\t\n"].map(isBlankCell)).toEqual([true, true, true, true]);
  });

  it("treats 0, FALSE and error values as content", () => {
    expect([0, false, { kind: "error", code: "#N/A" } as const, "x"].map(isBlankCell)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("cellText", () => {
  it("trims text and writes numbers, booleans and dates as a user reads them", () => {
    expect(cellText("  Acme  ")).toBe("Acme");
    expect(cellText(4.5)).toBe("4.5");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText({ kind: "date", iso: "2026-01-31" })).toBe("2026-01-31");
    expect(cellText(null)).toBe("");
  });

  it("gives error values no text (the caller reports them)", () => {
    expect(cellText({ kind: "error", code: "#N/A" })).toBe("");
  });
});
