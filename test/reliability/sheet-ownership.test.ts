/**
 * Sheet ownership across re-runs (issue #7), beyond test/excel/write-report.test.ts: a sheet
 * the user adds among ours, the user's own names and tables, and a re-run that writes fewer
 * sheets than the last one.
 */
import { analyzeWorkbook } from "../../src/engine/analyze";
import { DEFAULT_SETTINGS, type WorkbookInput } from "../../src/engine/model";
import { runScenario } from "../../src/engine/scenario";
import { storedSettingsText } from "../../src/engine/settings";
import { buildReport } from "../../src/report";
import { buildScenarioSheet } from "../../src/report/scenario-sheet";
import { createRequestContext, FakeWorkbook } from "../excel/fake-excel";
import { partnersTable, rawTable } from "../engine/fixtures";
import { gatewayOver, RUN_AT } from "./corpus-workbook";

const PARTNERS = partnersTable([
  { Partner: "Acme", Fit: 5, Impact: 4, Momentum: 4, Capabilities: "Identity", Roles: "Co-sell" },
  { Partner: "Beta", Fit: 3, Impact: 3, Momentum: 3, Capabilities: "Billing", Roles: "Co-sell" },
]);
const CANDIDATES = rawTable(["Candidate", "Fit", "Capabilities"], [["Zeta", 5, "Analytics"]], { sheet: "Candidates" });
const RACI = rawTable(["Activity", "Dimension", "Us", "Acme"], [["Joint selling", "Delivery", "A", "R"]], {
  sheet: "Responsibilities",
});
const SETTINGS = storedSettingsText(DEFAULT_SETTINGS);

function specs(input: WorkbookInput) {
  return buildReport(analyzeWorkbook(input, DEFAULT_SETTINGS, { runAt: RUN_AT }), { saveSnapshot: true });
}

const names = (wb: FakeWorkbook) =>
  wb
    .getSheetNames()
    .filter((s) => s.visibility === "Visible")
    .map((s) => s.name);

describe("a sheet the user adds among the add-in's sheets", () => {
  it("is untouched by a re-run and keeps its position between two of ours", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Partner"]]);
    const gateway = gatewayOver(wb);
    await gateway.writeReport(specs({ partners: PARTNERS }), SETTINGS);
    // The user inserts a sheet between Tiering and Coverage and writes on it.
    const context = createRequestContext(wb);
    const mine = context.workbook.worksheets.add("My notes");
    mine.position = names(wb).indexOf("Coverage");
    mine.getRange("A1:B2").values = [
      ["Remember", "to call Acme"],
      ["Budget", 1200],
    ];
    await context.sync();
    const order = names(wb);
    expect(order.indexOf("My notes")).toBe(order.indexOf("Tiering") + 1);
    const before = wb.snapshot("My notes");

    await gateway.writeReport(specs({ partners: PARTNERS }), SETTINGS);
    expect(names(wb)).toEqual(order);
    expect(wb.snapshot("My notes")).toEqual(before);
  });
});

describe("the user's own defined names and tables", () => {
  it("survive a re-run, and ours do not take their names", async () => {
    const wb = new FakeWorkbook()
      .addSheet("Partners", [
        ["Partner", "Fit"],
        ["Acme", 4],
      ])
      .addSheet("Budget", [
        ["Item", "Amount"],
        ["Events", 500],
      ]);
    wb.addTable("Budget", "BudgetTable", "A1:B2");
    const context = createRequestContext(wb);
    context.workbook.names.add(
      "TotalBudget",
      context.workbook.worksheets.getItem("Budget").getRange("B2"),
      "the user's own name",
    );
    context.workbook.names.add("PED_Tiering", context.workbook.worksheets.getItem("Budget").getRange("A1"));
    await context.sync();
    const gateway = gatewayOver(wb);
    await gateway.writeReport(specs({ partners: PARTNERS }), SETTINGS);
    const userNames = () => wb.getNames().filter((n) => !n.name.startsWith("_PED_"));
    const namesBefore = userNames();
    const budget = wb.snapshot("Budget");

    await gateway.writeReport(specs({ partners: PARTNERS }), SETTINGS);
    expect(userNames()).toEqual(namesBefore);
    expect(namesBefore.map((n) => n.name).sort()).toEqual(["PED_Tiering", "TotalBudget"]);
    expect(wb.snapshot("Budget")).toEqual(budget);
    expect(budget.tables.map((t) => t.name)).toEqual(["BudgetTable"]);
    // A table may not share a defined name's name: ours took the next free one.
    expect(wb.snapshot("Tiering").tables.map((t) => t.name)).toEqual(["PED_Tiering2"]);
  });
});

describe("a re-run that writes fewer sheets (README: Output sheets)", () => {
  it("retires its Candidates sheet when the Candidates table is gone: a note instead of stale results", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Partner"]]).addSheet("Notes", [["mine"]]);
    const gateway = gatewayOver(wb);
    const first = await gateway.writeReport(specs({ partners: PARTNERS, candidates: CANDIDATES }), SETTINGS);
    expect(first.sheets.map((s) => s.name)).toContain("Candidates");
    expect(wb.snapshot("Candidates").tables).toHaveLength(1);
    const order = names(wb);

    const second = await gateway.writeReport(specs({ partners: PARTNERS }), SETTINGS);
    expect(second.sheets.map((s) => s.name)).not.toContain("Candidates");
    expect(names(wb)).toEqual(order);
    const retired = wb.snapshot("Candidates");
    expect(retired.tables).toEqual([]);
    expect(retired.charts).toEqual([]);
    const text = Object.values(retired.cells).map((c) => c.value);
    expect(text).toContain("Candidates");
    expect(text.join(" ")).toMatch(/found no Candidates table, so the results this sheet showed were cleared/);
    expect(text.join(" ")).not.toMatch(/Zeta/);
    expect(wb.getNames().map((n) => n.name)).toContain("_PED_candidates");

    // The table comes back: the same sheet is filled again, in place.
    await gateway.writeReport(specs({ partners: PARTNERS, candidates: CANDIDATES }), SETTINGS);
    expect(names(wb)).toEqual(order);
    expect(Object.values(wb.snapshot("Candidates").cells).map((c) => c.value)).toContain("Zeta");
    expect(wb.snapshot("Candidates").tables.map((t) => t.name)).toEqual(["PED_Candidates"]);
  });

  it("retires its Responsibilities sheet the same way", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Partner"]]);
    const gateway = gatewayOver(wb);
    const first = await gateway.writeReport(specs({ partners: PARTNERS, responsibilities: RACI }), SETTINGS);
    const sheet = first.sheets.find((s) => s.key === "responsibilities")?.name ?? "";
    await gateway.writeReport(specs({ partners: PARTNERS }), SETTINGS);
    expect(
      Object.values(wb.snapshot(sheet).cells)
        .map((c) => c.value)
        .join(" "),
    ).toMatch(/found no Responsibilities table/);
  });

  it("keeps the Tier History when a run does not save a snapshot, and the Scenario sheet when a run has no scenario", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Partner"]]);
    const gateway = gatewayOver(wb);
    const analysis = analyzeWorkbook({ partners: PARTNERS }, DEFAULT_SETTINGS, { runAt: RUN_AT });
    const scenario = runScenario(analysis.portfolio, DEFAULT_SETTINGS, { remove: ["Acme"], add: [] }, analysis);
    await gateway.writeReport(buildReport(analysis, { saveSnapshot: true, scenario }), SETTINGS);
    const kept = { history: wb.snapshot("Tier History"), scenario: wb.snapshot("Scenario") };
    await gateway.writeReport(buildReport(analysis, { saveSnapshot: false }), SETTINGS);
    expect(wb.snapshot("Tier History")).toEqual(kept.history);
    expect(wb.snapshot("Scenario")).toEqual(kept.scenario);
  });

  it("retires nothing on a partial write (the Scenario page writes only its sheet)", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Partner"]]);
    const gateway = gatewayOver(wb);
    const analysis = analyzeWorkbook({ partners: PARTNERS, candidates: CANDIDATES }, DEFAULT_SETTINGS, {
      runAt: RUN_AT,
    });
    await gateway.writeReport(buildReport(analysis, { saveSnapshot: true }), SETTINGS);
    const candidates = wb.snapshot("Candidates");
    const scenario = runScenario(analysis.portfolio, DEFAULT_SETTINGS, { remove: [], add: ["Zeta"] }, analysis);
    const { sheets } = await gateway.writeReport([buildScenarioSheet(scenario)], SETTINGS);
    expect(sheets.map((s) => s.key)).toEqual(["scenario"]);
    expect(wb.snapshot("Candidates")).toEqual(candidates);
  });
});

describe("inserting a sheet the user will own (the sample, the RACI template)", () => {
  it("gives its table a free name when the user has a defined name of that name", async () => {
    const { sampleSheets } = await import("../../src/report/sample-sheets");
    const { samplePortfolio } = await import("../../src/sample/sample-data");
    const wb = new FakeWorkbook().addSheet("Data", [["x"], [1]]);
    const context = createRequestContext(wb);
    context.workbook.names.add("Partners", context.workbook.worksheets.getItem("Data").getRange("A2"));
    await context.sync();
    const [sample] = sampleSheets(samplePortfolio());
    if (!sample) throw new Error("no sample sheet");
    const { name } = await gatewayOver(wb).insertUserSheet(sample.spec);
    expect(wb.snapshot(name).tables.map((t) => t.name.toLowerCase())).not.toContain("partners");
    expect(wb.getNames().map((n) => n.name)).toContain("Partners");
  });
});
