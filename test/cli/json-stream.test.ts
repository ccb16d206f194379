import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeJsonFile, writeJsonPieces } from "../../src/cli/json-stream";

/** The pieces written for a value, with a piece size small enough to split most values. */
const piecesOf = (v: unknown, piece = 1 << 20): Buffer[] => {
  const pieces: Buffer[] = [];
  writeJsonPieces(v, (chunk) => pieces.push(chunk), piece);
  return pieces;
};
const streamed = (v: unknown, piece?: number) => Buffer.concat(piecesOf(v, piece)).toString("utf8");

describe("the JSON document written as a stream", () => {
  it("is exactly JSON.stringify(value, null, 2) for any JSON value (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => expect(streamed(v)).toBe(JSON.stringify(v, null, 2))),
      { numRuns: 300, seed: 11 },
    );
  });

  it("is exactly JSON.stringify for any value, whatever the piece size (property)", () => {
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 4, withBoxedValues: true, withNullPrototype: true }),
        fc.integer({ min: 1, max: 40 }),
        (v, piece) => {
          const expected = JSON.stringify(v, null, 2);
          expect(streamed(v, piece)).toBe(expected ?? "");
        },
      ),
      { numRuns: 400, seed: 11 },
    );
  });

  it("writes numbers, strings and toJSON values as JSON.stringify does", () => {
    const doc = {
      ints: [
        0,
        -0,
        1,
        -1,
        9,
        10,
        99,
        100,
        2147483647,
        -2147483647,
        -2147483648,
        2147483648,
        -2147483649,
        2 ** 53,
        1e21,
      ],
      doubles: [0.1, -0.5, 1 / 3, 1e-7, 123456789.123, -1.5e300, Number.MIN_VALUE, NaN, Infinity, -Infinity],
      strings: [
        "",
        "plain",
        'quote " and \\ slash',
        "back\\slash",
        "tab\tnew\nline\u0001\u001f\u007f",
        "café – ü 日本 😀",
        "\ud800 lone",
        "x\udc00",
      ],
      "2": "integer-like keys come first",
      "1": "in ascending order",
      'ключ "x"': "escaped key",
      when: new Date(Date.UTC(2026, 0, 1)),
      custom: { toJSON: (key: string) => `key was ${key}` },
      inArray: [{ toJSON: (key: string) => key }, undefined, () => 1, Symbol("s")],
      boxed: [Object(1), Object("s"), Object(false)],
      long: "y".repeat(5000) + "é".repeat(3000),
    };
    for (const piece of [1, 7, 64, 4096, 1 << 20]) expect(streamed(doc, piece)).toBe(JSON.stringify(doc, null, 2));
  });

  it("is exactly JSON.stringify for large arrays of records, with nulls, undefined keys and nested lists", () => {
    const doc = {
      runAt: "2026-01-01T00:00:00Z",
      empty: [],
      none: {},
      skipped: undefined,
      partners: Array.from({ length: 3000 }, (_, i) => ({
        partner: `P${i}`,
        score: i / 7,
        flag: i % 3 === 0 ? null : "Over",
        gone: undefined,
        list: i % 5 === 0 ? [] : ["a", "b"],
      })),
      nested: { deeper: { rows: Array.from({ length: 600 }, (_, i) => [i, undefined, () => i]) } },
    };
    expect(streamed(doc)).toBe(JSON.stringify(doc, null, 2));
    // The text comes out in pieces of about the piece size, never one string or buffer.
    const pieces = piecesOf(doc, 4096);
    const total = pieces.reduce((n, p) => n + p.length, 0);
    expect(pieces.length).toBeGreaterThan(total / 4096 - 1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(4096 + 64);
  });

  it("writes the text and a final newline to a file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "json-stream-"));
    try {
      const doc = { rows: Array.from({ length: 50_000 }, (_, i) => ({ i, name: `Partner ${i}` })) };
      await writeJsonFile(join(dir, "out.json"), doc);
      expect(readFileSync(join(dir, "out.json"), "utf8")).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
