/** Command-line parsing for `partner-ecosystem`: Node's util.parseArgs (strict), in this command's words. */
import { type ParseArgsConfig, parseArgs as nodeParseArgs } from "node:util";

export interface AnalyzeArgs {
  command: "analyze";
  input: string;
  out: string;
  json?: string;
  /** Settings given as flags, in the shape of Settings (validated later). */
  settings: Record<string, unknown>;
  runAt?: string;
  snapshot: boolean;
  workbookSettings: boolean;
  quiet: boolean;
  /** Scenario: partners to remove and candidates to add (empty = no scenario). */
  remove: string[];
  add: string[];
}

export type ParsedArgs = AnalyzeArgs | { command: "help" } | { command: "version" };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const USAGE = `Usage: partner-ecosystem analyze IN.xlsx --out OUT.xlsx [--json OUT.json] [options]

Reads the partner register in IN.xlsx (a table or sheet named Partners, and optionally
Responsibilities, Capabilities, Candidates, Maturity), analyses it locally and writes the
result sheets to OUT.xlsx (and the results as JSON). IN.xlsx is never modified.

Options (settings stored in the workbook by the add-in apply unless overridden here):
  --out FILE                 result workbook to write (required; must differ from IN)
  --json FILE                also write the results as JSON
  --mode threshold|quota     tiering mode (default threshold)
  --weights F,I,M            weights of Fit, Impact, Momentum (default 1,1,1)
  --strategic N              threshold mode: Strategic at composite >= N (default 75)
  --focus N                  threshold mode: Focus at composite >= N (default 50)
  --quota-strategic P        quota mode: top P% are Strategic (integer, default 10)
  --quota-focus P            quota mode: next P% are Focus (integer, default 30)
  --scale auto|0-5|0-100     scoring scale (default auto)
  --fit-gate N               candidates' strategic-fit gate, normalised 0-100 (default 60)
  --conflict-threshold X     channel-conflict similarity to report, 0-1 (default 0.5)
  --run-at ISO-TIME          timestamp recorded with the run, UTC unless an offset is
                             given (default: now)
  --remove NAME              scenario: a partner leaves (repeat, or separate names with ;)
  --add NAME                 scenario: a candidate joins (repeat, or separate names with ;)
  --no-snapshot              do not append this run to the Tier History sheet
  --ignore-workbook-settings use defaults and flags only
  -q, --quiet                print nothing but errors
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 the analysis ran (input issues allowed), 1 it could not run, 2 bad usage.`;

/** The options of `analyze`, for util.parseArgs; the string ones but remove/add are settings and files. */
const OPTIONS = {
  out: { type: "string" },
  json: { type: "string" },
  mode: { type: "string" },
  weights: { type: "string" },
  strategic: { type: "string" },
  focus: { type: "string" },
  "quota-strategic": { type: "string" },
  "quota-focus": { type: "string" },
  scale: { type: "string" },
  "fit-gate": { type: "string" },
  "conflict-threshold": { type: "string" },
  "run-at": { type: "string" },
  remove: { type: "string", multiple: true },
  add: { type: "string", multiple: true },
  "no-snapshot": { type: "boolean" },
  "ignore-workbook-settings": { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
} as const satisfies ParseArgsConfig["options"];

type Values = ReturnType<typeof parseWithOptions>["values"];

const parseWithOptions = (args: string[]) =>
  nodeParseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });

/**
 * Parses argv (without node and script). Throws UsageError with a one-line reason.
 * @example parseArgs(["analyze", "in.xlsx", "--out", "out.xlsx"]).command === "analyze"
 */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.some((a) => a === "-h" || a === "--help") || argv.length === 0) return { command: "help" };
  if (argv.some((a) => a === "-v" || a === "--version")) return { command: "version" };
  const [command, ...rest] = argv;
  if (command !== "analyze")
    throw new UsageError(`Unknown command "${command}". Try: partner-ecosystem analyze IN.xlsx --out OUT.xlsx`);

  let parsed: ReturnType<typeof parseWithOptions>;
  try {
    parsed = parseWithOptions(joinDashValues(rest));
  } catch (error) {
    throw usageErrorOf(error, rest);
  }
  const { values, positionals } = parsed;
  const names = (flag: "remove" | "add"): string[] =>
    (values[flag] ?? []).flatMap((value) => {
      if (value.trim() === "") throw new UsageError(`--${flag} needs a name.`);
      return value
        .split(";")
        .map((n) => n.trim())
        .filter((n) => n !== "");
    });
  const remove = names("remove");
  const add = names("add");
  // "--out=" gives an empty value: as much a missing value as "--out" alone.
  for (const [flag, value] of Object.entries(values))
    if (value === "") throw new UsageError(`--${flag} needs a value.`);
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? "Name the input workbook: partner-ecosystem analyze IN.xlsx --out OUT.xlsx"
        : `One input workbook at a time (got ${positionals.join(", ")}).`,
    );
  const out = values.out;
  if (!out) throw new UsageError("--out OUT.xlsx is required.");
  return {
    command: "analyze",
    input: positionals[0] ?? "",
    out,
    ...(values.json !== undefined ? { json: values.json } : {}),
    settings: settingsFromFlags(values),
    ...(values["run-at"] !== undefined ? { runAt: values["run-at"] } : {}),
    snapshot: values["no-snapshot"] !== true,
    workbookSettings: values["ignore-workbook-settings"] !== true,
    quiet: values.quiet === true,
    remove,
    add,
  };
}

/**
 * util.parseArgs refuses "--weights -1,1,1" as ambiguous (the value starts with a dash); a value
 * of one leading dash was always taken as the value (a negative weight reaches the setting's own
 * check), so such a pair is passed as "--weights=-1,1,1". "--out --json" stays ambiguous.
 */
function joinDashValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const next = args[i + 1];
    const option = arg.startsWith("--") ? OPTIONS[arg.slice(2) as keyof typeof OPTIONS] : undefined;
    if (
      option?.type === "string" &&
      next !== undefined &&
      next.startsWith("-") &&
      !next.startsWith("--") &&
      next !== "-"
    ) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

/** util.parseArgs's errors in the words this command has always used. */
function usageErrorOf(error: unknown, args: string[]): Error {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(?:-\w, )?(--[\w-]+)/.exec(message ?? "")?.[1] ?? /'(-[^']*)'/.exec(message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return new UsageError(`Unknown option ${args.find((a) => a === option || a.startsWith(`${option}=`)) ?? option}.`);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const spec = OPTIONS[option.slice(2) as keyof typeof OPTIONS];
    // A switch given a value ("--quiet=1") is not an option this command knows.
    if (spec?.type === "boolean")
      return new UsageError(`Unknown option ${args.find((a) => a.startsWith(`${option}=`)) ?? option}.`);
    return new UsageError(
      option === "--remove" || option === "--add" ? `${option} needs a name.` : `${option} needs a value.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

function settingsFromFlags(values: Values): Record<string, unknown> {
  const s: Record<string, unknown> = {};
  const number = (
    flag: "strategic" | "focus" | "quota-strategic" | "quota-focus" | "fit-gate" | "conflict-threshold",
  ) => {
    const v = values[flag];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (v.trim() === "" || !Number.isFinite(n)) throw new UsageError(`--${flag} needs a number (got "${v}").`);
    return n;
  };
  if (values.mode !== undefined) s.mode = values.mode;
  if (values.scale !== undefined) s.scale = values.scale;
  const weights = values.weights;
  if (weights !== undefined) {
    // Number("") is 0: an empty part ("2,,1") is a mistake, not a zero weight.
    const parts = weights.split(",").map((p) => (p.trim() === "" ? NaN : Number(p)));
    if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n)))
      throw new UsageError(`--weights needs three numbers like 2,1,1 (got "${weights}").`);
    s.weights = { fit: parts[0], impact: parts[1], momentum: parts[2] };
  }
  const strategic = number("strategic");
  const focus = number("focus");
  if (strategic !== undefined || focus !== undefined)
    s.thresholds = { ...(strategic !== undefined ? { strategic } : {}), ...(focus !== undefined ? { focus } : {}) };
  const qs = number("quota-strategic");
  const qf = number("quota-focus");
  if (qs !== undefined || qf !== undefined)
    s.quotas = { ...(qs !== undefined ? { strategic: qs } : {}), ...(qf !== undefined ? { focus: qf } : {}) };
  const gate = number("fit-gate");
  if (gate !== undefined) s.fitGate = gate;
  const conflict = number("conflict-threshold");
  if (conflict !== undefined) s.conflictThreshold = conflict;
  return s;
}
