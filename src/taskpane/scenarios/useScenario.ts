import { useEffect, useState } from "react";
import type { Analysis } from "../../engine/analyze";
import type { ScenarioChange, ScenarioResult } from "../../engine/scenario";
import { HeldDataGoneError, heldAnalysisOf } from "../analysis/held";
import { type AnalysisService, RunCancelledError } from "../analysis/service";

export type ScenarioState =
  | { status: "idle" }
  | { status: "computing" }
  | { status: "ready"; result: ScenarioResult }
  | { status: "failed"; reason: string };

/**
 * Recomputes the scenario in the analysis service shortly after each change of who leaves and
 * who joins, against the last analysis as baseline. The service holds that analysis under
 * `held` (the run's token, held.ts), so a request carries only the names chosen; only when the
 * service has forgotten it (its worker restarted to cancel a later run) is it sent once more.
 */
export function useScenario(
  service: AnalysisService,
  analysis: Analysis | null,
  held: string | null,
  change: ScenarioChange,
): ScenarioState {
  const [state, setState] = useState<ScenarioState>({ status: "idle" });
  const key = JSON.stringify(change);

  useEffect(() => {
    const c = JSON.parse(key) as ScenarioChange;
    if (!analysis || held === null || c.remove.length + c.add.length === 0) {
      setState({ status: "idle" });
      return;
    }
    let live = true;
    setState({ status: "computing" });
    const timer = setTimeout(() => {
      service
        .run({ kind: "scenario", analysis: held, change: c })
        .catch((e: unknown) => {
          if (!(e instanceof HeldDataGoneError)) throw e;
          return service.run({ kind: "scenario", analysis: held, change: c, resend: heldAnalysisOf(analysis) });
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
  }, [service, analysis, held, key]);

  return state;
}
