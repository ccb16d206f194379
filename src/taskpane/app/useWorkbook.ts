import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { InputChoice, InputName, Issue, Settings } from "../../engine/model";
import { readStoredSettings } from "../../engine/settings";
import type { ReadResult, SourceOption, WorkbookGateway } from "../../excel/gateway";
import { lightRead, newToken, type PaneRead } from "../analysis/held";
import type { AnalysisService } from "../analysis/service";

type Choices = Partial<Record<InputName, InputChoice>>;

export interface WorkbookState {
  /**
   * The last read of the workbook's inputs; null until the first read ends. Its
   * `sources.options` list every table and sheet (from gateway.sources(), on open and reload).
   * Its rows are held by the analysis service (held.ts); the pane keeps their shape and token.
   */
  read: PaneRead | null;
  loading: boolean;
  /** Problems with the settings stored in the workbook (corrupt, newer version). */
  storedIssues: Issue[];
  /** Reads the inputs again and lists the tables afresh (e.g. Refresh, another table picked); null when it failed. */
  reload: (choices?: Choices) => Promise<PaneRead | null>;
  /** Records a read made elsewhere (Analyze reads the workbook afresh; its rows already held). */
  accept: (read: PaneRead, choices?: Choices) => void;
  /**
   * The service no longer holds the rows of the read under `token` (its worker was restarted
   * to cancel a run): reads the workbook again, once, if that read is still the current one.
   */
  recover: (token: string) => void;
}

/**
 * Reads the workbook when the pane opens: the inputs, where they were found, and the stored
 * settings (handed to `onSettings`), with the input choices stored in the workbook applied.
 */
export function useWorkbook(
  gateway: WorkbookGateway,
  service: AnalysisService,
  onSettings: (s: Settings) => void,
  report: (e: unknown) => void,
): WorkbookState {
  const [read, setRead] = useState<PaneRead | null>(null);
  const current = useRef<PaneRead | null>(null);
  current.current = read;
  /** The choices of the last read, so that a recovery reads the same tables. */
  const lastChoices = useRef<Choices | undefined>(undefined);
  /**
   * The rows cross to the service once (columns, transferred) and the pane keeps their shape
   * only. Not awaited, so the pane shows the read at once: the service client posts requests in
   * the order they are made, so any request naming the token arrives after the rows. A hold that
   * fails or is cancelled shows as HeldDataGoneError on the next request, and `recover` reads again.
   */
  const hold = useCallback(
    (r: ReadResult): PaneRead => {
      const token = newToken();
      service.run({ kind: "hold", token, input: r.input }).catch(() => {});
      return lightRead(r, token);
    },
    [service],
  );
  const [loading, setLoading] = useState(true);
  const [storedIssues, setStoredIssues] = useState<Issue[]>([]);
  // Reads can overlap (a quick change of table); only the latest one counts.
  const latest = useRef(0);
  // Reading inputs does not list the workbook's tables (readInputs leaves `options` empty); the
  // list comes from gateway.sources() and is kept across runs, which read inputs only.
  const [options, setOptions] = useState<SourceOption[] | null>(null);
  const listed = useRef(0);
  const listSources = useCallback(async () => {
    const mine = ++listed.current;
    try {
      const s = await gateway.sources();
      if (mine === listed.current) setOptions(s.options);
    } catch (error) {
      if (mine === listed.current) report(error);
    }
  }, [gateway, report]);

  const reload = useCallback(
    async (choices?: Choices) => {
      const mine = ++latest.current;
      setLoading(true);
      lastChoices.current = choices;
      try {
        const r = hold(await gateway.readInputs(choices));
        if (mine === latest.current) setRead(r);
        await listSources();
        return r;
      } catch (error) {
        if (mine === latest.current) report(error);
        return null;
      } finally {
        if (mine === latest.current) setLoading(false);
      }
    },
    [gateway, report, listSources, hold],
  );

  const accept = useCallback((r: PaneRead, choices?: Choices) => {
    latest.current++;
    lastChoices.current = choices;
    setRead(r);
    setLoading(false);
  }, []);

  const recovering = useRef<string | null>(null);
  const recover = useCallback(
    (token: string) => {
      if (current.current?.input.held !== token || recovering.current === token) return;
      recovering.current = token;
      void reload(lastChoices.current);
    },
    [reload],
  );

  useEffect(() => {
    let live = true;
    const mine = ++latest.current;
    (async () => {
      try {
        // Without choices, the gateway applies the input choices stored in the workbook.
        const raw = await gateway.readInputs();
        const stored = readStoredSettings(raw.storedSettings);
        if (!live || mine !== latest.current) return;
        onSettings(stored.settings);
        setStoredIssues(stored.issues);
        setRead(hold(raw));
        // Not awaited: Analyze is ready as soon as the inputs are read; Sources waits for the list.
        if (live) void listSources();
      } catch (error) {
        if (live) report(error);
      } finally {
        if (live && mine === latest.current) setLoading(false);
      }
    })();
    return () => {
      live = false;
    };
  }, [gateway, onSettings, report, listSources, hold]);

  const withOptions = useMemo(
    () =>
      read && options && read.sources.options.length === 0 ? { ...read, sources: { ...read.sources, options } } : read,
    [read, options],
  );
  return { read: withOptions, loading, storedIssues, reload, accept, recover };
}
