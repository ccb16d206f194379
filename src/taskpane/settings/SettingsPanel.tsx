import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { DEFAULT_SETTINGS, type ScaleSetting, type Settings, type TierMode } from "../../engine/model";
import { storedSettingsText } from "../../engine/settings";
import type { PanelProps } from "../app/panel-props";
import { ExpectationsEditor } from "./ExpectationsEditor";
import { fieldIssue } from "./field-issues";
import { NumberField } from "./NumberField";
import { TierSimulator } from "./TierSimulator";
import { useTierSimulation } from "./useTierSimulation";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0 },
  // Labels may wrap at pane width; aligning to the end keeps the inputs on one line.
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(90px, 1fr))", gap: tokens.spacingHorizontalS, alignItems: "end" },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const SCALES: { value: ScaleSetting; text: string }[] = [
  { value: "auto", text: "Automatic (0–5 unless a score exceeds 5)" },
  { value: "0-5", text: "0–5" },
  { value: "0-100", text: "0–100" },
];

/** The Settings page: every setting that changes results, checked as typed, with the tier simulator. */
export function SettingsPanel({ gateway, service, workbook, settings, report }: PanelProps) {
  const styles = useStyles();
  const { draft, checked, saved, dirty, edit } = settings;
  const [saving, setSaving] = useState(false);
  const valid = checked.issues.length === 0;
  const simulation = useTierSimulation(service, workbook.read?.input ?? null, saved, valid ? checked.settings : null);
  const issue = (path: Parameters<typeof fieldIssue>[1]) => fieldIssue(checked.issues, path);

  const set = useCallback(<K extends keyof Settings>(key: K, value: Settings[K]) => edit((d) => ({ ...d, [key]: value })), [edit]);
  const setIn = useCallback(
    <K extends "weights" | "thresholds" | "quotas">(key: K, field: keyof Settings[K], value: number) =>
      edit((d) => ({ ...d, [key]: { ...d[key], [field]: value } })),
    [edit],
  );

  const save = async () => {
    setSaving(true);
    try {
      await gateway.saveSettings(storedSettingsText(checked.settings));
      settings.adopt(checked.settings);
    } catch (error) {
      report(error);
    } finally {
      setSaving(false);
    }
  };

  const weightsIssue = issue("weights");
  return (
    <form className={styles.root} aria-label="Settings" onSubmit={(ev) => ev.preventDefault()}>
      {workbook.storedIssues.map((i) => (
        <MessageBar key={i.message} intent="warning">
          <MessageBarBody>{i.message}</MessageBarBody>
        </MessageBar>
      ))}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Weights of the composite score</Subtitle2>
        </legend>
        <div className={styles.row}>
          <NumberField label="Fit weight" value={draft.weights.fit} min={0} max={10} step={0.5} error={issue("weights.fit")} onChange={(v) => setIn("weights", "fit", v)} />
          <NumberField label="Impact weight" value={draft.weights.impact} min={0} max={10} step={0.5} error={issue("weights.impact")} onChange={(v) => setIn("weights", "impact", v)} />
          <NumberField label="Momentum weight" value={draft.weights.momentum} min={0} max={10} step={0.5} error={issue("weights.momentum")} onChange={(v) => setIn("weights", "momentum", v)} />
        </div>
        {weightsIssue && (
          <MessageBar intent="error">
            <MessageBarBody>{weightsIssue}</MessageBarBody>
          </MessageBar>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Tiers</Subtitle2>
        </legend>
        <Field label="Tier partners by">
          <RadioGroup value={draft.mode} onChange={(_, data) => set("mode", data.value as TierMode)}>
            <Radio value="threshold" label="Thresholds on the composite score" />
            <Radio value="quota" label="Quotas: a share of the scored partners" />
          </RadioGroup>
        </Field>
        {draft.mode === "threshold" ? (
          <div className={styles.row}>
            <NumberField label="Strategic threshold" hint="Composite ≥" value={draft.thresholds.strategic} min={0} max={100} step={1} error={issue("thresholds.strategic")} onChange={(v) => setIn("thresholds", "strategic", v)} />
            <NumberField label="Focus threshold" hint="Composite ≥" value={draft.thresholds.focus} min={0} max={100} step={1} error={issue("thresholds.focus") ?? issue("thresholds")} onChange={(v) => setIn("thresholds", "focus", v)} />
          </div>
        ) : (
          <div className={styles.row}>
            <NumberField label="Strategic quota (%)" hint="Top share" value={draft.quotas.strategic} min={0} max={100} step={1} error={issue("quotas.strategic")} onChange={(v) => setIn("quotas", "strategic", v)} />
            <NumberField label="Focus quota (%)" hint="Next share" value={draft.quotas.focus} min={0} max={100} step={1} error={issue("quotas.focus") ?? issue("quotas")} onChange={(v) => setIn("quotas", "focus", v)} />
          </div>
        )}
        <Field label="Scoring scale" validationState={issue("scale") ? "error" : "none"} validationMessage={issue("scale") ?? undefined}>
          <Dropdown
            value={SCALES.find((s) => s.value === draft.scale)?.text ?? ""}
            selectedOptions={[draft.scale]}
            onOptionSelect={(_, data) => data.optionValue && set("scale", data.optionValue as ScaleSetting)}
          >
            {SCALES.map((s) => (
              <Option key={s.value} value={s.value}>
                {s.text}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </fieldset>

      <TierSimulator simulation={simulation} />

      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Candidates and conflicts</Subtitle2>
        </legend>
        <div className={styles.row}>
          <NumberField label="Candidate fit gate" hint="Normalised Fit ≥ (0–100)" value={draft.fitGate} min={0} max={100} step={5} error={issue("fitGate")} onChange={(v) => set("fitGate", v)} />
          <NumberField label="Conflict threshold" hint="Capability overlap ≥ (0–1)" value={draft.conflictThreshold} min={0.05} max={1} step={0.05} error={issue("conflictThreshold")} onChange={(v) => set("conflictThreshold", Math.round(v * 1000) / 1000)} />
        </div>
      </fieldset>

      <ExpectationsEditor gateway={gateway} service={service} workbook={workbook} settings={settings} report={report} />

      <div className={styles.actions}>
        <Button appearance="primary" disabled={!valid || !dirty || saving} onClick={() => void save()}>
          {saving ? "Saving…" : "Save settings"}
        </Button>
        <Button disabled={!dirty || saving} onClick={settings.revert}>
          Discard changes
        </Button>
        <Button
          disabled={saving}
          onClick={() => edit((d) => ({ ...DEFAULT_SETTINGS, columnMapping: d.columnMapping, inputs: d.inputs, ...(d.columnRoles ? { columnRoles: d.columnRoles } : {}) }))}
        >
          Restore defaults
        </Button>
      </div>
    </form>
  );
}
