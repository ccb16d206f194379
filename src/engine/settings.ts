import { messages } from "./ingest/messages";
import {
  type ColumnMapping,
  COLUMN_ROLES,
  type ColumnRole,
  type ColumnRoles,
  DEFAULT_SETTINGS,
  type Issue,
  type ScaleSetting,
  type Settings,
  type TierMode,
} from "./model";

/** The format version of settings stored in a workbook. */
export const SETTINGS_VERSION = 1;

/** Where settings problems are reported: they are not in any sheet the user sees. */
const SETTINGS_SHEET = "Settings";

/**
 * Validates settings from any source (the workbook, the pane, command-line flags). Every
 * invalid value falls back to its default with a warning; nothing throws.
 * @example readSettings({ weights: { fit: 2 } }).settings.weights // { fit: 2, impact: 1, momentum: 1 }
 */
export function readSettings(raw: unknown): { settings: Settings; issues: Issue[] } {
  const issues: Issue[] = [];
  const obj = isRecord(raw) ? raw : {};
  const warn = (name: string, value: unknown, fallback: unknown) =>
    issues.push({
      severity: "warning",
      sheet: SETTINGS_SHEET,
      cell: "",
      message: messages.settingInvalid(name, show(value), show(fallback)),
    });

  const num = (name: string, value: unknown, fallback: number, ok: (n: number) => boolean): number => {
    if (value === undefined) return fallback;
    const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof n === "number" && Number.isFinite(n) && ok(n)) return n;
    warn(name, value, fallback);
    return fallback;
  };
  // A group given as something else ("2,1,1", 5) is reported, not silently replaced.
  const group = (name: string, value: unknown, fallback: object): Record<string, unknown> => {
    if (isRecord(value)) return value;
    if (value !== undefined) warn(name, value, fallback);
    return {};
  };
  const d = DEFAULT_SETTINGS;
  const w = group("weights", obj.weights, d.weights);
  let weights = {
    fit: num("weights.fit", w.fit, d.weights.fit, (n) => n >= 0),
    impact: num("weights.impact", w.impact, d.weights.impact, (n) => n >= 0),
    momentum: num("weights.momentum", w.momentum, d.weights.momentum, (n) => n >= 0),
  };
  if (weights.fit + weights.impact + weights.momentum <= 0) {
    warn("weights", "0, 0, 0", "1, 1, 1");
    weights = { ...d.weights };
  }
  const t = group("thresholds", obj.thresholds, d.thresholds);
  let thresholds = {
    strategic: num("thresholds.strategic", t.strategic, d.thresholds.strategic, (n) => n >= 0 && n <= 100),
    focus: num("thresholds.focus", t.focus, d.thresholds.focus, (n) => n >= 0 && n <= 100),
  };
  if (thresholds.focus > thresholds.strategic) {
    warn("thresholds", `${thresholds.strategic}/${thresholds.focus} (Focus above Strategic)`, "75/50");
    thresholds = { ...d.thresholds };
  }
  const q = group("quotas", obj.quotas, d.quotas);
  const pct = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100;
  let quotas = {
    strategic: num("quotas.strategic", q.strategic, d.quotas.strategic, pct),
    focus: num("quotas.focus", q.focus, d.quotas.focus, pct),
  };
  if (quotas.strategic + quotas.focus > 100) {
    warn("quotas", `${quotas.strategic}% + ${quotas.focus}%`, "10% + 30%");
    quotas = { ...d.quotas };
  }
  const mode = oneOf<TierMode>("mode", obj.mode, ["threshold", "quota"], d.mode, warn);
  const scale = oneOf<ScaleSetting>("scale", obj.scale, ["auto", "0-5", "0-100"], d.scale, warn);
  const settings: Settings = {
    weights,
    mode,
    thresholds,
    quotas,
    scale,
    fitGate: num("fitGate", obj.fitGate, d.fitGate, (n) => n >= 0 && n <= 100),
    conflictThreshold: num("conflictThreshold", obj.conflictThreshold, d.conflictThreshold, (n) => n > 0 && n <= 1),
    columnMapping: readMapping(obj.columnMapping),
    inputs: readInputChoices(obj.inputs),
    // Fewer than 2 snapshots cannot show a trajectory; over 100 is a typing slip.
    evolutionWindow: num(
      "evolutionWindow",
      obj.evolutionWindow,
      d.evolutionWindow,
      (n) => Number.isInteger(n) && n >= 2 && n <= 100,
    ),
  };
  const columnRoles = readColumnRoles(obj.columnRoles);
  if (columnRoles !== undefined) settings.columnRoles = columnRoles;
  return { settings, issues };
}

/**
 * Reads the settings document stored in a workbook: `{version, settings}` as JSON text.
 * Corrupt text or a document from a newer version never stops an analysis.
 */
export function readStoredSettings(text: string | null): { settings: Settings; issues: Issue[] } {
  if (text === null || text.trim() === "") return { settings: structuredCloneSettings(DEFAULT_SETTINGS), issues: [] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return {
      settings: structuredCloneSettings(DEFAULT_SETTINGS),
      issues: [
        {
          severity: "warning",
          sheet: SETTINGS_SHEET,
          cell: "",
          message: messages.settingsUnreadable((error as Error).message),
        },
      ],
    };
  }
  if (!isRecord(doc) || !isRecord(doc.settings)) {
    return {
      settings: structuredCloneSettings(DEFAULT_SETTINGS),
      issues: [
        {
          severity: "warning",
          sheet: SETTINGS_SHEET,
          cell: "",
          message: messages.settingsUnreadable("not a settings document"),
        },
      ],
    };
  }
  const result = readSettings(doc.settings);
  const version = typeof doc.version === "number" ? doc.version : 0;
  if (version > SETTINGS_VERSION) {
    result.issues.unshift({
      severity: "info",
      sheet: SETTINGS_SHEET,
      cell: "",
      message: messages.settingsNewer(version),
    });
  }
  return result;
}

/** The settings document written to a workbook. */
export function storedSettingsText(settings: Settings): string {
  return JSON.stringify({ version: SETTINGS_VERSION, settings });
}

const INPUT_NAMES = ["partners", "responsibilities", "capabilities", "candidates", "maturity", "expectations"] as const;

function readInputChoices(raw: unknown): Settings["inputs"] {
  if (!isRecord(raw)) return {};
  const out: Settings["inputs"] = {};
  for (const input of INPUT_NAMES) {
    const c = raw[input];
    if (!isRecord(c)) continue;
    if (c.kind === "none") out[input] = { kind: "none" };
    else if (c.kind === "table" && typeof c.name === "string") out[input] = { kind: "table", name: c.name };
    else if (c.kind === "sheet" && typeof c.sheet === "string") out[input] = { kind: "sheet", sheet: c.sheet };
  }
  return out;
}

/** The user's column roles; undefined when none is stored, so settings without them stay as they were. */
function readColumnRoles(raw: unknown): ColumnRoles | undefined {
  if (!isRecord(raw)) return undefined;
  const out: ColumnRoles = {};
  for (const input of INPUT_NAMES) {
    const m = raw[input];
    if (!isRecord(m)) continue;
    const roles: Record<string, ColumnRole> = {};
    for (const [header, role] of Object.entries(m))
      if (header.trim() !== "" && (COLUMN_ROLES as readonly unknown[]).includes(role))
        roles[header] = role as ColumnRole;
    if (Object.keys(roles).length > 0) out[input] = roles;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function readMapping(raw: unknown): ColumnMapping {
  if (!isRecord(raw)) return {};
  const out: ColumnMapping = {};
  for (const input of INPUT_NAMES) {
    const m = raw[input];
    if (!isRecord(m)) continue;
    const fields: Record<string, string> = {};
    for (const [field, header] of Object.entries(m))
      if (typeof header === "string" && header.trim() !== "") fields[field] = header;
    out[input] = fields;
  }
  return out;
}

function oneOf<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  warn: (n: string, v: unknown, f: unknown) => void,
): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  warn(name, value, fallback);
  return fallback;
}

function structuredCloneSettings(s: Settings): Settings {
  return JSON.parse(JSON.stringify(s)) as Settings;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
}

/**
 * Settings with some values replaced (e.g. command-line flags over the workbook's settings),
 * validated. Nested groups (weights, thresholds, quotas) merge field by field.
 */
export function overlaySettings(
  base: Settings,
  overlay: Record<string, unknown>,
): { settings: Settings; issues: Issue[] } {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    const current = merged[key];
    merged[key] = isRecord(current) && isRecord(value) ? { ...current, ...value } : value;
  }
  return readSettings(merged);
}
