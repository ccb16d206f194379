import { formatLetters, parseLetters } from "../../../src/engine/responsibility";

describe("parseLetters", () => {
  it("orders letters strongest first and drops repeats", () => {
    expect(parseLetters("i c r a")).toEqual(["A", "R", "C", "I"]);
    expect(parseLetters("RR/r")).toEqual(["R"]);
  });

  it("reads blank text as no letter", () => {
    expect(parseLetters("  ")).toEqual([]);
  });

  it("accepts every separator of SPEC §2.9: / , ; + & and spaces", () => {
    for (const sep of ["/", ",", ";", "+", "&", " ", "\t", " / "]) expect(parseLetters(`A${sep}C`)).toEqual(["A", "C"]);
  });

  it("rejects anything that is not R, A, C or I", () => {
    for (const text of ["X", "Yes", "A-R", "A|R", "Acct", "1", "/", "; ,"])
      expect([text, parseLetters(text)]).toEqual([text, null]);
  });

  it("accepts letters run together and a trailing separator", () => {
    expect(parseLetters("Acc")).toEqual(["A", "C"]);
    expect(parseLetters("A/")).toEqual(["A"]);
  });
});

describe("formatLetters", () => {
  it("joins letters with a slash", () => {
    expect(formatLetters(["A", "R"])).toBe("A/R");
    expect(formatLetters(["C"])).toBe("C");
  });
});
