import { Button, Caption1, Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { InputName } from "../../engine/model";
import type { WorkbookSources } from "../../excel/gateway";
import type { HeldRef } from "../analysis/held";
import type { PanelProps } from "../app/panel-props";
import { ColumnMapping } from "./ColumnMapping";
import { INPUT_LABELS, locationLabel } from "./input-labels";
import { AUTOMATIC, choiceValue, locationValue } from "./source-choice";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  found: { color: tokens.colorNeutralForeground3 },
});

export interface InputSourceProps extends Pick<PanelProps, "gateway" | "service" | "settings" | "report"> {
  input: InputName;
  sources: WorkbookSources;
  /** The Partners rows the analysis service holds (held.ts), if any. */
  partners: HeldRef | null;
  /** The service no longer holds them: read the workbook again. */
  onGone?: (token: string) => void;
  onChoose: (input: InputName, value: string) => void;
  /** Offered for a missing Responsibilities input: inserts a RACI matrix to fill in. */
  onInsertTemplate?: () => void;
  inserting?: boolean;
  /** Whether the column mapping starts open. */
  open: boolean;
}

/** One input: where it was found, another table or sheet to use instead, and its column mapping. */
export function InputSource({
  input,
  sources,
  partners,
  onGone,
  onChoose,
  onInsertTemplate,
  inserting,
  open,
  ...panel
}: InputSourceProps) {
  const styles = useStyles();
  const [mapping, setMapping] = useState(open);
  const found = sources.found[input];
  const label = INPUT_LABELS[input];
  const choice = panel.settings.draft.inputs[input];
  const value = choiceValue(choice);
  const autoText = `Find by name${found && !choice ? `: ${locationLabel(found)}` : ""}`;
  const textOf = (v: string) =>
    v === AUTOMATIC
      ? autoText
      : v === "none"
        ? "None"
        : (sources.options.find((o) => locationValue(o.location) === v)?.label ?? v);
  const regionId = `mapping-${input}`;

  return (
    <section className={styles.root} aria-labelledby={`source-${input}`}>
      <Subtitle2 as="h2" id={`source-${input}`} className={styles.heading}>
        {label}
        {input === "partners" ? " (required)" : ""}
      </Subtitle2>
      <Caption1 className={styles.found}>
        {found
          ? `Reading ${locationLabel(found)}.`
          : input === "partners"
            ? "No Partners table found."
            : "Not found; optional."}
      </Caption1>
      <Field label={`${label} source`}>
        <Dropdown
          value={textOf(value)}
          selectedOptions={[value]}
          onOptionSelect={(_, data) => data.optionValue && onChoose(input, data.optionValue)}
        >
          <Option value={AUTOMATIC} text={autoText}>
            {autoText}
          </Option>
          {sources.options.map((o) => (
            <Option key={locationValue(o.location)} value={locationValue(o.location)} text={o.label}>
              {`${o.label} — ${o.rows} ${o.rows === 1 ? "row" : "rows"}`}
            </Option>
          ))}
          {input !== "partners" && (
            <Option value="none" text="None">
              None (do not use)
            </Option>
          )}
        </Dropdown>
      </Field>
      {!found && onInsertTemplate && (
        <Button size="small" disabled={inserting} onClick={onInsertTemplate}>
          {inserting ? "Inserting…" : "Create responsibility matrix"}
        </Button>
      )}
      {found && (
        <>
          <Button
            appearance="subtle"
            size="small"
            aria-expanded={mapping}
            aria-controls={regionId}
            onClick={() => setMapping((m) => !m)}
          >
            {mapping ? `Hide ${label} columns` : `Map ${label} columns`}
          </Button>
          {mapping && (
            <div id={regionId}>
              <ColumnMapping {...panel} input={input} location={found} partners={partners} onGone={onGone} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
