import { Body1, Caption1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "36em" },
  heading: { margin: 0 },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

/**
 * What the page shows when it is opened outside Excel (a browser tab, another Office app): what
 * the add-in does and how to load it, instead of a blank page.
 */
export function OutsideExcel() {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="outside-title">
      <Subtitle2 as="h2" id="outside-title" className={styles.heading}>
        Open this add-in from Excel
      </Subtitle2>
      <Body1>
        Partner Ecosystem Designer runs inside Excel. It reads your partner register from the workbook, tiers partners
        (Strategic, Focus, Scale), maps responsibilities, finds capability gaps and channel conflicts, ranks candidates,
        and writes the results back as formatted sheets with native charts. Everything is computed on your computer: no
        data leaves the workbook.
      </Body1>
      <Subtitle2 as="h3" className={styles.heading}>
        To load it
      </Subtitle2>
      <ol className={styles.steps}>
        <li>
          <Body1>
            Excel on the web: open a workbook, choose Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in, and
            upload <code>manifest.xml</code>.
          </Body1>
        </li>
        <li>
          <Body1>
            Excel on Windows or Mac: put <code>manifest.xml</code> in a shared folder catalog (Windows) or the
            <code> wef</code> folder (Mac), then Home › Add-ins › My Add-ins.
          </Body1>
        </li>
        <li>
          <Body1>Then choose Ecosystem Designer (Home tab, Partner Ecosystem group) to open this pane.</Body1>
        </li>
      </ol>
      <Caption1>
        Without Excel, the same analysis runs from the command line:{" "}
        <code>partner-ecosystem analyze IN.xlsx --out OUT.xlsx</code>. See the{" "}
        <Link
          href="https://learn.microsoft.com/office/dev/add-ins/testing/test-debug-office-add-ins"
          target="_blank"
          rel="noreferrer"
        >
          Office guide to sideloading add-ins
        </Link>
        .
      </Caption1>
    </section>
  );
}
