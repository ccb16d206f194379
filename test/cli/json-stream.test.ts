import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jsonChunks, writeJsonFile } from "../../src/cli/json-stream";

const streamed = (v: unknown) => [...jsonChunks(v)].join("");

describe("the JSON document written as a stream", () => {
  it("is exactly JSON.stringify(value, null, 2) for any JSON value (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => expect(streamed(v)).toBe(JSON.stringify(v, null, 2))),
      { numRuns: 300, seed: 11 },
    );
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
    // Large arrays come out in many pieces (runs of at most 256 small elements), not one string.
    const pieces = [...jsonChunks(doc)];
    const total = pieces.reduce((n, p) => n + p.length, 0);
    expect(pieces.length).toBeGreaterThan(3000 / 256);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(total / 10);
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
