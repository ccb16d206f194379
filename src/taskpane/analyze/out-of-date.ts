import type { InputName, Settings } from "../../engine/model";
import { storedSettingsText } from "../../engine/settings";
import type { PaneRead } from "../analysis/held";
import { locationValue } from "../sources/source-choice";
import { tierRule } from "./SettingsSummary";

const INPUTS: readonly InputName[] = ["partners", "capabilities", "candidates", "responsibilities", "maturity"];

/**
 * What a run read, in short: where each input was found and how many rows it had. Two reads
 * with the same key gave the same results (as far as the pane can tell without comparing cells).
 * @example sourcesKey(read) // '[["partners","table:Partners",48],…]'
 */
export function sourcesKey(read: PaneRead): string {
  return JSON.stringify(
    INPUTS.map((input) => {
      const where = read.sources.found[input];
      return [input, where ? locationValue(where) : null, read.input.tables[input]?.rowCount ?? null];
    }),
  );
}

/** What the results on screen were made from. */
export interface RunBasis {
  settings: Settings;
  sourcesKey: string;
}

/**
 * Why the results on screen no longer match what the next run would use: settings edited or
 * saved since, other tables or rows read since. Empty when they are current.
 * @example outOfDateReasons({ settings: s75, sourcesKey: k }, s60, k) // ["The tier rule is now Strategic ≥ 60, Focus ≥ 50; these results used Strategic ≥ 75, Focus ≥ 50."]
 */
export function outOfDateReasons(basis: RunBasis, settings: Settings, read: PaneRead | null): string[] {
  const reasons: string[] = [];
  const was = basis.settings;
  if (storedSettingsText(was) !== storedSettingsText(settings)) {
    const before = tierRule(was);
    const now = tierRule(settings);
    if (before !== now) reasons.push(`The tier rule is now ${now}; these results used ${before}.`);
    const w = (s: Settings) => `Fit ${s.weights.fit} · Impact ${s.weights.impact} · Momentum ${s.weights.momentum}`;
    if (w(was) !== w(settings)) reasons.push(`The weights are now ${w(settings)}; these results used ${w(was)}.`);
    const other =
      JSON.stringify([was.scale, was.fitGate, was.conflictThreshold, was.columnMapping, was.inputs]) !==
      JSON.stringify([
        settings.scale,
        settings.fitGate,
        settings.conflictThreshold,
        settings.columnMapping,
        settings.inputs,
      ]);
    if (other || reasons.length === 0)
      reasons.push("Other settings or column choices changed since these results were made.");
  }
  if (read && sourcesKey(read) !== basis.sourcesKey)
    reasons.push("The input tables changed since these results were made (another table, or rows added or removed).");
  return reasons;
}
