import { Button, Caption1, Field, Input, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { Issue } from "../../engine/model";
import type { PanelProps } from "../app/panel-props";
import type { RunResult } from "../analyze/useAnalyzeRun";
import {
  bySeverity,
  countBySeverity,
  filterIssues,
  issueHaystacks,
  issuePlace,
  type SeverityFilter,
} from "./issue-filter";
import { IssueRow } from "./IssueRow";

/** Issues per page: enough to scan, few enough that thousands never slow the pane. */
export const ISSUES_PER_PAGE = 100;

/** Counts grouped as the result cards and the sheets write them: 100,000. */
const grouped = (n: number) => n.toLocaleString("en-US");

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Four filters do not fit 320 px on one line: they wrap instead of running off the pane.
  filters: { flexWrap: "wrap" },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  pager: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

const FILTERS: { value: SeverityFilter; label: string }[] = [
  { value: "all", label: "All" },
  { value: "error", label: "Errors" },
  { value: "warning", label: "Warnings" },
  { value: "info", label: "Info" },
];

/** The Issues page: every problem found in the input, filterable; choosing one selects its cell. */
export function IssuesPanel({ gateway, workbook, report, goTo, result }: PanelProps & { result: RunResult | null }) {
  const styles = useStyles();
  const [severity, setSeverity] = useState<SeverityFilter>("all");
  const [text, setText] = useState("");
  const [page, setPage] = useState(0);
  const deferredText = useDeferredValue(text);
  const issues = useMemo(() => bySeverity(result?.analysis.issues ?? []), [result]);
  const counts = useMemo(() => countBySeverity(issues), [issues]);
  // Lower-cased once when a search starts, not at every keystroke.
  const searching = deferredText.trim() !== "";
  const haystacks = useMemo(() => (searching ? issueHaystacks(issues) : undefined), [issues, searching]);
  const shown = useMemo(
    () => filterIssues(issues, severity, deferredText, haystacks),
    [issues, severity, deferredText, haystacks],
  );
  const sheets = useMemo(
    () => new Set((workbook.read?.sources.catalog.sheets ?? []).map((s) => s.toLowerCase())),
    [workbook.read],
  );

  const select = useCallback(
    (issue: Issue) => {
      const go = issue.cell ? gateway.selectCell(issue.sheet, issue.cell) : gateway.activateSheet(issue.sheet);
      go.catch(report);
    },
    [gateway, report],
  );

  if (!result) {
    return (
      <div className={styles.root}>
        <Caption1>Run Analyze to list the problems found in your tables, each with the cell it is in.</Caption1>
        <Button appearance="primary" onClick={() => goTo("analyze")}>
          Go to Analyze
        </Button>
      </div>
    );
  }

  const pages = Math.max(1, Math.ceil(shown.length / ISSUES_PER_PAGE));
  const current = Math.min(page, pages - 1);
  const first = current * ISSUES_PER_PAGE;
  const visible = shown.slice(first, first + ISSUES_PER_PAGE);

  return (
    <div className={styles.root}>
      <TabList
        className={styles.filters}
        size="small"
        aria-label="Severity"
        selectedValue={severity}
        onTabSelect={(_, d) => (setSeverity(d.value as SeverityFilter), setPage(0))}
      >
        {FILTERS.map((f) => (
          <Tab key={f.value} value={f.value}>
            {`${f.label} (${grouped(counts[f.value])})`}
          </Tab>
        ))}
      </TabList>
      <Field label="Filter issues">
        <Input
          type="search"
          value={text}
          placeholder="Words in the message, sheet or cell"
          onChange={(_, d) => (setText(d.value), setPage(0))}
        />
      </Field>
      <Caption1 role="status">
        {shown.length === 0
          ? issues.length === 0
            ? "No issues: every cell was read as expected."
            : "No issue matches the filter."
          : `Showing ${grouped(first + 1)}–${grouped(first + visible.length)} of ${grouped(shown.length)}`}
      </Caption1>
      <ul className={styles.list} aria-label="Issues">
        {visible.map((issue, k) => (
          <li key={`${first + k}-${issuePlace(issue)}`}>
            <IssueRow issue={issue} onSelect={issue.cell || sheets.has(issue.sheet.toLowerCase()) ? select : null} />
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav className={styles.pager} aria-label="Issue pages">
          <Button size="small" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </Button>
          <Caption1>
            Page {current + 1} of {pages}
          </Caption1>
          <Button size="small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </Button>
        </nav>
      )}
    </div>
  );
}
