import { Link, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import type { InputName, Settings } from "../../engine/model";
import type { WorkbookSources } from "../../excel/gateway";
import { INPUT_LABELS, locationLabel } from "../sources/input-labels";

const useStyles = makeStyles({
  list: {
    ...typographyStyles.caption1,
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  // A Link rendered as a button takes the body size; in this caption-sized list it sat larger than its words.
  link: { fontSize: "inherit", lineHeight: "inherit" },
});

const INPUTS: InputName[] = ["partners", "capabilities", "candidates", "responsibilities", "maturity", "expectations"];

/**
 * The settings and sources the next run will use, in one glance.
 * @example tierRule(DEFAULT_SETTINGS) // "Strategic ≥ 75, Focus ≥ 50"
 */
export function tierRule(s: Settings): string {
  return s.mode === "threshold"
    ? `Strategic ≥ ${s.thresholds.strategic}, Focus ≥ ${s.thresholds.focus}`
    : `Top ${s.quotas.strategic}% Strategic, next ${s.quotas.focus}% Focus`;
}

export interface SettingsSummaryProps {
  settings: Settings;
  sources: WorkbookSources | null;
  onEditSettings: () => void;
  onEditSources: () => void;
}

export function SettingsSummary({ settings, sources, onEditSettings, onEditSources }: SettingsSummaryProps) {
  const styles = useStyles();
  const w = settings.weights;
  const scale = settings.scale === "auto" ? "automatic" : settings.scale.replace("-", "–");
  return (
    <dl className={styles.list} aria-label="What the next run uses">
      <dt className={styles.term}>Weights</dt>
      <dd className={styles.value}>
        Fit {w.fit} · Impact {w.impact} · Momentum {w.momentum}
      </dd>
      <dt className={styles.term}>Tiers</dt>
      <dd className={styles.value}>
        {tierRule(settings)} · scale {scale}{" "}
        <Link as="button" inline className={styles.link} onClick={onEditSettings}>
          Edit settings
        </Link>
      </dd>
      {sources &&
        INPUTS.map((input) => {
          const where = sources.found[input];
          if (!where && input !== "partners") return null;
          return [
            <dt key={`${input}-t`} className={styles.term}>
              {INPUT_LABELS[input]}
            </dt>,
            <dd key={`${input}-d`} className={styles.value}>
              {where ? locationLabel(where) : "not found"}
              {input === "partners" && (
                <>
                  {" "}
                  <Link as="button" inline className={styles.link} onClick={onEditSources}>
                    Change
                  </Link>
                </>
              )}
            </dd>,
          ];
        })}
    </dl>
  );
}
