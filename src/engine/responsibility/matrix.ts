import { valueKey, Vocabulary } from "../ingest/lists";
import { messages } from "../ingest/messages";
import type { TableReader } from "../ingest/table-reader";
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
  letters: Map<number, Set<RaciLetter>>;
}

/** The matrix as read, before assessment; both input forms fill one of these. */
export class MatrixDraft {
  readonly activities: DraftActivity[] = [];
  readonly parties: ResolvedParty[] = [];
  private readonly activityIndex = new Map<string, DraftActivity>();
  private readonly partyIndex = new Map<string, number>();
  private readonly dimensions = new Vocabulary();
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
   * The activity a row of either form names, by its Activity and Dimension cells; a row with
   * data but no Activity is an error at that cell and names none (null).
   */
  rowActivity(reader: TableReader<ResponsibilityField>, cells: RawCell[], index: number): DraftActivity | null {
    const name = reader.text(cells, index, "activity");
    if (name === "") {
      reader.report("error", reader.address(index, "activity"), messages.missingName(reader.label("activity")));
      return null;
    }
    const dimension = this.dimension(reader.text(cells, index, "dimension"));
    if (dimension.warn) reader.report("warning", reader.address(index, "dimension"), messages.unknownDimension(dimension.dimension));
    return this.activity(name, dimension.dimension, reader.sheetRow(index));
  }

  /** The activity of that name and dimension (SPEC §2.9: trimmed, case-insensitive), created if new. */
  activity(name: string, dimension: string, row: number): DraftActivity {
    const key = `${valueKey(name)}\u0000${valueKey(dimension)}`;
    const known = this.activityIndex.get(key);
    if (known !== undefined) return known;
    const created: DraftActivity = { activity: name.trim().replace(/\s+/g, " "), dimension, row, letters: new Map() };
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
