/** Builders for coverage, conflict and candidate tests (partners come from ../fixtures). */
import type { RequiredCapability, WorkbookInput } from "../../../src/engine/model";
import { partnersTable, rawTable } from "../fixtures";

/** A required capability with the SPEC §1 defaults except those given. */
export function required(capability: string, fields: Partial<RequiredCapability> = {}): RequiredCapability {
  return {
    capability,
    row: null,
    priority: 3,
    min: 1,
    max: 3,
    segments: [],
    regions: [],
    centrality: "Adjacent",
    urgency: "Next",
    ...fields,
  };
}

/** Mulberry32: a small seeded generator, so random portfolios are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Up to `most` distinct values drawn from `values`. */
export function someOf(rand: () => number, values: readonly string[], most: number): string[] {
  const n = Math.floor(rand() * (most + 1));
  const out = new Set<string>();
  while (out.size < Math.min(n, values.length)) out.add(values[Math.floor(rand() * values.length)] ?? "");
  return [...out];
}

/** A small workbook exercising every table of SPEC §1 that coverage reads. */
export const coverageWorkbook = (): WorkbookInput => ({
  partners: partnersTable([
    {
      Partner: "Acme",
      Roles: "Co-sell",
      Capabilities: "CRM; ERP",
      Segments: "SMB",
      Regions: "EMEA",
      Lifecycle: "Purchase",
      Layer: "Solution",
      Type: "Reseller",
      Revenue: 100,
    },
    {
      Partner: "Bolt",
      Roles: "Co-sell; Integrate",
      Capabilities: "CRM; ERP",
      Segments: "SMB",
      Lifecycle: "Purchase; Onboarding",
      Layer: "Solution",
      Type: "Reseller",
      Revenue: 50,
    },
    { Partner: "Core Co", Roles: "Integrate", Capabilities: "Billing", Layer: "Core", Type: "Technology" },
  ]),
  capabilities: rawTable(
    ["Capability", "Priority", "Min", "Max", "Segments", "Regions", "Centrality", "Urgency"],
    [
      ["CRM", 5, 1, 3, "SMB; Public", null, "Adjacent", "Next"],
      ["ERP", 2, 1, 1, null, null, "Context", "Later"],
      ["Billing", 4, 2, 3, null, null, "Core", "Now"],
    ],
    { sheet: "Capabilities" },
  ),
  candidates: rawTable(
    ["Candidate", "Fit", "Capabilities", "Segments"],
    [
      ["Nova", 4, "CRM", "Public"],
      ["Weak", 1, "CRM; Billing", null],
    ],
    { sheet: "Candidates" },
  ),
  maturity: rawTable(["Pillar", "Score", "Target"], [["Strategy", 2, 4]], { sheet: "Maturity" }),
});
