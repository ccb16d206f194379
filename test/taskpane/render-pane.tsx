/** Renders the task pane over an in-memory workbook, as the component tests use it. */
import { render, screen, waitFor } from "@testing-library/react";
import type { RawCell } from "../../src/engine/model";
import type { AnalysisService } from "../../src/taskpane/analysis/service";
import { App } from "../../src/taskpane/app/App";
import type { ThemeName } from "../../src/taskpane/app/theme";
import { MemoryGateway } from "./memory-gateway";

export const PARTNER_HEADER: RawCell[] = [
  "Partner",
  "Type",
  "Roles",
  "Capabilities",
  "Segments",
  "Regions",
  "Fit",
  "Impact",
  "Momentum",
  "Investment",
  "Revenue",
];

/** A small register: four scored partners (tiers Strategic, Focus, Focus, Scale) and one bad Fit. */
export function smallRegister(): RawCell[][] {
  return [
    ["Acme Cloud", "Technology", "Co-sell", "Hosting; Security", "Enterprise", "EMEA", 5, 4, 4, 100000, 300000],
    ["Bolt Services", "Services", "Co-sell", "Implementation", "Enterprise", "EMEA", 3, 3, 3, 50000, 90000],
    ["Crux Data", "Technology", "Integrate", "Analytics", "", "", 3, 3, 2.5, 40000, 50000],
    ["Dune Resellers", "Reseller", "Co-market", "Implementation", "SMB", "", 2, 1, 1, 10000, 5000],
    ["Echo Labs", "Technology", "Co-sell", "Analytics", "", "", "high", 3, 3, 20000, 10000],
  ];
}

export function workbookWithPartners(rows = smallRegister(), header = PARTNER_HEADER): MemoryGateway {
  return new MemoryGateway().addTable("Partners", "Register", header, rows);
}

export function renderPane(
  gateway: MemoryGateway | null,
  options: { theme?: ThemeName; analysis?: AnalysisService } = {},
) {
  return render(<App gateway={gateway} theme={options.theme ?? "light"} analysis={options.analysis} />);
}

/** Waits until the pane has read the workbook. */
export async function paneReady(gateway: MemoryGateway): Promise<void> {
  await waitFor(() => expect(gateway.calls).toContain("readInputs"));
  await waitFor(() => expect(screen.queryByText("Reading the workbook…")).toBeNull());
}
