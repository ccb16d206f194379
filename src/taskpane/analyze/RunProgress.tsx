import { Button, Caption1, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { RunState } from "./useAnalyzeRun";
import { PHASE_LABELS } from "./phases";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  bar: { flexGrow: 1 },
});

export interface RunProgressProps {
  run: RunState;
  onCancel: () => void;
}

const count = (n: number) => n.toLocaleString("en-US");

/** Progress of a run by phase, with Cancel (not offered while sheets are being written). */
export function RunProgress({ run, onCancel }: RunProgressProps) {
  const styles = useStyles();
  const writing = run.phase === "write";
  const label =
    writing && run.write && run.write.total > 0
      ? `${PHASE_LABELS.write}${run.write.sheet ? `: ${run.write.sheet}` : ""} (${run.write.done} of ${run.write.total})`
      : run.phase === "read" && run.read && run.read.total > 0
        ? `${PHASE_LABELS.read}: ${count(run.read.rows)} of ${count(run.read.total)} rows…`
        : `${PHASE_LABELS[run.phase]}…`;
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field className={styles.bar} label="Analysis progress">
          <ProgressBar value={run.progress} max={1} thickness="large" />
        </Field>
        <Button
          onClick={onCancel}
          disabled={writing}
          title={writing ? "Sheets are being written; they will finish." : undefined}
        >
          Cancel
        </Button>
      </div>
      <Caption1 role="status">{label}</Caption1>
    </div>
  );
}
