import fc from "fast-check";
import {
  sameLowerCase,
  splitList,
  splitListSpelled,
  tidySpaces,
  valueKey,
  Vocabulary,
} from "../../../src/engine/ingest/lists";
import { RangeTable } from "../../../src/engine/ingest/range-table";

/** splitList as first written: split on runs of separators, tidy, drop empties and case-insensitive repeats. */
function splitListReference(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[;,\r\n]+/)) {
    const value = tidySpaces(part);
    if (value === "" || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

describe("splitList (SPEC §1 List cells)", () => {
  it("reads any cell as splitting on runs of separators, tidying, and dropping empties and case-insensitive repeats", () => {
    const pieces = [
      "A",
      "a",
      "b",
      "B",
      "Co sell",
      " ",
      "\t",
      ";",
      ",",
      "\n",
      "\r",
      "é",
      "É",
      "ß",
      "😀",
      "x",
      "\u00a0",
      "\u3000",
      "\ufeff",
      "\u2028",
      "\u200b",
    ];
    const cell = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(cell, (text) => expect(splitList(text)).toEqual(splitListReference(text))),
      {
        numRuns: 2000,
      },
    );
    const word = fc.array(
      fc.constantFrom("a", "A", "i", "I", "İ", "ı", "k", "K", "\u212a", "ß", "SS", "ss", "é", "É", "😀"),
      {
        maxLength: 6,
      },
    );
    fc.assert(
      fc.property(word, word, (a, b) =>
        expect(sameLowerCase(a.join(""), b.join(""))).toBe(a.join("").toLowerCase() === b.join("").toLowerCase()),
      ),
      { numRuns: 5000 },
    );
    expect(sameLowerCase("İ", "i̇")).toBe(true);
    expect(sameLowerCase("\u212a", "k")).toBe(true); // Kelvin sign
    const long = Array.from({ length: 40 }, (_, i) => `Value ${i % 25}`).join("; ");
    expect(splitList(long)).toEqual(splitListReference(long));
    expect(splitList(long)).toHaveLength(25);
  });

  it("splits on semicolons, commas and line breaks", () => {
    expect(splitList("CRM;Billing,ERP\nAnalytics\r\nSecurity\rSupport")).toEqual([
      "CRM",
      "Billing",
      "ERP",
      "Analytics",
      "Security",
      "Support",
    ]);
  });

  it("trims every value", () => {
    expect(splitList("  CRM ;   Billing  ")).toEqual(["CRM", "Billing"]);
  });

  it("drops empty values", () => {
    expect(splitList(";;CRM,, ,\n;Billing;")).toEqual(["CRM", "Billing"]);
  });

  it("collapses internal white space", () => {
    expect(splitList("Data   \t Platform")).toEqual(["Data Platform"]);
  });

  it("removes case-insensitive duplicates, keeping the first spelling", () => {
    expect(splitList("CRM; crm ; Crm, Billing")).toEqual(["CRM", "Billing"]);
  });

  it("treats values differing only in internal white space as duplicates", () => {
    expect(splitList("Data Platform; data    platform")).toEqual(["Data Platform"]);
  });

  it("returns nothing for an empty cell or one of only separators", () => {
    expect(splitList("")).toEqual([]);
    expect(splitList(" ; , \n ")).toEqual([]);
  });

  it("keeps the order values were written in", () => {
    expect(splitList("Zeta; Alpha; Mu")).toEqual(["Zeta", "Alpha", "Mu"]);
  });
});

describe("splitListSpelled (list cells read in display spellings)", () => {
  it("reads every cell of a register as splitList then the vocabulary's spelling of each value, the vocabulary ending alike", () => {
    const pieces = [
      "CRM",
      "crm",
      "Crm ",
      "Billing",
      "billing",
      "Co  sell",
      "co sell",
      " ",
      "\t",
      ";",
      ",",
      "\n",
      "É",
      "é",
      "ß",
      "SS",
      "😀",
      "\u00a0",
      "\u200b",
    ];
    const cell = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(""));
    // A whole register: the table and the vocabulary carry over from cell to cell, as in ingest.
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), (cells) => {
        const fast = new Vocabulary();
        const known = new RangeTable<string>();
        const simple = new Vocabulary();
        for (const text of cells) {
          expect(splitListSpelled(text, known, fast)).toEqual(splitList(text).map((v) => simple.canonical(v)));
        }
        expect(fast.values()).toEqual(simple.values());
      }),
      { numRuns: 500 },
    );
    const long = Array.from({ length: 40 }, (_, i) => `Value ${i % 25}; value ${i % 30}`).join("; ");
    const vocab = new Vocabulary();
    expect(splitListSpelled(long, new RangeTable<string>(), vocab)).toEqual(splitList(long));
    expect(splitListSpelled(long, new RangeTable<string>(), vocab)).toHaveLength(30);
  });

  it("finds a value again by its text in a later cell, among thousands, with colliding lengths", () => {
    const vocab = new Vocabulary();
    const known = new RangeTable<string>();
    const names = Array.from({ length: 3000 }, (_, i) => `Capability ${String(i).padStart(4, "0")}`);
    expect(splitListSpelled(names.join("; "), known, vocab)).toEqual(names);
    expect(splitListSpelled(" capability 2999 ;CAPABILITY 0000", known, vocab)).toEqual([
      "Capability 2999",
      "Capability 0000",
    ]);
  });

  it("tells apart two values whose texts hash alike", () => {
    // The same 32-bit FNV-1a hash (found by search): the table must compare the texts.
    const vocab = new Vocabulary();
    const known = new RangeTable<string>();
    expect(splitListSpelled("Capability 2112789", known, vocab)).toEqual(["Capability 2112789"]);
    expect(splitListSpelled("x; Capability 2349192", known, vocab)).toEqual(["x", "Capability 2349192"]);
    expect(splitListSpelled("Capability 2112789;Capability 2349192", known, vocab)).toEqual([
      "Capability 2112789",
      "Capability 2349192",
    ]);
  });
});

describe("valueKey", () => {
  it("lower-cases, trims and collapses white space", () => {
    expect(valueKey("  CRM   Integration ")).toBe("crm integration");
  });

  it("treats every kind of white space alike: tabs, line breaks, no-break and ideographic spaces", () => {
    for (const space of ["\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2028", "\ufeff"]) {
      expect(valueKey(`${space}Data${space}Platform${space}`)).toBe("data platform");
      expect(valueKey(`Data ${space}Platform`)).toBe("data platform");
    }
  });

  it("takes as white space exactly the characters trim() and \\s do, over the whole Basic Multilingual Plane", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`a${c}b`, `${c}a`, `a${c}`, `a ${c}b`]) {
        if (tidySpaces(text) !== text.trim().replace(/\s+/g, " ")) throw new Error(`U+${code.toString(16)} in ${text}`);
      }
    }
  });

  it("is the trimmed, collapsed, lower-cased text for any text (the tidy fast path included)", () => {
    // Every character \s matches, and some neighbours it does not (U+180E, U+200B, U+0085).
    const spaces = [..."\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];
    const others = ["a", "B", "É", "\u180e", "\u200b", "\u0085", "\u0008", "\u000e", "\u001f"];
    const spacey = fc.string({ unit: fc.constantFrom(...spaces, ...others) });
    fc.assert(
      fc.property(spacey, (text) => {
        expect(valueKey(text)).toBe(text.trim().replace(/\s+/g, " ").toLowerCase());
        expect(tidySpaces(text)).toBe(text.trim().replace(/\s+/g, " "));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("Vocabulary", () => {
  it("displays the first spelling seen for every later spelling", () => {
    const v = new Vocabulary();
    expect(v.canonical("North America")).toBe("North America");
    expect(v.canonical("north   AMERICA")).toBe("North America");
  });

  it("stores the first spelling with its white space collapsed", () => {
    const v = new Vocabulary();
    expect(v.canonical("  Data   Platform ")).toBe("Data Platform");
  });

  it("looks values up without adding them", () => {
    const v = new Vocabulary();
    expect(v.lookup("crm")).toBeUndefined();
    v.canonical("CRM");
    expect(v.lookup(" crm ")).toBe("CRM");
    expect(v.values()).toEqual(["CRM"]);
  });

  it("lists values in the order first seen", () => {
    const v = new Vocabulary();
    ["b", "A", "B", "c"].forEach((x) => v.canonical(x));
    expect(v.values()).toEqual(["b", "A", "c"]);
  });
});
