import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { HeldRun } from "./useAnalyzeRun";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface HeldRunBarProps {
  held: HeldRun;
  onOpenSources: () => void;
  onDismiss: () => void;
}

/**
 * A run stopped before any sheet was overwritten: what looks wrong with the input, in words,
 * with "Open Sources" — and "Write anyway" when the analyst may judge it fine.
 */
export function HeldRunBar({ held, onOpenSources, onDismiss }: HeldRunBarProps) {
  const styles = useStyles();
  const stopped = held.proceed === null;
  return (
    <MessageBar intent={stopped ? "error" : "warning"} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>
          {stopped
            ? "Nothing was written: the input needs fixing first"
            : "Check the input before the results are written"}
        </MessageBarTitle>
        <ul className={styles.list}>
          {held.problems.map((p) => (
            <li key={p.message}>{p.message}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onOpenSources}>
          Open Sources
        </Button>
        {held.proceed ? (
          <Button size="small" onClick={held.proceed}>
            Write anyway
          </Button>
        ) : (
          <Button size="small" onClick={onDismiss}>
            Dismiss
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
