import type { Issue, Layer, Partner, RawTable } from "../model";
import { FirstSeenNames } from "./first-seen";
import { headerKey } from "./headers";
import { tidySpaces, type Vocabulary } from "./lists";
import { SharedList, StandardList } from "./list-columns";
import { messages } from "./messages";
import { LIFECYCLE_STAGES, type PartnerField, STANDARD_ROLES } from "./partner-columns";
import type { TableReader } from "./table-reader";
import { tagNumberFields } from "../shapes";

export type ScoreField = "fit" | "impact" | "momentum";

const SCORE_FIELDS: readonly ScoreField[] = ["fit", "impact", "momentum"];

/**
 * Partner-shaped rows as read, their scores not yet checked against the scale (which the scores
 * of both tables choose). The reader gives each score's cell when one is off the scale.
 */
export interface ReadPartners<P extends Partner = Partner> {
  partners: P[];
  reader: TableReader<PartnerField>;
  /** `keys[i]` is `valueKey(partners[i].name)`: the lower-cased tidy name, worked out once. */
  keys: string[];
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
/** Money cannot be negative. */
const MONEY = { min: 0 } as const;

// The partner literal below, scores and money null first (see shapes.ts).
tagNumberFields({
  name: "",
  row: 0,
  type: "",
  layer: null,
  roles: [],
  capabilities: [],
  segments: [],
  regions: [],
  lifecycle: [],
  fit: null,
  impact: null,
  momentum: null,
  pipeline: null,
  revenue: null,
  investment: null,
  owner: "",
});

/**
 * Reads partner-shaped rows (Partners or Candidates). Duplicate names are errors and the later
 * row is skipped; scores are kept as read, to be checked by `applyScale` once the scale is chosen.
 */
export function readPartnerRows(reader: TableReader<PartnerField>, vocab: Vocabularies): ReadPartners {
  const partners: Partner[] = [];
  const rows = reader.table.rows;
  /** Matching name → data-row index of the first row with it, for the duplicate message. */
  const firstSeen = new FirstSeenNames(reader.nonBlankIndices().length);
  const nameLabel = reader.label("name");
  const roles = new StandardList(reader, "roles", STANDARD_ROLE_KEYS, vocab.roles, messages.unknownRoles);
  const stages = new StandardList(reader, "lifecycle", STAGE_KEYS, vocab.lifecycle, messages.unknownStages);
  const capabilities = new SharedList(reader, "capabilities", vocab.capabilities);
  const segments = new SharedList(reader, "segments", vocab.segments);
  const regions = new SharedList(reader, "regions", vocab.regions);
  const layers = new Map<string, Layer | null>();

  const indices = reader.nonBlankIndices();
  // An indexed loop: a for-of over the typed array allocates per row until V8 optimises this.
  for (let at = 0; at < indices.length; at++) {
    const index = indices[at] as number;
    const cells = rows[index] ?? [];
    // Cell text is trimmed: collapsing its inner spaces makes it its own matching key, lower-cased.
    const name = tidySpaces(reader.text(cells, index, "name"));
    if (name === "") {
      reader.report("error", reader.address(index, "name"), messages.missingName(nameLabel));
      continue;
    }
    const key = name.toLowerCase();
    const first = firstSeen.firstOrAdd(key, index);
    if (first >= 0) {
      const firstCell = reader.address(first, "name");
      reader.report("error", reader.address(index, "name"), messages.duplicateName(nameLabel, name, firstCell));
      continue;
    }

    const partner: Partner = {
      name,
      row: reader.sheetRow(index),
      type: canonicalText(reader.text(cells, index, "type"), vocab.types),
      layer: readLayer(reader, cells, index, layers),
      roles: roles.read(cells, index),
      capabilities: capabilities.read(cells, index),
      segments: segments.read(cells, index),
      regions: regions.read(cells, index),
      lifecycle: stages.read(cells, index),
      fit: reader.number(cells, index, "fit"),
      impact: reader.number(cells, index, "impact"),
      momentum: reader.number(cells, index, "momentum"),
      pipeline: reader.number(cells, index, "pipeline", MONEY),
      revenue: reader.number(cells, index, "revenue", MONEY),
      investment: reader.number(cells, index, "investment", MONEY),
      owner: reader.text(cells, index, "owner"),
    };
    partners.push(partner);
  }
  return { partners, reader, keys: firstSeen.keys };
}

/**
 * A score above 5 among the rows read (Fit, Impact, Momentum, or the `fields` given: a
 * candidate's Impact and Momentum do not choose the scale, SPEC §2.9), else null — all the
 * auto scale needs to know.
 */
export function scoreAbove5(read: ReadPartners, fields: readonly ScoreField[] = SCORE_FIELDS): number | null {
  // Indexed loops: this runs once per analysis, before V8 optimises it, and a for-of there
  // allocates an iterator result per partner.
  const partners = read.partners;
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as Partner;
    for (let f = 0; f < fields.length; f++) {
      const value = p[fields[f] as ScoreField];
      if (value !== null && value > 5) return value;
    }
  }
  return null;
}

function canonicalText(text: string, vocab: Vocabulary): string {
  return text === "" ? "" : vocab.canonical(text);
}

/** The Layer of a row; each distinct text is recognised once (`known`), each unknown one warned at its cell. */
function readLayer(
  reader: TableReader<PartnerField>,
  cells: RawTable["rows"][number],
  index: number,
  known: Map<string, Layer | null>,
): Layer | null {
  const text = reader.text(cells, index, "layer");
  if (text === "") return null;
  let layer = known.get(text);
  if (layer === undefined) {
    const key = headerKey(text);
    layer = LAYERS.find((l) => key.startsWith(l.toLowerCase())) ?? null;
    known.set(text, layer);
  }
  if (layer === null) reader.report("warning", reader.address(index, "layer"), messages.unknownLayer(text));
  return layer;
}

/**
 * Range-checks the scores read against the scale: a value off the scale is an error at its
 * cell and dropped. Tables in the order given, rows in order, Fit, Impact, Momentum.
 */
export function applyScale(tables: readonly ReadPartners[], max: number, issues: Issue[]): void {
  for (const { partners, reader } of tables) {
    const firstRow = reader.sheetRow(0);
    for (let i = 0; i < partners.length; i++) {
      const partner = partners[i] as Partner;
      for (let f = 0; f < SCORE_FIELDS.length; f++) {
        const field = SCORE_FIELDS[f] as ScoreField;
        const value = partner[field];
        if (value === null || (value >= 0 && value <= max)) continue;
        issues.push({
          severity: "error",
          sheet: reader.table.sheet,
          cell: reader.address(partner.row - firstRow, field),
          message: messages.outOfScale(reader.label(field), value, max),
        });
        partner[field] = null;
      }
    }
  }
}
