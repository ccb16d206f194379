import { headerKey, resolveColumns } from "../../engine/ingest/headers";
import { PARTNER_COLUMNS } from "../../engine/ingest/partner-columns";
import { cellText } from "../../engine/ingest/values";
import type { ColumnRole, RawTable, Settings } from "../../engine/model";
import { type MatrixColumn, matrixColumnSettings, matrixForm, readMatrixColumns } from "../../engine/responsibility";

/** One column of a Responsibilities table as the Sources preview shows it. */
export interface MatrixColumnView {
  header: string;
  kind: MatrixColumn;
  /** What the preview says the column is read as ("Party", "Section", …), or null when unused. */
  readAs: string | null;
  /** The role the column has now, or null for a field (Activity, Dimension…) or a blank header. */
  role: ColumnRole | null;
  /** The role it would have without the user's choice for it. */
  automatic: ColumnRole | null;
  /** The roles the user may give it: party, section or notes (wide); section or not used (long). */
  offered: readonly ColumnRole[];
}

export interface MatrixView {
  form: "wide" | "long";
  columns: MatrixColumnView[];
}

const FIELD_LABELS: Record<string, string> = {
  activity: "Activity",
  dimension: "Dimension",
  party: "Party",
  role: "Role",
};

/** The words for a column's role in the preview and its drop-down. */
export function roleLabel(role: ColumnRole, form: "wide" | "long"): string {
  if (role === "party") return "Party";
  if (role === "section") return "Section";
  return form === "wide" ? "Notes (ignored)" : "Not used";
}

/**
 * How the engine will read each column of a Responsibilities table (SPEC §1), for the preview:
 * the same `readMatrixColumns` the analysis runs, with the user's choices in `settings`.
 * `partners`: the Partners table, or the header keys of the partner names among the table's
 * headers (what partnerKeysAmong gives, where the analysis service holds the rows).
 * @example matrixView(table(["Phase", "Activity", "Us"]), DEFAULT_SETTINGS, null).columns.map((c) => c.readAs) // ["Section", "Activity", "Party"]
 */
export function matrixView(
  table: RawTable,
  settings: Settings,
  partners: RawTable | ReadonlySet<string> | null,
): MatrixView {
  const { mapping, choices } = matrixColumnSettings(settings);
  const form = matrixForm(table.header, mapping);
  const names: ReadonlySet<string> =
    partners !== null && "has" in partners ? partners : new Set(partnerNames(partners, settings).map(headerKey));
  const isPartner = (h: string) => names.has(headerKey(h));
  const kinds = readMatrixColumns(table.header, form, mapping, choices, isPartner);
  const headers = table.header.map((h) => cellText(h));
  const offered: readonly ColumnRole[] = form === "wide" ? ["party", "section", "notes"] : ["section", "notes"];
  const columns = headers.map((header, col): MatrixColumnView => {
    const kind = kinds[col] ?? null;
    const role = roleOf(kind, form, header);
    if (role === null)
      return {
        header,
        kind,
        readAs: kind === null ? null : (FIELD_LABELS[kind] ?? null),
        role,
        automatic: null,
        offered: [],
      };
    const others = Object.fromEntries(Object.entries(choices).filter(([h]) => headerKey(h) !== headerKey(header)));
    const automatic = roleOf(
      readMatrixColumns(table.header, form, mapping, others, isPartner)[col] ?? null,
      form,
      header,
    );
    const readAs =
      kind === "second-section" ? "Section, second (ignored)" : kind === null ? null : roleLabel(role, form);
    return { header, kind, readAs, role, automatic, offered };
  });
  return { form, columns };
}

/** The role a column has, or null for a field or a blank header (nothing to choose). */
function roleOf(kind: MatrixColumn, form: "wide" | "long", header: string): ColumnRole | null {
  if (kind === "section" || kind === "second-section") return "section";
  // "party" in the long form is its Party field, not a party column.
  if (form === "wide" && (kind === "party" || kind === "notes")) return kind;
  // The long form reads only its fields and the section column: another column is not used.
  if (kind === null && form === "long" && headerKey(header) !== "") return "notes";
  return null;
}

/**
 * Settings with the user's role for a column of the Responsibilities table; choosing the role
 * the column has anyway removes the choice, so the stored settings hold only real choices.
 */
export function chooseColumnRole(draft: Settings, column: MatrixColumnView, role: ColumnRole): Settings {
  const roles = { ...(draft.columnRoles?.responsibilities ?? {}) };
  for (const h of Object.keys(roles)) if (headerKey(h) === headerKey(column.header)) delete roles[h];
  if (role !== column.automatic) roles[column.header] = role;
  const { responsibilities: _, ...otherInputs } = draft.columnRoles ?? {};
  const columnRoles = Object.keys(roles).length > 0 ? { ...otherInputs, responsibilities: roles } : otherInputs;
  const { columnRoles: __, ...rest } = draft;
  return Object.keys(columnRoles).length > 0 ? { ...rest, columnRoles } : rest;
}

/** The partner names of the Partners table, for the rule that a partner's name wins over "Status". */
/**
 * Which of `keys` (header keys) are the header key of a partner's name in the Partners table,
 * read with `settings`' mapping: the matrix preview asks the service holding the rows.
 * @example partnerKeysAmong(partners, DEFAULT_SETTINGS, ["us", "acme"]) // ["acme"]
 */
export function partnerKeysAmong(partners: RawTable | null, settings: Settings, keys: readonly string[]): string[] {
  const names = new Set(partnerNames(partners, settings).map(headerKey));
  return keys.filter((k) => names.has(k));
}

function partnerNames(partners: RawTable | null, settings: Settings): string[] {
  if (partners === null) return [];
  const mapping = settings.columnMapping.partners ?? {};
  const col = resolveColumns(partners.header, PARTNER_COLUMNS, mapping).columns.get("name");
  return col === undefined ? [] : partners.rows.map((r) => cellText(r[col] ?? null)).filter((n) => n !== "");
}
