/** Runs the command line in-process, on the committed fixtures, in a scratch folder. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { FIXED_TIME } from "./fixture-data";

export const FIXTURES = join(__dirname, "..", "fixtures");

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `partner-ecosystem ...argv`, with what it printed. */
export async function runCli(argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A scratch folder, removed by the returned cleanup. */
export function scratch(): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "ped-cli-"));
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Analysed extends CliRun {
  json: Record<string, unknown>;
  outPath: string;
  jsonPath: string;
}

/**
 * `analyze IN --out DIR/<tag>.xlsx --json DIR/<tag>.json --run-at FIXED_TIME ...extra`, then the
 * JSON it wrote. Fails the test if the run did not exit 0.
 */
export async function analyze(input: string, dir: string, tag: string, extra: string[] = []): Promise<Analysed> {
  const outPath = join(dir, `${tag}.xlsx`);
  const jsonPath = join(dir, `${tag}.json`);
  const run = await runCli([
    "analyze",
    input,
    "--out",
    outPath,
    "--json",
    jsonPath,
    "--run-at",
    FIXED_TIME,
    "--quiet",
    ...extra,
  ]);
  if (run.code !== 0) throw new Error(`analyze ${input} exited ${run.code}: ${run.err}`);
  const json = JSON.parse(readFileSync(jsonPath, "utf8")) as Record<string, unknown>;
  return { ...run, json, outPath, jsonPath };
}

/** The parts of the JSON document the tests look into. */
export interface TieringDoc {
  partners: {
    partner: string;
    tier: string;
    rank: number | null;
    composite: number | null;
    movement: string | null;
    previousTier: string | null;
  }[];
  tiers: { tier: string; count: number }[];
}

export function tieringOf(json: Record<string, unknown>): TieringDoc {
  return json.tiering as TieringDoc;
}

export function tierOf(json: Record<string, unknown>, partner: string): string | undefined {
  return tieringOf(json).partners.find((p) => p.partner === partner)?.tier;
}

export function tierCounts(json: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(tieringOf(json).tiers.map((t) => [t.tier, t.count]));
}
