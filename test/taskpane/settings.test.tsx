import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readStoredSettings } from "../../src/engine/settings";
import { fieldIssue } from "../../src/taskpane/settings/field-issues";
import { readSettings } from "../../src/engine/settings";
import type { RawCell } from "../../src/engine/model";
import { type AnalysisService, threadService } from "../../src/taskpane/analysis/service";
import { SIMULATION_SHOWN } from "../../src/taskpane/settings/useTierSimulation";
import { workerService } from "../../src/taskpane/analysis/worker-client";
import { LoopbackWorker } from "./loopback-worker";
import { paneReady, PARTNER_HEADER, renderPane, workbookWithPartners } from "./render-pane";

// Whole flows through the pane: Fluent renders slowly under jsdom, more so on a busy machine.
jest.setTimeout(30_000);

/** Kite is Fit-heavy: composite 60 (Focus) with equal weights, Strategic once Fit weighs 5. */
function register() {
  return workbookWithPartners(
    [
      ["Acme Cloud", "Technology", "Co-sell", "Hosting", "", "", 5, 4, 4, 100000, 300000],
      ["Kite Systems", "Technology", "Co-sell", "Hosting", "", "", 5, 2, 2, 50000, 90000],
      ["Dune Resellers", "Reseller", "Co-market", "Implementation", "", "", 2, 1, 1, 10000, 5000],
    ],
    PARTNER_HEADER,
  );
}

/** The tier simulator's answer (the pane has other status lines: the run's, the live region). */
function simulatorStatus(): HTMLElement {
  return within(screen.getByRole("region", { name: "Tier simulator" })).getByRole("status");
}

function typeInto(name: string, value: string) {
  const input = screen.getByRole("spinbutton", { name });
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

async function openSettings() {
  fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
  await screen.findByRole("form", { name: "Settings" });
}

describe("Settings", () => {
  it("labels every control so it can be reached by name", async () => {
    const gateway = register();
    renderPane(gateway);
    await paneReady(gateway);
    await openSettings();
    for (const name of [
      "Fit weight",
      "Impact weight",
      "Momentum weight",
      "Strategic threshold",
      "Focus threshold",
      "Candidate fit gate",
      "Conflict threshold",
    ]) {
      expect(screen.getByRole("spinbutton", { name })).toBeTruthy();
    }
    expect(screen.getByRole("radiogroup", { name: "Tier partners by" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Scoring scale" })).toBeTruthy();
  });

  it("shows only the quotas in quota mode", async () => {
    const gateway = register();
    renderPane(gateway);
    await paneReady(gateway);
    await openSettings();
    fireEvent.click(screen.getByRole("radio", { name: /Quotas/ }));
    expect(screen.getByRole("spinbutton", { name: "Strategic quota (%)" })).toBeTruthy();
    expect(screen.queryByRole("spinbutton", { name: "Strategic threshold" })).toBeNull();
  });

  it("tier simulator: says at once which partners a new weight would move, before anything is written", async () => {
    const gateway = register();
    renderPane(gateway);
    await paneReady(gateway);
    await openSettings();
    await waitFor(() => expect(simulatorStatus().textContent).toBe("No partner would change tier"));
    typeInto("Fit weight", "5");
    await waitFor(() => expect(simulatorStatus().textContent).toBe("1 partner would change tier"));
    const table = screen.getByRole("table", { name: "Partners that would change tier" });
    const cells = within(table)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells).toEqual(["Kite Systems", "Focus", "Strategic"]);
    expect(gateway.reports).toHaveLength(0);
    expect(gateway.savedSettings).toHaveLength(0);
  });

  it("tier simulator follows a threshold and the mode", async () => {
    const gateway = register();
    renderPane(gateway);
    await paneReady(gateway);
    await openSettings();
    typeInto("Strategic threshold", "55");
    await waitFor(() => expect(simulatorStatus().textContent).toBe("1 partner would change tier"));
    fireEvent.click(screen.getByRole("radio", { name: /Quotas/ }));
    // Quotas 10% / 30% of 3: Acme Strategic, Kite Focus, Dune Scale — as now.
    await waitFor(() => expect(simulatorStatus().textContent).toBe("No partner would change tier"));
  });

  it("shows an invalid value under its control and blocks saving", async () => {
    const gateway = register();
    renderPane(gateway);
    await paneReady(gateway);
    await openSettings();
    typeInto("Focus threshold", "90");
    expect(await screen.findByText(/Focus above Strategic/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save settings" }).getAttribute("aria-disabled")).toBe("true");
    typeInto("Fit weight", "abc");
    expect(await screen.findByText("Enter a number.")).toBeTruthy();
    expect(simulatorStatus().textContent).toMatch(/Fix the values/);
  });

  it("saves the settings into the workbook", async () => {
    const gateway = register();
    renderPane(gateway);
    await paneReady(gateway);
    await openSettings();
    typeInto("Momentum weight", "2");
    fireEvent.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(gateway.savedSettings).toHaveLength(1));
    expect(readStoredSettings(gateway.storedSettings).settings.weights.momentum).toBe(2);
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Save settings" }).getAttribute("aria-disabled")).toBe("true"),
    );
  });

  it("starts from the settings stored in the workbook", async () => {
    const gateway = register();
    gateway.storedSettings = JSON.stringify({ version: 1, settings: { weights: { fit: 3 }, mode: "quota" } });
    renderPane(gateway);
    await paneReady(gateway);
    await openSettings();
    expect((screen.getByRole("spinbutton", { name: "Fit weight" }) as HTMLInputElement).value).toBe("3");
    expect((screen.getByRole("radio", { name: /Quotas/ }) as HTMLInputElement).checked).toBe(true);
  });
});

describe("tier simulator at scale", () => {
  it("asks the analysis service, which holds the rows, for the moves shown only: no rows or partners cross per change", async () => {
    const rows: RawCell[][] = Array.from({ length: 5_001 }, (_, i) => [
      `P${i}`,
      "",
      "",
      "",
      "",
      "",
      1 + (i % 5),
      1 + ((i * 3) % 5),
      1 + ((i * 7) % 5),
      0,
      0,
    ]);
    const gateway = workbookWithPartners(rows, PARTNER_HEADER);
    const inner = threadService();
    const kinds: string[] = [];
    const replies: unknown[] = [];
    const recording: AnalysisService = {
      run: (request, onPhase) => {
        kinds.push(request.kind);
        // Every request but the one that hands the rows over is small.
        if (request.kind !== "hold") expect(JSON.stringify(request).length).toBeLessThan(20_000);
        return inner.run(request, onPhase).then((r) => {
          if (request.kind === "simulate") replies.push(r);
          return r;
        });
      },
      cancel: () => inner.cancel(),
    };
    renderPane(gateway, { analysis: recording });
    await paneReady(gateway);
    await openSettings();
    typeInto("Fit weight", "4");
    await waitFor(() => expect(simulatorStatus().textContent).toMatch(/partners would change tier$/), {
      timeout: 15000,
    });
    expect(kinds).toContain("simulate");
    expect(kinds).not.toContain("portfolio");
    expect(kinds).not.toContain("tiers");
    const last = replies.at(-1) as { changes: unknown[]; changed: number };
    expect(last.changed).toBeGreaterThan(SIMULATION_SHOWN);
    expect(last.changes).toHaveLength(SIMULATION_SHOWN);
    expect(simulatorStatus().textContent).toBe(`${last.changed} partners would change tier`);
    expect(screen.getByText(`…and ${last.changed - SIMULATION_SHOWN} more.`)).toBeTruthy();
  });
});

describe("the tier simulator after a cancelled run", () => {
  it("reads the workbook again when the restarted service no longer holds the rows, and answers from them", async () => {
    const gateway = register();
    const service = workerService(() => new LoopbackWorker());
    renderPane(gateway, { analysis: service });
    await paneReady(gateway);
    const reads = gateway.calls.filter((c) => c === "readInputs").length;
    // What Cancel does to a computing run: the worker is terminated and a new one holds nothing.
    service.cancel();
    await openSettings();
    typeInto("Fit weight", "5");
    await waitFor(() => expect(simulatorStatus().textContent).toBe("1 partner would change tier"), { timeout: 15000 });
    expect(gateway.calls.filter((c) => c === "readInputs").length).toBe(reads + 1);
  });
});

describe("fieldIssue", () => {
  it("finds the issue about one setting and no other", () => {
    const { issues } = readSettings({ weights: { fit: -1 }, fitGate: 200 });
    expect(fieldIssue(issues, "weights.fit")).toMatch(/^Setting weights.fit = -1/);
    expect(fieldIssue(issues, "fitGate")).toMatch(/^Setting fitGate = 200/);
    expect(fieldIssue(issues, "weights")).toBeNull();
    expect(fieldIssue(issues, "weights.impact")).toBeNull();
  });
});
