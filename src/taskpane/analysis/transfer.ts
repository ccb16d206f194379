/**
 * How an analysis crosses from the worker to the pane without being cloned whole. At 20,000
 * partners the structured clone of the result (hundreds of thousands of conflict pairs, each
 * with its lists, plus every sheet's cells) failed in Chromium with "Data cannot be cloned,
 * out of memory". So:
 * - each sheet's spec travels as UTF-8 JSON in an ArrayBuffer that is transferred, not copied
 *   (https://developer.mozilla.org/docs/Web/API/Web_Workers_API/Transferable_objects), and is
 *   parsed in the pane one sheet at a time, yielding in between;
 * - the pane describes in full only the conflict pairs it shows (the strongest PANE_CONFLICTS,
 *   as many as the sheet lists); the others travel as typed arrays of partner indices and
 *   scores, and come back as {partnerA, partnerB, score} with empty shared lists — what the
 *   count on the card and the scenario comparison read.
 */
import type { Analysis } from "../../engine/analyze";
import type { ChannelConflict } from "../../engine/conflicts";
import { MAX_CONFLICT_ROWS } from "../../report/conflicts-sheet";
import type { SheetSpec } from "../../report/sheet-spec";

export const PANE_CONFLICTS = MAX_CONFLICT_ROWS;

export interface PackedAnalyze {
  analysis: Analysis;
  /** Pairs after the first PANE_CONFLICTS: indices into analysis.portfolio.partners, and scores. */
  rest: { a: Int32Array; b: Int32Array; score: Float64Array } | null;
  /** Each sheet's spec as UTF-8 JSON. */
  specs: ArrayBuffer[];
}

/** The worker's side: the packed result and the buffers to transfer with it. */
export function packAnalyzeResult(result: { analysis: Analysis; specs: SheetSpec[] }): {
  packed: PackedAnalyze;
  transfer: ArrayBuffer[];
} {
  const { analysis } = result;
  const encoder = new TextEncoder();
  const specs = result.specs.map((s) => encoder.encode(JSON.stringify(s)).buffer as ArrayBuffer);
  let rest: PackedAnalyze["rest"] = null;
  const extra = analysis.conflicts.length - PANE_CONFLICTS;
  if (extra > 0) {
    const index = new Map(analysis.portfolio.partners.map((p, i) => [p.name, i]));
    rest = { a: new Int32Array(extra), b: new Int32Array(extra), score: new Float64Array(extra) };
    for (let k = 0; k < extra; k++) {
      const c = analysis.conflicts[PANE_CONFLICTS + k] as ChannelConflict;
      rest.a[k] = index.get(c.partnerA) ?? -1;
      rest.b[k] = index.get(c.partnerB) ?? -1;
      rest.score[k] = c.score;
    }
  }
  const packed: PackedAnalyze = {
    analysis: { ...analysis, conflicts: analysis.conflicts.slice(0, PANE_CONFLICTS) },
    rest,
    specs,
  };
  return {
    packed,
    transfer: [...specs, ...(rest ? [rest.a.buffer, rest.b.buffer, rest.score.buffer] : [])] as ArrayBuffer[],
  };
}

/** Lets the pane paint and answer input between slices of work. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The pane's side: the sheets parsed one by one and the pair list restored, yielding in between. */
export async function unpackAnalyzeResult(packed: PackedAnalyze): Promise<{ analysis: Analysis; specs: SheetSpec[] }> {
  const decoder = new TextDecoder();
  const specs: SheetSpec[] = [];
  for (const buffer of packed.specs) {
    specs.push(JSON.parse(decoder.decode(buffer)) as SheetSpec);
    await breathe();
  }
  const conflicts = packed.analysis.conflicts;
  if (packed.rest) {
    const names = packed.analysis.portfolio.partners.map((p) => p.name);
    const { a, b, score } = packed.rest;
    // One empty list shared by every such pair (read, never changed, like the engine's own).
    const none: string[] = [];
    for (let k = 0; k < a.length; k++) {
      conflicts.push({
        partnerA: names[a[k] ?? -1] ?? "",
        partnerB: names[b[k] ?? -1] ?? "",
        score: score[k] ?? 0,
        sharedCapabilities: none,
        sharedSegments: none,
        sharedRegions: none,
        sharedRoles: none,
      });
      if (k % 50_000 === 49_999) await breathe();
    }
  }
  return { analysis: packed.analysis, specs };
}
