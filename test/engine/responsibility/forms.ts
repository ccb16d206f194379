/**
 * The same responsibility matrix in both input forms (SPEC §1), so that every rule test runs
 * once per form with `describe.each(FORMS)`.
 */
import { cellAddress } from "../../../src/engine/ingest/addresses";
import type { RawCell, RawTable } from "../../../src/engine/model";
import { rawTable } from "../fixtures";

/** One row of the matrix as an analyst writes it: letters by party. */
export interface MatrixRow {
  activity: string;
  dimension?: string;
  letters?: Record<string, RawCell>;
}

export interface BuiltMatrix {
  table: RawTable;
  /** A1 address of the cell holding `party`'s letters on row `entry` of the input. */
  cellOf(entry: number, party: string): string;
  /** A1 address where a party is first named: its header (wide) or its first Party cell (long). */
  partyCell(party: string): string;
}

export interface MatrixForm {
  name: "wide" | "long";
  /** `parties` fixes the wide column order (default: as first seen in the rows). */
  build(rows: MatrixRow[], parties?: string[]): BuiltMatrix;
}

const SHEET = "Responsibilities";

function partiesOf(rows: MatrixRow[], parties?: string[]): string[] {
  if (parties !== undefined) return parties;
  const seen: string[] = [];
  for (const r of rows) for (const p of Object.keys(r.letters ?? {})) if (!seen.includes(p)) seen.push(p);
  return seen;
}

export const WIDE: MatrixForm = {
  name: "wide",
  build(rows, parties) {
    const names = partiesOf(rows, parties);
    const table = rawTable(
      ["Activity", "Dimension", ...names],
      rows.map((r) => [r.activity, r.dimension ?? null, ...names.map((p) => r.letters?.[p] ?? null)]),
      { sheet: SHEET },
    );
    return {
      table,
      cellOf: (entry, party) => cellAddress(2 + entry, 3 + names.indexOf(party)),
      partyCell: (party) => cellAddress(1, 3 + names.indexOf(party)),
    };
  },
};

export const LONG: MatrixForm = {
  name: "long",
  build(rows) {
    const cells: RawCell[][] = [];
    const where = new Map<string, string>();
    rows.forEach((r, entry) => {
      const letters = Object.entries(r.letters ?? {}).filter(([, v]) => v !== null && v !== "");
      if (letters.length === 0) cells.push([r.activity, r.dimension ?? null, null, null]);
      for (const [party, value] of letters) {
        cells.push([r.activity, r.dimension ?? null, party, value]);
        where.set(`${entry}\u0000${party}`, cellAddress(1 + cells.length, 4));
        if (!where.has(party)) where.set(party, cellAddress(1 + cells.length, 3));
      }
    });
    const table = rawTable(["Activity", "Dimension", "Party", "Role"], cells, { sheet: SHEET });
    return {
      table,
      cellOf: (entry, party) => where.get(`${entry}\u0000${party}`) ?? "?",
      partyCell: (party) => where.get(party) ?? "?",
    };
  },
};

export const FORMS: MatrixForm[] = [WIDE, LONG];
