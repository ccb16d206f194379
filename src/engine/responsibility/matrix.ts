import { valueKey, Vocabulary } from "../ingest/lists";
import { messages } from "../ingest/messages";
import type { TableReader } from "../ingest/table-reader";
import { isErrorCell } from "../ingest/values";
import type { RawCell } from "../model";
import type { ResponsibilityField } from "./columns";
import { readDimension } from "./dimensions";
import type { PartyDirectory, ResolvedParty } from "./parties";
import type { RaciLetter } from "./types";

/** An activity while the table is being read: letters per party index. */
export interface DraftActivity {
  activity: string;
  dimension: string;
  row: number;
  section: string | null;
  letters: Map<number, Set<RaciLetter>>;
}

/** The matrix as read, before assessment; both input forms fill one of these. */
export class MatrixDraft {
  readonly activities: DraftActivity[] = [];
  readonly parties: ResolvedParty[] = [];
  private readonly activityIndex = new Map<string, DraftActivity>();
  private readonly partyIndex = new Map<string, number>();
  private readonly dimensions = new Vocabulary();
  private readonly sections = new Vocabulary();
  private readonly unknownDimensions = new Set<string>();

  constructor(readonly directory: PartyDirectory) {}

  /**
   * The dimension of a cell; `warn` is true the first time an unknown dimension is seen, so
   * it is reported once rather than on every row.
   */
  dimension(text: string): { dimension: string; warn: boolean } {
    const { dimension, known } = readDimension(text, this.dimensions);
    if (known || this.unknownDimensions.has(dimension)) return { dimension, warn: false };
    this.unknownDimensions.add(dimension);
    return { dimension, warn: true };
  }

  /**
   * The Activity a row of either form names. A row without one is a legend or footnote line
   * (SPEC §1): skipped with a note, or with the error already reported for an error value.
   */
  activityName(reader: TableReader<ResponsibilityField>, cells: RawCell[], index: number): string | null {
    const name = reader.text(cells, index, "activity");
    if (name !== "") return name;
    if (!isErrorCell(reader.raw(cells, "activity")))
      reader.report("info", reader.address(index, "activity"), messages.legendRow(reader.label("activity")));
    return null;
  }

  /** The activity a row names, by its Activity (read by `activityName`) and Dimension cells. */
  rowActivity(reader: TableReader<ResponsibilityField>, cells: RawCell[], index: number, name: string): DraftActivity {
    const dimension = this.dimension(reader.text(cells, index, "dimension"));
    if (dimension.warn)
      reader.report("warning", reader.address(index, "dimension"), messages.unknownDimension(dimension.dimension));
    return this.activity(name, dimension.dimension, reader.sheetRow(index));
  }

  /** A section as first spelt (trimmed, case-insensitive, whitespace collapsed). */
  section(text: string): string {
    return this.sections.canonical(text);
  }

  /** Places an activity in a section; an activity spread over several rows keeps the first one it was given. */
  placeIn(activity: DraftActivity, section: string | null): void {
    if (activity.section === null && section !== null) activity.section = section;
  }

  /** The activity of that name and dimension (SPEC §2.9: trimmed, case-insensitive), created if new. */
  activity(name: string, dimension: string, row: number): DraftActivity {
    const key = `${valueKey(name)}\u0000${valueKey(dimension)}`;
    const known = this.activityIndex.get(key);
    if (known !== undefined) return known;
    const created: DraftActivity = {
      activity: name.trim().replace(/\s+/g, " "),
      dimension,
      row,
      section: null,
      letters: new Map(),
    };
    this.activityIndex.set(key, created);
    this.activities.push(created);
    return created;
  }

  /** The index of a party, and whether this is its first appearance. */
  party(written: string): { index: number; isNew: boolean; party: ResolvedParty } {
    const resolved = this.directory.resolve(written);
    const key = valueKey(resolved.name);
    const known = this.partyIndex.get(key);
    if (known !== undefined) return { index: known, isNew: false, party: this.parties[known] ?? resolved };
    this.partyIndex.set(key, this.parties.length);
    this.parties.push(resolved);
    return { index: this.parties.length - 1, isNew: true, party: resolved };
  }

  /** Merges letters into what the party already holds for the activity. */
  assign(activity: DraftActivity, party: number, letters: readonly RaciLetter[]): void {
    if (letters.length === 0) return;
    const held = activity.letters.get(party) ?? new Set<RaciLetter>();
    for (const l of letters) held.add(l);
    activity.letters.set(party, held);
  }
}
