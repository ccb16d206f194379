import {
  Button,
  Caption1,
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
import { unsavedSources } from "./unsaved-sources";
import { useTierSimulation } from "./useTierSimulation";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  // Labels may wrap at pane width; aligning to the end keeps the inputs on one line.
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(90px, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  // Save stays in sight at the foot of the pane however far the page is scrolled.
  actions: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The pane's words for invalid weights: the engine's "using 1, 1, 1" is for stored settings, while the pane blocks saving. */
const WEIGHTS_INVALID =
  "At least one weight must be above 0: the composite score is the weighted mean of Fit, Impact and Momentum. Set a weight above 0 to save or analyze.";

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
  // "Settings saved." holds until the next edit (adopt makes the saved settings the draft).
  const [justSaved, setJustSaved] = useState<Settings | null>(null);
  const savedNote = justSaved !== null && justSaved === draft;
  const valid = checked.issues.length === 0;
  const simulation = useTierSimulation(
    service,
    workbook.read?.input ?? null,
    saved,
    valid ? checked.settings : null,
    workbook.recover,
  );
  const issue = (path: Parameters<typeof fieldIssue>[1]) => fieldIssue(checked.issues, path);

  const set = useCallback(
    <K extends keyof Settings>(key: K, value: Settings[K]) => edit((d) => ({ ...d, [key]: value })),
    [edit],
  );
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
      setJustSaved(checked.settings);
    } catch (error) {
      report(error);
    } finally {
      setSaving(false);
    }
  };

  const weightsIssue = issue("weights") && WEIGHTS_INVALID;
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
          <NumberField
            label="Fit weight"
            value={draft.weights.fit}
            min={0}
            max={10}
            step={0.5}
            error={issue("weights.fit")}
            info="How much this score counts in the composite: the composite score (0–100) is the weighted mean of Fit, Impact and Momentum, each scaled to 0–100."
            onChange={(v) => setIn("weights", "fit", v)}
          />
          <NumberField
            label="Impact weight"
            value={draft.weights.impact}
            min={0}
            max={10}
            step={0.5}
            error={issue("weights.impact")}
            info="How much this score counts in the composite: the composite score (0–100) is the weighted mean of Fit, Impact and Momentum, each scaled to 0–100."
            onChange={(v) => setIn("weights", "impact", v)}
          />
          <NumberField
            label="Momentum weight"
            value={draft.weights.momentum}
            min={0}
            max={10}
            step={0.5}
            error={issue("weights.momentum")}
            info="How much this score counts in the composite: the composite score (0–100) is the weighted mean of Fit, Impact and Momentum, each scaled to 0–100."
            onChange={(v) => setIn("weights", "momentum", v)}
          />
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
            <NumberField
              label="Strategic threshold"
              hint="Composite ≥"
              info="A partner whose composite score (0–100) is at least this number is Strategic."
              value={draft.thresholds.strategic}
              min={0}
              max={100}
              step={1}
              error={issue("thresholds.strategic")}
              onChange={(v) => setIn("thresholds", "strategic", v)}
            />
            <NumberField
              label="Focus threshold"
              hint="Composite ≥"
              info="A partner whose composite score (0–100) is at least this number, and below the Strategic threshold, is Focus; the rest are Scale."
              value={draft.thresholds.focus}
              min={0}
              max={100}
              step={1}
              error={issue("thresholds.focus") ?? issue("thresholds")}
              onChange={(v) => setIn("thresholds", "focus", v)}
            />
          </div>
        ) : (
          <div className={styles.row}>
            <NumberField
              label="Strategic quota (%)"
              hint="Top share"
              info="This percentage of the scored partners, highest composite first, is Strategic."
              value={draft.quotas.strategic}
              min={0}
              max={100}
              step={1}
              error={issue("quotas.strategic")}
              onChange={(v) => setIn("quotas", "strategic", v)}
            />
            <NumberField
              label="Focus quota (%)"
              hint="Next share"
              info="The next percentage of the scored partners is Focus; the rest are Scale."
              value={draft.quotas.focus}
              min={0}
              max={100}
              step={1}
              error={issue("quotas.focus") ?? issue("quotas")}
              onChange={(v) => setIn("quotas", "focus", v)}
            />
          </div>
        )}
        <Field
          label="Scoring scale"
          validationState={issue("scale") ? "error" : "none"}
          validationMessage={issue("scale") ?? undefined}
        >
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

      <TierSimulator simulation={simulation} unsaved={unsavedSources(saved, draft)} />

      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>Candidates and conflicts</Subtitle2>
        </legend>
        <div className={styles.row}>
          <NumberField
            label="Candidate fit gate"
            hint="Normalised Fit ≥ (0–100)"
            info="A candidate passes the fit gate when its Fit, scaled to 0–100, is at least this; only candidates that pass are recommended to close a gap."
            value={draft.fitGate}
            min={0}
            max={100}
            step={5}
            error={issue("fitGate")}
            onChange={(v) => set("fitGate", v)}
          />
          <NumberField
            label="Conflict threshold"
            hint="Capability overlap ≥ (0–1)"
            info="Two co-selling or co-marketing partners in a shared market conflict when the share of capabilities they have in common (0 = none, 1 = all) is at least this."
            value={draft.conflictThreshold}
            min={0.05}
            max={1}
            step={0.05}
            error={issue("conflictThreshold")}
            onChange={(v) => set("conflictThreshold", Math.round(v * 1000) / 1000)}
          />
        </div>
      </fieldset>

      <ExpectationsEditor gateway={gateway} service={service} workbook={workbook} settings={settings} report={report} />

      <div className={styles.actions}>
        {/* disabledFocusable: Save and Discard stay focusable once they have done their work. */}
        <Button appearance="primary" disabledFocusable={!valid || !dirty || saving} onClick={() => void save()}>
          {saving ? "Saving…" : "Save settings"}
        </Button>
        <Button disabledFocusable={!dirty || saving} onClick={settings.revert}>
          Discard changes
        </Button>
        <Button
          disabled={saving}
          onClick={() =>
            edit((d) => ({
              ...DEFAULT_SETTINGS,
              columnMapping: d.columnMapping,
              inputs: d.inputs,
              ...(d.columnRoles ? { columnRoles: d.columnRoles } : {}),
            }))
          }
        >
          Restore defaults
        </Button>
        <Caption1 role="status">
          {savedNote ? "Settings saved in the workbook." : dirty ? "Unsaved changes." : ""}
        </Caption1>
      </div>
    </form>
  );
}
