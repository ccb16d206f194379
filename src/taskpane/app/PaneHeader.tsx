import { Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  logo: { width: "32px", height: "32px", flexShrink: 0 },
  text: { display: "flex", flexDirection: "column" },
  tagline: { color: tokens.colorNeutralForeground3 },
});

export function PaneHeader() {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <img className={styles.logo} src="assets/icon-32.png" alt="" />
      <div className={styles.text}>
        <Title3 as="h1">Partner Ecosystem Designer</Title3>
        <Caption1 className={styles.tagline}>Tiers, responsibilities, coverage and conflicts — computed in your workbook</Caption1>
      </div>
    </header>
  );
}
