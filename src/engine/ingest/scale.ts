import type { ScaleSetting, ScoringScale } from "../model";

/**
 * Chooses the scoring scale (SPEC §2.1, §2.9). `auto` picks 0–5 unless some numeric score —
 * out-of-range ones included — exceeds 5, in which case 0–100.
 * @example chooseScale([4, 3.5], "auto") // { max: 5, chosen: "auto" }
 */
export function chooseScale(values: Iterable<number>, setting: ScaleSetting): ScoringScale {
  if (setting === "0-5") return { max: 5, chosen: "setting" };
  if (setting === "0-100") return { max: 100, chosen: "setting" };
  for (const v of values) if (v > 5) return { max: 100, chosen: "auto" };
  return { max: 5, chosen: "auto" };
}

/** Normalised score: 100 × value / max. */
export function normalise(value: number, scale: ScoringScale): number {
  return (100 * value) / scale.max;
}

/** True when a score lies on the scale (0 to max inclusive). */
export function onScale(value: number, scale: ScoringScale): boolean {
  return value >= 0 && value <= scale.max;
}
