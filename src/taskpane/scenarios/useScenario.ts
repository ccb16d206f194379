import { useEffect, useState } from "react";
import type { Analysis } from "../../engine/analyze";
import type { ScenarioChange, ScenarioResult } from "../../engine/scenario";
import { type AnalysisService, RunCancelledError } from "../analysis/service";

export type ScenarioState =
  | { status: "idle" }
  | { status: "computing" }
  | { status: "ready"; result: ScenarioResult }
  | { status: "failed"; reason: string };

/**
 * Recomputes the scenario in the analysis service shortly after each change of who leaves and
 * who joins, against the last analysis as baseline.
 */
export function useScenario(
  service: AnalysisService,
  analysis: Analysis | null,
  change: ScenarioChange,
): ScenarioState {
  const [state, setState] = useState<ScenarioState>({ status: "idle" });
  const key = JSON.stringify(change);

  useEffect(() => {
    const c = JSON.parse(key) as ScenarioChange;
    if (!analysis || c.remove.length + c.add.length === 0) {
      setState({ status: "idle" });
      return;
    }
    let live = true;
    setState({ status: "computing" });
    const timer = setTimeout(() => {
      service
        .run({
          kind: "scenario",
          portfolio: analysis.portfolio,
          settings: analysis.settings,
          change: c,
          baseline: {
            coverage: { capabilities: analysis.coverage.capabilities },
            conflicts: analysis.conflicts,
            tiering: { partners: analysis.tiering.partners },
          },
        })
        .then((result) => live && setState({ status: "ready", result }))
        .catch((e) => {
          if (live && !(e instanceof RunCancelledError))
            setState({ status: "failed", reason: e instanceof Error ? e.message : String(e) });
        });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [service, analysis, key]);

  return state;
}
