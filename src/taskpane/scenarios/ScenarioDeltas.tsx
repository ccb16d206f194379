import { Body1Strong, Caption1, InfoLabel, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ScenarioResult } from "../../engine/scenario";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  headline: {
    display: "grid",
    // Three figures side by side in a 320px pane (at 120px the third wrapped under the first).
    gridTemplateColumns: "repeat(auto-fit, minmax(90px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  figure: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  worse: { color: tokens.colorPaletteRedForeground1 },
  better: { color: tokens.colorPaletteGreenForeground1 },
});

/** What the scenario changes: severity, gaps, duplications, conflicts and tiers, before and after. */
export function ScenarioDeltas({ result }: { result: ScenarioResult }) {
  const styles = useStyles();
  const delta = result.severityAfter - result.severityBefore;
  const section = (title: string, items: string[], tone?: "worse" | "better"): ReactNode =>
    items.length > 0 && (
      <section aria-label={title}>
        <Body1Strong className={tone ? styles[tone] : undefined}>
          {title} ({items.length})
        </Body1Strong>
        <ul className={styles.list}>
          {items.map((t) => (
            <li key={t}>
              <Caption1>{t}</Caption1>
            </li>
          ))}
        </ul>
      </section>
    );
  const pair = (c: { partnerA: string; partnerB: string; score: number }) =>
    `${c.partnerA} and ${c.partnerB} (${Math.round(c.score * 100)}% overlap)`;
  const tier = (t: string | null, other: "joins" | "leaves") => t ?? (other === "joins" ? "not a partner" : "gone");

  return (
    // A section, not a div: assistive technology ignores a name on an element without a role.
    <section className={styles.root} aria-label="Scenario results">
      <div className={styles.headline}>
        <div className={styles.figure}>
          <InfoLabel
            size="small"
            info="Before → after the change. A capability's gap severity is its priority times the providers it lacks in each segment and region it is required in; the figure adds up every gap. Lower is better."
          >
            Gap severity
          </InfoLabel>
          <Body1Strong className={delta > 0 ? styles.worse : delta < 0 ? styles.better : undefined}>
            {result.severityBefore} → {result.severityAfter}
          </Body1Strong>
        </div>
        <div className={styles.figure}>
          <InfoLabel
            size="small"
            info="Capabilities that would become gaps (opened) or stop being gaps (closed) with this change."
          >
            Gaps
          </InfoLabel>
          {/* One count a line: three figures share a narrow pane, and "−1 closed" must not break. */}
          <Body1Strong>+{result.gapsOpened.length} opened</Body1Strong>
          <Body1Strong>−{result.gapsClosed.length} closed</Body1Strong>
        </div>
        <div className={styles.figure}>
          <InfoLabel
            size="small"
            info="Pairs of partners with overlapping capabilities in a shared market (channel conflicts) that the change would add or remove."
          >
            Conflicts
          </InfoLabel>
          <Body1Strong>+{result.conflictsAdded.length} added</Body1Strong>
          <Body1Strong>−{result.conflictsRemoved.length} removed</Body1Strong>
        </div>
      </div>
      {result.unknown.length > 0 && <Caption1>Not found, so ignored: {result.unknown.join(", ")}.</Caption1>}
      {section(
        "Gaps opened",
        result.gapsOpened.map((g) => `${g.capability} (severity ${g.severity})`),
        "worse",
      )}
      {section(
        "Gaps closed",
        result.gapsClosed.map((g) => `${g.capability} (severity ${g.severity})`),
        "better",
      )}
      {section("Duplications added", result.duplicationsAdded, "worse")}
      {section("Duplications removed", result.duplicationsRemoved, "better")}
      {section("Conflicts added", result.conflictsAdded.map(pair), "worse")}
      {section("Conflicts removed", result.conflictsRemoved.map(pair), "better")}
      {section(
        "Tier changes",
        result.tierChanges.map((c) => `${c.partner}: ${tier(c.before, "joins")} → ${tier(c.after, "leaves")}`),
      )}
      {/* SPEC §2.11: the radar's sectors (primary roles), partners before → after. */}
      {(result.radarSectors ?? []).length > 0 && (
        <section aria-label="Radar sectors">
          <Body1Strong>Radar sectors</Body1Strong>
          <ul className={styles.list}>
            {(result.radarSectors ?? []).map((s) => (
              <li key={s.sector}>
                <Caption1
                  className={s.after < s.before ? styles.worse : s.after > s.before ? styles.better : undefined}
                >
                  {s.sector}: {s.before} → {s.after}
                  {s.after === s.before ? " (no change)" : ""}
                </Caption1>
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.gapsOpened.length +
        result.gapsClosed.length +
        result.duplicationsAdded.length +
        result.duplicationsRemoved.length +
        result.conflictsAdded.length +
        result.conflictsRemoved.length +
        result.tierChanges.length ===
        0 && <Caption1>No gap, duplication, conflict or tier would change.</Caption1>}
    </section>
  );
}
