import type { WorkbookGateway } from "../../excel/gateway";
import type { AnalysisService } from "../analysis/service";
import type { PaneTab } from "./pane-types";
import type { SettingsDraft } from "./useSettingsDraft";
import type { WorkbookState } from "./useWorkbook";

/** What every page of the pane receives. */
export interface PanelProps {
  gateway: WorkbookGateway;
  service: AnalysisService;
  workbook: WorkbookState;
  settings: SettingsDraft;
  /** Shows an error in the pane's MessageBar. */
  report: (error: unknown) => void;
  goTo: (tab: PaneTab) => void;
}
