import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useMemo } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import { type AnalysisService, threadService } from "../analysis/service";
import { OutsideExcel } from "./OutsideExcel";
import { Pane } from "./Pane";
import { PaneHeader } from "./PaneHeader";
import type { ThemeName } from "./theme";

export interface AppProps {
  /** The workbook, or null when the page is not running inside Excel. */
  gateway: WorkbookGateway | null;
  /** Follows Office's theme (see theme.ts). */
  theme: ThemeName;
  /** Where computation runs; the entry point passes the Web Worker, tests the in-thread one. */
  analysis?: AnalysisService;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

/** The task pane: one FluentProvider, the pane inside Excel, a useful message outside it. */
export function App({ gateway, theme, analysis }: AppProps) {
  const styles = useStyles();
  const service = useMemo(() => analysis ?? threadService(), [analysis]);
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} className={styles.root} data-theme={theme}>
      <PaneHeader />
      {gateway ? <Pane gateway={gateway} service={service} /> : <OutsideExcel />}
    </FluentProvider>
  );
}
