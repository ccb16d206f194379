import { FirstSeenNames } from "../../../src/engine/ingest/first-seen";
import { seededRandom } from "../../../src/sample/synthetic";

/** The reference: a Map from key to the row it was first seen in. */
function viaMap(keys: readonly string[]): { answers: number[]; kept: string[] } {
  const first = new Map<string, number>();
  const answers = keys.map((key, row) => {
    const seen = first.get(key);
    if (seen !== undefined) return seen;
    first.set(key, row);
    return -1;
  });
  return { answers, kept: [...first.keys()] };
}

describe("FirstSeenNames (the duplicate-name check of ingest, SPEC §2.9)", () => {
  it.each([
    ["sized for the rows", 6000],
    ["growing past a wrong size", 1],
  ])("gives each repeated name the row it was first seen in, and keeps the new ones in order (%s)", (_, expected) => {
    const rand = seededRandom(5);
    const alphabet = ["a", "b", " ", "é", "😀", "z", "0"];
    const keys = Array.from({ length: 6000 }, () => {
      const length = Math.floor(rand() * 5);
      let key = "";
      for (let i = 0; i < length; i++) key += alphabet[Math.floor(rand() * alphabet.length)];
      return key;
    });
    const names = new FirstSeenNames(expected);
    const answers = keys.map((key, row) => names.firstOrAdd(key, row));
    const reference = viaMap(keys);
    expect(answers).toEqual(reference.answers);
    expect(names.keys).toEqual(reference.kept);
    expect(answers.filter((a) => a >= 0).length).toBeGreaterThan(1000);
  });

  it("tells apart names whose hashes share a slot", () => {
    const names = new FirstSeenNames(1);
    const keys = Array.from({ length: 200 }, (_, i) => `partner ${i}`);
    for (const [row, key] of keys.entries()) expect(names.firstOrAdd(key, row)).toBe(-1);
    for (const [row, key] of keys.entries()) expect(names.firstOrAdd(key, 1000 + row)).toBe(row);
  });
});
