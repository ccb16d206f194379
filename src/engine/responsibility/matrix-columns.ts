import { headerKey, resolveColumns } from "../ingest/headers";
import type { ColumnRole, RawCell, Settings } from "../model";
import {
  LONG_COLUMNS,
  NOT_PARTY_HEADERS,
  NOTE_HEADERS,
  type ResponsibilityField,
  SECTION_HEADERS,
  WIDE_COLUMNS,
} from "./columns";

const SECTION_KEYS = new Set(SECTION_HEADERS.map(headerKey));
const NOTE_KEYS = new Set(NOTE_HEADERS.map(headerKey));
const NOT_PARTY_KEYS = new Set(NOT_PARTY_HEADERS.map(headerKey));
const keysOf = (defs: typeof WIDE_COLUMNS) => new Set(defs.flatMap((d) => [d.label, ...d.synonyms]).map(headerKey));
const WIDE_KEYS = keysOf(WIDE_COLUMNS);
const LONG_KEYS = keysOf(LONG_COLUMNS);

/**
 * What a column of the Responsibilities table is read as: one of the fields, a party (wide
 * form), the section column, a note column, a further section column (ignored), or nothing
 * (a blank header, a second column of a field, or a column the long form does not use).
 * "party" is a party column in the wide form and the Party field in the long form.
 */
export type MatrixColumn = ResponsibilityField | "section" | "notes" | "second-section" | null;

/** The user's column choices and the field mapping of the Responsibilities input. */
export function matrixColumnSettings(settings: Settings) {
  return {
    mapping: (settings.columnMapping.responsibilities ?? {}) as Partial<Record<ResponsibilityField, string>>,
    choices: settings.columnRoles?.responsibilities ?? {},
  };
}

/**
 * How each column of a Responsibilities table is read (SPEC §1, "Matrices as analysts write
 * them"). Fields come from the header (and the pane's mapping). Of the other columns, a column
 * the user marked in the task pane is what they chose; else a Phase, Stage, Section, Category,
 * Group, Workstream or Process column is the section column (the first one; further ones are
 * ignored) and a Notes, Comments, Description or Remarks column is ignored, neither ever a
 * party; Details, ID, No, Status and Flags are ignored too unless a partner has that name;
 * every other column is a party. The long form has no party columns: there, only the section
 * column is read.
 * @example readMatrixColumns(["Phase", "Activity", "Us", "Notes"], "wide", {}, {}) // ["section", "activity", "party", "notes"]
 */
export function readMatrixColumns(
  header: readonly RawCell[],
  form: "wide" | "long",
  mapping: Partial<Record<ResponsibilityField, string>>,
  choices: Readonly<Record<string, ColumnRole>>,
  isPartner: (header: string) => boolean = () => false,
): MatrixColumn[] {
  const { columns, headers } = resolveColumns([...header], form === "wide" ? WIDE_COLUMNS : LONG_COLUMNS, mapping);
  const kinds: MatrixColumn[] = headers.map(() => null);
  for (const [field, col] of columns) kinds[col] = field;

  const chosen = new Map<string, ColumnRole>();
  for (const [written, role] of Object.entries(choices)) chosen.set(headerKey(written), role);
  const fieldKeys = form === "wide" ? WIDE_KEYS : LONG_KEYS;
  const open = (col: number) => kinds[col] === null && headerKey(headers[col] ?? "") !== "";

  const roles: (ColumnRole | null)[] = headers.map((text, col) => {
    if (!open(col)) return null;
    const key = headerKey(text);
    const choice = chosen.get(key);
    if (choice !== undefined) return choice;
    // A second Activity or Dimension column is the reader's duplicate, reported there.
    if (fieldKeys.has(key)) return null;
    if (SECTION_KEYS.has(key)) return "section";
    if (NOTE_KEYS.has(key)) return "notes";
    // A partner's name wins over these: a partner may be called "Status".
    if (NOT_PARTY_KEYS.has(key) && !isPartner(text)) return "notes";
    return "party";
  });

  // The section column the user chose comes before one found by its header.
  const chosenSection = roles.findIndex(
    (r, col) => r === "section" && chosen.get(headerKey(headers[col] ?? "")) === "section",
  );
  let section = chosenSection >= 0 ? chosenSection : roles.indexOf("section");
  roles.forEach((role, col) => {
    if (role === null) return;
    if (role === "section") {
      if (section < 0) section = col;
      kinds[col] = col === section ? "section" : "second-section";
    } else if (form === "wide") {
      kinds[col] = role;
    }
  });
  return kinds;
}
