import { Body1, Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface FirstRunProps {
  busy: boolean;
  onInsertSample: () => void;
  onChooseTable: () => void;
}

/** Shown when the workbook has no Partners table: start from the sample, or point at a table. */
export function FirstRun({ busy, onInsertSample, onChooseTable }: FirstRunProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="first-run-title">
      <Subtitle2 as="h2" id="first-run-title" className={styles.heading}>
        No Partners table yet
      </Subtitle2>
      <Body1>
        The add-in looks for a table or sheet named Partners, with a row per partner and columns such as Partner, Type,
        Fit, Impact and Momentum. Try it on the bundled sample — about fifty partners with capabilities, candidates, a
        RACI matrix and a maturity assessment, inserted as new sheets — or point it at your own table.
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onInsertSample} disabled={busy}>
          {busy ? "Inserting sample data…" : "Insert sample data"}
        </Button>
        <Button onClick={onChooseTable} disabled={busy}>
          Choose a table…
        </Button>
      </div>
    </section>
  );
}
