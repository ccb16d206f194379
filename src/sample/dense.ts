/**
 * A seeded dense-overlap portfolio for the benchmark: partners grouped into families that sell
 * nearly the same capabilities, most of them Co-sell, in few segments and regions — the shape
 * that makes channel conflict expensive (at 7,000 partners × 60 capabilities, about 63,000
 * pairs reach the 0.5 threshold, ≈ 9 per partner). Pure: returns RawTables as a reader would.
 */
import type { RawCell, WorkbookInput } from "../engine/model";
import { seededRandom, syntheticWorkbook } from "./synthetic";

export interface DenseOptions {
  partners: number;
  capabilities: number;
  seed?: number;
}

const SEGMENTS = ["Enterprise", "Mid-Market", "SMB"];
const REGIONS = ["Americas", "EMEA", "APAC"];

/** Partners per family: a partner's near-copies are the conflict pairs it takes part in. */
const FAMILY = 36;

export function denseOverlapWorkbook(options: DenseOptions): WorkbookInput {
  // The other tables (capabilities, candidates, RACI, maturity) as in the ordinary portfolio.
  const base = syntheticWorkbook({
    partners: options.partners,
    capabilities: options.capabilities,
    seed: options.seed,
  });
  const rand = seededRandom((options.seed ?? 7) + 1000);
  const caps = Array.from({ length: options.capabilities }, (_, i) => `Capability ${String(i + 1).padStart(3, "0")}`);
  const families = Math.max(1, Math.round(options.partners / FAMILY));
  const profiles = Array.from({ length: families }, () => {
    const set = new Set<string>();
    const size = 4 + Math.floor(rand() * 3);
    while (set.size < Math.min(size, caps.length)) set.add(caps[Math.floor(rand() * caps.length)] as string);
    return [...set];
  });
  const some = (list: readonly string[], emptyChance: number): string => {
    if (rand() < emptyChance) return "";
    const n = 1 + Math.floor(rand() * 2);
    const chosen = new Set<string>();
    while (chosen.size < n) chosen.add(list[Math.floor(rand() * list.length)] as string);
    return [...chosen].join("; ");
  };
  const rows = (base.partners?.rows ?? []).map((row): RawCell[] => {
    const profile = profiles[Math.floor(rand() * families)] as string[];
    // A near-copy of the family's set: drop one, add one, or both, now and then.
    const mine = profile.filter(() => rand() > 0.12);
    if (rand() < 0.35) mine.push(caps[Math.floor(rand() * caps.length)] as string);
    const roles =
      rand() < 0.85
        ? rand() < 0.4
          ? "Co-sell; Co-market"
          : "Co-sell"
        : rand() < 0.5
          ? "Co-market; Implement"
          : "Integrate";
    const out = [...row];
    out[3] = roles;
    out[4] = [...new Set(mine)].join("; ");
    out[5] = some(SEGMENTS, 0.25);
    out[6] = some(REGIONS, 0.25);
    return out;
  });
  return { ...base, partners: base.partners ? { ...base.partners, rows } : null };
}
