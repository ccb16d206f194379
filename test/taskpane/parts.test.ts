import { joinLongArrays, type Part, splitLongArrays } from "../../src/taskpane/analysis/parts";

function roundTrip(value: unknown, budget: number) {
  const { skeleton, parts } = splitLongArrays(value, budget);
  const byId = new Map<number, unknown[][]>();
  for (const { part, items } of structuredClone(parts) as Part[]) byId.set(part, [...(byId.get(part) ?? []), items]);
  return { parts, skeleton, back: joinLongArrays(structuredClone(skeleton), byId) };
}

describe("long arrays cross from the worker in slices, each its own message", () => {
  it("gives back the same value: nested long arrays, holes, NaN, -0, undefined, typed arrays", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({
      name: `P${i}`,
      list: Array.from({ length: i }, (_, j) => j),
    }));
    const holey: unknown[] = [1, , 3, , , 6, 7, 8];
    const value = {
      rows,
      matrix: Array.from({ length: 12 }, (_, i) => Array.from({ length: 12 }, (_, j) => i * j)),
      holey,
      odd: [Number.NaN, -0, undefined, null, new Int32Array([1, 2, 3])],
      small: [1, 2],
      text: "x",
    };
    const { parts, back } = roundTrip(value, 8);
    expect(parts.length).toBeGreaterThan(5);
    const result = (await back) as typeof value;
    expect(result).toEqual(value);
    expect(Object.is(result.odd[1], -0)).toBe(true);
    expect(1 in result.holey).toBe(false);
    expect(Object.prototype.toString.call(result.odd[4])).toBe("[object Int32Array]");
  });

  it("leaves the worker's value unchanged and a value without long arrays whole", async () => {
    const value = { a: Array.from({ length: 20 }, (_, i) => ({ i })) };
    const before = structuredClone(value);
    // Each {i} weighs 4 (the object, then its key and its value): two to a slice of at most 9.
    const { skeleton, parts } = splitLongArrays(value, 9);
    expect(value).toEqual(before);
    expect(parts.map((p) => p.items.length)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    const small = { a: [1, 2, 3] };
    expect(splitLongArrays(small, 9)).toEqual({ skeleton: small, parts: [] });
    expect(await joinLongArrays(skeleton, new Map([[0, parts.map((p) => p.items)]]))).toEqual(value);
  });

  it("sends a heavy record as slices of entries and gives back the same record, keys in order", async () => {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < 50; i++) record[`Partner ${i}`] = { tier: i % 3, list: [i, i + 1] };
    Object.defineProperty(record, "__proto__", {
      value: { tier: 9 },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    const value = { snapshot: record, small: { a: 1 } };
    const { skeleton, parts, back } = roundTrip(value, 40);
    expect(parts.length).toBeGreaterThan(5);
    expect((skeleton as { small: unknown }).small).toEqual({ a: 1 });
    const result = (await back) as typeof value;
    expect(Object.keys(result.snapshot)).toEqual(Object.keys(record));
    expect(result).toEqual(value);
    expect(Object.getPrototypeOf(result.snapshot)).toBe(Object.prototype);
  });

  it("refuses a result whose slices did not all arrive", async () => {
    const { skeleton, parts } = splitLongArrays({ a: Array.from({ length: 20 }, (_, i) => i) }, 5);
    await expect(joinLongArrays(skeleton, new Map([[0, parts.slice(1).map((p) => p.items)]]))).rejects.toThrow(
      /incomplete \(15 of 20/,
    );
    expect(parts.map((p) => p.items.length)).toEqual([5, 5, 5, 5]);
  });
});
