import type { RawTable } from "../model";
import { headerKey } from "./headers";
import { splitList, splitListSpelled, type Vocabulary } from "./lists";
import { RangeTable } from "./range-table";
import type { PartnerField } from "./partner-columns";
import type { TableReader } from "./table-reader";

/**
 * A list cell in display spellings (SPEC §1). Registers repeat the same cells ("EMEA; APAC")
 * thousands of times: each distinct text is split and spelled once, and the partners with that
 * text (or with an empty cell) share the resulting array (read it, don't change it).
 */
export class SharedList {
  private readonly seen = new Map<string, string[]>();
  /** Each value's spelling by its text as written: the cells differ, their values repeat. */
  private readonly known = new RangeTable<string>();
  /** What every empty cell reads as (empty segments and regions are common: they mean "all"). */
  private readonly empty: string[] = [];

  constructor(
    private readonly reader: TableReader<PartnerField>,
    private readonly field: "capabilities" | "segments" | "regions",
    private readonly vocab: Vocabulary,
  ) {}

  read(cells: RawTable["rows"][number], index: number): string[] {
    const text = this.reader.text(cells, index, this.field);
    if (text === "") return this.empty;
    let shown = this.seen.get(text);
    if (shown === undefined) {
      shown = splitListSpelled(text, this.known, this.vocab);
      this.seen.set(text, shown);
    }
    if (shown.length === 0) this.reader.emptyList(index, this.field);
    return shown;
  }
}

/**
 * A list whose standard values are recognised loosely ("co sell" is Co-sell) and shown in
 * their standard spelling; other values are kept as written, with one warning per cell.
 * Each distinct cell is recognised once; partners with the same cell (or an empty one) share
 * the resulting array (read it, don't change it).
 */
export class StandardList {
  /** Cell text → values shown and values not standard. */
  private readonly seen = new Map<string, { shown: string[]; unknown: string[] }>();
  /** What every empty cell reads as. */
  private readonly empty: string[] = [];

  constructor(
    private readonly reader: TableReader<PartnerField>,
    private readonly field: "roles" | "lifecycle",
    private readonly standard: Map<string, string>,
    private readonly vocab: Vocabulary,
    private readonly warn: (values: string[]) => string,
  ) {}

  read(cells: RawTable["rows"][number], index: number): string[] {
    const text = this.reader.text(cells, index, this.field);
    if (text === "") return this.empty;
    let read = this.seen.get(text);
    if (read === undefined) {
      read = this.recognise(splitList(text));
      this.seen.set(text, read);
    }
    if (read.shown.length === 0) this.reader.emptyList(index, this.field);
    if (read.unknown.length > 0)
      this.reader.report("warning", this.reader.address(index, this.field), this.warn(read.unknown));
    return read.shown;
  }

  private recognise(values: readonly string[]): { shown: string[]; unknown: string[] } {
    const shown: string[] = [];
    const unknown: string[] = [];
    for (const value of values) {
      const known = this.standard.get(headerKey(value));
      if (known !== undefined) {
        if (!shown.includes(known)) shown.push(known);
      } else {
        const spelling = this.vocab.canonical(value);
        if (!shown.includes(spelling)) shown.push(spelling);
        unknown.push(value);
      }
    }
    return { shown, unknown };
  }
}
