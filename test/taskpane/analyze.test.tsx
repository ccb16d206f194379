import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readStoredSettings } from "../../src/engine/settings";
import { SteeredService } from "./fake-service";
import { MemoryGateway } from "./memory-gateway";
import { PARTNER_HEADER, paneReady, renderPane, workbookWithPartners } from "./render-pane";

// Whole flows through the pane: Fluent renders slowly under jsdom, more so on a busy machine.
jest.setTimeout(30_000);

async function analyze(gateway: MemoryGateway) {
  await paneReady(gateway);
  fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
  await screen.findByRole("list", { name: "Results" }, { timeout: 5000 });
}

describe("Analyze", () => {
  it("writes the result sheets and shows partners per tier and issues by severity", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await analyze(gateway);
    const written = gateway.reports[0]!.specs.map((s) => s.key);
    expect(written).toEqual(expect.arrayContaining(["summary", "tiering", "issues", "history"]));
    const tiering = screen.getByRole("button", { name: /^Tiering: 5 partners/ });
    expect(tiering.textContent).toContain("1 Strategic");
    expect(screen.getByRole("button", { name: /^Issues: / }).textContent).toMatch(/1 error/);
  });

  it("saves the settings into the workbook on every run", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await analyze(gateway);
    expect(readStoredSettings(gateway.storedSettings).settings.weights).toEqual({ fit: 1, impact: 1, momentum: 1 });
    expect(gateway.reports[0]!.settingsText).toBe(gateway.storedSettings);
  });

  it("brings a result's sheet to the front when its card is chosen", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await analyze(gateway);
    fireEvent.click(screen.getByRole("button", { name: /^Tiering: / }));
    fireEvent.click(screen.getByRole("button", { name: /^Summary: / }));
    await waitFor(() => expect(gateway.activated).toEqual(["Tiering", "Summary"]));
  });

  it("opens the Issues page, not the Issues sheet, from the Issues card", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await analyze(gateway);
    fireEvent.click(screen.getByRole("button", { name: /^Issues: .* Opens the Issues page\.$/ }));
    expect(await screen.findByRole("list", { name: "Issues" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Issues" }).getAttribute("aria-selected")).toBe("true");
    expect(gateway.activated).toEqual([]);
  });

  it("opens the sheet the output went to when a user's sheet had the name", async () => {
    const gateway = workbookWithPartners().addSheet("Tiering", [["my own notes"]]);
    renderPane(gateway);
    await analyze(gateway);
    fireEvent.click(screen.getByRole("button", { name: /^Tiering: / }));
    await waitFor(() => expect(gateway.activated).toEqual(["Tiering (2)"]));
    expect(gateway.gridOf("Tiering")).toEqual([["my own notes"]]);
  });

  it("leaves Tier History alone when the snapshot option is cleared", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    const option = screen.getByRole("checkbox", { name: "Save a snapshot to Tier History" }) as HTMLInputElement;
    expect(option.checked).toBe(true);
    fireEvent.click(option);
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    await screen.findByRole("list", { name: "Results" });
    expect(gateway.reports[0]!.specs.map((s) => s.key)).not.toContain("history");
  });

  it("shows progress by phase and can be cancelled, writing nothing", async () => {
    const gateway = workbookWithPartners();
    const service = new SteeredService();
    renderPane(gateway, { analysis: service });
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    await waitFor(() => expect(service.held).toHaveLength(1));
    act(() => service.held[0]!.phase("tiering"));
    expect(screen.getByText("Tiering partners…").getAttribute("role")).toBe("status");
    const bar = screen.getByRole("progressbar", { name: "Analysis progress" });
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeGreaterThan(0);
    // Disabled but focusable: Enter on Analyze leaves the focus on it, not on <body>.
    expect(screen.getByRole("button", { name: "Analyze" }).getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(service.cancels).toBe(1);
    expect(await screen.findByText("Analysis cancelled. Nothing was written.")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(gateway.reports).toHaveLength(0);
  });

  it("does not offer Cancel while the sheets are being written", async () => {
    const gateway = workbookWithPartners();
    const release = gateway.hold("writeReport");
    renderPane(gateway);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    await screen.findByText(/^Writing sheets/, {}, { timeout: 5000 });
    expect(screen.getByRole("button", { name: "Cancel" }).hasAttribute("disabled")).toBe(true);
    release();
    await screen.findByRole("list", { name: "Results" });
  });

  it("says why a workbook cannot be analysed and offers the Sources page", async () => {
    const header = ["Company Label", ...PARTNER_HEADER.slice(1)];
    const gateway = workbookWithPartners(undefined, header);
    renderPane(gateway);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/cannot be analysed/);
    expect(alert.textContent).toMatch(/Partner/);
    fireEvent.click(within(alert).getByRole("button", { name: "Open Sources" }));
    expect(screen.getByRole("tab", { name: "Sources" }).getAttribute("aria-selected")).toBe("true");
    await screen.findByRole("heading", { name: "Partners (required)" });
    expect(gateway.reports).toHaveLength(0);
  });
});

describe("first run", () => {
  it("offers the sample when the workbook has no Partners table, and inserts its tables", async () => {
    const gateway = new MemoryGateway().addSheet("Sheet1", [["hello"]]);
    renderPane(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Insert sample data" }));
    await screen.findByRole("button", { name: "Analyze" }, { timeout: 5000 });
    expect(gateway.inserted.map((s) => s.name)).toEqual([
      "Partners",
      "Capabilities",
      "Candidates",
      "Responsibilities",
      "Maturity",
      "Expectations",
    ]);
    expect(gateway.activated).toEqual(["Partners"]);
    fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
    await screen.findByRole("list", { name: "Results" }, { timeout: 5000 });
    expect(screen.getByRole("button", { name: /^Responsibilities: / })).toBeTruthy();
  });

  it("does not insert a sample table the workbook already has", async () => {
    const gateway = new MemoryGateway().addTable("Capabilities", "Mine", ["Capability"], [["Payments"]]);
    renderPane(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Insert sample data" }));
    await screen.findByRole("button", { name: "Analyze" }, { timeout: 5000 });
    expect(gateway.inserted.map((s) => s.name)).not.toContain("Capabilities");
  });

  it("goes to Sources to choose a table", async () => {
    const gateway = new MemoryGateway().addSheet("Register", [["Name"], ["Acme"]]);
    renderPane(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Choose a table…" }));
    expect(screen.getByRole("tab", { name: "Sources" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByText("No Partners table found.")).toBeTruthy();
  });
});
