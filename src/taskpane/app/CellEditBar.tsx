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
