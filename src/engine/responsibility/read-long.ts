import { messages } from "../ingest/messages";
import { TableReader } from "../ingest/table-reader";
import { cellText, isBlankCell } from "../ingest/values";
import type { Issue, RawTable } from "../model";
import { LONG_COLUMNS, type ResponsibilityField } from "./columns";
import { readLetterCell } from "./letters";
import type { MatrixDraft } from "./matrix";

/**
 * Reads the long form: one row per activity and party, with the letters in Role. A row with
 * no Party still lists its activity. Returns false when there is no Activity column (reported).
 */
export function readLongTable(
  table: RawTable,
  mapping: Partial<Record<ResponsibilityField, string>>,
  draft: MatrixDraft,
  issues: Issue[],
): boolean {
  const reader = new TableReader<ResponsibilityField>(table, LONG_COLUMNS, issues, mapping);
  if (!reader.has("activity")) {
    reader.report("error", "", messages.requiredColumnMissing("Responsibilities", "Activity", reader.headers));
    return false;
  }
  for (const { index, cells } of reader.nonBlankRows()) {
    const activity = draft.rowActivity(reader, cells, index);
    if (activity === null) continue;

    const written = reader.text(cells, index, "party");
    const role = reader.raw(cells, "role");
    if (written === "") {
      if (!isBlankCell(role)) reader.report("error", reader.address(index, "role"), messages.roleWithoutParty(cellText(role)));
      continue;
    }
    const { index: party, isNew, party: resolved } = draft.party(written);
    if (isNew && resolved.suggestion !== null) {
      reader.report("warning", reader.address(index, "party"), messages.partyLooksLikePartner(resolved.name, resolved.suggestion));
    }
    const cell = readLetterCell(role, resolved.name);
    if (cell.ok) draft.assign(activity, party, cell.letters);
    else reader.report("error", reader.address(index, "role"), cell.problem);
  }
  return true;
}
