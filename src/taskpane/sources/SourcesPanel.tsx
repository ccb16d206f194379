import { Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { buildResponsibilityTemplate } from "../../report/responsibility-template";
import type { InputName, Settings } from "../../engine/model";
import type { PanelProps } from "../app/panel-props";
import { INPUT_ORDER } from "./input-labels";
import { InputSource } from "./InputSource";
import { choiceOf } from "./source-choice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
});

/**
 * The Sources page: for each input, the table it is read from and how its columns map. Choices
 * are kept with the settings (saved on Analyze or Save settings), so a shared workbook reads
 * the same way for everyone.
 */
export function SourcesPanel(props: PanelProps) {
  const styles = useStyles();
  const { workbook, settings, gateway, service, report } = props;
  const { read } = workbook;
  const { edit, draft } = settings;
  // The Partners rows, named by the token the analysis service holds them under (held.ts).
  const token = read?.input.tables.partners ? read.input.held : null;
  const partners = useMemo(() => (token === null ? null : { held: token }), [token]);

  const onChoose = useCallback(
    (input: InputName, value: string) => {
      const inputs: Settings["inputs"] = { ...draft.inputs };
      const choice = choiceOf(value);
      if (choice) inputs[input] = choice;
      else delete inputs[input];
      edit((d) => ({ ...d, inputs }));
      void workbook.reload(inputs);
    },
    [draft.inputs, edit, workbook],
  );

  // The template names every partner as a party; without readable partners it has only "Us".
  const [inserting, setInserting] = useState(false);
  const insertTemplate = useCallback(async () => {
    if (!read) return;
    setInserting(true);
    try {
      const names = read.input.tables.partners
        ? await service
            .run({ kind: "names", input: { held: read.input.held }, settings: settings.checked.settings })
            .catch(() => [])
        : [];
      const { name } = await gateway.insertUserSheet(buildResponsibilityTemplate(names));
      await workbook.reload(draft.inputs);
      await gateway.activateSheet(name);
    } catch (error) {
      report(error);
    } finally {
      setInserting(false);
    }
  }, [read, service, gateway, report, settings.checked.settings, workbook, draft.inputs]);

  if (!read) return workbook.loading ? <Spinner size="small" label="Reading the workbook…" /> : null;
  return (
    <div className={styles.root}>
      <div className={styles.intro}>
        <Caption1>
          Each input is found by its name (a table, else a sheet). Pick another table or sheet, or map its columns; the
          choices are saved in the workbook with the settings.
        </Caption1>
        {/* Tables added or renamed in Excel while the pane is open appear after a refresh. */}
        <Button size="small" disabled={workbook.loading} onClick={() => void workbook.reload(draft.inputs)}>
          Refresh
        </Button>
      </div>
      {workbook.loading && <Spinner size="extra-tiny" label="Reading the workbook…" />}
      {INPUT_ORDER.map((input) => (
        <InputSource
          key={input}
          {...props}
          input={input}
          sources={read.sources}
          partners={partners}
          onGone={workbook.recover}
          onChoose={onChoose}
          onInsertTemplate={input === "responsibilities" ? () => void insertTemplate() : undefined}
          inserting={inserting}
          open={input === "partners"}
        />
      ))}
    </div>
  );
}
