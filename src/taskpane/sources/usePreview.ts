import { useEffect, useState } from "react";
import type { InputLocation } from "../../engine/ingest/locate";
import type { InputName, Issue, RawTable, Settings } from "../../engine/model";
import type { WorkbookGateway } from "../../excel/gateway";
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
  partners: RawTable | null,
  settings: Settings,
  report: (error: unknown) => void,
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
        .catch((e) => live && !(e instanceof RunCancelledError) && report(e));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [service, input, table, partners, settings, report]);

  return { table, loading, ...check };
}
