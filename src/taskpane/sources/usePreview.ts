import { useEffect, useState } from "react";
import type { InputLocation } from "../../engine/ingest/locate";
import type { InputName, Issue, RawTable, Settings } from "../../engine/model";
import { headerKey } from "../../engine/ingest/headers";
import { cellText } from "../../engine/ingest/values";
import type { WorkbookGateway } from "../../excel/gateway";
import { HeldDataGoneError, type HeldRef } from "../analysis/held";
import type { AnalysisService } from "../analysis/service";
import { RunCancelledError } from "../analysis/service";

/** Rows shown in the mapping preview. */
export const PREVIEW_ROWS = 5;

export interface PreviewState {
  table: RawTable | null;
  loading: boolean;
  /** Issues the previewed rows raise with the mapping; null while being checked. */
  issues: Issue[] | null;
  /** Why the input cannot be read at all with this mapping (e.g. no Partner column). */
  cannotRead: string | null;
}

/**
 * The first rows of an input's table, and the issues reading them with the draft mapping
 * would raise (run as the analysis runs, in the analysis service).
 */
export function usePreview(
  gateway: WorkbookGateway,
  service: AnalysisService,
  input: InputName,
  location: InputLocation,
  partners: HeldRef | null,
  settings: Settings,
  report: (error: unknown) => void,
  onGone: (token: string) => void = () => {},
): PreviewState {
  const [table, setTable] = useState<RawTable | null>(null);
  const [loading, setLoading] = useState(true);
  const [check, setCheck] = useState<{ issues: Issue[] | null; cannotRead: string | null }>({
    issues: null,
    cannotRead: null,
  });
  const where = JSON.stringify(location);

  useEffect(() => {
    let live = true;
    setLoading(true);
    gateway
      .preview(JSON.parse(where) as InputLocation, PREVIEW_ROWS)
      .then((t) => live && setTable(t))
      .catch((e) => live && report(e))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [gateway, where, report]);

  useEffect(() => {
    if (!table) return;
    let live = true;
    setCheck({ issues: null, cannotRead: null });
    const timer = setTimeout(() => {
      service
        .run({ kind: "previewIssues", input, table, partners, settings })
        .then((r) => live && setCheck(r))
        .catch((e) => {
          if (!live || e instanceof RunCancelledError) return;
          if (e instanceof HeldDataGoneError) onGone(e.token);
          else report(e);
        });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [service, input, table, partners, settings, report, onGone]);

  return { table, loading, ...check };
}

/**
 * The header keys of a Responsibilities table's headers that name a partner (a wide matrix's
 * party columns), asked of the analysis service that holds the Partners rows; null while asked.
 */
export function usePartnerKeys(
  service: AnalysisService,
  table: RawTable | null,
  partners: HeldRef | null,
  settings: Settings,
  report: (error: unknown) => void,
  onGone: (token: string) => void = () => {},
): ReadonlySet<string> | null {
  const [answer, setAnswer] = useState<{ of: string; keys: ReadonlySet<string> } | null>(null);
  const held = partners?.held ?? null;
  const keys = JSON.stringify([
    held,
    settings.columnMapping.partners ?? {},
    (table?.header ?? []).map((h) => headerKey(cellText(h))),
  ]);
  useEffect(() => {
    const [token, , headers] = JSON.parse(keys) as [string | null, unknown, string[]];
    if (token === null || headers.length === 0) {
      setAnswer({ of: keys, keys: new Set() });
      return;
    }
    let live = true;
    service
      .run({ kind: "partnerKeys", input: { held: token }, settings, keys: headers })
      .then((found) => live && setAnswer({ of: keys, keys: new Set(found) }))
      .catch((e) => {
        if (!live || e instanceof RunCancelledError) return;
        if (e instanceof HeldDataGoneError) onGone(e.token);
        else report(e);
      });
    return () => {
      live = false;
    };
    // settings: only its Partners mapping (in `keys`) changes the answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, keys, report, onGone]);
  return answer && answer.of === keys ? answer.keys : null;
}
