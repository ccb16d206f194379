import { useCallback, useMemo, useState } from "react";
import { DEFAULT_SETTINGS, type Issue, type Settings } from "../../engine/model";
import { readSettings } from "../../engine/settings";

export interface SettingsDraft {
  /** The settings stored in the workbook (what the output sheets were made with). */
  saved: Settings;
  /** The settings being edited; numbers may be out of range or NaN until fixed. */
  draft: Settings;
  /** The draft validated: invalid values replaced by defaults, with one issue each. */
  checked: { settings: Settings; issues: Issue[] };
  /** Whether the draft differs from the saved settings. */
  dirty: boolean;
  edit: (change: (draft: Settings) => Settings) => void;
  /** Makes `settings` both saved and edited (after reading or writing the workbook). */
  adopt: (settings: Settings) => void;
  /** Drops unsaved edits. */
  revert: () => void;
}

export function useSettingsDraft(): SettingsDraft {
  const [saved, setSaved] = useState<Settings>(DEFAULT_SETTINGS);
  const [draft, setDraft] = useState<Settings>(DEFAULT_SETTINGS);
  const checked = useMemo(() => readSettings(draft), [draft]);
  const dirty = useMemo(() => JSON.stringify(saved) !== JSON.stringify(draft), [saved, draft]);
  const edit = useCallback((change: (d: Settings) => Settings) => setDraft((d) => change(d)), []);
  const adopt = useCallback((s: Settings) => {
    setSaved(s);
    setDraft(s);
  }, []);
  const revert = useCallback(() => setDraft(saved), [saved]);
  return { saved, draft, checked, dirty, edit, adopt, revert };
}
