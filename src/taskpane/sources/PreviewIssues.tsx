import { Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../engine/model";
import { SeverityBadge } from "../issues/SeverityBadge";

const SHOWN = 10;

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
});

/** The issues the previewed rows raise with the current mapping. */
export function PreviewIssues({ issues }: { issues: Issue[] | null }) {
  const styles = useStyles();
  if (issues === null) return <Spinner size="extra-tiny" label="Checking the mapping…" />;
  if (issues.length === 0) return <Caption1 role="status">No issues in these rows.</Caption1>;
  return (
    <section aria-label="Issues these rows would raise">
      <Caption1 role="status">
        {issues.length} {issues.length === 1 ? "issue" : "issues"} in these rows:
      </Caption1>
      <ul className={styles.list}>
        {issues.slice(0, SHOWN).map((i, k) => (
          <li key={k} className={styles.item}>
            <SeverityBadge severity={i.severity} />
            <Caption1>
              {i.cell && `${i.cell}: `}
              {i.message}
            </Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
