import { useCallback, useEffect, useRef, useState } from "react";
import type { InputChoice, InputName, Issue, Settings } from "../../engine/model";
import { readStoredSettings } from "../../engine/settings";
import type { ReadResult, WorkbookGateway } from "../../excel/gateway";

type Choices = Partial<Record<InputName, InputChoice>>;

export interface WorkbookState {
  /** The last read of the workbook's inputs; null until the first read ends. */
  read: ReadResult | null;
  loading: boolean;
  /** Problems with the settings stored in the workbook (corrupt, newer version). */
  storedIssues: Issue[];
  /** Reads the inputs again (e.g. after the user picks another table); null when it failed. */
  reload: (choices: Choices) => Promise<ReadResult | null>;
  /** Records a read made elsewhere (Analyze reads the workbook afresh). */
  accept: (read: ReadResult) => void;
}

/**
 * Reads the workbook when the pane opens: the inputs, where they were found, and the stored
 * settings (handed to `onSettings`), with the input choices stored in the workbook applied.
 */
export function useWorkbook(gateway: WorkbookGateway, onSettings: (s: Settings) => void, report: (e: unknown) => void): WorkbookState {
  const [read, setRead] = useState<ReadResult | null>(null);
  const [loading, setLoading] = useState(true);
  const [storedIssues, setStoredIssues] = useState<Issue[]>([]);
  // Reads can overlap (a quick change of table); only the latest one counts.
  const latest = useRef(0);

  const reload = useCallback(
    async (choices: Choices) => {
      const mine = ++latest.current;
      setLoading(true);
      try {
        const r = await gateway.readInputs(choices);
        if (mine === latest.current) setRead(r);
        return r;
      } catch (error) {
        if (mine === latest.current) report(error);
        return null;
      } finally {
        if (mine === latest.current) setLoading(false);
      }
    },
    [gateway, report],
  );

  const accept = useCallback((r: ReadResult) => {
    latest.current++;
    setRead(r);
    setLoading(false);
  }, []);

  useEffect(() => {
    let live = true;
    const mine = ++latest.current;
    (async () => {
      try {
        // Without choices, the gateway applies the input choices stored in the workbook.
        const r = await gateway.readInputs();
        const stored = readStoredSettings(r.storedSettings);
        if (!live || mine !== latest.current) return;
        onSettings(stored.settings);
        setStoredIssues(stored.issues);
        setRead(r);
      } catch (error) {
        if (live) report(error);
      } finally {
        if (live && mine === latest.current) setLoading(false);
      }
    })();
    return () => {
      live = false;
    };
  }, [gateway, onSettings, report]);

  return { read, loading, storedIssues, reload, accept };
}
