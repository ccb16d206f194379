import { Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  logo: { width: "32px", height: "32px", flexShrink: 0 },
  text: { display: "flex", flexDirection: "column" },
  title: { margin: 0 },
  tagline: { color: tokens.colorNeutralForeground3 },
});

export function PaneHeader() {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <img className={styles.logo} src="assets/icon-32.png" alt="" />
      <div className={styles.text}>
        <Subtitle1 as="h1" className={styles.title}>
          Partner Ecosystem Designer
        </Subtitle1>
        <Caption1 className={styles.tagline}>
          Tiers, responsibilities, coverage and conflicts — computed in your workbook
        </Caption1>
      </div>
    </header>
  );
}
