import { editDistanceWithin, PartyDirectory } from "../../../src/engine/responsibility/parties";

describe("editDistanceWithin", () => {
  it("gives the Levenshtein distance when it is within the limit", () => {
    expect(editDistanceWithin("acme", "acme", 2)).toBe(0);
    expect(editDistanceWithin("acme", "acne", 2)).toBe(1);
    expect(editDistanceWithin("acme corp", "acme crop", 2)).toBe(2);
    expect(editDistanceWithin("globex", "globx", 2)).toBe(1);
    expect(editDistanceWithin("", "ab", 2)).toBe(2);
  });

  it("agrees with the full Levenshtein distance on random strings", () => {
    const full = (a: string, b: string): number => {
      let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
          cur[j] = Math.min(
            (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
            (prev[j] ?? 0) + 1,
            (cur[j - 1] ?? 0) + 1,
          );
        prev = cur;
      }
      return prev[b.length] ?? 0;
    };
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => Array.from({ length: Math.floor(random() * 7) }, () => "abc"[Math.floor(random() * 3)]).join("");
    for (let n = 0; n < 3000; n++) {
      const [a, b] = [word(), word()];
      const d = full(a, b);
      expect([a, b, editDistanceWithin(a, b, 2)]).toEqual([a, b, d <= 2 ? d : null]);
    }
  }, 60_000);

  it("gives null beyond the limit", () => {
    expect(editDistanceWithin("acme", "globex", 2)).toBeNull();
    expect(editDistanceWithin("abc", "xyz", 2)).toBeNull();
    expect(editDistanceWithin("a", "abcd", 2)).toBeNull();
  });
});

describe("PartyDirectory", () => {
  it("suggests the closest partner, ties going to the name that sorts first", () => {
    const directory = new PartyDirectory(["Acmf", "Acmd", "Acme Corp"]);
    expect(directory.resolve("Acm").suggestion).toBe("Acmd");
    expect(directory.resolve("acmd").isPartner).toBe(true);
  });

  it("stays fast against many partners", () => {
    const names = Array.from({ length: 50_000 }, (_, i) => `Partner ${i}`);
    const directory = new PartyDirectory(names);
    const start = Date.now();
    for (let i = 0; i < 20; i++) directory.resolve(`Internal team ${i}`);
    expect(directory.resolve("Partner 12x").suggestion).toBe("Partner 12");
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
