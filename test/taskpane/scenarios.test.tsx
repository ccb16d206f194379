import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { paneReady, renderPane, workbookWithPartners } from "./render-pane";

// Whole flows through the pane: Fluent renders slowly under jsdom, more so on a busy machine.
jest.setTimeout(30_000);

async function analyzeThenOpenScenarios() {
  const gateway = workbookWithPartners().addTable(
    "Candidates",
    "Prospects",
    ["Candidate", "Capabilities", "Roles", "Fit", "Impact", "Momentum"],
    [["Nova Hosting", "Hosting; Security", "Integrate", 4, 4, 4]],
  );
  renderPane(gateway);
  await paneReady(gateway);
  fireEvent.click(screen.getByRole("button", { name: "Analyze" }));
  await screen.findByRole("list", { name: "Results" }, { timeout: 5000 });
  fireEvent.click(screen.getByRole("tab", { name: "Scenarios" }));
  await screen.findByRole("combobox", { name: "Partners to remove" });
  return gateway;
}

function choose(combobox: string, option: string) {
  fireEvent.click(screen.getByRole("combobox", { name: combobox }));
  fireEvent.click(screen.getByRole("menuitemcheckbox", { name: option }));
}

describe("Scenarios", () => {
  it("asks for an analysis first", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    await paneReady(gateway);
    fireEvent.click(screen.getByRole("tab", { name: "Scenarios" }));
    expect(await screen.findByText(/Run Analyze first/)).toBeTruthy();
  });

  it("shows the gaps a leaving partner opens, the severity before and after, and its tier change", async () => {
    const gateway = await analyzeThenOpenScenarios();
    choose("Partners to remove", "Acme Cloud");
    const opened = await screen.findByRole("region", { name: "Gaps opened" }, { timeout: 5000 });
    expect(
      within(opened)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Hosting (severity 3)", "Security (severity 3)"]);
    expect(screen.getByText("0 → 6")).toBeTruthy();
    const tiers = screen.getByRole("region", { name: "Tier changes" });
    expect(within(tiers).getByText("Acme Cloud: Strategic → gone")).toBeTruthy();
    expect(gateway.reports).toHaveLength(1);
  });

  it("shows that a joining candidate closes those gaps again", async () => {
    await analyzeThenOpenScenarios();
    choose("Partners to remove", "Acme Cloud");
    await screen.findByRole("region", { name: "Gaps opened" }, { timeout: 5000 });
    choose("Candidates to add", "Nova Hosting");
    await waitFor(() => expect(screen.queryByRole("region", { name: "Gaps opened" })).toBeNull());
    expect(
      within(await screen.findByRole("region", { name: "Tier changes" })).getByText(/^Nova Hosting: not a partner → /),
    ).toBeTruthy();
  });

  it("writes the scenario to the Scenario sheet, and only that sheet, then shows it", async () => {
    const gateway = await analyzeThenOpenScenarios();
    const settingsBefore = gateway.storedSettings;
    choose("Partners to remove", "Acme Cloud");
    fireEvent.click(await screen.findByRole("button", { name: "Write to the Scenario sheet" }));
    expect(await screen.findByText("Written to Scenario.")).toBeTruthy();
    expect(gateway.reports[1]!.specs.map((s) => s.key)).toEqual(["scenario"]);
    expect(gateway.storedSettings).toBe(settingsBefore);
    expect(gateway.activated).toEqual(["Scenario"]);
  });

  it("removes a choice again from its tag", async () => {
    await analyzeThenOpenScenarios();
    choose("Partners to remove", "Acme Cloud");
    await screen.findByRole("region", { name: "Gaps opened" }, { timeout: 5000 });
    fireEvent.click(screen.getByRole("button", { name: "Remove Acme Cloud" }));
    await waitFor(() => expect(screen.getByText(/Choose partners to remove/)).toBeTruthy());
  });
});
