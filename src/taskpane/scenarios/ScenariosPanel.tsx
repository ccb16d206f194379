import { Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ScenarioResult } from "../../engine/scenario";
import { storedSettingsText } from "../../engine/settings";
import { buildScenarioSheet } from "../../report/scenario-sheet";
import type { PanelProps } from "../app/panel-props";
import type { RunResult } from "../analyze/useAnalyzeRun";
import { NamePicker } from "./NamePicker";
import { ScenarioDeltas } from "./ScenarioDeltas";
import { useScenario } from "./useScenario";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/**
 * The Scenarios page (SPEC §2.7): remove partners, add candidates, and see what changes against
 * the last analysis — gaps, duplications, conflicts, severity and tiers — before deciding.
 */
export function ScenariosPanel({
  gateway,
  service,
  settings,
  report,
  goTo,
  result,
}: PanelProps & { result: RunResult | null }) {
  const styles = useStyles();
  const [writing, setWriting] = useState(false);
  const [written, setWritten] = useState<{ sheet: string; result: ScenarioResult } | null>(null);
  const analysis = result?.analysis ?? null;
  const [remove, setRemove] = useState<string[]>([]);
  const [add, setAdd] = useState<string[]>([]);
  const change = useMemo(() => ({ remove, add }), [remove, add]);
  const state = useScenario(service, analysis, result?.held ?? null, change);
  const partners = useMemo(() => (analysis?.portfolio.partners ?? []).map((p) => p.name), [analysis]);
  const candidates = useMemo(() => {
    const taken = new Set(partners.map((n) => n.toLowerCase()));
    return (analysis?.portfolio.candidates ?? []).map((c) => c.name).filter((n) => !taken.has(n.toLowerCase()));
  }, [analysis, partners]);

  // Only the Scenario sheet is written; the settings stored are the ones saved, unchanged.
  const write = async (scenario: ScenarioResult) => {
    setWriting(true);
    try {
      const { sheets } = await gateway.writeReport([buildScenarioSheet(scenario)], storedSettingsText(settings.saved));
      const sheet = sheets.find((s) => s.key === "scenario")?.name;
      if (sheet) {
        setWritten({ sheet, result: scenario });
        await gateway.activateSheet(sheet);
      }
    } catch (error) {
      report(error);
    } finally {
      setWriting(false);
    }
  };

  if (!analysis) {
    return (
      <div className={styles.root}>
        <Caption1>Scenarios compare a change with the last analysis. Run Analyze first.</Caption1>
        <Button appearance="primary" onClick={() => goTo("analyze")}>
          Go to Analyze
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <Caption1>
        What changes if some partners leave or some candidates join? Compared with the analysis of{" "}
        {new Date(analysis.runAt).toLocaleString()}.
      </Caption1>
      <NamePicker label="Partners to remove" names={partners} chosen={remove} onChange={setRemove} />
      <NamePicker
        label="Candidates to add"
        names={candidates}
        chosen={add}
        onChange={setAdd}
        hint={candidates.length === 0 ? "The workbook has no Candidates table." : undefined}
      />
      <div role="status" aria-live="polite">
        {state.status === "idle" && (
          <Caption1>Choose partners to remove or candidates to add to see the difference.</Caption1>
        )}
        {state.status === "computing" && (
          <Spinner size="extra-tiny" label="Recomputing coverage, conflicts and tiers…" />
        )}
      </div>
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>The scenario could not be computed: {state.reason}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === "ready" && (
        <>
          <ScenarioDeltas result={state.result} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={writing} onClick={() => void write(state.result)}>
              {writing ? "Writing…" : "Write to the Scenario sheet"}
            </Button>
            {written?.result === state.result && <Caption1 role="status">Written to {written.sheet}.</Caption1>}
          </div>
        </>
      )}
    </div>
  );
}
