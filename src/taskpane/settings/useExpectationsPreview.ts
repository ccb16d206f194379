import { useEffect, useState } from "react";
import type { PartnerExpectation } from "../../engine/expectations";
import type { Settings } from "../../engine/model";
import type { ExpectationRow } from "../../report/expectations-template";
import { HeldDataGoneError, type PaneInput } from "../analysis/held";
import type { AnalysisService } from "../analysis/service";
import { RunCancelledError } from "../analysis/service";

/** Partners listed under the preview (then "…and N more"): all the reply carries. */
export const EXPECTATIONS_SHOWN = 30;

export type ExpectationsPreview =
  | { status: "waiting" }
  | { status: "unavailable"; reason: string }
  | {
      status: "ready";
      /** The first EXPECTATIONS_SHOWN partners that would fall below. */
      below: PartnerExpectation[];
      belowCount: number;
      meets: number;
      partners: number;
    };

/**
 * Who would fall below the edited expectations (SPEC §2.10), with the saved settings' tiers,
 * before anything is written: the analysis service reads the rows it holds (once per scale and
 * mapping, held.ts), tiers them and checks them as the amounts are typed; only the counts and
 * the partners shown come back.
 */
export function useExpectationsPreview(
  service: AnalysisService,
  input: PaneInput | null,
  saved: Settings,
  rows: ExpectationRow[] | null,
  onGone: (token: string) => void = () => {},
): ExpectationsPreview {
  const [preview, setPreview] = useState<ExpectationsPreview>({ status: "waiting" });
  const key = JSON.stringify(rows);

  useEffect(() => {
    if (!input?.tables.partners) {
      setPreview({ status: "unavailable", reason: "The workbook has no Partners table to preview with." });
      return;
    }
    const amounts = JSON.parse(key) as ExpectationRow[] | null;
    if (!amounts) {
      setPreview({ status: "unavailable", reason: "Fix the amounts marked above to see who would fall below." });
      return;
    }
    let live = true;
    setPreview((p) => (p.status === "ready" ? p : { status: "waiting" }));
    service
      .run({
        kind: "expectations",
        input: { held: input.held },
        settings: saved,
        rows: amounts,
        shown: EXPECTATIONS_SHOWN,
      })
      .then((r) => live && setPreview({ status: "ready", ...r }))
      .catch((error: unknown) => {
        if (!live || error instanceof RunCancelledError) return;
        if (error instanceof HeldDataGoneError) return onGone(error.token);
        setPreview({ status: "unavailable", reason: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
    };
  }, [service, input, saved, key, onGone]);

  return preview;
}
