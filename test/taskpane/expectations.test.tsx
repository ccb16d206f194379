import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { amountProblem, draftFromTable, draftRows } from "../../src/taskpane/settings/expectations-draft";
import { rawTable } from "../engine/fixtures";
import { paneReady, renderPane, workbookWithPartners } from "./render-pane";

// Whole flows through the pane: Fluent renders slowly under jsdom, more so on a busy machine.
jest.setTimeout(30_000);

async function openSettings() {
  fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
  await screen.findByRole("group", { name: "Tier expectations" });
}

const typeInto = (name: string, value: string) =>
  fireEvent.change(screen.getByRole("textbox", { name }), { target: { value } });

describe("Tier expectations editor (SPEC §2.10)", () => {
  it("previews who would fall below before anything is written", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    await openSettings();
    // Acme Cloud is the one Strategic partner (revenue 300,000); Bolt and Crux are Focus.
    typeInto("Strategic min revenue", "500000");
    const table = await screen.findByRole("table", { name: "Partners that would fall below expectations" });
    expect(
      within(table)
        .getAllByRole("row")
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(["Acme CloudStrategicbelow-revenue"]);
    expect(screen.getByText(/1 partner would fall below/)).toBeTruthy();
    expect(gateway.savedExpectations).toEqual([]);
    typeInto("Strategic min revenue", "300000");
    await waitFor(() => expect(screen.getByText(/No partner would fall below · 1 would meet/)).toBeTruthy());
  });

  it("refuses an amount that is not a number ≥ 0, and cannot save until it is fixed", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    await openSettings();
    typeInto("Focus max investment", "1,000");
    expect(await screen.findByText(/Not a number/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Create Expectations table" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it("creates the Expectations table on request when the workbook has none, then reads it", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    await openSettings();
    typeInto("Scale max investment", "20000");
    fireEvent.click(screen.getByRole("button", { name: "Create Expectations table" }));
    await screen.findByText("Created the table Expectations on the sheet Expectations.");
    expect(gateway.savedExpectations[0]).toContainEqual({
      tier: "Scale",
      minPipeline: null,
      minRevenue: null,
      maxInvestment: 20000,
    });
    expect(gateway.tables.map((t) => t.name)).toContain("Expectations");
    await waitFor(() => expect(screen.getByRole("button", { name: "Save expectations" })).toBeTruthy());
  });

  it("starts from the workbook's Expectations table and updates it in place", async () => {
    const gateway = workbookWithPartners().addTable(
      "Expectations",
      "Tier rules",
      ["Tier", "Min Revenue", "Notes"],
      [["Focus", 80000, "agreed in Q1"]],
    );
    renderPane(gateway);
    await paneReady(gateway);
    await openSettings();
    expect((screen.getByRole("textbox", { name: "Focus min revenue" }) as HTMLInputElement).value).toBe("80000");
    typeInto("Focus min revenue", "95000");
    fireEvent.click(screen.getByRole("button", { name: "Save expectations" }));
    await screen.findByText("Saved to the table Expectations.");
    const sheet = gateway.sheets.find((s) => s.name === "Tier rules");
    expect(sheet?.grid[1]).toEqual(["Focus", 95000, "agreed in Q1"]);
  });
});

describe("expectations draft", () => {
  it("reads the table's usable rows, blank where a tier or an amount is missing", () => {
    const d = draftFromTable(
      rawTable(
        ["Tier", "Max Investment"],
        [
          ["Scale", 5],
          ["Gold", 1],
        ],
      ),
    );
    expect(d.Scale.maxInvestment).toBe("5");
    expect(d.Strategic.minRevenue).toBe("");
  });

  it("accepts blanks and numbers ≥ 0, refuses the rest", () => {
    expect([amountProblem(""), amountProblem(" 12.5 "), amountProblem("0")]).toEqual([null, null, null]);
    expect(amountProblem("-1")).toBe("Must be 0 or more.");
    expect(amountProblem("$5")).toMatch(/Not a number/);
    const d = draftFromTable(null);
    d.Focus.minPipeline = "x";
    expect(draftRows(d)).toBeNull();
  });
});
