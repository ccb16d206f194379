/** Command-line parsing for `partner-ecosystem`, without a dependency: the grammar is small. */

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

const VALUE_FLAGS = new Set([
  "--out", "--json", "--mode", "--weights", "--strategic", "--focus", "--quota-strategic", "--quota-focus",
  "--scale", "--fit-gate", "--conflict-threshold", "--run-at",
]);

/**
 * Parses argv (without node and script). Throws UsageError with a one-line reason.
 * @example parseArgs(["analyze", "in.xlsx", "--out", "out.xlsx"]).command === "analyze"
 */
export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.some((a) => a === "-h" || a === "--help") || argv.length === 0) return { command: "help" };
  if (argv.some((a) => a === "-v" || a === "--version")) return { command: "version" };
  const [command, ...rest] = argv;
  if (command !== "analyze") throw new UsageError(`Unknown command "${command}". Try: partner-ecosystem analyze IN.xlsx --out OUT.xlsx`);

  const values = new Map<string, string>();
  const lists: Record<"--remove" | "--add", string[]> = { "--remove": [], "--add": [] };
  const positional: string[] = [];
  const switches = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? "";
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === "--remove" || flag === "--add") {
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || value.trim() === "" || (eq < 0 && value.startsWith("--"))) throw new UsageError(`${flag} needs a name.`);
      lists[flag].push(...value.split(";").map((n) => n.trim()).filter((n) => n !== ""));
    } else if (VALUE_FLAGS.has(flag)) {
      const inline = eq > 0 && arg.startsWith("--");
      const value = inline ? arg.slice(eq + 1) : rest[i + 1];
      // "--out --json x.json" forgot the value: don't take the next option as a file name.
      if (value === undefined || value === "" || (!inline && value.startsWith("--"))) throw new UsageError(`${flag} needs a value.`);
      if (!inline) i++;
      values.set(flag, value);
    } else if (["--no-snapshot", "--ignore-workbook-settings", "--quiet", "-q"].includes(arg)) {
      switches.add(arg === "-q" ? "--quiet" : arg);
    } else if (arg.startsWith("-")) {
      throw new UsageError(`Unknown option ${arg}.`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) throw new UsageError(positional.length === 0 ? "Name the input workbook: partner-ecosystem analyze IN.xlsx --out OUT.xlsx" : `One input workbook at a time (got ${positional.join(", ")}).`);
  const out = values.get("--out");
  if (!out) throw new UsageError("--out OUT.xlsx is required.");
  const json = values.get("--json");
  return {
    command: "analyze",
    input: positional[0] ?? "",
    out,
    ...(json !== undefined ? { json } : {}),
    settings: settingsFromFlags(values),
    ...(values.has("--run-at") ? { runAt: values.get("--run-at") } : {}),
    snapshot: !switches.has("--no-snapshot"),
    workbookSettings: !switches.has("--ignore-workbook-settings"),
    quiet: switches.has("--quiet"),
    remove: lists["--remove"],
    add: lists["--add"],
  };
}

function settingsFromFlags(values: Map<string, string>): Record<string, unknown> {
  const s: Record<string, unknown> = {};
  const number = (flag: string) => {
    const v = values.get(flag);
    if (v === undefined) return undefined;
    const n = Number(v);
    if (v.trim() === "" || !Number.isFinite(n)) throw new UsageError(`${flag} needs a number (got "${v}").`);
    return n;
  };
  if (values.has("--mode")) s.mode = values.get("--mode");
  if (values.has("--scale")) s.scale = values.get("--scale");
  const weights = values.get("--weights");
  if (weights !== undefined) {
    // Number("") is 0: an empty part ("2,,1") is a mistake, not a zero weight.
    const parts = weights.split(",").map((p) => (p.trim() === "" ? NaN : Number(p)));
    if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) throw new UsageError(`--weights needs three numbers like 2,1,1 (got "${weights}").`);
    s.weights = { fit: parts[0], impact: parts[1], momentum: parts[2] };
  }
  const strategic = number("--strategic");
  const focus = number("--focus");
  if (strategic !== undefined || focus !== undefined) s.thresholds = { ...(strategic !== undefined ? { strategic } : {}), ...(focus !== undefined ? { focus } : {}) };
  const qs = number("--quota-strategic");
  const qf = number("--quota-focus");
  if (qs !== undefined || qf !== undefined) s.quotas = { ...(qs !== undefined ? { strategic: qs } : {}), ...(qf !== undefined ? { focus: qf } : {}) };
  const gate = number("--fit-gate");
  if (gate !== undefined) s.fitGate = gate;
  const conflict = number("--conflict-threshold");
  if (conflict !== undefined) s.conflictThreshold = conflict;
  return s;
}
