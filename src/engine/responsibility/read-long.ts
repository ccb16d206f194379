import { cellAddress } from "../ingest/addresses";
import { resolveColumns } from "../ingest/headers";
import { messages } from "../ingest/messages";
import { TableReader } from "../ingest/table-reader";
import { cellText, isBlankCell } from "../ingest/values";
import type { ColumnRole, Issue, RawTable } from "../model";
import { LONG_COLUMNS, type ResponsibilityField } from "./columns";
import { readLetterCell } from "./letters";
import type { MatrixDraft } from "./matrix";
import { type MatrixColumn, readMatrixColumns } from "./matrix-columns";
import { readSectionCell } from "./section-cell";

/**
 * Reads the long form: one row per activity and party, with the letters in Role. A row with
 * no Party still lists its activity; a section column gives the activity its section (the long
 * form has no heading rows). Returns false when there is no Activity column (reported).
 */
export function readLongTable(
  table: RawTable,
  mapping: Partial<Record<ResponsibilityField, string>>,
  choices: Readonly<Record<string, ColumnRole>>,
  draft: MatrixDraft,
  issues: Issue[],
): boolean {
  const before = issues.length;
  const reader = new TableReader<ResponsibilityField>(table, LONG_COLUMNS, issues, mapping);
  if (!reader.has("activity")) {
    reader.report("error", "", messages.requiredColumnMissing("Responsibilities", "Activity", reader.headers));
    return false;
  }
  const kinds = readMatrixColumns(table.header, "long", mapping, choices);
  const sectionCol = kinds.indexOf("section");
  if (sectionCol >= 0) restateUnusedColumns(reader, issues, before, kinds, mapping);

  for (const { index, cells } of reader.nonBlankRows()) {
    const name = draft.activityName(reader, cells, index);
    if (name === null) continue;
    const activity = draft.rowActivity(reader, cells, index, name);
    if (sectionCol >= 0) draft.placeIn(activity, readSectionCell(reader, cells, index, sectionCol, draft));

    const written = reader.text(cells, index, "party");
    const role = reader.raw(cells, "role");
    if (written === "") {
      if (!isBlankCell(role))
        reader.report("error", reader.address(index, "role"), messages.roleWithoutParty(cellText(role)));
      continue;
    }
    const { index: party, isNew, party: resolved } = draft.party(written);
    if (isNew && resolved.suggestion !== null) {
      reader.report(
        "warning",
        reader.address(index, "party"),
        messages.partyLooksLikePartner(resolved.name, resolved.suggestion),
      );
    }
    const cell = readLetterCell(role, resolved.name);
    if (cell.ok) draft.assign(activity, party, cell.letters);
    else reader.report("error", reader.address(index, "role"), cell.problem);
  }
  return true;
}

/**
 * The reader noted every column it does not know as unused, the section column included: the
 * note is restated without the section columns, and a further section column gets its own note.
 */
function restateUnusedColumns(
  reader: TableReader<ResponsibilityField>,
  issues: Issue[],
  from: number,
  kinds: readonly MatrixColumn[],
  mapping: Partial<Record<ResponsibilityField, string>>,
): void {
  for (let i = issues.length - 1; i >= from; i--) {
    if (issues[i]?.severity === "info" && issues[i]?.cell === "") issues.splice(i, 1);
  }
  const sections = new Set(
    reader.headers.filter((_, col) => kinds[col] === "section" || kinds[col] === "second-section"),
  );
  const unused = resolveColumns(reader.table.header, LONG_COLUMNS, mapping).unknown.filter((h) => !sections.has(h));
  if (unused.length > 0) reader.report("info", "", messages.unknownHeaders(unused));
  const section = reader.headers[kinds.indexOf("section")] ?? "";
  kinds.forEach((kind, col) => {
    if (kind === "second-section")
      reader.report(
        "info",
        cellAddress(reader.table.headerRow, reader.table.firstColumn + col),
        messages.secondSectionColumn(reader.headers[col] ?? "", section),
      );
  });
}
