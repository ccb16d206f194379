import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readStoredSettings } from "../../src/engine/settings";
import { choiceOf, choiceValue } from "../../src/taskpane/sources/source-choice";
import { MemoryGateway } from "./memory-gateway";
import { PARTNER_HEADER, paneReady, renderPane, smallRegister, workbookWithPartners } from "./render-pane";

// Whole flows through the pane: Fluent renders slowly under jsdom, more so on a busy machine.
jest.setTimeout(30_000);

async function openSources() {
  fireEvent.click(screen.getByRole("tab", { name: "Sources" }));
  await screen.findByRole("heading", { name: "Partners (required)" });
}

function pick(combobox: string, option: string | RegExp) {
  fireEvent.click(screen.getByRole("combobox", { name: combobox }));
  fireEvent.click(screen.getByRole("option", { name: option }));
}

describe("Sources", () => {
  it("shows where each input was found", async () => {
    const gateway = workbookWithPartners().addTable(
      "Capabilities",
      "Needs",
      ["Capability", "Priority"],
      [["Hosting", 5]],
    );
    renderPane(gateway);
    await paneReady(gateway);
    await openSources();
    expect(screen.getByText("Reading Partners (table on Register).")).toBeTruthy();
    expect(screen.getByText("Reading Capabilities (table on Needs).")).toBeTruthy();
    // Candidates, Responsibilities, Maturity, Expectations.
    expect(screen.getAllByText("Not found; optional.")).toHaveLength(4);
  });

  it("mapping a renamed column changes the read: the Partner column is found and Analyze runs", async () => {
    const header = ["Company Label", ...PARTNER_HEADER.slice(1)];
    const gateway = workbookWithPartners(smallRegister(), header);
    renderPane(gateway);
    await paneReady(gateway);
    await openSources();
    const preview = await screen.findByRole("table", { name: "First 5 rows of Partners" });
    expect(within(preview).getAllByRole("columnheader")[0]?.textContent).toBe("Company Labelignored");
    expect(await screen.findByText(/has no "Partner" column/, { selector: ".fui-MessageBarBody" })).toBeTruthy();

    pick("Partner column", "Company Label");
    await waitFor(() =>
      expect(within(preview).getAllByRole("columnheader")[0]?.textContent).toBe("Company Label→ Partner"),
    );
    await waitFor(() =>
      expect(screen.queryByText(/has no "Partner" column/, { selector: ".fui-MessageBarBody" })).toBeNull(),
    );
    expect(await screen.findByText(/issue in these rows|issues in these rows|No issues in these rows/)).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: "Analyze" }));
    fireEvent.click(await screen.findByRole("button", { name: "Analyze" }));
    await screen.findByRole("button", { name: /^Tiering: 5 partners/ }, { timeout: 5000 });
    expect(readStoredSettings(gateway.storedSettings).settings.columnMapping.partners).toEqual({
      name: "Company Label",
    });
  });

  it("lets the user pick a sheet for Partners when none is found by name, and saves the choice", async () => {
    const gateway = new MemoryGateway().addSheet("Register", [PARTNER_HEADER, ...smallRegister()]);
    renderPane(gateway);
    fireEvent.click(await screen.findByRole("button", { name: "Choose a table…" }));
    await screen.findByRole("heading", { name: "Partners (required)" });
    expect(screen.getByText("No Partners table found.")).toBeTruthy();
    pick("Partners source", /^Register \(sheet\)/);
    expect(await screen.findByText("Reading Register (sheet).")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Analyze" }));
    fireEvent.click(await screen.findByRole("button", { name: "Analyze" }));
    await screen.findByRole("list", { name: "Results" }, { timeout: 5000 });
    expect(readStoredSettings(gateway.storedSettings).settings.inputs.partners).toEqual({
      kind: "sheet",
      sheet: "Register",
    });
  });

  it("can turn an optional input off", async () => {
    const gateway = workbookWithPartners().addTable("Capabilities", "Needs", ["Capability"], [["Hosting"]]);
    renderPane(gateway);
    await paneReady(gateway);
    await openSources();
    pick("Capabilities source", "None (do not use)");
    await waitFor(() => expect(screen.getAllByText("Not found; optional.")).toHaveLength(4));
  });

  it("reads a stored choice of table when the pane opens", async () => {
    const gateway = workbookWithPartners().addTable(
      "OldPartners",
      "Archive",
      PARTNER_HEADER,
      smallRegister().slice(0, 2),
    );
    gateway.storedSettings = JSON.stringify({
      version: 1,
      settings: { inputs: { partners: { kind: "table", name: "OldPartners" } } },
    });
    renderPane(gateway);
    await paneReady(gateway);
    await openSources();
    expect(await screen.findByText("Reading OldPartners (table on Archive).")).toBeTruthy();
  });
});

describe("source choices as option values", () => {
  it("round-trips tables, sheets, none and automatic, names with colons included", () => {
    for (const c of [{ kind: "table", name: "A:B" }, { kind: "sheet", sheet: "Q1: plan" }, { kind: "none" }] as const) {
      expect(choiceOf(choiceValue(c))).toEqual(c);
    }
    expect(choiceOf(choiceValue(undefined))).toBeUndefined();
  });
});

describe("Sources refresh", () => {
  it("finds a table added in Excel while the pane is open", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    await openSources();
    gateway.addTable("Candidates", "Pipeline", ["Candidate", "Fit"], [["Nova", 4]]);
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(await screen.findByText("Reading Candidates (table on Pipeline).")).toBeTruthy();
  });
});

describe("RACI template", () => {
  it("inserts a Responsibilities matrix naming every partner when the workbook has none, and then reads it", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    await openSources();
    fireEvent.click(screen.getByRole("button", { name: "Create responsibility matrix" }));
    expect(await screen.findByText(/^Reading .*\(table on Responsibilities\)\.$/)).toBeTruthy();
    const header = gateway.inserted[0]!.blocks[0]!.values[0];
    expect(header).toEqual(expect.arrayContaining(["Activity", "Dimension", "Acme Cloud", "Echo Labs"]));
    expect(gateway.activated).toEqual(["Responsibilities"]);
    expect(screen.queryByRole("button", { name: "Create responsibility matrix" })).toBeNull();
  });
});
