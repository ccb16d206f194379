import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
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

// The pane fills the task pane edge to edge, in the theme's background (dark included).
const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

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
  useBodyStyles();
  const styles = useStyles();
  const service = useMemo(() => analysis ?? threadService(), [analysis]);
  return (
    // Layout goes on an inner element: Fluent copies the provider's classes to the portals it
    // opens (drop-downs), where a full-height box would cover the pane and swallow clicks.
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} data-theme={theme}>
      <div className={styles.root}>
        <PaneHeader />
        {gateway ? <Pane gateway={gateway} service={service} /> : <OutsideExcel />}
      </div>
    </FluentProvider>
  );
}
