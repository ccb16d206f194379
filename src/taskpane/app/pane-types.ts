/** The pane's pages, in tab order. */
export const PANE_TABS = ["analyze", "sources", "settings", "issues", "scenarios"] as const;
export type PaneTab = (typeof PANE_TABS)[number];

export const TAB_LABELS: Record<PaneTab, string> = {
  analyze: "Analyze",
  sources: "Sources",
  settings: "Settings",
  issues: "Issues",
  scenarios: "Scenarios",
};
