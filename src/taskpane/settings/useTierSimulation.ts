import { useEffect, useRef, useState } from "react";
import type { Portfolio, Settings, Tier, WorkbookInput } from "../../engine/model";
import { type TierChange, tierChanges } from "../../engine/tier-changes";
import { tierPartners } from "../../engine/tiering";
import type { AnalysisService } from "../analysis/service";
import { RunCancelledError } from "../analysis/service";

/** Above this many partners the simulator tiers in the worker, so typing never stutters. */
export const SIMULATE_IN_WORKER_ABOVE = 5_000;
/** Quiet time after the last change before the simulator recomputes. */
export const SIMULATION_DEBOUNCE_MS = 150;

export type Simulation =
  | { status: "waiting" }
  | { status: "unavailable"; reason: string }
  | {
      status: "ready";
      changes: TierChange[];
      partners: number;
      before: Record<Tier, number>;
      after: Record<Tier, number>;
    };

/**
 * The tier simulator: which partners would change tier if the draft settings replaced the
 * saved ones, computed from the partners last read — before anything is written. A change of
 * scale or column mapping re-reads the partners with it; weights, mode, thresholds and quotas
 * only re-tier.
 */
export function useTierSimulation(
  service: AnalysisService,
  input: WorkbookInput | null,
  saved: Settings,
  draft: Settings | null,
): Simulation {
  const [simulation, setSimulation] = useState<Simulation>({ status: "waiting" });
  // Portfolios by the settings that shape reading (scale, mapping); reset when the input changes.
  const portfolios = useRef<{ input: WorkbookInput | null; byKey: Map<string, Promise<Portfolio>> }>({
    input: null,
    byKey: new Map(),
  });

  useEffect(() => {
    if (!input?.partners) {
      setSimulation({ status: "unavailable", reason: "The workbook has no Partners table to simulate with." });
      return;
    }
    if (!draft) {
      setSimulation({ status: "unavailable", reason: "Fix the values marked above to see their effect." });
      return;
    }
    if (portfolios.current.input !== input) portfolios.current = { input, byKey: new Map() };
    const cache = portfolios.current.byKey;
    const portfolioFor = (s: Settings) => {
      const key = JSON.stringify([s.scale, s.columnMapping]);
      let p = cache.get(key);
      if (!p) {
        p = service.run({ kind: "portfolio", input, settings: s }).then((r) => r.portfolio);
        // A failed or cancelled read is not remembered: the next change tries again.
        p.catch(() => cache.delete(key));
        cache.set(key, p);
      }
      return p;
    };
    const tiersOf = async (portfolio: Portfolio, s: Settings) =>
      portfolio.partners.length > SIMULATE_IN_WORKER_ABOVE
        ? service.run({ kind: "tiers", partners: portfolio.partners, settings: s, scale: portfolio.scale })
        : tierPartners(portfolio.partners, s, portfolio.scale).partners;

    let live = true;
    const timer = setTimeout(async () => {
      try {
        const [base, next] = await Promise.all([portfolioFor(saved), portfolioFor(draft)]);
        const [before, after] = await Promise.all([tiersOf(base, saved), tiersOf(next, draft)]);
        if (live)
          setSimulation({
            status: "ready",
            changes: tierChanges(before, after),
            partners: after.length,
            before: countTiers(before),
            after: countTiers(after),
          });
      } catch (error) {
        if (!live || error instanceof RunCancelledError) return;
        setSimulation({ status: "unavailable", reason: error instanceof Error ? error.message : String(error) });
      }
    }, SIMULATION_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [service, input, saved, draft]);

  return simulation;
}

function countTiers(partners: readonly { tier: Tier }[]): Record<Tier, number> {
  const counts: Record<Tier, number> = { Strategic: 0, Focus: 0, Scale: 0, Unscored: 0 };
  for (const p of partners) counts[p.tier]++;
  return counts;
}
