/**
 * Seeded synthetic portfolios at any size, shaped like real registers (a few segments and
 * regions, capabilities drawn with a long tail, scores clustered by partner type), for the
 * benchmark and for scale tests. Pure: returns RawTables as a reader would.
 */
import type { RawCell, RawTable, WorkbookInput } from "../engine/model";

export interface SyntheticOptions {
  partners: number;
  capabilities: number;
  /** Prospective partners (default partners / 50). */
  candidates?: number;
  /** Activities in the RACI matrix (default 24) and parties in it (default 12). */
  activities?: number;
  parties?: number;
  seed?: number;
  /** Distinct segments and regions (default six each, named as real registers name them). */
  segments?: number;
  regions?: number;
}

const SIX_SEGMENTS = ["Enterprise", "Mid-Market", "SMB", "Public Sector", "Healthcare", "Financial Services"];
const SIX_REGIONS = ["North America", "EMEA", "APAC", "LATAM", "ANZ", "Nordics"];
const TYPES = ["Technology", "Services", "Reseller", "Alliance", "MSP", "Marketplace"];
const LAYERS = ["Core", "Solution", "Market"];
const ROLES = ["Co-sell", "Co-market", "Integrate", "Implement", "Influence"];
const STAGES = ["Awareness", "Consideration", "Purchase", "Onboarding", "Adoption", "Renewal", "Expansion"];
const DIMENSIONS = ["Capability", "Delivery", "Relationship", "Decision"];
const LETTERS = ["", "", "", "A", "R", "C", "I", "A/R", "C", "I"];

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticWorkbook(options: SyntheticOptions): WorkbookInput {
  const rand = seededRandom(options.seed ?? 7);
  const numbered = (word: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${word} ${String(i + 1).padStart(2, "0")}`);
  const SEGMENTS = options.segments === undefined ? SIX_SEGMENTS : numbered("Segment", options.segments);
  const REGIONS = options.regions === undefined ? SIX_REGIONS : numbered("Region", options.regions);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const some = (list: readonly string[], max: number, emptyChance: number): string => {
    if (rand() < emptyChance) return "";
    const n = 1 + Math.floor(rand() * max);
    const chosen = new Set<string>();
    for (let i = 0; i < n; i++) chosen.add(pick(list));
    return [...chosen].join("; ");
  };
  const capabilityNames = Array.from(
    { length: options.capabilities },
    (_, i) => `Capability ${String(i + 1).padStart(3, "0")}`,
  );
  // A long tail: low-numbered capabilities are common, high-numbered ones rare.
  const capability = () => capabilityNames[Math.floor(capabilityNames.length * rand() * rand())] as string;
  const capabilities = () => {
    const n = 1 + Math.floor(rand() * 5);
    const set = new Set<string>();
    for (let i = 0; i < n; i++) set.add(capability());
    return [...set].join("; ");
  };
  const score = (base: number) => Math.round(Math.min(5, Math.max(0, base + (rand() - 0.5) * 3)) * 10) / 10;
  const money = () => Math.round(rand() * rand() * 500) * 1000;

  const header = [
    "Partner",
    "Type",
    "Layer",
    "Roles",
    "Capabilities",
    "Segments",
    "Regions",
    "Lifecycle",
    "Fit",
    "Impact",
    "Momentum",
    "Pipeline",
    "Revenue",
    "Investment",
    "Owner",
  ];
  const row = (name: string): RawCell[] => {
    const base = 1.5 + rand() * 2.5;
    return [
      name,
      pick(TYPES),
      pick(LAYERS),
      some(ROLES, 3, 0.05),
      capabilities(),
      some(SEGMENTS, 2, 0.3),
      some(REGIONS, 2, 0.3),
      some(STAGES, 3, 0.1),
      score(base),
      score(base),
      score(base),
      money() * 3,
      money() * 2,
      money(),
      `Owner ${1 + Math.floor(rand() * 40)}`,
    ];
  };
  const partners = Array.from({ length: options.partners }, (_, i) => row(`Partner ${String(i + 1).padStart(6, "0")}`));
  const candidateCount = options.candidates ?? Math.max(5, Math.floor(options.partners / 50));
  const candidates = Array.from({ length: candidateCount }, (_, i) =>
    row(`Candidate ${String(i + 1).padStart(5, "0")}`),
  );

  const capabilityRows = capabilityNames.map((c) => [
    c,
    1 + Math.floor(rand() * 5),
    1 + Math.floor(rand() * 2),
    3 + Math.floor(rand() * 4),
    some(SEGMENTS, 2, 0.5),
    some(REGIONS, 2, 0.5),
    pick(["Core", "Adjacent", "Context"]),
    pick(["Now", "Next", "Later"]),
  ]);

  const partyCount = Math.min(options.parties ?? 12, options.partners);
  const parties = ["Us", ...partners.slice(0, partyCount - 1).map((p) => String(p[0]))];
  const activities = Array.from({ length: options.activities ?? 24 }, (_, i) => [
    `Activity ${i + 1}`,
    DIMENSIONS[i % DIMENSIONS.length] as string,
    ...parties.map(() => pick(LETTERS)),
  ]);

  return {
    partners: table("Partners", header, partners),
    candidates: table("Candidates", ["Candidate", ...header.slice(1)], candidates),
    capabilities: table(
      "Capabilities",
      ["Capability", "Priority", "Min", "Max", "Segments", "Regions", "Centrality", "Urgency"],
      capabilityRows,
    ),
    responsibilities: table("Responsibilities", ["Activity", "Dimension", ...parties], activities),
    maturity: table(
      "Maturity",
      ["Pillar", "Score", "Target"],
      [
        ["Strategy", 3, 4],
        ["People", 2, 4],
        ["Process", 3, 4],
        ["Technology", 2, 4],
        ["Customer", 3, 5],
        ["Results", 2, 4],
      ],
    ),
  };
}

function table(name: string, header: string[], rows: RawCell[][]): RawTable {
  return { source: name, sheet: name, headerRow: 1, firstColumn: 1, header, rows };
}
