import { messages } from "../../engine/ingest/messages";
import type { Issue } from "../../engine/model";

/** A setting's path as readSettings names it in its issues ("weights.fit", "thresholds"). */
export type SettingPath =
  | "weights"
  | "weights.fit"
  | "weights.impact"
  | "weights.momentum"
  | "mode"
  | "thresholds"
  | "thresholds.strategic"
  | "thresholds.focus"
  | "quotas"
  | "quotas.strategic"
  | "quotas.focus"
  | "scale"
  | "fitGate"
  | "conflictThreshold";

// The message's text before the value, derived from the message itself so the two never drift.
const prefixOf = (path: string) => messages.settingInvalid(path, "\u0000", "").split("\u0000")[0] ?? "";

/**
 * The readSettings issue about one setting, for the message under its control; null when the
 * value is valid.
 * @example fieldIssue(readSettings({ weights: { fit: -1 } }).issues, "weights.fit") // "Setting weights.fit = -1 is not valid; using 1."
 */
export function fieldIssue(issues: readonly Issue[], path: SettingPath): string | null {
  const prefix = prefixOf(path);
  return issues.find((i) => i.message.startsWith(prefix))?.message ?? null;
}
