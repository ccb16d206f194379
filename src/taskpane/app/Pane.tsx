import { Spinner, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useRef, useState } from "react";
import type { Settings } from "../../engine/model";
import type { WorkbookGateway } from "../../excel/gateway";
import type { AnalysisService } from "../analysis/service";
import { AnalyzePanel } from "../analyze/AnalyzePanel";
import { useAnalyzeRun } from "../analyze/useAnalyzeRun";
import { CellEditBar, SlowSyncBar, useCellEdit, useSlowSync } from "./CellEditBar";
import { ErrorBar } from "./ErrorBar";
import { LiveRegion } from "./LiveRegion";
import type { PanelProps } from "./panel-props";
import { PANE_TABS, type PaneTab, TAB_LABELS } from "./pane-types";
import { useErrorReport } from "./useErrorReport";
import { useSettingsDraft } from "./useSettingsDraft";
import { useWorkbook } from "./useWorkbook";

// Pages other than Analyze load on first visit, so the pane starts with less to download.
const SettingsPanel = lazy(() => import("../settings/SettingsPanel").then((m) => ({ default: m.SettingsPanel })));
const SourcesPanel = lazy(() => import("../sources/SourcesPanel").then((m) => ({ default: m.SourcesPanel })));
const IssuesPanel = lazy(() => import("../issues/IssuesPanel").then((m) => ({ default: m.IssuesPanel })));
const ScenariosPanel = lazy(() => import("../scenarios/ScenariosPanel").then((m) => ({ default: m.ScenariosPanel })));

const useStyles = makeStyles({
  // Five tabs fit a 380px pane only with tighter padding; a narrower one wraps them onto a
  // second row rather than clipping "Scenarios" behind a scroll nobody sees.
  tabs: { flexWrap: "wrap", flexShrink: 0, marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})` },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, outlineStyle: "none" },
});

export interface PaneProps {
  gateway: WorkbookGateway;
  service: AnalysisService;
}

/** The pane inside Excel: navigation, the error bar, and the page chosen. */
export function Pane({ gateway, service }: PaneProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<PaneTab>("analyze");
  const errors = useErrorReport();
  const settings = useSettingsDraft();
  const { adopt } = settings;
  const workbook = useWorkbook(gateway, service, adopt, errors.report);
  const onSaved = useCallback((s: Settings) => adopt(s), [adopt]);
  const runner = useAnalyzeRun({ gateway, service, report: errors.report, onRead: workbook.accept, onSaved });
  const common: PanelProps = { gateway, service, workbook, settings, report: errors.report, goTo: setTab };
  const editingCell = useCellEdit(gateway);
  const excelSilent = useSlowSync(gateway);
  const tabList = useRef<HTMLDivElement>(null);
  // Dismissing the error removes the focused ✕: focus goes back to the page's tab.
  const dismissError = useCallback(() => {
    errors.dismiss();
    tabList.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [errors]);

  return (
    <>
      <nav aria-label="Pages">
        <TabList
          ref={tabList}
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as PaneTab)}
          aria-label="Pages"
        >
          {PANE_TABS.map((t) => (
            <Tab key={t} className={styles.tab} value={t} id={`tab-${t}`} aria-controls="pane-page">
              {TAB_LABELS[t]}
            </Tab>
          ))}
        </TabList>
      </nav>
      {/* One main landmark; the tab panel inside it (a role on <main> itself would replace "main"). */}
      <main className={styles.main}>
        {editingCell ? <CellEditBar /> : excelSilent && <SlowSyncBar />}
        {errors.error && (
          <ErrorBar error={errors.error} onDismiss={dismissError} onOpenSources={() => setTab("sources")} />
        )}
        <div className={styles.panel} id="pane-page" role="tabpanel" aria-labelledby={`tab-${tab}`}>
          <Suspense fallback={<Spinner size="small" label="Loading…" />}>
            {tab === "analyze" && <AnalyzePanel {...common} runner={runner} />}
            {tab === "settings" && <SettingsPanel {...common} />}
            {tab === "sources" && <SourcesPanel {...common} />}
            {tab === "issues" && <IssuesPanel {...common} result={runner.result} />}
            {tab === "scenarios" && <ScenariosPanel {...common} result={runner.result} />}
          </Suspense>
        </div>
        <LiveRegion message={runner.announcement} />
      </main>
    </>
  );
}
