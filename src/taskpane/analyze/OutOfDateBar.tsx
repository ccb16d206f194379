import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Says that the results below no longer match the settings or the tables, and why. */
export function OutOfDateBar({ reasons }: { reasons: string[] }) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>These results are out of date</MessageBarTitle>
        Analyze again to update them.
        <ul className={styles.list}>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
