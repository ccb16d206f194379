import { useEffect, useState } from "react";
import type { Settings, Tier } from "../../engine/model";
import type { TierChange } from "../../engine/tier-changes";
import { HeldDataGoneError, type PaneInput } from "../analysis/held";
import type { AnalysisService } from "../analysis/service";
import { RunCancelledError } from "../analysis/service";

/** Quiet time after the last change before the simulator recomputes. */
export const SIMULATION_DEBOUNCE_MS = 150;
/** Moves listed under the simulator (then "…and N more"): all the reply carries. */
export const SIMULATION_SHOWN = 50;

export type Simulation =
  | { status: "waiting" }
  | { status: "unavailable"; reason: string }
  | {
      status: "ready";
      /** The first SIMULATION_SHOWN moves. */
      changes: TierChange[];
      /** How many partners would change tier. */
      changed: number;
      partners: number;
      before: Record<Tier, number>;
      after: Record<Tier, number>;
    };

/**
 * The tier simulator: which partners would change tier if the draft settings replaced the
 * saved ones, computed from the partners last read — before anything is written. The rows are
 * held by the analysis service (held.ts): each change sends the two settings and the token,
 * the service reads the rows with each (once per scale and mapping) and tiers them, and only
 * the counts and the moves shown come back, so nothing of size crosses the pane's thread.
 */
export function useTierSimulation(
  service: AnalysisService,
  input: PaneInput | null,
  saved: Settings,
  draft: Settings | null,
  onGone: (token: string) => void = () => {},
): Simulation {
  const [simulation, setSimulation] = useState<Simulation>({ status: "waiting" });

  useEffect(() => {
    if (!input?.tables.partners) {
      setSimulation({ status: "unavailable", reason: "The workbook has no Partners table to simulate with." });
      return;
    }
    if (!draft) {
      setSimulation({ status: "unavailable", reason: "Fix the values marked above to see their effect." });
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const result = await service.run({
          kind: "simulate",
          input: { held: input.held },
          saved,
          draft,
          shown: SIMULATION_SHOWN,
        });
        if (live) setSimulation({ status: "ready", ...result });
      } catch (error) {
        if (!live || error instanceof RunCancelledError) return;
        // The service was restarted (a run cancelled): the workbook is read again, and this runs again.
        if (error instanceof HeldDataGoneError) return onGone(error.token);
        setSimulation({ status: "unavailable", reason: error instanceof Error ? error.message : String(error) });
      }
    }, SIMULATION_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [service, input, saved, draft, onGone]);

  return simulation;
}
