import { cellAddress } from "../ingest/addresses";
import { messages } from "../ingest/messages";
import { TableReader } from "../ingest/table-reader";
import { isBlankCell } from "../ingest/values";
import type { ColumnRole, Issue, RawCell, RawTable } from "../model";
import { type ResponsibilityField, WIDE_COLUMNS } from "./columns";
import { readLetterCell } from "./letters";
import type { MatrixDraft } from "./matrix";
import { readMatrixColumns } from "./matrix-columns";
import { readSectionCell } from "./section-cell";
import { type MatrixRowKind, sectionHeadings } from "./sections";

/**
 * Reads the wide form (the usual RACI matrix): Activity, optional Dimension, one column per
 * party, and the section and note columns and section heading rows analysts add (SPEC §1).
 * Returns false when the table has no Activity column (reported), else fills `draft`.
 */
export function readWideTable(
  table: RawTable,
  mapping: Partial<Record<ResponsibilityField, string>>,
  choices: Readonly<Record<string, ColumnRole>>,
  draft: MatrixDraft,
  issues: Issue[],
): boolean {
  const before = issues.length;
  const reader = new TableReader<ResponsibilityField>(table, WIDE_COLUMNS, issues, mapping);
  // The reader calls every header it does not know "not used"; here those headers are the parties.
  for (let i = issues.length - 1; i >= before; i--) {
    if (issues[i]?.severity === "info" && issues[i]?.cell === "") issues.splice(i, 1);
  }
  if (!reader.has("activity")) {
    reader.report("error", "", messages.requiredColumnMissing("Responsibilities", "Activity", reader.headers));
    return false;
  }

  const kinds = readMatrixColumns(table.header, "wide", mapping, choices, (h) => draft.directory.isPartner(h));
  const parties: { col: number; index: number; name: string }[] = [];
  const commentary: string[] = [];
  let sectionCol: number | undefined;
  kinds.forEach((kind, col) => {
    const text = reader.headers[col] ?? "";
    if (kind === "section") sectionCol = col;
    if (kind === "notes") commentary.push(text);
    if (kind !== "party") return;
    const headerCell = cellAddress(table.headerRow, table.firstColumn + col);
    const { index, isNew, party } = draft.party(text);
    if (!isNew) reader.report("warning", headerCell, messages.duplicateParty(party.name));
    else if (party.suggestion !== null)
      reader.report("warning", headerCell, messages.partyLooksLikePartner(party.name, party.suggestion));
    parties.push({ col, index, name: party.name });
  });
  if (commentary.length > 0) reader.report("info", "", messages.unknownHeaders(commentary));
  kinds.forEach((kind, col) => {
    if (kind === "second-section" && sectionCol !== undefined) {
      reader.report(
        "info",
        cellAddress(table.headerRow, table.firstColumn + col),
        messages.secondSectionColumn(reader.headers[col] ?? "", reader.headers[sectionCol] ?? ""),
      );
    }
  });

  const activityCol = reader.columns.get("activity");
  const dimensionCol = reader.columns.get("dimension");
  const blank = (cells: RawCell[], col: number | undefined) => col === undefined || isBlankCell(cells[col] ?? null);
  // Cells under blank or note headers (a note beside the matrix) do not make a row.
  const matters = (cells: RawCell[]) =>
    [activityCol, dimensionCol, sectionCol, ...parties.map((p) => p.col)].some((c) => !blank(cells, c));

  const rows: { index: number; cells: RawCell[]; name: string; kind: MatrixRowKind }[] = [];
  for (const { index, cells } of reader.nonBlankRows()) {
    if (!matters(cells)) continue;
    const name = draft.activityName(reader, cells, index);
    if (name === null) continue;
    const lettered = parties.some((p) => !blank(cells, p.col));
    rows.push({ index, cells, name, kind: lettered ? "lettered" : blank(cells, dimensionCol) ? "bare" : "unlettered" });
  }

  const headings = sectionHeadings(rows.map((r) => r.kind));
  let heading: string | null = null;
  rows.forEach(({ index, cells, name }, i) => {
    if (headings[i]) {
      heading = draft.section(name);
      return;
    }
    const activity = draft.rowActivity(reader, cells, index, name);
    // The section column wins over the heading above (SPEC §1).
    const fromColumn = sectionCol === undefined ? null : readSectionCell(reader, cells, index, sectionCol, draft);
    draft.placeIn(activity, fromColumn ?? heading);
    for (const party of parties) {
      const cell = readLetterCell(cells[party.col] ?? null, party.name);
      if (cell.ok) draft.assign(activity, party.index, cell.letters);
      else reader.report("error", cellAddress(reader.sheetRow(index), table.firstColumn + party.col), cell.problem);
    }
  });
  return true;
}
