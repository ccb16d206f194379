import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { analyzeWorkbook, type Analysis } from "../engine/analyze";
import { CannotAnalyzeError } from "../engine/errors";
import { analysisDocument } from "../engine/json";
import { DEFAULT_SETTINGS } from "../engine/model";
import { overlaySettings, readStoredSettings, storedSettingsText } from "../engine/settings";
import { buildReport } from "../report";
import { readWorkbook } from "../xlsx/read-workbook";
import { writeWorkbook } from "../xlsx/write-workbook";
import { type AnalyzeArgs, UsageError } from "./args";

export interface CommandResult {
  analysis: Analysis;
  written: string[];
}

/**
 * `partner-ecosystem analyze`: read the workbook, analyse, write the result workbook and JSON.
 * Throws UsageError (exit 2) or CannotAnalyzeError (exit 1).
 */
export async function runAnalyze(args: AnalyzeArgs, log: (line: string) => void): Promise<CommandResult> {
  if (resolve(args.input) === resolve(args.out)) throw new UsageError("--out must name a new file: the input workbook is never overwritten.");
  const runAt = args.runAt ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(runAt))) throw new UsageError(`--run-at needs an ISO date-time (got "${runAt}").`);

  let bytes: Uint8Array;
  try {
    bytes = await readFile(args.input);
  } catch (error) {
    throw new CannotAnalyzeError(`Cannot read ${args.input}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}.`, { cause: error });
  }
  const workbook = await readWorkbook(bytes);
  const stored = args.workbookSettings ? readStoredSettings(workbook.storedSettings) : { settings: DEFAULT_SETTINGS, issues: [] };
  const { settings, issues: flagIssues } = overlaySettings(stored.settings, args.settings);
  // Stored settings are already valid, so any problem here comes from the flags.
  if (flagIssues.length > 0) throw new UsageError(flagIssues.map((i) => i.message).join(" "));
  const analysis = analyzeWorkbook(workbook.input, settings, { runAt, priorIssues: stored.issues });
  const sheets = buildReport(analysis, { saveSnapshot: args.snapshot });
  const xlsx = await writeWorkbook(sheets, { settingsText: storedSettingsText(settings), runAt });

  const written: string[] = [];
  await writeOutput(args.out, xlsx);
  written.push(args.out);
  if (args.json) {
    await writeOutput(args.json, `${JSON.stringify(analysisDocument(analysis), null, 2)}\n`);
    written.push(args.json);
  }
  log(summaryLines(analysis, written).join("\n"));
  return { analysis, written };
}

async function writeOutput(path: string, data: Uint8Array | string): Promise<void> {
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(path, data);
  } catch (error) {
    throw new CannotAnalyzeError(`Cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** What a person wants to see after a run: tiers, issues, and where the files went. */
export function summaryLines(analysis: Analysis, written: string[]): string[] {
  const t = analysis.tiering;
  const count = (tier: string) => t.tiers.find((x) => x.tier === tier)?.count ?? 0;
  const sev = (s: string) => analysis.issues.filter((i) => i.severity === s).length;
  return [
    `Analysed ${t.totals.count} partners (scale 0–${t.scale.max}${t.scale.chosen === "auto" ? ", auto" : ""}, ${analysis.settings.mode} mode):`,
    `  Strategic ${count("Strategic")} · Focus ${count("Focus")} · Scale ${count("Scale")} · Unscored ${count("Unscored")}`,
    `Input issues: ${sev("error")} errors, ${sev("warning")} warnings, ${sev("info")} notes (listed on the Issues sheet).`,
    ...written.map((w) => `Wrote ${w}`),
  ];
}
