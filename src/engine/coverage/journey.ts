import { LIFECYCLE_STAGES, STANDARD_ROLES } from "../ingest/partner-columns";
import type { Partner } from "../model";
import type { JourneyMatrix } from "./types";

/**
 * The journey matrix (SPEC §2.4): partners per (lifecycle stage, role). Rows are the standard
 * stages in journey order, then other stages as first seen; columns the standard roles, then
 * others as first seen. Standard rows and columns are always present, so a stage or role nobody
 * covers shows as gaps. Empty cells are journey gaps.
 * @example journeyMatrix([{ lifecycle: ["Purchase"], roles: ["Co-sell"] }]).partners[2][0] // 1
 */
export function journeyMatrix(partners: readonly Pick<Partner, "lifecycle" | "roles">[]): JourneyMatrix {
  const stages = withOthers(LIFECYCLE_STAGES, partners, "lifecycle");
  const roles = withOthers(STANDARD_ROLES, partners, "roles");
  const stageIndex = new Map(stages.map((s, i) => [s, i]));
  const roleIndex = new Map(roles.map((r, i) => [r, i]));
  const counts = stages.map(() => roles.map(() => 0));
  // Indexed loops: this runs once per analysis, mostly before V8 optimises it, and a for-of
  // there allocates an iterator result per value.
  for (let i = 0; i < partners.length; i++) {
    const { lifecycle, roles: held } = partners[i] as Pick<Partner, "lifecycle" | "roles">;
    for (let k = 0; k < lifecycle.length; k++) {
      const row = counts[stageIndex.get(lifecycle[k] as string) ?? -1];
      if (row === undefined) continue;
      for (let j = 0; j < held.length; j++) {
        const col = roleIndex.get(held[j] as string);
        if (col !== undefined) row[col] = (row[col] ?? 0) + 1;
      }
    }
  }
  const gaps: { stage: string; role: string }[] = [];
  stages.forEach((stage, i) => roles.forEach((role, j) => (counts[i]?.[j] ?? 0) === 0 && gaps.push({ stage, role })));
  return { stages, roles, partners: counts, gaps };
}

/** The standard values in order, then any other value in the order first seen. */
function withOthers(
  standard: readonly string[],
  partners: readonly Pick<Partner, "lifecycle" | "roles">[],
  field: "lifecycle" | "roles",
): string[] {
  const out = [...standard];
  const seen = new Set(out);
  for (let i = 0; i < partners.length; i++) {
    const values = (partners[i] as Pick<Partner, "lifecycle" | "roles">)[field];
    for (let k = 0; k < values.length; k++) {
      const v = values[k] as string;
      if (!seen.has(v)) {
        seen.add(v);
        out.push(v);
      }
    }
  }
  return out;
}
