/**
 * Quick timing of channel-conflict detection (SPEC §2.5) on a synthetic portfolio: 7,000
 * partners drawn from 60 capabilities, 8 segments, 6 regions and the five standard roles.
 * Not a test: run with `npx tsx scripts/bench-conflicts.ts [partners] [capabilities]`.
 */
import { findChannelConflicts } from "../src/engine/conflicts";
import { DEFAULT_SETTINGS, type Partner } from "../src/engine/model";

const count = Number(process.argv[2] ?? 7000);
const capabilityCount = Number(process.argv[3] ?? 60);
/** Most capabilities, segments and regions one partner lists. */
const mostCapabilities = Number(process.argv[4] ?? 8);
const mostSegments = Number(process.argv[5] ?? 3);
const mostRegions = Number(process.argv[6] ?? 2);

/** Mulberry32: a small seeded generator so every run times the same portfolio. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(42);
const pickSome = (values: string[], most: number): string[] => {
  const n = Math.floor(rand() * (most + 1));
  const out = new Set<string>();
  while (out.size < n) out.add(values[Math.floor(rand() * values.length)] ?? "");
  return [...out];
};
const capabilities = Array.from({ length: capabilityCount }, (_, i) => `Capability ${i + 1}`);
const segments = ["Enterprise", "Mid-market", "SMB", "Public sector", "Healthcare", "Finance", "Retail", "Manufacturing"];
const regions = ["North America", "LATAM", "EMEA", "DACH", "APAC", "ANZ"];
const roles = ["Co-sell", "Co-market", "Integrate", "Implement", "Influence"];

const partners: Partner[] = Array.from({ length: count }, (_, i) => ({
  name: `Partner ${String(i + 1).padStart(5, "0")}`,
  row: i + 2,
  type: "",
  layer: null,
  roles: pickSome(roles, 3),
  capabilities: pickSome(capabilities, mostCapabilities),
  segments: pickSome(segments, mostSegments),
  regions: pickSome(regions, mostRegions),
  lifecycle: [],
  fit: null,
  impact: null,
  momentum: null,
  pipeline: null,
  revenue: null,
  investment: null,
  owner: "",
}));

const coldStart = performance.now();
const coldPairs = findChannelConflicts(partners, DEFAULT_SETTINGS).length;
console.log(`first (cold) run at threshold ${DEFAULT_SETTINGS.conflictThreshold}: ${coldPairs} pairs in ${(performance.now() - coldStart).toFixed(1)} ms`);
for (const threshold of [DEFAULT_SETTINGS.conflictThreshold, 0.3, 0.8]) {
  findChannelConflicts(partners, { conflictThreshold: threshold }); // warm-up: JIT
  const runs: number[] = [];
  let pairs = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    pairs = findChannelConflicts(partners, { conflictThreshold: threshold }).length;
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  const cold = runs[runs.length - 1] ?? 0;
  console.log(
    `${count} partners × ${capabilityCount} capabilities, threshold ${threshold}: ${pairs} pairs; median ${runs[2]?.toFixed(1)} ms, slowest ${cold.toFixed(1)} ms`,
  );
}
