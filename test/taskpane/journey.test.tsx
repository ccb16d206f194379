/**
 * The analyst's journey through the pane (issue 15): tables of any name on Sources, input
 * checks before anything is overwritten, results that say when they are out of date, failed
 * writes and out-of-memory failures in words, and where the focus goes.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_SETTINGS, type RawCell, type Settings } from "../../src/engine/model";
import { storedSettingsText } from "../../src/engine/settings";
import { ReportWriteError } from "../../src/excel/errors";
import { type AnalysisService, threadService } from "../../src/taskpane/analysis/service";
import { MemoryGateway } from "./memory-gateway";
import { PARTNER_HEADER, paneReady, renderPane, smallRegister, workbookWithPartners } from "./render-pane";

// Whole flows through the pane: Fluent renders slowly under jsdom, more so on a busy machine.
jest.setTimeout(30_000);

function pick(combobox: string, option: string | RegExp) {
  fireEvent.click(screen.getByRole("combobox", { name: combobox }));
  fireEvent.click(screen.getByRole("option", { name: option }));
}

function withSettings(gateway: MemoryGateway, change: Partial<Settings>): MemoryGateway {
  gateway.storedSettings = storedSettingsText({ ...DEFAULT_SETTINGS, ...change });
  return gateway;
}

async function analyze(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
  await screen.findByRole("list", { name: "Results" }, { timeout: 5000 });
}

/** Waits for a run that stops before writing, and returns its message. */
async function stoppedRun(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
  return screen.findByRole("alert", {}, { timeout: 5000 });
}

describe("Sources lists every table and sheet", () => {
  it("offers a partner table of any name (Alliances2024 on Data), maps its columns, and keeps the list after a run", async () => {
    const header = PARTNER_HEADER.map((h) => (h === "Fit" ? "Alignment" : h));
    const gateway = new MemoryGateway().addTable("Alliances2024", "Data", header, smallRegister());
    renderPane(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Choose a table…" }));
    await screen.findByRole("heading", { name: "Partners (required)" });
    await waitFor(() => expect(gateway.calls).toContain("sources"));
    pick("Partners source", /^Alliances2024 \(table on Data\) — 5 rows$/);
    expect(await screen.findByText("Reading Alliances2024 (table on Data).")).toBeTruthy();
    pick("Fit column", "Alignment");

    fireEvent.click(screen.getByRole("tab", { name: "Analyze" }));
    await screen.findByRole("button", { name: "Analyze" });
    await analyze();
    expect(screen.getByRole("button", { name: /^Tiering: 5 partners\. 1 Strategic/ })).toBeTruthy();

    // After the run (which reads inputs only), Sources still lists the table.
    fireEvent.click(screen.getByRole("tab", { name: "Sources" }));
    fireEvent.click(await screen.findByRole("combobox", { name: "Capabilities source" }));
    expect(screen.getByRole("option", { name: /^Alliances2024 \(table on Data\)/ })).toBeTruthy();
  });

  it("lists a table added while the pane is open after Refresh", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Sources" }));
    await screen.findByRole("heading", { name: "Partners (required)" });
    gateway.addTable("Needs2025", "Plan", ["Capability", "Priority"], [["Hosting", 5]]);
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(gateway.calls.filter((c) => c === "sources").length).toBeGreaterThanOrEqual(2));
    fireEvent.click(screen.getByRole("combobox", { name: "Capabilities source" }));
    expect(await screen.findByRole("option", { name: /^Needs2025 \(table on Plan\)/ })).toBeTruthy();
  });
});

describe("input checks before any sheet is overwritten", () => {
  it("stops when the Partner column holds numbers, writes nothing, and offers Sources", async () => {
    const gateway = withSettings(workbookWithPartners(), { columnMapping: { partners: { name: "Fit" } } });
    renderPane(gateway);
    await paneReady(gateway);
    const alert = await stoppedRun();
    expect(alert.textContent).toMatch(/Nothing was written/);
    expect(alert.textContent).toMatch(/Partner column \("Fit"\) holds numbers in 4 of 5 rows/);
    expect(gateway.calls).not.toContain("writeReport");
    fireEvent.click(within(alert).getByRole("button", { name: "Open Sources" }));
    expect(screen.getByRole("tab", { name: "Sources" }).getAttribute("aria-selected")).toBe("true");
  });

  it("stops when a mapped header is gone, naming it", async () => {
    const gateway = withSettings(workbookWithPartners(), { columnMapping: { partners: { fit: "Alignment Score" } } });
    renderPane(gateway);
    await paneReady(gateway);
    const alert = await stoppedRun();
    expect(alert.textContent).toMatch(
      /Fit column is mapped to "Alignment Score", which the table Partners no longer has/,
    );
    expect(gateway.calls).not.toContain("writeReport");
  });

  it("explains that Fit → Impact leaves Impact on no column (one column feeding two fields), and writes nothing", async () => {
    const gateway = withSettings(workbookWithPartners(), { columnMapping: { partners: { fit: "Impact" } } });
    renderPane(gateway);
    await paneReady(gateway);
    const alert = await stoppedRun();
    expect(alert.textContent).toMatch(/the column "Impact" is read as Fit, so Impact has no column of its own/);
    // Without an Impact column no partner can be scored: that one forbids writing.
    expect(alert.textContent).toMatch(/none of the 5 partners could be scored/);
    expect(gateway.calls).not.toContain("writeReport");
  });

  it("asks before writing when a mapping leaves a field without its column, and writes on 'Write anyway'", async () => {
    const gateway = withSettings(workbookWithPartners(), { columnMapping: { partners: { revenue: "Investment" } } });
    renderPane(gateway);
    await paneReady(gateway);
    const alert = await stoppedRun();
    expect(alert.textContent).toMatch(
      /the column "Investment" is read as Revenue, so Investment has no column of its own/,
    );
    expect(gateway.calls).not.toContain("writeReport");
    fireEvent.click(within(alert).getByRole("button", { name: "Write anyway" }));
    await screen.findByRole("list", { name: "Results" }, { timeout: 5000 });
    expect(gateway.reports).toHaveLength(1);
  });

  it("says on Sources that the automatic column is taken, not 'Auto: Impact'", async () => {
    const gateway = withSettings(workbookWithPartners(), { columnMapping: { partners: { fit: "Impact" } } });
    renderPane(gateway);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Sources" }));
    const impact = await screen.findByRole("combobox", { name: "Impact column" });
    await waitFor(() => expect(impact.textContent).toBe('Auto: none ("Impact" is read as Fit)'));
  });

  it("stops when no partner can be scored", async () => {
    const rows: RawCell[][] = smallRegister().map((r) => [...r.slice(0, 6), "n/a", ...r.slice(7)]);
    const gateway = workbookWithPartners(rows);
    renderPane(gateway);
    await paneReady(gateway);
    const alert = await stoppedRun();
    expect(alert.textContent).toMatch(/none of the 5 partners could be scored/);
    expect(gateway.calls).not.toContain("writeReport");
  });
});

describe("results that are out of date", () => {
  it("says so when the tier rule was saved after the run", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    await analyze();
    expect(screen.queryByText("These results are out of date")).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    const strategic = await screen.findByRole("spinbutton", { name: "Strategic threshold" });
    fireEvent.change(strategic, { target: { value: "60" } });
    fireEvent.blur(strategic);
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(gateway.savedSettings).toHaveLength(1));
    fireEvent.click(screen.getByRole("tab", { name: "Analyze" }));
    expect(await screen.findByText("These results are out of date")).toBeTruthy();
    expect(
      screen.getByText(
        /The tier rule is now Strategic ≥ 60, Focus ≥ 50; these results used Strategic ≥ 75, Focus ≥ 50\./,
      ),
    ).toBeTruthy();
  });

  it("tells on the simulator that an unsaved column mapping is counted in", async () => {
    const header = PARTNER_HEADER.map((h) => (h === "Fit" ? "Alignment" : h));
    const gateway = workbookWithPartners(smallRegister(), header);
    renderPane(gateway);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Sources" }));
    await screen.findByRole("combobox", { name: "Fit column" });
    pick("Fit column", "Alignment");
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    const simulator = await screen.findByRole("region", { name: "Tier simulator" });
    expect(
      await within(simulator).findByText(/Counts your unsaved choices on Sources \(Partners: Fit → Alignment\)/),
    ).toBeTruthy();
  });
});

describe("failures in words", () => {
  it("after a write that failed part-way, names the sheets updated and those holding the previous run", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    await analyze();
    gateway.failNext(
      "writeReport",
      new ReportWriteError(
        "Could not write the result sheets.",
        "AccessDenied",
        ["Tiering"],
        ["Summary", "Issues", "Tier History"],
      ),
    );
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert.textContent).toMatch(/only partly written/);
    expect(alert.textContent).toMatch(
      /Updated with this run: Tiering\. Still holding the previous run: Summary, Issues, Tier History\./,
    );
    expect(await screen.findByText(/these cards show the run before it/)).toBeTruthy();
  });

  it("maps the browser's out-of-memory failure to the number of partners and what to do", async () => {
    const inner = threadService();
    const service: AnalysisService = {
      run: (request, onPhase) =>
        request.kind === "analyze"
          ? Promise.reject(
              new Error(
                "The analysis stopped unexpectedly: Failed to execute 'postMessage' on 'DedicatedWorkerGlobalScope': Data cannot be cloned, out of memory.",
              ),
            )
          : inner.run(request, onPhase),
      cancel: () => inner.cancel(),
    };
    const gateway = workbookWithPartners();
    renderPane(gateway, { analysis: service });
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert.textContent).toMatch(/Too large for the pane/);
    expect(alert.textContent).toMatch(/5 partners/);
    expect(alert.textContent).toMatch(/command line/);
    expect(alert.textContent).toMatch(/filter/);
    expect(alert.textContent).not.toMatch(/postMessage|Something went wrong/);
  });
});

describe("focus and announcements", () => {
  it("moves focus to the Results heading when a run ends, and announces it politely", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    const button = screen.getByRole("button", { name: "Analyze" });
    button.focus();
    await analyze();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Results" })));
    const live = screen.getByTestId("pane-announcer");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toMatch(
      /^Analysis complete: 5 partners \(1 Strategic, 2 Focus, 1 Scale, 1 Unscored\), 2 issues, \d+ sheets written\.$/,
    );
  });

  it("puts focus back on the page's tab after an error is dismissed", async () => {
    const gateway = workbookWithPartners();
    gateway.failNext("writeReport", Object.assign(new Error("x"), { code: "AccessDenied" }));
    renderPane(gateway);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    const dismiss = within(alert).getByRole("button", { name: "Dismiss message" });
    dismiss.focus();
    fireEvent.click(dismiss);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Analyze" }));
  });

  it("keeps focus on Save settings after saving, and confirms the save", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    const momentum = await screen.findByRole("spinbutton", { name: "Momentum weight" });
    fireEvent.change(momentum, { target: { value: "2" } });
    fireEvent.blur(momentum);
    const save = screen.getByRole("button", { name: "Save settings" });
    save.focus();
    fireEvent.click(save);
    expect(await screen.findByText("Settings saved in the workbook.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Save settings" }));
  });

  it("moves focus to the next tag, then to the search box, when scenario tags are removed", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    await analyze();
    fireEvent.click(screen.getByRole("tab", { name: "Scenarios" }));
    const combo = await screen.findByRole("combobox", { name: "Partners to remove" });
    fireEvent.click(combo);
    fireEvent.click(screen.getByRole("menuitemcheckbox", { name: "Acme Cloud" }));
    fireEvent.click(screen.getByRole("menuitemcheckbox", { name: "Bolt Services" }));
    const tags = await screen
      .findByRole("toolbar", { name: "Partners to remove: chosen" })
      .catch(() => screen.getByLabelText("Partners to remove: chosen"));
    const first = within(tags).getByRole("button", { name: /Remove Acme Cloud/ });
    first.focus();
    act(() => {
      fireEvent.keyDown(first, { key: "Delete" });
    });
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/Bolt Services/));
    act(() => {
      fireEvent.keyDown(document.activeElement as Element, { key: "Delete" });
    });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Partners to remove" })),
    );
  });
});

describe("polish", () => {
  it("lists issues errors first, then warnings, then notes", async () => {
    const rows: RawCell[][] = [...smallRegister(), ["Fern Co", "Technology", "Referral", "X", "", "", 3, 3, "", 1, 1]];
    const gateway = workbookWithPartners(rows);
    renderPane(gateway);
    await paneReady(gateway);
    await analyze();
    fireEvent.click(screen.getByRole("tab", { name: "Issues" }));
    const list = await screen.findByRole("list", { name: "Issues" });
    const severities = within(list)
      .getAllByRole("button")
      .map((b) => b.getAttribute("aria-label")?.split(" ")[0]);
    expect(severities.length).toBeGreaterThanOrEqual(3);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ["Error", "Warning", "Info"].indexOf(a ?? "") - ["Error", "Warning", "Info"].indexOf(b ?? ""),
      ),
    );
    expect(severities[0]).toBe("Error");
  });

  it("says one thing about all-zero weights, not 'using 1, 1, 1' beside 'fix them'", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    for (const name of ["Fit weight", "Impact weight", "Momentum weight"]) {
      const input = await screen.findByRole("spinbutton", { name });
      fireEvent.change(input, { target: { value: "0" } });
      fireEvent.blur(input);
    }
    expect(await screen.findByText(/At least one weight must be above 0/)).toBeTruthy();
    expect(screen.queryByText(/using 1, 1, 1/)).toBeNull();
  });

  it("explains each figure an analyst interprets behind an info button", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    await analyze();
    expect(screen.getByRole("button", { name: /About the result cards/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    await screen.findByRole("spinbutton", { name: "Strategic threshold" });
    // Fluent's InfoButton is named "information" and described by its label.
    expect(screen.getAllByRole("button", { name: /information/ }).length).toBeGreaterThanOrEqual(7);
  });
});
