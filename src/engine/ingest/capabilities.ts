import type { Centrality, Issue, RawCell, RawTable, RequiredCapability, Settings, SourceInfo, Urgency } from "../model";
import { type ColumnDef, headerKey } from "./headers";
import { valueKey } from "./lists";
import { messages } from "./messages";
import type { Vocabularies } from "./partners";
import { TableReader } from "./table-reader";
import { cellText, isBlankCell, isErrorCell, readNumber } from "./values";

export type CapabilityField =
  "capability" | "priority" | "min" | "max" | "segments" | "regions" | "centrality" | "urgency";

export const CAPABILITY_COLUMNS: readonly ColumnDef<CapabilityField>[] = [
  {
    field: "capability",
    label: "Capability",
    synonyms: ["Capability Name", "Required Capability", "Capabilities", "Name"],
    required: true,
  },
  { field: "priority", label: "Priority", synonyms: ["Weight", "Importance", "Criticality"] },
  { field: "min", label: "Min", synonyms: ["Minimum", "Min Providers", "Minimum Providers", "Min Partners"] },
  { field: "max", label: "Max", synonyms: ["Maximum", "Max Providers", "Maximum Providers", "Max Partners"] },
  {
    field: "segments",
    label: "Segments",
    synonyms: ["Segment", "Customer Segment", "Customer Segments", "Verticals", "Vertical", "Industries", "Industry"],
  },
  {
    field: "regions",
    label: "Regions",
    synonyms: ["Region", "Geography", "Geographies", "Geo", "Geos", "Territory", "Territories"],
  },
  { field: "centrality", label: "Centrality", synonyms: ["Strategic Centrality", "Strategic Role"] },
  { field: "urgency", label: "Urgency", synonyms: ["Timing", "Horizon"] },
];

/** The defaults of SPEC §1 for every column of the Capabilities table. */
export const CAPABILITY_DEFAULTS = { priority: 3, min: 1, max: 3, centrality: "Adjacent", urgency: "Next" } as const;

const CENTRALITIES: readonly Centrality[] = ["Core", "Adjacent", "Context"];
const URGENCIES: readonly Urgency[] = ["Now", "Next", "Later"];

/**
 * Reads the optional Capabilities table: the capabilities the ecosystem must provide. A bad
 * Priority, Min, Max, Centrality or Urgency is an error at its cell and falls back to the
 * default; Min above Max is a warning and both are kept. Returns null when there is no usable
 * table (none, no Capability column, or no rows), so that the required set is derived from the
 * partners instead.
 * @example readCapabilities(null, settings, vocab, issues, sources) // null
 */
export function readCapabilities(
  table: RawTable | null,
  settings: Settings,
  vocab: Vocabularies,
  issues: Issue[],
  sources: SourceInfo[],
): RequiredCapability[] | null {
  if (table === null) return null;
  const mapping = (settings.columnMapping.capabilities ?? {}) as Partial<Record<CapabilityField, string>>;
  const reader = new TableReader<CapabilityField>(table, CAPABILITY_COLUMNS, issues, mapping);
  if (!reader.has("capability")) {
    reader.report("error", "", messages.requiredColumnMissing("Capabilities", "Capability", reader.headers));
    return null;
  }
  const out: RequiredCapability[] = [];
  const firstSeen = new Map<string, string>();
  const nameLabel = reader.label("capability");
  for (const { index, cells } of reader.nonBlankRows()) {
    const shown = reader.text(cells, index, "capability").replace(/\s+/g, " ");
    if (shown === "") {
      reader.report("error", reader.address(index, "capability"), messages.missingName(nameLabel));
      continue;
    }
    const first = firstSeen.get(valueKey(shown));
    if (first !== undefined) {
      reader.report("error", reader.address(index, "capability"), messages.duplicateName(nameLabel, shown, first));
      continue;
    }
    firstSeen.set(valueKey(shown), reader.address(index, "capability"));
    const whole = (field: "priority" | "min" | "max", lo: number, hi: number) =>
      readWholeNumber(reader, cells, index, field, lo, hi, CAPABILITY_DEFAULTS[field]);
    const min = whole("min", 0, Number.MAX_SAFE_INTEGER);
    const max = whole("max", 1, Number.MAX_SAFE_INTEGER);
    if (min > max)
      reader.report(
        "warning",
        reader.address(index, "min") || reader.rowAddress(index),
        messages.minAboveMax(shown, min, max),
      );
    out.push({
      capability: vocab.capabilities.canonical(shown),
      row: reader.sheetRow(index),
      priority: whole("priority", 1, 5),
      min,
      max,
      segments: reader.list(cells, index, "segments").map((v) => vocab.segments.canonical(v)),
      regions: reader.list(cells, index, "regions").map((v) => vocab.regions.canonical(v)),
      centrality: readChoice(reader, cells, index, "centrality", CENTRALITIES, CAPABILITY_DEFAULTS.centrality),
      urgency: readChoice(reader, cells, index, "urgency", URGENCIES, CAPABILITY_DEFAULTS.urgency),
    });
  }
  sources.push({ input: "capabilities", source: table.source, sheet: table.sheet, rows: out.length });
  if (out.length === 0) {
    reader.report("warning", "", messages.noCapabilityRows());
    return null;
  }
  return out;
}

/** A whole number in [lo, hi]; blank gives the default silently, anything else bad gives it with an error. */
function readWholeNumber(
  reader: TableReader<CapabilityField>,
  cells: RawCell[],
  index: number,
  field: CapabilityField,
  lo: number,
  hi: number,
  fallback: number,
): number {
  const cell = reader.raw(cells, field);
  if (isBlankCell(cell)) return fallback;
  const reading = readNumber(cell);
  if (reading.ok && Number.isInteger(reading.value) && reading.value >= lo && reading.value <= hi) return reading.value;
  const shown = reading.ok ? String(reading.value) : reading.shown;
  reader.report(
    "error",
    reader.address(index, field),
    messages.badWholeNumber(reader.label(field), shown, lo, hi, fallback),
  );
  return fallback;
}

/** One of a few words, matched loosely ("core", " CORE "); anything else falls back with an error. */
function readChoice<T extends string>(
  reader: TableReader<CapabilityField>,
  cells: RawCell[],
  index: number,
  field: CapabilityField,
  allowed: readonly T[],
  fallback: T,
): T {
  const cell = reader.raw(cells, field);
  if (isBlankCell(cell)) return fallback;
  const text = isErrorCell(cell) ? cell.code : cellText(cell);
  const found = allowed.find((a) => headerKey(a) === headerKey(text));
  if (found !== undefined) return found;
  reader.report(
    "error",
    reader.address(index, field),
    messages.badChoice(reader.label(field), text, allowed, fallback),
  );
  return fallback;
}
