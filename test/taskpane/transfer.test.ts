import { analyzeWorkbook } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS } from "../../src/engine/model";
import { buildReport } from "../../src/report";
import { packAnalyzeResult, PANE_CONFLICTS, unpackAnalyzeResult } from "../../src/taskpane/analysis/transfer";
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

describe("the worker hands an analysis to the pane without cloning it whole", () => {
  it("transfers every sheet as bytes and the pairs past the first ones as typed arrays", () => {
    const result = crowded();
    expect(result.analysis.conflicts.length).toBe(8385);
    const { packed, transfer } = packAnalyzeResult(result);
    expect(packed.specs).toHaveLength(result.specs.length);
    expect(packed.analysis.conflicts).toHaveLength(PANE_CONFLICTS);
    expect(packed.rest?.a).toHaveLength(8385 - PANE_CONFLICTS);
    expect(transfer).toHaveLength(result.specs.length + 3);
    expect(transfer.every((b) => Object.prototype.toString.call(b) === "[object ArrayBuffer]")).toBe(true);
  });

  it("gives the pane the same sheets, the same figures and every pair by name and score", async () => {
    const result = crowded();
    const back = await unpackAnalyzeResult(packAnalyzeResult(result).packed);
    expect(back.specs).toEqual(result.specs);
    const { conflicts, ...rest } = back.analysis;
    const { conflicts: original, ...expected } = result.analysis;
    expect(rest).toEqual(expected);
    expect(conflicts.slice(0, PANE_CONFLICTS)).toEqual(original.slice(0, PANE_CONFLICTS));
    expect(conflicts.map(({ partnerA, partnerB, score }) => ({ partnerA, partnerB, score }))).toEqual(
      original.map(({ partnerA, partnerB, score }) => ({ partnerA, partnerB, score })),
    );
  });
});
