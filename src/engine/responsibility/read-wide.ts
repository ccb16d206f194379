import { headerKey } from "../ingest/headers";
import { messages } from "../ingest/messages";
import { TableReader } from "../ingest/table-reader";
import { isBlankCell } from "../ingest/values";
import type { Issue, RawCell, RawTable } from "../model";
import { cellAddress } from "../ingest/addresses";
import { NOT_PARTY_HEADERS, type ResponsibilityField, WIDE_COLUMNS } from "./columns";
import { readLetterCell } from "./letters";
import type { MatrixDraft } from "./matrix";

const WIDE_KEYS = new Set(WIDE_COLUMNS.flatMap((d) => [d.label, ...d.synonyms]).map(headerKey));
const NOT_PARTY_KEYS = new Set(NOT_PARTY_HEADERS.map(headerKey));

/**
 * Reads the wide form (the usual RACI matrix): Activity, optional Dimension, and one column per
 * party. Returns false when the table has no Activity column (reported), else fills `draft`.
 */
export function readWideTable(
  table: RawTable,
  mapping: Partial<Record<ResponsibilityField, string>>,
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

  const used = new Set(reader.columns.values());
  const parties: { col: number; index: number; name: string }[] = [];
  const commentary: string[] = [];
  reader.headers.forEach((text, col) => {
    const key = headerKey(text);
    if (used.has(col) || key === "" || WIDE_KEYS.has(key)) return;
    // A partner's name wins over the commentary list: a partner may be called "Status".
    if (NOT_PARTY_KEYS.has(key) && !draft.directory.resolve(text).isPartner) {
      commentary.push(text);
      return;
    }
    const headerCell = cellAddress(table.headerRow, table.firstColumn + col);
    const { index, isNew, party } = draft.party(text);
    if (!isNew) reader.report("warning", headerCell, messages.duplicateParty(party.name));
    else if (party.suggestion !== null) reader.report("warning", headerCell, messages.partyLooksLikePartner(party.name, party.suggestion));
    parties.push({ col, index, name: party.name });
  });
  if (commentary.length > 0) reader.report("info", "", messages.unknownHeaders(commentary));

  const activityCol = reader.columns.get("activity");
  const dimensionCol = reader.columns.get("dimension");
  const matters = (cells: RawCell[]) =>
    [activityCol, dimensionCol, ...parties.map((p) => p.col)].some((c) => c !== undefined && !isBlankCell(cells[c] ?? null));

  for (const { index, cells } of reader.nonBlankRows()) {
    // Cells under blank or commentary headers (a note beside the matrix) do not make a row.
    if (!matters(cells)) continue;
    const activity = draft.rowActivity(reader, cells, index);
    if (activity === null) continue;
    for (const party of parties) {
      const cell = readLetterCell(cells[party.col] ?? null, party.name);
      if (cell.ok) draft.assign(activity, party.index, cell.letters);
      else reader.report("error", cellAddress(reader.sheetRow(index), table.firstColumn + party.col), cell.problem);
    }
  }
  return true;
}
