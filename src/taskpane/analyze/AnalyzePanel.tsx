import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { WorkbookGateway } from "../../excel/gateway";
import type { PaneTab } from "../app/pane-types";
import type { SettingsDraft } from "../app/useSettingsDraft";
import type { WorkbookState } from "../app/useWorkbook";
import { FirstRun } from "./FirstRun";
import { HeldRunBar } from "./HeldRunBar";
import { outOfDateReasons } from "./out-of-date";
import { OutOfDateBar } from "./OutOfDateBar";
import { insertSample } from "./insert-sample";
import { resultCards } from "./result-cards";
import { ResultCards } from "./ResultCards";
import { RunProgress } from "./RunProgress";
import { SettingsSummary } from "./SettingsSummary";
import type { AnalyzeRun } from "./useAnalyzeRun";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export interface AnalyzePanelProps {
  gateway: WorkbookGateway;
  workbook: WorkbookState;
  settings: SettingsDraft;
  runner: AnalyzeRun;
  report: (error: unknown) => void;
  goTo: (tab: PaneTab) => void;
}

/** The Analyze page: what will be used, the Analyze button, progress, and the results. */
export function AnalyzePanel({ gateway, workbook, settings, runner, report, goTo }: AnalyzePanelProps) {
  const styles = useStyles();
  const [saveSnapshot, setSaveSnapshot] = useState(true);
  const [inserting, setInserting] = useState(false);
  const { read, reload } = workbook;
  const invalid = settings.checked.issues.length > 0;
  const cards = useMemo(
    () => (runner.result ? resultCards(runner.result.analysis, runner.result.sheets) : []),
    [runner.result],
  );

  const openSheet = useCallback((name: string) => gateway.activateSheet(name).catch(report), [gateway, report]);
  const stale = useMemo(() => {
    if (!runner.result) return [];
    const reasons = outOfDateReasons(runner.result.basis, settings.checked.settings, workbook.read);
    if (runner.writeFailed)
      reasons.unshift("The last run could not write every sheet: these cards show the run before it.");
    return reasons;
  }, [runner.result, runner.writeFailed, settings.checked.settings, workbook.read]);

  // When a run ends, focus goes to its results (not to <body>); not when the page is reopened.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const seen = useRef(runner.completed);
  useEffect(() => {
    if (runner.completed === seen.current) return;
    seen.current = runner.completed;
    resultsHeading.current?.focus();
  }, [runner.completed]);
  const analyzeButton = useRef<HTMLButtonElement>(null);
  const dismissHeld = useCallback(() => {
    runner.dismissHeld();
    analyzeButton.current?.focus();
  }, [runner]);

  const onInsertSample = useCallback(async () => {
    if (!read) return;
    setInserting(true);
    try {
      const { inputs, partnersSheet } = await insertSample(gateway, read.sources);
      // A stored choice for an input the sample now provides would hide the sample's table.
      const choices = { ...settings.draft.inputs };
      for (const input of inputs) delete choices[input];
      settings.edit((d) => ({ ...d, inputs: choices }));
      await reload(choices);
      if (partnersSheet) await gateway.activateSheet(partnersSheet);
    } catch (error) {
      report(error);
    } finally {
      setInserting(false);
    }
  }, [gateway, read, reload, report, settings]);

  if (!read) {
    return workbook.loading ? <Spinner size="small" label="Reading the workbook…" /> : null;
  }
  if (!read.sources.found.partners) {
    return <FirstRun busy={inserting} onInsertSample={onInsertSample} onChooseTable={() => goTo("sources")} />;
  }

  return (
    <div className={styles.root}>
      <SettingsSummary
        settings={settings.checked.settings}
        sources={read.sources}
        onEditSettings={() => goTo("settings")}
        onEditSources={() => goTo("sources")}
      />
      {invalid && (
        <MessageBar intent="warning">
          <MessageBarBody>Some settings are not valid. Fix them before analysing.</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => goTo("settings")}>
              Open Settings
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {/* disabledFocusable: pressing Enter on Analyze must not drop focus to <body> while it runs. */}
        <Button
          ref={analyzeButton}
          appearance="primary"
          size="large"
          disabledFocusable={runner.run !== null || invalid}
          onClick={() => void runner.analyze(settings.checked.settings, saveSnapshot)}
        >
          Analyze
        </Button>
        <Checkbox
          label="Save a snapshot to Tier History"
          checked={saveSnapshot}
          onChange={(_, data) => setSaveSnapshot(data.checked === true)}
        />
      </div>
      {runner.run && <RunProgress run={runner.run} onCancel={runner.cancel} />}
      {runner.notice && (
        <MessageBar intent="info">
          <MessageBarBody>{runner.notice}</MessageBarBody>
        </MessageBar>
      )}
      {runner.held && <HeldRunBar held={runner.held} onOpenSources={() => goTo("sources")} onDismiss={dismissHeld} />}
      {cards.length > 0 && stale.length > 0 && <OutOfDateBar reasons={stale} />}
      {cards.length > 0 && (
        <ResultCards
          ref={resultsHeading}
          cards={cards}
          onOpen={(name) => void openSheet(name)}
          onOpenIssues={() => goTo("issues")}
        />
      )}
    </div>
  );
}
