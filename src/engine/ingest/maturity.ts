import {
  type Issue,
  MATURITY_PILLARS,
  type MaturityEntry,
  type RawCell,
  type RawTable,
  type Settings,
  type SourceInfo,
} from "../model";
import { type ColumnDef, headerKey } from "./headers";
import { valueKey } from "./lists";
import { messages } from "./messages";
import { TableReader } from "./table-reader";
import { isBlankCell, readNumber } from "./values";

export type MaturityField = "pillar" | "score" | "target";

export const MATURITY_COLUMNS: readonly ColumnDef<MaturityField>[] = [
  { field: "pillar", label: "Pillar", synonyms: ["Maturity Pillar", "Dimension", "Area"], required: true },
  { field: "score", label: "Score", synonyms: ["Current", "Current Score", "Rating", "Maturity", "As Is"] },
  { field: "target", label: "Target", synonyms: ["Target Score", "Goal", "To Be"] },
];

const PILLAR_KEYS = new Map<string, string>(MATURITY_PILLARS.map((p) => [headerKey(p), p]));

/**
 * Reads the optional Maturity table (SPEC §1, §2.9): the six standard pillars are recognised
 * loosely and shown in their standard spelling; other pillars are kept with a warning. Score and
 * Target are numbers from 1 to 5; anything else is an error at the cell and left empty. A
 * standard pillar missing from the table gets a note. Null without a usable table.
 * @example readMaturity(null, settings, issues, sources) // null
 */
export function readMaturity(
  table: RawTable | null,
  settings: Settings,
  issues: Issue[],
  sources: SourceInfo[],
): MaturityEntry[] | null {
  if (table === null) return null;
  const mapping = (settings.columnMapping.maturity ?? {}) as Partial<Record<MaturityField, string>>;
  const reader = new TableReader<MaturityField>(table, MATURITY_COLUMNS, issues, mapping);
  if (!reader.has("pillar")) {
    reader.report("error", "", messages.requiredColumnMissing("Maturity", "Pillar", reader.headers));
    return null;
  }
  const entries: MaturityEntry[] = [];
  const firstSeen = new Map<string, string>();
  const label = reader.label("pillar");
  for (const { index, cells } of reader.nonBlankRows()) {
    const written = reader.text(cells, index, "pillar").replace(/\s+/g, " ");
    const at = reader.address(index, "pillar");
    if (written === "") {
      reader.report("error", at, messages.missingName(label));
      continue;
    }
    const pillar = PILLAR_KEYS.get(headerKey(written)) ?? written;
    const first = firstSeen.get(valueKey(pillar));
    if (first !== undefined) {
      reader.report("error", at, messages.duplicateName(label, pillar, first));
      continue;
    }
    firstSeen.set(valueKey(pillar), at);
    if (!PILLAR_KEYS.has(headerKey(written))) reader.report("warning", at, messages.unknownPillar(written));
    entries.push({
      pillar,
      row: reader.sheetRow(index),
      score: readLevel(reader, cells, index, "score"),
      target: readLevel(reader, cells, index, "target"),
    });
  }
  sources.push({ input: "maturity", source: table.source, sheet: table.sheet, rows: entries.length });
  const missing = MATURITY_PILLARS.filter((p) => !firstSeen.has(valueKey(p)));
  if (missing.length > 0 && entries.length > 0) reader.report("info", "", messages.pillarsMissing(missing));
  if (entries.length === 0) {
    reader.report("warning", "", messages.noRows("Maturity"));
    return null;
  }
  return entries;
}

/** A maturity level: a number from 1 to 5, or null (blank silently, anything else with an error). */
function readLevel(
  reader: TableReader<MaturityField>,
  cells: RawCell[],
  index: number,
  field: MaturityField,
): number | null {
  const cell = reader.raw(cells, field);
  if (isBlankCell(cell)) return null;
  const reading = readNumber(cell);
  if (reading.ok && reading.value >= 1 && reading.value <= 5) return reading.value;
  reader.report(
    "error",
    reader.address(index, field),
    messages.badLevel(reader.label(field), reading.ok ? String(reading.value) : reading.shown),
  );
  return null;
}
