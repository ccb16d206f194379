import type { Settings } from "../../engine/model";
import { INPUT_COLUMNS } from "../sources/input-columns";
import { INPUT_LABELS } from "../sources/input-labels";
import { choiceValue } from "../sources/source-choice";

/**
 * The unsaved choices made on Sources (column mapping, tables) that the tier simulator counts
 * in, in words; null when there are none. Without it, "47 partners would change tier" on a
 * page where nothing was touched reads as a bug.
 * @example unsavedSources(saved, { ...saved, columnMapping: { partners: { fit: "Alignment Score" } } }) // "Partners: Fit → Alignment Score"
 */
export function unsavedSources(saved: Settings, draft: Settings): string | null {
  const parts: string[] = [];
  for (const input of Object.keys(INPUT_LABELS) as (keyof typeof INPUT_LABELS)[]) {
    const before = saved.columnMapping[input] ?? {};
    const after = draft.columnMapping[input] ?? {};
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (before[field] === after[field]) continue;
      const label = INPUT_COLUMNS[input].find((d) => d.field === field)?.label ?? field;
      parts.push(`${INPUT_LABELS[input]}: ${label} → ${after[field] ?? "automatic"}`);
    }
    const was = choiceValue(saved.inputs[input]);
    const now = choiceValue(draft.inputs[input]);
    if (was !== now)
      parts.push(
        `${INPUT_LABELS[input]} read from ${now === "auto" ? "the table found by name" : now.replace(/^(table|sheet):/, "$1 ")}`,
      );
  }
  if (saved.scale !== draft.scale) parts.push(`scale ${draft.scale}`);
  return parts.length > 0 ? parts.join("; ") : null;
}
