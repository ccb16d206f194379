import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { describeError } from "../../src/taskpane/app/describe-error";
import { themeForBackground } from "../../src/taskpane/app/theme";
import { FakeExcelError } from "./memory-gateway";
import { paneReady, renderPane, workbookWithPartners } from "./render-pane";

describe("the task pane shell", () => {
  it("outside Excel, explains what the add-in does and how to load it instead of a blank page", () => {
    renderPane(null);
    expect(screen.getByRole("heading", { name: "Open this add-in from Excel" })).toBeTruthy();
    expect(screen.getByText(/Upload My Add-in/)).toBeTruthy();
    expect(screen.queryByRole("tablist")).toBeNull();
  });

  it("offers the five pages as tabs, Analyze first", async () => {
    const gateway = workbookWithPartners();
    renderPane(gateway);
    const list = within(screen.getByRole("tablist", { name: "Pages" }));
    const names = ["Analyze", "Sources", "Settings", "Issues", "Scenarios"];
    expect(list.getAllByRole("tab")).toEqual(names.map((name) => list.getByRole("tab", { name })));
    expect(list.getByRole("tab", { name: "Analyze" }).getAttribute("aria-selected")).toBe("true");
    await paneReady(gateway);
  });

  it("shows an Excel error in a MessageBar, in words, with its code", async () => {
    const gateway = workbookWithPartners().failNext("readInputs", new FakeExcelError("InvalidOperationInCellEditMode"));
    renderPane(gateway);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Finish editing the cell in Excel, then try again.");
    expect(alert.textContent).toContain("InvalidOperationInCellEditMode");
    fireEvent.click(within(alert).getByRole("button", { name: "Dismiss message" }));
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });

  it("says what may hold Excel when a round trip goes unanswered, and clears it when Excel answers", async () => {
    const gateway = workbookWithPartners();
    let tell: (waiting: boolean) => void = () => undefined;
    Object.assign(gateway, {
      watchSlowSync: (listener: (waiting: boolean) => void) => {
        tell = listener;
        return () => undefined;
      },
    });
    renderPane(gateway);
    await paneReady(gateway);
    act(() => tell(true));
    expect((await screen.findByText("Waiting for Excel")).closest('[role="status"]')?.textContent).toContain(
      "If you are editing a cell, press Enter or Esc",
    );
    act(() => tell(false));
    await waitFor(() => expect(screen.queryByText("Waiting for Excel")).toBeNull());
  });

  it("follows Office's dark theme when told to", () => {
    const { container } = renderPane(null, { theme: "dark" });
    const provider = container.querySelector(".fui-FluentProvider") as HTMLElement;
    expect(provider.dataset.theme).toBe("dark");
    // FluentProvider puts the theme's tokens in a rule for a class of its own root element.
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]) as CSSStyleRule[];
    const own = rules
      .filter((r) => [...provider.classList].some((c) => r.selectorText === `.${c}`))
      .map((r) => r.cssText)
      .join("\n");
    expect(own).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    expect(webDarkTheme.colorNeutralBackground1).not.toBe(webLightTheme.colorNeutralBackground1);
  });
});

describe("themeForBackground", () => {
  it("reads a dark body background as the dark theme", () => {
    expect(themeForBackground("#262626")).toBe("dark");
    expect(themeForBackground("#1F1F1F")).toBe("dark");
  });
  it("reads a light or unknown background as the light theme", () => {
    expect(themeForBackground("#FFFFFF")).toBe("light");
    expect(themeForBackground("#E6E6E6")).toBe("light");
    expect(themeForBackground(undefined)).toBe("light");
    expect(themeForBackground("teal")).toBe("light");
  });
});

describe("describeError", () => {
  it("says what to do when a cell is being edited", () => {
    expect(describeError({ code: "InvalidOperationInCellEditMode" }).message).toBe(
      "Finish editing the cell in Excel, then try again.",
    );
  });
  it("finds Excel's code along the cause chain and keeps what failed as the title", () => {
    const wrapped = Object.assign(new Error("Could not write the result sheets. Excel reported: boom"), {
      code: "ItemNotFound",
      cause: { code: "ItemNotFound" },
    });
    const report = describeError(wrapped);
    expect(report.title).toBe("Could not write the result sheets");
    expect(report.code).toBe("ItemNotFound");
    expect(report.message).toMatch(/renamed or deleted/);
  });
  it("treats a workbook that cannot be analysed as a warning with the engine's reason", () => {
    const e = new Error("The Partners table has no Partner column.");
    e.name = "CannotAnalyzeError";
    expect(describeError(e)).toMatchObject({ intent: "warning", message: "The Partners table has no Partner column." });
  });
  it("never shows an empty message", () => {
    expect(describeError(undefined).message).toBe("An unexpected error occurred.");
  });
});
