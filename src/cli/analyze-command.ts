import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { analyzeWorkbook, type Analysis } from "../engine/analyze";
import { CannotAnalyzeError } from "../engine/errors";
import { analysisDocument } from "../engine/json";
import { DEFAULT_SETTINGS } from "../engine/model";
import { runScenario, type ScenarioResult } from "../engine/scenario";
import { overlaySettings, readStoredSettings, storedSettingsText } from "../engine/settings";
import { buildReport, type SheetSpec } from "../report";
import { countOf } from "../report/style";
import { type ReadWorkbook, readWorkbook } from "../xlsx/read-workbook";
import { type WriteOptions, writeWorkbookFile } from "../xlsx/write-workbook";
import { type AnalyzeArgs, UsageError } from "./args";
import { writeJsonFile } from "./json-stream";

export interface CommandResult {
  analysis: Analysis;
  written: string[];
}

/**
 * `partner-ecosystem analyze`: read the workbook, analyse, write the result workbook and JSON.
 * Throws UsageError (exit 2) or CannotAnalyzeError (exit 1).
 */
export async function runAnalyze(args: AnalyzeArgs, log: (line: string) => void): Promise<CommandResult> {
  if (await sameFile(args.input, args.out))
    throw new UsageError("--out must name a new file: the input workbook is never overwritten.");
  if (args.json !== undefined && (await sameFile(args.input, args.json)))
    throw new UsageError("--json must name a new file: the input workbook is never overwritten.");
  if (args.json !== undefined && (await sameFile(args.out, args.json)))
    throw new UsageError("--json and --out must name different files.");
  const runAt = args.runAt === undefined ? new Date().toISOString() : isoRunAt(args.runAt);

  const timings = phaseTimer(process.env.PED_CLI_TIMINGS === "1");
  // `let`, and let go once used: at a million partners the file's bytes, the input cells and the
  // sheets each take hundreds of megabytes that the later steps do not need.
  let workbook: ReadWorkbook | undefined = await readWorkbook(await readInput(args.input), {
    storedChoices: args.workbookSettings,
  });
  timings.done("read");
  const stored = args.workbookSettings
    ? readStoredSettings(workbook.storedSettings)
    : { settings: DEFAULT_SETTINGS, issues: [] };
  const { settings, issues: flagIssues } = overlaySettings(stored.settings, args.settings);
  // Stored settings are already valid, so any problem here comes from the flags. The add-in's
  // message names the fallback it would use; the command line stops instead, so drop that part.
  if (flagIssues.length > 0)
    throw new UsageError(flagIssues.map((i) => i.message.replace(/; using [^;]*$/, ".")).join(" "));
  const analysis = analyzeWorkbook(workbook.input, settings, { runAt, priorIssues: stored.issues });
  workbook = undefined;
  timings.done("analyse");
  const wantsScenario = args.remove.length > 0 || args.add.length > 0;
  const scenario = wantsScenario
    ? runScenario(analysis.portfolio, settings, { remove: args.remove, add: args.add }, analysis)
    : undefined;
  let sheets: SheetSpec[] | undefined = buildReport(analysis, {
    saveSnapshot: args.snapshot,
    ...(scenario ? { scenario } : {}),
  });
  timings.done("report");
  const written: string[] = [];
  // Written as it is produced: a million-row sheet is never one buffer.
  await writeOutput(args.out, workbookWriter(sheets, { settingsText: storedSettingsText(settings), runAt }));
  sheets = undefined;
  written.push(args.out);
  timings.done("write xlsx");
  if (args.json) {
    // Streamed: a million partners' document would not fit in one string.
    await writeOutput(args.json, (path) =>
      writeJsonFile(path, analysisDocument(analysis, scenario ? { scenario } : {})),
    );
    written.push(args.json);
    timings.done("write json");
  }
  timings.report();
  const lines = summaryLines(analysis, written);
  if (scenario) lines.splice(3, 0, scenarioLine(scenario));
  log(lines.join("\n"));
  return { analysis, written };
}

/** Writes the workbook to the path it is given (the specs are held only while it runs). */
function workbookWriter(specs: SheetSpec[], options: WriteOptions): (path: string) => Promise<void> {
  return async (path) => writeWorkbookFile(specs, options, path);
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new CannotAnalyzeError(
      `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}.`,
      { cause: error },
    );
  }
}

/**
 * PED_CLI_TIMINGS=1 prints each phase's wall time and the heap after it on stderr, so the
 * benchmark can tell the command line's own costs (read, report, write) from the engine's.
 */
function phaseTimer(on: boolean): { done(phase: string): void; report(): void } {
  let last = performance.now();
  const lines: string[] = [];
  return {
    done(phase) {
      if (!on) return;
      const now = performance.now();
      const { heapUsed, rss } = process.memoryUsage();
      lines.push(
        `${phase} ${Math.round(now - last)} ms (heap ${Math.round(heapUsed / 2 ** 20)} MB, rss ${Math.round(rss / 2 ** 20)} MB)`,
      );
      last = now;
    },
    report() {
      if (on) process.stderr.write(`timings: ${lines.join("; ")}\n`);
    },
  };
}

/**
 * True when two paths name one file: the same path, or (when both exist) the same inode, which
 * also catches another spelling on a case-insensitive disk, a symbolic link and a hard link.
 */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.ino !== 0 && x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false; // one of them does not exist yet: not the same file
  }
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * The run timestamp as UTC ISO text. The Tier History finds the latest snapshot by comparing
 * this text, so it must be one spelling of one clock: "2026-01-05T10:00+01:00" and
 * "2026-01-05T09:00:00Z" are the same run time, and a time without an offset is read as UTC
 * (not the machine's zone) so that every machine records the same value.
 */
function isoRunAt(text: string): string {
  const m = ISO_DATE_TIME.exec(text.trim());
  const hasTime = m !== null && /[T ]/i.test(text.trim());
  const when = m === null ? NaN : Date.parse(hasTime && m[1] === undefined ? `${text.trim()}Z` : text.trim());
  if (Number.isNaN(when))
    throw new UsageError(`--run-at needs an ISO date-time such as 2026-01-05T09:00:00Z (got "${text}").`);
  return new Date(when).toISOString();
}

async function writeOutput(path: string, data: Uint8Array | string | ((path: string) => Promise<void>)): Promise<void> {
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    await (typeof data === "function" ? data(path) : writeFile(path, data));
  } catch (error) {
    throw new CannotAnalyzeError(`Cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** What a person wants to see after a run: tiers, issues, and where the files went. */
export function summaryLines(analysis: Analysis, written: string[]): string[] {
  const t = analysis.tiering;
  const inTier = (tier: string) => t.tiers.find((x) => x.tier === tier)?.count ?? 0;
  const issues = analysis.totals.issues;
  return [
    `Analysed ${countOf(t.totals.count, "partner")} (scale 0–${t.scale.max}${t.scale.chosen === "auto" ? ", auto" : ""}, ${analysis.settings.mode} mode):`,
    `  Strategic ${inTier("Strategic")} · Focus ${inTier("Focus")} · Scale ${inTier("Scale")} · Unscored ${inTier("Unscored")}`,
    `Input issues: ${countOf(issues.error, "error")}, ${countOf(issues.warning, "warning")}, ${countOf(issues.info, "note")} (listed on the Issues sheet).`,
    ...written.map((w) => `Wrote ${w}`),
  ];
}

function scenarioLine(s: ScenarioResult): string {
  const unknown = s.unknown.length > 0 ? ` (not found: ${s.unknown.join(", ")})` : "";
  return `Scenario: gaps ${s.gapsOpened.length} opened, ${s.gapsClosed.length} closed; severity ${s.severityBefore} → ${s.severityAfter}; conflicts +${s.conflictsAdded.length}/−${s.conflictsRemoved.length}; ${s.tierChanges.length} tier changes${unknown}.`;
}
