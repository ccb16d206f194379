import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../engine/model";
import { issuePlace } from "./issue-filter";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "4.5em 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    justifyItems: "start",
    width: "100%",
    maxWidth: "none",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  place: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  message: { gridColumn: "2", overflowWrap: "anywhere" },
});

const WORDS = { error: "Error", warning: "Warning", info: "Info" } as const;

export interface IssueRowProps {
  issue: Issue;
  /** Null when the issue has no place in the workbook to go to (e.g. a stored setting). */
  onSelect: ((issue: Issue) => void) | null;
}

/**
 * One issue; a button (Enter or Space) that selects its cell in the workbook. Its accessible
 * name is its visible words in order, with punctuation: "Warning Partners!N39: …".
 */
export function IssueRow({ issue, onSelect }: IssueRowProps) {
  const styles = useStyles();
  const place = issuePlace(issue);
  const body = (
    <>
      <SeverityBadge severity={issue.severity} /> <Caption1 className={styles.place}>{place}</Caption1>{" "}
      <Text size={200} className={styles.message}>
        {issue.message}
      </Text>
    </>
  );
  if (!onSelect) return <div className={styles.row}>{body}</div>;
  return (
    <Button
      appearance="subtle"
      className={styles.row}
      onClick={() => onSelect(issue)}
      aria-label={`${WORDS[issue.severity]} ${place}: ${issue.message}`}
    >
      {body}
    </Button>
  );
}
