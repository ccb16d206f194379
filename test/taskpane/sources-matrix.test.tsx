/**
 * Issue 14 on the Sources page: the Responsibilities preview shows which column is the section
 * column and which are notes, and lets the user change how a column is read; the choice is kept
 * with the settings (which travel with the workbook) and the analysis honours it.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readStoredSettings } from "../../src/engine/settings";
import { paneReady, renderPane, workbookWithPartners } from "./render-pane";

// Whole flows through the pane: test/taskpane/timeout.ts gives each a budget for a busy machine.
const RACI_HEADER = ["Phase", "Activity", "Us", "Acme Cloud", "Notes"];
const RACI_ROWS = [
  ["Pre-sales", "Qualify", "A/R", "C", "weekly call"],
  ["Delivery", "Implement", "A", "R", null],
];

async function openResponsibilityPreview() {
  const gateway = workbookWithPartners().addTable("Responsibilities", "RACI", RACI_HEADER, RACI_ROWS);
  renderPane(gateway);
  await paneReady(gateway);
  fireEvent.click(screen.getByRole("tab", { name: "Sources" }));
  fireEvent.click(await screen.findByRole("button", { name: "Map Responsibilities columns" }));
  const preview = await screen.findByRole("table", { name: "First 5 rows of Responsibilities" });
  const header = (name: string) =>
    within(preview)
      .getAllByRole("columnheader")
      .find((th) => th.textContent?.startsWith(name)) as HTMLElement;
  return { gateway, preview, header };
}

describe("Sources: section and note columns of the Responsibilities table", () => {
  it("shows the column taken as the section column, the note column and the parties", async () => {
    const { header } = await openResponsibilityPreview();
    expect(within(header("Phase")).getByText("→ Section")).toBeTruthy();
    expect(within(header("Notes")).getByText("→ Notes (ignored)")).toBeTruthy();
    expect(within(header("Us")).getByText("→ Party")).toBeTruthy();
    expect(within(header("Activity")).getByText("→ Activity")).toBeTruthy();
    expect(
      screen.getByText('Section column: "Phase" (a blank one takes the heading row above). Ignored as notes: "Notes".'),
    ).toBeTruthy();
    const phase = screen.getByRole("combobox", { name: "Read column Phase as" }) as HTMLSelectElement;
    expect(phase.value).toBe("section");
    expect([...phase.options].map((o) => o.textContent)).toEqual(["Party", "Section (automatic)", "Notes (ignored)"]);
    expect(screen.queryByRole("combobox", { name: "Read column Activity as" })).toBeNull();
  });

  it("reads a column the user marks as a party as a party, and saves the choice in the workbook's settings", async () => {
    const { gateway, header } = await openResponsibilityPreview();
    fireEvent.change(screen.getByRole("combobox", { name: "Read column Phase as" }), { target: { value: "party" } });
    await waitFor(() => expect(within(header("Phase")).getByText("→ Party")).toBeTruthy());
    // Read as a party, "Pre-sales" is not a RACI letter: the preview's issues say so.
    expect(await screen.findByText(/"Pre-sales" is not R, A, C or I/)).toBeTruthy();
    expect(
      screen.getByText('No section column: heading rows, if any, give the sections. Ignored as notes: "Notes".'),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: "Analyze" }));
    fireEvent.click(await screen.findByRole("button", { name: "Analyze" }));
    await screen.findByRole("list", { name: "Results" });
    expect(readStoredSettings(gateway.storedSettings).settings.columnRoles).toEqual({
      responsibilities: { Phase: "party" },
    });
    // The analysis honoured it: Phase is a party column of the Responsibilities sheet's matrix.
    const matrix = gateway.reports.at(-1)?.specs.find((s) => s.key === "responsibilities");
    expect(matrix?.blocks[0]?.values[0]).toEqual([
      "Activity",
      "Dimension",
      "Phase",
      "Us",
      "Acme Cloud",
      "Status",
      "Flags",
    ]);
  });

  it("takes the column the user marks as section, and notes back as the analysis reads them", async () => {
    const { header } = await openResponsibilityPreview();
    fireEvent.change(screen.getByRole("combobox", { name: "Read column Notes as" }), { target: { value: "section" } });
    await waitFor(() => expect(within(header("Notes")).getByText("→ Section")).toBeTruthy());
    expect(within(header("Phase")).getByText("→ Section, second (ignored)")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Read column Notes as" }), { target: { value: "notes" } });
    await waitFor(() => expect(within(header("Phase")).getByText("→ Section")).toBeTruthy());
  });
});
