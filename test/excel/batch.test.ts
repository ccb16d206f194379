import { rowChunks, utf8Length } from "../../src/excel/batch";

describe("request budgets", () => {
  it("count UTF-8 bytes, so non-Latin names do not push a request past its budget", () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => [`合作伙伴株式会社 🚀 ${i}`, i, "テクノロジー"]);
    const budget = 20_000;
    const chunks = rowChunks(rows, budget);
    for (const c of chunks) {
      const bytes = Buffer.byteLength(JSON.stringify(rows.slice(c.start, c.end)), "utf8");
      expect(bytes).toBeLessThanOrEqual(budget);
      expect(c.bytes).toBeGreaterThanOrEqual(bytes);
    }
    expect(chunks.map((c) => c.end - c.start).reduce((a, b) => a + b, 0)).toBe(rows.length);
  });

  it("measures strings as UTF-8", () => {
    for (const s of ["abc", "é", "€", "🚀", "合作", "a🚀b€", "\ud800"])
      expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"));
  });
});
