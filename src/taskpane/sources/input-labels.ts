import type { InputLocation } from "../../engine/ingest/locate";
import type { InputName } from "../../engine/model";

/** The inputs in the order the Sources page lists them. */
export const INPUT_ORDER: readonly InputName[] = [
  "partners",
  "capabilities",
  "candidates",
  "responsibilities",
  "maturity",
  "expectations",
];

export const INPUT_LABELS: Record<InputName, string> = {
  partners: "Partners",
  responsibilities: "Responsibilities",
  capabilities: "Capabilities",
  candidates: "Candidates",
  maturity: "Maturity",
  expectations: "Expectations",
};

/** "Partners (table on Register)" / "Register (sheet)". */
export function locationLabel(where: InputLocation): string {
  return where.kind === "table" ? `${where.name} (table on ${where.sheet})` : `${where.sheet} (sheet)`;
}
