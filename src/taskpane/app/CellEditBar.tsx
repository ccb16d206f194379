import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";

/**
 * Whether Excel is refusing the add-in's calls because a cell is being edited (the gateway
 * waits and tries again; watchCellEdit tells the pane at the first refusal).
 */
export function useCellEdit(gateway: WorkbookGateway): boolean {
  const [editing, setEditing] = useState(false);
  useEffect(() => gateway.watchCellEdit?.(setEditing), [gateway]);
  return editing;
}

/** Whether one round trip to Excel has gone unanswered for a while (see watchSlowSync). */
export function useSlowSync(gateway: WorkbookGateway): boolean {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => gateway.watchSlowSync?.(setWaiting), [gateway]);
  return waiting;
}

/** When Excel is silent: it may be holding the add-in's call until a cell edit ends. */
export function SlowSyncBar() {
  return (
    <MessageBar intent="info" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>Waiting for Excel</MessageBarTitle>
        If you are editing a cell, press Enter or Esc in Excel: Excel holds the add-in's work until the edit ends.
      </MessageBarBody>
    </MessageBar>
  );
}

/** Said at once when Excel is in cell-edit mode, not after the retries run out. */
export function CellEditBar() {
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>Excel is waiting for you to finish editing a cell</MessageBarTitle>
        Finish editing the cell (press Enter or Esc in Excel); the add-in carries on by itself.
      </MessageBarBody>
    </MessageBar>
  );
}
