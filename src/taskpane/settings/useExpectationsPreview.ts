import { useEffect, useState } from "react";
import { assessExpectations, type PartnerExpectation } from "../../engine/expectations";
import type { Portfolio, Settings, WorkbookInput } from "../../engine/model";
import { tierPartners } from "../../engine/tiering";
import type { ExpectationRow } from "../../report/expectations-template";
import type { AnalysisService } from "../analysis/service";
import { RunCancelledError } from "../analysis/service";

export type ExpectationsPreview =
  | { status: "waiting" }
  | { status: "unavailable"; reason: string }
  | { status: "ready"; below: PartnerExpectation[]; meets: number; partners: number };

/**
 * Who would fall below the edited expectations (SPEC §2.10), with the saved settings' tiers,
 * before anything is written: the portfolio is read once per input (in the worker), tiering
 * and the checks run here as the amounts are typed.
 */
export function useExpectationsPreview(
  service: AnalysisService,
  input: WorkbookInput | null,
  saved: Settings,
  rows: ExpectationRow[] | null,
): ExpectationsPreview {
  const [portfolio, setPortfolio] = useState<{ input: WorkbookInput; portfolio: Portfolio } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!input?.partners) return;
    let live = true;
    service
      .run({ kind: "portfolio", input, settings: saved })
      .then((r) => live && setPortfolio({ input, portfolio: r.portfolio }))
      .catch((error: unknown) => {
        if (live && !(error instanceof RunCancelledError))
          setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      live = false;
    };
  }, [service, input, saved]);

  if (!input?.partners) return { status: "unavailable", reason: "The workbook has no Partners table to preview with." };
  if (failure) return { status: "unavailable", reason: failure };
  if (!rows) return { status: "unavailable", reason: "Fix the amounts marked above to see who would fall below." };
  if (!portfolio || portfolio.input !== input) return { status: "waiting" };
  const tiering = tierPartners(portfolio.portfolio.partners, saved, portfolio.portfolio.scale);
  const result = assessExpectations(
    tiering.partners,
    rows.map((r, i) => ({ ...r, row: i + 2 })),
  );
  return {
    status: "ready",
    below: result.partners.filter((p) => p.status === "Below"),
    meets: result.totals.meets,
    partners: tiering.partners.length,
  };
}
