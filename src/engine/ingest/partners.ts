import type { Issue, Layer, Partner, RawTable } from "../model";
import { headerKey } from "./headers";
import { type Vocabulary, valueKey } from "./lists";
import { messages } from "./messages";
import { LIFECYCLE_STAGES, type PartnerField, STANDARD_ROLES } from "./partner-columns";
import type { TableReader } from "./table-reader";

export type ScoreField = "fit" | "impact" | "momentum";

/** A numeric score waiting for the scale to be known before it is range-checked. */
export interface PendingScore {
  partner: Partner;
  field: ScoreField;
  sheet: string;
  cell: string;
  label: string;
  value: number;
}

/** Shared spellings, so a value reads the same in every table. */
export interface Vocabularies {
  capabilities: Vocabulary;
  segments: Vocabulary;
  regions: Vocabulary;
  roles: Vocabulary;
  lifecycle: Vocabulary;
  types: Vocabulary;
}

const STANDARD_ROLE_KEYS = new Map<string, string>(STANDARD_ROLES.map((r) => [headerKey(r), r]));
const STAGE_KEYS = new Map<string, string>(LIFECYCLE_STAGES.map((s) => [headerKey(s), s]));
const LAYERS: readonly Layer[] = ["Core", "Solution", "Market"];

/**
 * Reads partner-shaped rows (Partners or Candidates). Duplicate names are errors and the later
 * row is skipped; scores come back pending, to be checked once the scale is chosen.
 */
export function readPartnerRows(
  reader: TableReader<PartnerField>,
  vocab: Vocabularies,
): { partners: Partner[]; pending: PendingScore[] } {
  const partners: Partner[] = [];
  const pending: PendingScore[] = [];
  const firstSeen = new Map<string, string>();
  const nameLabel = reader.label("name");
  const sheet = reader.table.sheet;

  for (const { index, cells } of reader.nonBlankRows()) {
    const name = reader.text(cells, index, "name").replace(/\s+/g, " ");
    if (name === "") {
      reader.report("error", reader.address(index, "name"), messages.missingName(nameLabel));
      continue;
    }
    const key = valueKey(name);
    const first = firstSeen.get(key);
    if (first !== undefined) {
      reader.report("error", reader.address(index, "name"), messages.duplicateName(nameLabel, name, first));
      continue;
    }
    firstSeen.set(key, reader.address(index, "name"));

    const partner: Partner = {
      name,
      row: reader.sheetRow(index),
      type: canonicalText(reader.text(cells, index, "type"), vocab.types),
      layer: readLayer(reader, cells, index),
      roles: readStandardList(reader, cells, index, "roles", STANDARD_ROLE_KEYS, vocab.roles, messages.unknownRoles),
      capabilities: vocab.capabilities.canonicalList(reader.list(cells, index, "capabilities")),
      segments: vocab.segments.canonicalList(reader.list(cells, index, "segments")),
      regions: vocab.regions.canonicalList(reader.list(cells, index, "regions")),
      lifecycle: readStandardList(
        reader,
        cells,
        index,
        "lifecycle",
        STAGE_KEYS,
        vocab.lifecycle,
        messages.unknownStages,
      ),
      fit: null,
      impact: null,
      momentum: null,
      pipeline: reader.number(cells, index, "pipeline", { min: 0 }),
      revenue: reader.number(cells, index, "revenue", { min: 0 }),
      investment: reader.number(cells, index, "investment", { min: 0 }),
      owner: reader.text(cells, index, "owner"),
    };
    for (const field of ["fit", "impact", "momentum"] as const) {
      const value = reader.number(cells, index, field);
      if (value !== null) {
        partner[field] = value;
        pending.push({ partner, field, sheet, cell: reader.address(index, field), label: reader.label(field), value });
      }
    }
    partners.push(partner);
  }
  return { partners, pending };
}

function canonicalText(text: string, vocab: Vocabulary): string {
  return text === "" ? "" : vocab.canonical(text);
}

function readLayer(reader: TableReader<PartnerField>, cells: RawTable["rows"][number], index: number): Layer | null {
  const text = reader.text(cells, index, "layer");
  if (text === "") return null;
  const key = headerKey(text);
  const layer = LAYERS.find((l) => key.startsWith(l.toLowerCase()));
  if (layer === undefined) reader.report("warning", reader.address(index, "layer"), messages.unknownLayer(text));
  return layer ?? null;
}

/**
 * A list whose standard values are recognised loosely ("co sell" is Co-sell) and shown in
 * their standard spelling; other values are kept as written, with one warning per cell.
 */
function readStandardList(
  reader: TableReader<PartnerField>,
  cells: RawTable["rows"][number],
  index: number,
  field: "roles" | "lifecycle",
  standard: Map<string, string>,
  vocab: Vocabulary,
  warn: (values: string[]) => string,
): string[] {
  const out: string[] = [];
  const unknown: string[] = [];
  for (const value of reader.list(cells, index, field)) {
    const known = standard.get(headerKey(value));
    if (known !== undefined) {
      if (!out.includes(known)) out.push(known);
    } else {
      const shown = vocab.canonical(value);
      if (!out.includes(shown)) out.push(shown);
      unknown.push(value);
    }
  }
  if (unknown.length > 0) reader.report("warning", reader.address(index, field), warn(unknown));
  return out;
}

/** Range-checks pending scores against the scale: a value off the scale is an error and dropped. */
export function applyScale(pending: PendingScore[], max: number, issues: Issue[]): void {
  for (const score of pending) {
    if (score.value < 0 || score.value > max) {
      issues.push({
        severity: "error",
        sheet: score.sheet,
        cell: score.cell,
        message: messages.outOfScale(score.label, score.value, max),
      });
      score.partner[score.field] = null;
    }
  }
}
