import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { RawCell } from "../../src/engine/model";
import { bySeverity, filterIssues, issueHaystacks, issuePlace } from "../../src/taskpane/issues/issue-filter";
import { PARTNER_HEADER, paneReady, renderPane, smallRegister, workbookWithPartners } from "./render-pane";

// Whole flows through the pane: Fluent renders slowly under jsdom, more so on a busy machine.
jest.setTimeout(30_000);

async function analyzeThenOpenIssues(rows: RawCell[][] = smallRegister()) {
  const gateway = workbookWithPartners(rows, PARTNER_HEADER);
  renderPane(gateway);
  await paneReady(gateway);
  fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
  await screen.findByRole("list", { name: "Results" }, { timeout: 5000 });
  fireEvent.click(screen.getByRole("tab", { name: "Issues" }));
  await screen.findByRole("list", { name: "Issues" });
  return gateway;
}

describe("Issues", () => {
  it("asks for a run before there is anything to list", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Issues" }));
    fireEvent.click(await screen.findByRole("button", { name: "Go to Analyze" }));
    expect(screen.getByRole("tab", { name: "Analyze" }).getAttribute("aria-selected")).toBe("true");
  });

  it("selects the offending cell in the workbook when an issue is chosen", async () => {
    const gateway = await analyzeThenOpenIssues();
    const row = screen.getByRole("button", { name: /^Error Register!G6: / });
    row.focus();
    expect(document.activeElement).toBe(row);
    fireEvent.click(row);
    await waitFor(() => expect(gateway.selected).toEqual([{ sheet: "Register", address: "G6" }]));
  });

  it("filters by severity and by text", async () => {
    await analyzeThenOpenIssues();
    const issues = () => within(screen.getByRole("list", { name: "Issues" })).queryAllByRole("button");
    const all = issues().length;
    fireEvent.click(screen.getByRole("tab", { name: /^Errors \(1\)/ }));
    expect(issues()).toHaveLength(1);
    fireEvent.click(screen.getByRole("tab", { name: /^Info/ }));
    expect(issues().length).toBeLessThan(all);
    expect(issues().every((b) => b.getAttribute("aria-label")?.startsWith("Info "))).toBe(true);
    fireEvent.click(screen.getByRole("tab", { name: /^All/ }));
    fireEvent.change(screen.getByRole("searchbox", { name: "Filter issues" }), { target: { value: "echo labs" } });
    await waitFor(() => expect(issues().length).toBeGreaterThan(0));
    expect(issues().every((b) => /echo labs/i.test(b.getAttribute("aria-label") ?? ""))).toBe(true);
    fireEvent.change(screen.getByRole("searchbox", { name: "Filter issues" }), { target: { value: "no such words" } });
    await waitFor(() => expect(screen.getByText("No issue matches the filter.")).toBeTruthy());
  });

  it("pages through thousands of issues a hundred at a time, counting them with digit grouping (1,200)", async () => {
    // One partner scorable: a run in which none is would stop before writing (input-checks.ts).
    const rows: RawCell[][] = Array.from({ length: 1201 }, (_, i) => [
      `Partner ${i}`,
      "Technology",
      "Co-sell",
      "X",
      "",
      "",
      i === 0 ? 3 : "bad",
      3,
      3,
      1,
      1,
    ]);
    await analyzeThenOpenIssues(rows);
    fireEvent.click(screen.getByRole("tab", { name: /^Errors \(1,200\)/ }));
    expect(within(screen.getByRole("list", { name: "Issues" })).getAllByRole("button")).toHaveLength(100);
    expect(screen.getByText("Showing 1–100 of 1,200")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByText("Showing 101–200 of 1,200")).toBeTruthy();
  }, 90_000);
});

describe("issue helpers", () => {
  const issues = [
    { severity: "error" as const, sheet: "Partners", cell: "G2", message: "Fit must be a number." },
    { severity: "info" as const, sheet: "My sheet", cell: "A3", message: "Acme is unscored." },
  ];
  it("requires every word of the filter, in any order, case-insensitively", () => {
    expect(filterIssues(issues, "all", "number FIT")).toEqual([issues[0]]);
    expect(filterIssues(issues, "all", "my sheet!a3")).toEqual([issues[1]]);
    expect(filterIssues(issues, "warning", "")).toEqual([]);
  });
  it("searches the same with the lower-cased texts made once, and orders by severity stably in one pass", () => {
    const haystacks = issueHaystacks(issues);
    expect(filterIssues(issues, "all", "number FIT", haystacks)).toEqual([issues[0]]);
    expect(filterIssues(issues, "all", "my sheet!a3", haystacks)).toEqual([issues[1]]);
    const warning = { severity: "warning" as const, sheet: "S", cell: "A1", message: "w" };
    const mixed = [issues[1]!, warning, issues[0]!, { ...warning, message: "w2" }, { ...issues[1]!, message: "i2" }];
    expect(bySeverity(mixed).map((i) => i.message)).toEqual([
      "Fit must be a number.",
      "w",
      "w2",
      "Acme is unscored.",
      "i2",
    ]);
  });
  it("writes a place as Excel writes a reference, quoting sheet names with spaces", () => {
    expect(issuePlace(issues[0]!)).toBe("Partners!G2");
    expect(issuePlace(issues[1]!)).toBe("'My sheet'!A3");
    expect(issuePlace({ sheet: "Settings", cell: "" })).toBe("Settings");
  });
});
