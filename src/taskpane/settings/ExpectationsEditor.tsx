import {
  Body1Strong,
  Button,
  Caption1,
  Caption1Strong,
  Field,
  Input,
  makeStyles,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { SCORED_TIERS } from "../../engine/model";
import type { PanelProps } from "../app/panel-props";
import {
  amountProblem,
  draftFromTable,
  draftRows,
  EXPECTATION_FIELDS,
  EXPECTATION_LABELS,
  type ExpectationsDraft,
} from "./expectations-draft";
import { PartnerListTable } from "./PartnerListTable";
import { EXPECTATIONS_SHOWN, useExpectationsPreview } from "./useExpectationsPreview";

const SHOWN = EXPECTATIONS_SHOWN;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  // Three amounts side by side in a 320-380 px pane: columns may shrink below an Input's own
  // minimum width, and the tier is the group's heading, so each label stays short.
  tier: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  input: { minWidth: 0, width: "100%" },
  // The tier in each label for screen readers ("Strategic min pipeline"), shown once as the heading.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/**
 * Tier expectations (SPEC §2.10): what each tier should deliver (min pipeline, min revenue)
 * and may cost (max investment), a preview of who would fall below, and a button that writes
 * them to the workbook's Expectations table — creating it when there is none.
 */
export function ExpectationsEditor({
  gateway,
  service,
  workbook,
  settings,
  report,
}: Pick<PanelProps, "gateway" | "service" | "workbook" | "settings" | "report">) {
  const styles = useStyles();
  const table = workbook.read?.input.expectations ?? null;
  const [draft, setDraft] = useState<ExpectationsDraft>(() => draftFromTable(table));
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  // A new read of the workbook (e.g. after saving) starts the editor from the table again.
  useEffect(() => setDraft(draftFromTable(table)), [table]);
  const rows = useMemo(() => draftRows(draft), [draft]);
  const preview = useExpectationsPreview(service, workbook.read?.input ?? null, settings.saved, rows, workbook.recover);
  const exists = table !== null;

  const edit = (tier: (typeof SCORED_TIERS)[number], field: (typeof EXPECTATION_FIELDS)[number], value: string) => {
    setSaved(null);
    setDraft((d) => ({ ...d, [tier]: { ...d[tier], [field]: value } }));
  };
  const save = async () => {
    if (!rows) return;
    setSaving(true);
    try {
      const result = await gateway.saveExpectations(rows);
      setSaved(
        result.created
          ? `Created the table ${result.table} on the sheet ${result.sheet}.`
          : `Saved to the table ${result.table}.`,
      );
      await workbook.reload(settings.saved.inputs);
    } catch (error) {
      report(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <fieldset className={styles.root} aria-label="Tier expectations">
      <legend>
        <Body1Strong>Tier expectations</Body1Strong>
      </legend>
      <Caption1>
        What each tier should deliver and may cost; a blank box is no check.{" "}
        {exists ? "Read from the workbook's Expectations table." : "The workbook has no Expectations table yet."}
      </Caption1>
      {SCORED_TIERS.map((tier) => (
        <div key={tier} className={styles.tier} role="group" aria-labelledby={`expectations-${tier}`}>
          <Caption1Strong id={`expectations-${tier}`}>{tier}</Caption1Strong>
          <div className={styles.row}>
            {EXPECTATION_FIELDS.map((field) => {
              const problem = amountProblem(draft[tier][field]);
              return (
                <Field
                  key={field}
                  label={
                    <>
                      <span className={styles.hidden}>{`${tier} ${EXPECTATION_LABELS[field]}`}</span>
                      <span aria-hidden="true">{capitalised(EXPECTATION_LABELS[field])}</span>
                    </>
                  }
                  validationState={problem ? "error" : "none"}
                  validationMessage={problem ?? undefined}
                >
                  <Input
                    className={styles.input}
                    inputMode="decimal"
                    value={draft[tier][field]}
                    onChange={(_, data) => edit(tier, field, data.value)}
                  />
                </Field>
              );
            })}
          </div>
        </div>
      ))}
      <section className={styles.preview} aria-labelledby="expectations-preview-title">
        <Body1Strong id="expectations-preview-title">Who would fall below</Body1Strong>
        {/* A live region, not role="status": the tier simulator above owns the page's one status. */}
        <div aria-live="polite" aria-atomic="true">
          {preview.status === "waiting" && <Spinner size="extra-tiny" label="Checking…" />}
          {preview.status === "unavailable" && <Caption1>{preview.reason}</Caption1>}
          {preview.status === "ready" && (
            <Body1Strong>
              {preview.belowCount === 0
                ? "No partner would fall below"
                : `${preview.belowCount} ${preview.belowCount === 1 ? "partner" : "partners"} would fall below`}
              {` · ${preview.meets} would meet`}
            </Body1Strong>
          )}
        </div>
        {preview.status === "ready" && (
          <PartnerListTable
            label="Partners that would fall below expectations"
            headers={["Partner", "Tier", "Fails"]}
            rows={preview.below.map((p) => [p.partner, p.tier, p.failed.join(", ")])}
            total={preview.belowCount}
            shown={SHOWN}
          />
        )}
      </section>
      <div className={styles.actions}>
        <Button disabled={!rows || saving} onClick={() => void save()}>
          {saving ? "Saving…" : exists ? "Save expectations" : "Create Expectations table"}
        </Button>
        <span aria-live="polite">{saved && <Caption1>{saved}</Caption1>}</span>
      </div>
    </fieldset>
  );
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
