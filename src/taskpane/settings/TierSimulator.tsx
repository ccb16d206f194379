import { Body1Strong, Caption1, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { TIERS } from "../../engine/model";
import { PartnerListTable } from "./PartnerListTable";
import { SIMULATION_SHOWN, type Simulation } from "./useTierSimulation";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** "3 partners would change tier", the tier counts before and after, and who moves where. */
export function TierSimulator({
  simulation,
  unsaved = null,
}: {
  simulation: Simulation;
  /** Unsaved Sources choices counted in (unsaved-sources.ts). */ unsaved?: string | null;
}) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="simulator-title">
      <Body1Strong id="simulator-title">Tier simulator</Body1Strong>
      <div role="status" aria-live="polite">
        {simulation.status === "waiting" && <Spinner size="extra-tiny" label="Simulating…" />}
        {simulation.status === "unavailable" && <Caption1>{simulation.reason}</Caption1>}
        {simulation.status === "ready" && (
          <Body1Strong>
            {simulation.changed === 0
              ? "No partner would change tier"
              : `${simulation.changed} ${simulation.changed === 1 ? "partner" : "partners"} would change tier`}
          </Body1Strong>
        )}
      </div>
      {simulation.status === "ready" && (
        <>
          {unsaved && (
            <Caption1>
              Counts your unsaved choices on Sources ({unsaved}); Save settings or Analyze to keep them, Discard changes
              to drop them.
            </Caption1>
          )}
          <Caption1 className={styles.muted}>
            Compared with the saved settings, over {simulation.partners} partners:{" "}
            {TIERS.filter((t) => simulation.before[t] + simulation.after[t] > 0)
              .map((t) =>
                simulation.before[t] === simulation.after[t]
                  ? `${t} ${simulation.after[t]}`
                  : `${t} ${simulation.before[t]} → ${simulation.after[t]}`,
              )
              .join(" · ")}
          </Caption1>
          <PartnerListTable
            label="Partners that would change tier"
            headers={["Partner", "Now", "Would be"]}
            rows={simulation.changes.map((c) => [c.partner, c.from, c.to])}
            total={simulation.changed}
            shown={SIMULATION_SHOWN}
          />
        </>
      )}
    </section>
  );
}
