import type { Issue, Severity } from "../../engine/model";

export type SeverityFilter = "all" | Severity;

/**
 * The issues that match a severity and a text (in the message, sheet or cell; case-insensitive,
 * every word must appear), in their original order.
 * @example filterIssues(issues, "error", "fit") // the errors that mention Fit
 */
export function filterIssues(
  issues: readonly Issue[],
  severity: SeverityFilter,
  text: string,
  /** issueHaystacks(issues), made once: a keystroke then only searches (100,000 issues, issue 11). */
  haystacks?: readonly string[],
): Issue[] {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (severity === "all" && words.length === 0) return issues.slice();
  return issues.filter((i, k) => {
    if (severity !== "all" && i.severity !== severity) return false;
    if (words.length === 0) return true;
    const haystack = haystacks?.[k] ?? haystackOf(i);
    return words.every((w) => haystack.includes(w));
  });
}

function haystackOf(i: Issue): string {
  return `${i.message} ${i.sheet}!${i.cell}`.toLowerCase();
}

/** What filterIssues searches in each issue, lower-cased once. */
export function issueHaystacks(issues: readonly Issue[]): string[] {
  return issues.map(haystackOf);
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Errors first, then warnings, then notes; each severity in its original (sheet) order.
 * @example bySeverity([info, error]) // [error, info]
 */
export function bySeverity(issues: readonly Issue[]): Issue[] {
  // One pass into a bucket per severity (stable, linear): sorting 100,000 issues held the pane.
  const buckets: Issue[][] = [[], [], []];
  for (const issue of issues) buckets[RANK[issue.severity]]?.push(issue);
  return buckets.flat();
}

/** How many issues there are of each severity, and in all. */
export function countBySeverity(issues: readonly Issue[]): Record<SeverityFilter, number> {
  const counts: Record<SeverityFilter, number> = { all: issues.length, error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/** Where an issue is, as Excel writes a reference: Sheet!C5, 'My sheet'!C5, or the sheet alone. */
export function issuePlace(issue: Pick<Issue, "sheet" | "cell">): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(issue.sheet) ? issue.sheet : `'${issue.sheet.replace(/'/g, "''")}'`;
  return issue.cell ? `${sheet}!${issue.cell}` : issue.sheet;
}
