import type { RawCell } from "../model";
import { cellText } from "./values";

/**
 * The matching form of a header: lower-case letters and digits only, so that
 * "Partner Name", "partner_name" and "PARTNER-NAME" all read "partnername".
 */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** One column a table may have: its field name and the headers accepted for it. */
export interface ColumnDef<F extends string = string> {
  field: F;
  /** The header written in templates and messages. */
  label: string;
  /** Accepted header spellings besides the label (compared by headerKey). */
  synonyms: readonly string[];
  required?: boolean;
}

/** A table's columns, found. `columns` maps a field to its 0-based index in the table. */
export interface ResolvedColumns<F extends string> {
  columns: Map<F, number>;
  /** Headers that matched no field, kept and ignored (SPEC §1). */
  unknown: string[];
  /** Header text of every column as written. */
  headers: string[];
  /** Fields whose header appeared more than once: index of each extra column. */
  duplicates: { field: F; index: number }[];
}

/**
 * Finds each field's column by header. An explicit mapping (field → header text, from the task
 * pane) wins over synonyms. The first of several matching columns is used.
 */
export function resolveColumns<F extends string>(
  header: RawCell[],
  defs: readonly ColumnDef<F>[],
  mapping: Partial<Record<F, string>> = {},
): ResolvedColumns<F> {
  const headers = header.map((h) => cellText(h));
  const byKey = new Map<string, F>();
  for (const def of defs) {
    for (const name of [def.label, ...def.synonyms]) {
      const key = headerKey(name);
      if (!byKey.has(key)) byKey.set(key, def.field);
    }
  }
  const mapped = new Map<string, F>();
  for (const def of defs) {
    const chosen = mapping[def.field];
    if (chosen) mapped.set(headerKey(chosen), def.field);
  }
  const columns = new Map<F, number>();
  const unknown: string[] = [];
  const duplicates: { field: F; index: number }[] = [];
  headers.forEach((text, index) => {
    const key = headerKey(text);
    if (key === "") return;
    const field = mapped.get(key) ?? byKey.get(key);
    // A field the user mapped to another header ignores its usual synonyms.
    if (field === undefined || (mapping[field] && !mapped.has(key))) {
      unknown.push(text);
      return;
    }
    if (columns.has(field)) duplicates.push({ field, index });
    else columns.set(field, index);
  });
  return { columns, unknown, headers, duplicates };
}
