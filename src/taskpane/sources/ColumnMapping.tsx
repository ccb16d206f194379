import {
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { resolveColumns } from "../../engine/ingest/headers";
import type { InputLocation } from "../../engine/ingest/locate";
import { cellText } from "../../engine/ingest/values";
import type { ColumnRole, InputName, Settings } from "../../engine/model";
import type { HeldRef } from "../analysis/held";
import type { PanelProps } from "../app/panel-props";
import { INPUT_COLUMNS } from "./input-columns";
import { INPUT_LABELS } from "./input-labels";
import { chooseColumnRole, type MatrixColumnView, type MatrixView, matrixView } from "./matrix-columns-view";
import { MatrixColumnRole } from "./MatrixColumnRole";
import { PreviewIssues } from "./PreviewIssues";
import { PreviewTable } from "./PreviewTable";
import { PREVIEW_ROWS, usePartnerKeys, usePreview } from "./usePreview";

const AUTOMATIC = "\u0000auto";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  dropdown: { minWidth: "0", width: "100%" },
});

export interface ColumnMappingProps extends Pick<PanelProps, "gateway" | "service" | "settings" | "report"> {
  input: InputName;
  location: InputLocation;
  /** The rows the analysis service holds (held.ts), when the workbook has a Partners table. */
  partners: HeldRef | null;
  /** The service no longer holds them (a run was cancelled): read the workbook again. */
  onGone?: (token: string) => void;
}

/**
 * Maps each field of an input to a column of its table: automatic (by header and synonyms) or
 * a header the user picks. Shows the first rows as they would be read and the issues they raise.
 */
export function ColumnMapping({
  gateway,
  service,
  settings,
  report,
  input,
  location,
  partners,
  onGone,
}: ColumnMappingProps) {
  const styles = useStyles();
  const defs = INPUT_COLUMNS[input];
  const mapping = useMemo(() => settings.draft.columnMapping[input] ?? {}, [settings.draft.columnMapping, input]);
  const preview = usePreview(gateway, service, input, location, partners, settings.checked.settings, report, onGone);
  const partnerKeys = usePartnerKeys(
    service,
    input === "responsibilities" ? preview.table : null,
    partners,
    settings.draft,
    report,
    onGone,
  );
  const headers = useMemo(() => (preview.table?.header ?? []).map((h) => cellText(h)), [preview.table]);
  const automatic = useMemo(() => resolveColumns(preview.table?.header ?? [], defs, {}).columns, [preview.table, defs]);
  const readAs = useMemo(() => {
    const { columns } = resolveColumns(preview.table?.header ?? [], defs, mapping);
    const out: (string | null)[] = headers.map(() => null);
    for (const def of defs) {
      const j = columns.get(def.field);
      if (j !== undefined) out[j] = def.label;
    }
    return out;
  }, [preview.table, defs, mapping, headers]);

  // Responsibilities: how the engine reads every column, section and note columns included (SPEC §1).
  const matrix = useMemo(
    () =>
      input === "responsibilities" && preview.table && partnerKeys
        ? matrixView(preview.table, settings.draft, partnerKeys)
        : null,
    [input, preview.table, settings.draft, partnerKeys],
  );
  const chooseRole = (column: MatrixColumnView, role: ColumnRole) =>
    settings.edit((d) => chooseColumnRole(d, column, role));

  const choose = (field: string, header: string) =>
    settings.edit((d) => {
      const fields = { ...(d.columnMapping[input] ?? {}) };
      if (header === AUTOMATIC) delete fields[field];
      else fields[field] = header;
      const columnMapping: Settings["columnMapping"] = { ...d.columnMapping, [input]: fields };
      return { ...d, columnMapping };
    });

  if ((preview.loading && !preview.table) || (input === "responsibilities" && preview.table && !partnerKeys))
    return <Spinner size="tiny" label="Reading the first rows…" />;
  if (!preview.table) return <Caption1>This table is empty.</Caption1>;

  return (
    <div className={styles.root}>
      {input === "responsibilities" && (
        <Caption1>
          A matrix uses Activity and Dimension; a Phase, Stage, Section, Category, Group, Workstream or Process column
          groups the activities and Notes, Comments, Description or Remarks are ignored; every other column is a party.
          Change how a column is read under its header below. Party and Role apply to a long table.
        </Caption1>
      )}
      {matrix && <Caption1>{matrixSummary(matrix)}</Caption1>}
      <div className={styles.fields}>
        {defs.map((def) => {
          const auto = automatic.get(def.field);
          const chosen = mapping[def.field];
          // A column mapped to another field is no longer this field's: say so, not "Auto: Impact".
          const takenBy =
            auto !== undefined && !chosen
              ? defs.find((d) => d.field !== def.field && mapping[d.field] !== undefined && readAs[auto] === d.label)
              : undefined;
          const autoText =
            auto === undefined
              ? "Auto: not found"
              : takenBy
                ? `Auto: none ("${headers[auto]}" is read as ${takenBy.label})`
                : `Auto: ${headers[auto]}`;
          return (
            <Field key={def.field} label={`${def.label} column`} required={def.required}>
              <Dropdown
                className={styles.dropdown}
                value={chosen ?? autoText}
                selectedOptions={[chosen ?? AUTOMATIC]}
                onOptionSelect={(_, data) => data.optionValue !== undefined && choose(def.field, data.optionValue)}
              >
                <Option value={AUTOMATIC} text={autoText}>
                  {autoText}
                </Option>
                {headers
                  .filter((h) => h.trim() !== "")
                  .map((h) => (
                    <Option key={h} value={h}>
                      {h}
                    </Option>
                  ))}
              </Dropdown>
            </Field>
          );
        })}
      </div>
      {preview.cannotRead && (
        <MessageBar intent="warning">
          <MessageBarBody>{preview.cannotRead}</MessageBarBody>
        </MessageBar>
      )}
      <PreviewTable
        table={preview.table}
        readAs={matrix ? matrix.columns.map((c) => c.readAs) : readAs}
        label={`First ${PREVIEW_ROWS} rows of ${INPUT_LABELS[input]}`}
        columnControl={
          matrix
            ? (j) =>
                matrix.columns[j] && (
                  <MatrixColumnRole column={matrix.columns[j]} form={matrix.form} onChoose={chooseRole} />
                )
            : undefined
        }
      />
      <PreviewIssues issues={preview.issues} />
    </div>
  );
}

/** One line naming the section column and the note columns, or saying there is none. */
function matrixSummary({ form, columns }: MatrixView): string {
  const section = columns.find((c) => c.kind === "section");
  const notes = columns.filter((c) => c.kind === "notes" && form === "wide").map((c) => `"${c.header}"`);
  const headings = form === "wide" ? " (a blank one takes the heading row above)" : "";
  const sections = section
    ? `Section column: "${section.header}"${headings}.`
    : form === "wide"
      ? "No section column: heading rows, if any, give the sections."
      : "No section column.";
  return notes.length > 0 ? `${sections} Ignored as notes: ${notes.join(", ")}.` : sections;
}
