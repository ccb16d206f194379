import { analyzeWorkbook } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { buildReport } from "../../src/report";
import { PART_WEIGHT, SPLIT_WEIGHT } from "../../src/taskpane/analysis/parts";
import {
  packAnalyzeResult,
  PANE_CONFLICTS,
  partsCollector,
  unpackAnalyzeResult,
} from "../../src/taskpane/analysis/transfer";
import { partnersTable } from "../engine/fixtures";

/** 130 partners selling the same thing to the same market: 8,385 conflict pairs. */
function crowded() {
  const rows = Array.from({ length: 130 }, (_, i) => ({
    Partner: `Partner ${String(i).padStart(3, "0")}`,
    Roles: "Co-sell",
    Capabilities: "CRM; ERP",
    Fit: 3,
    Impact: 3,
    Momentum: (i % 5) + 1,
  }));
  const analysis = analyzeWorkbook({ partners: partnersTable(rows) }, DEFAULT_SETTINGS, {
    runAt: "2026-01-01T00:00:00.000Z",
  });
  return { analysis, specs: buildReport(analysis, { saveSnapshot: true }) };
}

/** About how many values a structured clone of `v` copies (strings by length, as parts.ts counts). */
function weight(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + weight(x), 1);
  if (v !== null && typeof v === "object") return Object.values(v).reduce((n: number, x) => n + weight(x) + 1, 1);
  return typeof v === "string" ? 1 + (v.length >> 5) : 1;
}

/** The weight of the heaviest array anywhere in a value. */
function heaviestArray(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => Math.max(n, heaviestArray(x)), weight(v));
  if (v !== null && typeof v === "object")
    return Object.values(v).reduce((n: number, x) => Math.max(n, heaviestArray(x)), 0);
  return 0;
}

describe("the worker hands an analysis to the pane without cloning it whole", () => {
  it("sends the long lists in slices before a small reply, and the pairs past the first ones as typed arrays", () => {
    const result = crowded();
    expect(result.analysis.conflicts.length).toBe(8385);
    const { parts, packed, transfer } = packAnalyzeResult(result);
    // The first PANE_CONFLICTS pairs in slices; the rest as three transferred typed arrays.
    expect(parts.length).toBeGreaterThan(1);
    // (A slice of one element may weigh more; placeholders inside are counted a little differently here.)
    expect(parts.every((p) => p.items.length === 1 || weight(p.items) <= PART_WEIGHT * 1.1)).toBe(true);
    expect(packed.rest?.a).toHaveLength(8385 - PANE_CONFLICTS);
    expect(transfer).toHaveLength(3);
    expect(transfer.every((b) => Object.prototype.toString.call(b) === "[object ArrayBuffer]")).toBe(true);
    // What is left to clone in one piece is small: no array in it is longer than a slice.
    expect(heaviestArray(packed.body)).toBeLessThanOrEqual(SPLIT_WEIGHT);
    expect(heaviestArray(result)).toBeGreaterThan(SPLIT_WEIGHT);
  });

  it("gives the pane the same sheets, the same figures and every pair by name and score", async () => {
    const result = crowded();
    const { parts, packed } = packAnalyzeResult(result);
    const received = partsCollector();
    for (const part of structuredClone(parts)) received.add(part);
    const back = await unpackAnalyzeResult(structuredClone(packed), received.parts);
    expect(back.specs).toEqual(result.specs);
    const { conflicts, ...rest } = back.analysis;
    const { conflicts: original, ...expected } = result.analysis;
    expect(rest).toEqual(expected);
    expect(conflicts.slice(0, PANE_CONFLICTS)).toEqual(original.slice(0, PANE_CONFLICTS));
    const refs = (list: typeof conflicts) =>
      list.slice().map(({ partnerA, partnerB, score }) => ({ partnerA, partnerB, score }));
    expect(refs(conflicts)).toEqual(refs(original));
  });
});
