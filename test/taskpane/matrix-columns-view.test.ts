/** The Sources preview's reading of a Responsibilities table's columns (SPEC §1, issue 14). */
import { DEFAULT_SETTINGS, type RawCell, type Settings } from "../../src/engine/model";
import { chooseColumnRole, matrixView } from "../../src/taskpane/sources/matrix-columns-view";
import { rawTable } from "../engine/fixtures";

const table = (header: RawCell[]) => rawTable(header, [], { sheet: "RACI" });
const withRoles = (roles: Record<string, "party" | "section" | "notes">): Settings => ({
  ...DEFAULT_SETTINGS,
  columnRoles: { responsibilities: roles },
});

describe("matrixView", () => {
  it("says which column is the section column, which are notes and which are parties, as the analysis reads them", () => {
    const view = matrixView(
      table(["Phase", "Activity", "Dimension", "Us", "Acme", "Notes", "Workstream", null]),
      DEFAULT_SETTINGS,
      null,
    );
    expect(view.form).toBe("wide");
    expect(view.columns.map((c) => [c.header, c.readAs, c.role])).toEqual([
      ["Phase", "Section", "section"],
      ["Activity", "Activity", null],
      ["Dimension", "Dimension", null],
      ["Us", "Party", "party"],
      ["Acme", "Party", "party"],
      ["Notes", "Notes (ignored)", "notes"],
      ["Workstream", "Section, second (ignored)", "section"],
      ["", null, null],
    ]);
    expect(view.columns[0]?.offered).toEqual(["party", "section", "notes"]);
  });

  it("follows the user's choices: a column marked as a party is a party", () => {
    const view = matrixView(table(["Phase", "Activity", "Us"]), withRoles({ Phase: "party" }), null);
    expect(view.columns.map((c) => [c.readAs, c.role, c.automatic])).toEqual([
      ["Party", "party", "section"],
      ["Activity", null, null],
      ["Party", "party", "party"],
    ]);
  });

  it("reads Status as a party when a partner of the Partners table has that name", () => {
    const partners = rawTable(["Partner"], [["Status"]]);
    expect(matrixView(table(["Activity", "Status"]), DEFAULT_SETTINGS, partners).columns[1]?.readAs).toBe("Party");
    expect(matrixView(table(["Activity", "Status"]), DEFAULT_SETTINGS, null).columns[1]?.readAs).toBe(
      "Notes (ignored)",
    );
  });

  it("offers section or not used in the long form, which has no party columns", () => {
    const view = matrixView(table(["Stage", "Activity", "Party", "Role", "Memo"]), DEFAULT_SETTINGS, null);
    expect(view.form).toBe("long");
    expect(view.columns.map((c) => [c.readAs, c.role])).toEqual([
      ["Section", "section"],
      ["Activity", null],
      ["Party", null],
      ["Role", null],
      [null, "notes"],
    ]);
    expect(view.columns[4]?.offered).toEqual(["section", "notes"]);
  });
});

describe("chooseColumnRole", () => {
  const view = (s: Settings) => matrixView(table(["Phase", "Activity", "Us"]), s, null);

  it("stores a choice that differs from the automatic reading, by header", () => {
    const chosen = chooseColumnRole(DEFAULT_SETTINGS, view(DEFAULT_SETTINGS).columns[0]!, "party");
    expect(chosen.columnRoles).toEqual({ responsibilities: { Phase: "party" } });
    expect(chosen.columnMapping).toBe(DEFAULT_SETTINGS.columnMapping);
  });

  it("removes the choice when the automatic role is chosen again, leaving no empty key behind", () => {
    const s = withRoles({ phase: "party" });
    const back = chooseColumnRole(s, view(s).columns[0]!, "section");
    expect("columnRoles" in back).toBe(false);
    expect(JSON.stringify(back)).toBe(JSON.stringify(DEFAULT_SETTINGS));
  });
});
