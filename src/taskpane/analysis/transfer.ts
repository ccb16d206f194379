/**
 * How an analysis crosses from the worker to the pane without being cloned whole. At 20,000
 * partners the structured clone of the result (hundreds of thousands of conflict pairs, each
 * with its lists, plus every sheet's cells) failed in Chromium with "Data cannot be cloned,
 * out of memory", and at 100,000 partners deserialising it would hold the pane's thread for
 * seconds (issue 11). So:
 * - every long array of the analysis and of the sheets' specs (partners, tiers, issues, a
 *   sheet's rows) travels in slices, each its own message, put back together by the pane with
 *   its thread given back in between (parts.ts);
 * - the pane describes in full only the conflict pairs it shows (the strongest PANE_CONFLICTS,
 *   as many as the sheet lists); the others travel as typed arrays of partner indices and
 *   scores, transferred, and come back as {partnerA, partnerB, score} with empty shared lists —
 *   what the count on the card and the scenario comparison read.
 */
import type { Analysis } from "../../engine/analyze";
import type { ChannelConflict } from "../../engine/conflicts";
import { MAX_CONFLICT_ROWS } from "../../report/conflicts-sheet";
import type { SheetSpec } from "../../report/sheet-spec";
import { joinLongArrays, type Part, splitLongArrays } from "./parts";

export const PANE_CONFLICTS = MAX_CONFLICT_ROWS;

export interface PackedAnalyze {
  /** `{analysis, specs}` with its long arrays left as placeholders (their parts come first). */
  body: unknown;
  /** Pairs after the first PANE_CONFLICTS: indices into analysis.portfolio.partners, and scores. */
  rest: { a: Int32Array; b: Int32Array; score: Float64Array } | null;
}

/** The worker's side: the slices to post first, then the packed result and the buffers to transfer with it. */
export function packAnalyzeResult(result: { analysis: Analysis; specs: SheetSpec[] }): {
  parts: Part[];
  packed: PackedAnalyze;
  transfer: ArrayBuffer[];
} {
  const { analysis } = result;
  let rest: PackedAnalyze["rest"] = null;
  const extra = analysis.conflicts.length - PANE_CONFLICTS;
  if (extra > 0) {
    const index = new Map(analysis.portfolio.partners.map((p, i) => [p.name, i]));
    rest = { a: new Int32Array(extra), b: new Int32Array(extra), score: new Float64Array(extra) };
    for (let k = 0; k < extra; k++) {
      const c = analysis.conflicts.at(PANE_CONFLICTS + k) as ChannelConflict;
      rest.a[k] = index.get(c.partnerA) ?? -1;
      rest.b[k] = index.get(c.partnerB) ?? -1;
      rest.score[k] = c.score;
    }
  }
  const { skeleton, parts } = splitLongArrays({
    analysis: { ...analysis, conflicts: analysis.conflicts.slice(0, PANE_CONFLICTS) },
    specs: result.specs,
  });
  return {
    parts,
    packed: { body: skeleton, rest },
    transfer: rest ? ([rest.a.buffer, rest.b.buffer, rest.score.buffer] as ArrayBuffer[]) : [],
  };
}

/** Lets the pane paint and answer input between slices of work. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The pane's side: the long arrays put back and the pair list restored, yielding in between. */
export async function unpackAnalyzeResult(
  packed: PackedAnalyze,
  parts: ReadonlyMap<number, unknown[][]>,
): Promise<{ analysis: Analysis; specs: SheetSpec[] }> {
  const { analysis, specs } = await joinLongArrays<{ analysis: Analysis; specs: SheetSpec[] }>(packed.body, parts);
  // The pairs came as the plain array the worker sliced (packAnalyzeResult).
  const conflicts = analysis.conflicts as ChannelConflict[];
  if (packed.rest) {
    const names = analysis.portfolio.partners.map((p) => p.name);
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
  return { analysis, specs };
}

/** Gathers the parts of a reply as they arrive, by placeholder id. */
export function partsCollector(): { add: (part: Part) => void; parts: Map<number, unknown[][]> } {
  const parts = new Map<number, unknown[][]>();
  return {
    parts,
    add: ({ part, items }) => {
      const list = parts.get(part);
      if (list) list.push(items);
      else parts.set(part, [items]);
    },
  };
}
