import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ErrorReport } from "./describe-error";

export interface ErrorBarProps {
  error: ErrorReport;
  onDismiss: () => void;
  /** Offered for a workbook that cannot be analysed as it is (e.g. no Partner column). */
  onOpenSources?: () => void;
}

/** The pane's error message: what happened, what to do, and Excel's code for support. */
export function ErrorBar({ error, onDismiss, onOpenSources }: ErrorBarProps) {
  return (
    <MessageBar intent={error.intent} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{error.title}</MessageBarTitle>
        {error.message}
        {error.code && ` (Excel error: ${error.code})`}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label="Dismiss message" onClick={onDismiss}>
            ✕
          </Button>
        }
      >
        {error.intent === "warning" && onOpenSources && (
          <Button size="small" onClick={onOpenSources}>
            Open Sources
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
