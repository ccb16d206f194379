/**
 * SPEC §1 Responsibilities, "Matrices as analysts write them": section and note columns are
 * never parties, section heading rows are not activities, legend rows are notes; §2.3 and §2.9
 * hold for the activities that remain.
 */
import { assessResponsibilities, type ResponsibilityResult } from "../../../src/engine/responsibility";
import type { ColumnRole, Issue, RawCell } from "../../../src/engine/model";
import { rawTable, settings } from "../fixtures";

const PARTNERS = ["Acme", "Globex"];

function assess(
  header: RawCell[],
  rows: RawCell[][],
  opts: { partners?: string[]; choices?: Record<string, ColumnRole> } = {},
) {
  const s = settings(opts.choices ? { columnRoles: { responsibilities: opts.choices } } : {});
  const { result, issues } = assessResponsibilities(
    rawTable(header, rows, { sheet: "RACI" }),
    opts.partners ?? PARTNERS,
    s,
  );
  return { res: result as ResponsibilityResult, issues };
}
const errors = (issues: Issue[]) => issues.filter((i) => i.severity === "error");
const summary = (res: ResponsibilityResult) => res.activities.map((a) => [a.section, a.activity, a.status]);
const inMatrix = (res: ResponsibilityResult) => res.parties.filter((p) => p.inMatrix).map((p) => p.party);

describe("section and note columns are never parties (SPEC §1)", () => {
  it.each([
    "Phase",
    "Stage",
    "Section",
    "Category",
    "Group",
    "Workstream",
    "Process",
    "PHASE",
    "Work Stream",
    "process:",
    "Stages",
  ])("reads a column headed %p as the section column, its value the activity's section", (header) => {
    const { res, issues } = assess([header, "Activity", "Us", "Acme"], [["Pre-sales", "Qualify", "A", "R"]]);
    expect(inMatrix(res)).toEqual(["Us", "Acme"]);
    expect(res.activities[0]).toMatchObject({ activity: "Qualify", section: "Pre-sales", status: "OK" });
    expect(issues).toEqual([]);
  });

  it("never reads a section column as a party, even when a partner has that name", () => {
    const { res } = assess(["Activity", "Stage", "Us"], [["Qualify", "Pre-sales", "A/R"]], { partners: ["Stage"] });
    expect(inMatrix(res)).toEqual(["Us"]);
    expect(res.activities[0]?.section).toBe("Pre-sales");
  });

  it("reads a Category column as the section column, not as the Dimension", () => {
    const { res } = assess(["Activity", "Category", "Us"], [["Qualify", "Delivery", "A/R"]]);
    expect(res.activities[0]).toMatchObject({ dimension: "Unspecified", section: "Delivery" });
  });

  it.each(["Notes", "Comments", "Description", "Remarks", "comment", "REMARKS"])(
    "ignores a column headed %p with a note, never a party, even when a partner has that name",
    (header) => {
      const { res, issues } = assess(["Activity", "Us", header], [["Qualify", "A/R", "Check with legal"]], {
        partners: [header],
      });
      expect(inMatrix(res)).toEqual(["Us"]);
      expect(issues).toEqual([
        {
          severity: "info",
          sheet: "RACI",
          cell: "",
          message: `Column "${header}" is not used by the analysis and was ignored.`,
        },
      ]);
    },
  );

  it("takes the first section column and ignores a further one with a note at its header", () => {
    const { res, issues } = assess(
      ["Phase", "Workstream", "Activity", "Us"],
      [["Pre-sales", "Cloud", "Qualify", "A/R"]],
    );
    expect(inMatrix(res)).toEqual(["Us"]);
    expect(res.activities[0]?.section).toBe("Pre-sales");
    expect(issues).toEqual([
      {
        severity: "info",
        sheet: "RACI",
        cell: "B1",
        message:
          'Column "Workstream" is a second section column; sections come from "Phase" and this column is ignored.',
      },
    ]);
  });

  it("spells a section as first written: sections match trimmed, case-insensitive, whitespace collapsed", () => {
    const { res } = assess(
      ["Phase", "Activity", "Us"],
      [
        ["Pre-sales", "Qualify", "A/R"],
        ["  pre-SALES ", "Demo", "A/R"],
      ],
    );
    expect(res.sections).toEqual([{ section: "Pre-sales", activities: 2, Conflict: 0, Gap: 0, Warning: 0, OK: 2 }]);
  });

  it("reports an Excel error value in the section column at its cell and reads it as blank", () => {
    const { res, issues } = assess(["Phase", "Activity", "Us"], [[{ kind: "error", code: "#N/A" }, "Qualify", "A/R"]]);
    expect(res.activities[0]?.section).toBeNull();
    expect(errors(issues)).toEqual([
      { severity: "error", sheet: "RACI", cell: "A2", message: expect.stringContaining("#N/A") },
    ]);
  });

  it("gives activities their section from a section column in the long form too", () => {
    const { res, issues } = assess(
      ["Phase", "Activity", "Party", "Role", "Notes"],
      [
        ["Pre-sales", "Qualify", "Us", "A/R"],
        ["Pre-sales", "Qualify", "Acme", "C"],
        ["Delivery", "Implement", "Acme", "A/R"],
      ],
    );
    expect(res.form).toBe("long");
    expect(summary(res)).toEqual([
      ["Pre-sales", "Qualify", "OK"],
      ["Delivery", "Implement", "OK"],
    ]);
    expect(issues).toEqual([
      {
        severity: "info",
        sheet: "RACI",
        cell: "",
        message: 'Column "Notes" is not used by the analysis and was ignored.',
      },
    ]);
  });
});

describe("section heading rows (SPEC §1)", () => {
  const HEADER = ["Activity", "Dimension", "Us", "Acme"];

  it("reads a row with an Activity and blank party and Dimension cells, followed by a lettered row, as a heading, not an activity", () => {
    const { res, issues } = assess(HEADER, [
      ["Initiation", null, null, null],
      ["Charter", null, "A", "R"],
    ]);
    expect(summary(res)).toEqual([["Initiation", "Charter", "OK"]]);
    expect(res.totals).toEqual({ activities: 1, Conflict: 0, Gap: 0, Warning: 0, OK: 1, unownedPartners: 1 });
    expect(issues).toEqual([]);
  });

  it("gives the activities below a heading its section, up to the next heading; those above the first have none", () => {
    const { res } = assess(HEADER, [
      ["Kick-off", null, "A/R", null],
      ["Planning", null, null, null],
      ["Plan", "Delivery", "A/R", null],
      ["Budget", null, "A", "R"],
      ["Execution", null, null, null],
      ["Build", "Capability", null, "A/R"],
    ]);
    expect(summary(res)).toEqual([
      [null, "Kick-off", "OK"],
      ["Planning", "Plan", "OK"],
      ["Planning", "Budget", "OK"],
      ["Execution", "Build", "OK"],
    ]);
  });

  it("reads a heading followed directly by another heading as an unassigned activity (a Gap) under the heading above", () => {
    const { res } = assess(HEADER, [
      ["Planning", null, null, null],
      ["Plan", null, "A/R", null],
      ["Risk review", null, null, null],
      ["Execution", null, null, null],
      ["Build", null, "A", "R"],
    ]);
    expect(summary(res)).toEqual([
      ["Planning", "Plan", "OK"],
      ["Planning", "Risk review", "Gap"],
      ["Execution", "Build", "OK"],
    ]);
    expect(res.activities[1]?.flags).toEqual(["no-accountable", "no-responsible"]);
  });

  it("reads a heading as the last row as an unassigned activity (a Gap)", () => {
    const { res } = assess(HEADER, [
      ["Planning", null, null, null],
      ["Plan", null, "A/R", null],
      ["Closure", null, null, null],
    ]);
    expect(summary(res)).toEqual([
      ["Planning", "Plan", "OK"],
      ["Planning", "Closure", "Gap"],
    ]);
  });

  it("reads an unassigned row that has a Dimension as an activity (a Gap), not a heading", () => {
    const { res } = assess(HEADER, [
      ["Escalations", "Decision", null, null],
      ["Plan", null, "A/R", null],
    ]);
    expect(summary(res)).toEqual([
      [null, "Escalations", "Gap"],
      [null, "Plan", "OK"],
    ]);
  });

  it("counts a party cell that is not a letter as filled: the row is an activity, its cell an error", () => {
    const { res, issues } = assess(HEADER, [
      ["Planning", null, null, null],
      ["Plan", null, "yes", null],
    ]);
    expect(summary(res)).toEqual([["Planning", "Plan", "Gap"]]);
    expect(errors(issues).map((i) => i.cell)).toEqual(["C3"]);
  });

  it("reads a heading merged across the party columns (Excel keeps the value in the first cell only) as a heading", () => {
    // Excel: "The value of a merged range is specified in the cell of the range's upper-left
    // corner" (learn.microsoft.com, Range.Merge); the other cells of the merge read as empty.
    const { res, issues } = assess(
      ["Activity", "Us", "Acme", "Globex"],
      [
        ["Initiation Phase", "", "", ""],
        ["Charter", "A", "R", "I"],
      ],
    );
    expect(summary(res)).toEqual([["Initiation Phase", "Charter", "OK"]]);
    expect(issues).toEqual([]);
  });

  it("lets the section column win over the heading above; a blank section cell takes the heading", () => {
    const { res } = assess(
      ["Phase", ...HEADER],
      [
        [null, "Planning", null, null, null],
        ["Pre-sales", "Qualify", null, "A/R", null],
        [null, "Plan", null, "A/R", null],
      ],
    );
    expect(summary(res)).toEqual([
      ["Pre-sales", "Qualify", "OK"],
      ["Planning", "Plan", "OK"],
    ]);
  });

  it("still identifies activities by Activity and Dimension: the same activity under two headings is one, in the first section", () => {
    const { res } = assess(HEADER, [
      ["Planning", null, null, null],
      ["Status meeting", null, "A", null],
      ["Execution", null, null, null],
      ["Status meeting", null, null, "R"],
    ]);
    expect(res.activities).toHaveLength(1);
    expect(res.activities[0]).toMatchObject({
      section: "Planning",
      accountable: ["Us"],
      responsible: ["Acme"],
      status: "OK",
    });
  });

  it("has no heading rows in the long form: an unassigned row stays an activity (a Gap)", () => {
    const { res } = assess(
      ["Activity", "Dimension", "Party", "Role"],
      [
        ["Planning", null, null, null],
        ["Plan", null, "Us", "A/R"],
      ],
    );
    expect(summary(res)).toEqual([
      [null, "Planning", "Gap"],
      [null, "Plan", "OK"],
    ]);
    expect(res.sections).toEqual([]);
  });

  it("reads a matrix whose rows are all unassigned as activities (Gaps), as before: no lettered row follows any of them", () => {
    const { res } = assess(HEADER, [
      ["One", null, null, null],
      ["Two", null, null, null],
    ]);
    expect(summary(res)).toEqual([
      [null, "One", "Gap"],
      [null, "Two", "Gap"],
    ]);
  });
});

describe("legend and footnote rows (SPEC §1)", () => {
  it("skips a row with no Activity with a note at its Activity cell, not an error", () => {
    const { res, issues } = assess(
      ["Activity", "Us", "Acme"],
      [
        ["Qualify", "A/R", "C"],
        [null, "R = Responsible", "A = Accountable"],
      ],
    );
    expect(res.activities.map((a) => a.activity)).toEqual(["Qualify"]);
    expect(issues).toEqual([
      {
        severity: "info",
        sheet: "RACI",
        cell: "A3",
        message: "This row has no Activity: it is read as a legend or footnote and skipped.",
      },
    ]);
  });

  it("reports an Excel error in the Activity cell once, as an error, and skips the row", () => {
    const { res, issues } = assess(
      ["Activity", "Us"],
      [
        [{ kind: "error", code: "#REF!" }, "A/R"],
        ["Qualify", "A/R"],
      ],
    );
    expect(res.activities.map((a) => a.activity)).toEqual(["Qualify"]);
    expect(issues).toEqual([
      { severity: "error", sheet: "RACI", cell: "A2", message: expect.stringContaining("#REF!") },
    ]);
  });
});

describe("the user's column choices in the task pane (SPEC §1)", () => {
  it("reads a column the user marked as a party as a party, even a section or note column", () => {
    const { res, issues } = assess(["Activity", "Process", "Notes"], [["Qualify", "A", "R"]], {
      choices: { process: "party", Notes: "party" },
    });
    expect(inMatrix(res)).toEqual(["Process", "Notes"]);
    expect(res.activities[0]).toMatchObject({ section: null, status: "OK" });
    expect(issues).toEqual([]);
  });

  it("reads a column the user marked as the section column, before one found by its header", () => {
    const { res, issues } = assess(["Phase", "Activity", "Region", "Us"], [["Pre-sales", "Qualify", "EMEA", "A/R"]], {
      choices: { Region: "section" },
    });
    expect(inMatrix(res)).toEqual(["Us"]);
    expect(res.activities[0]?.section).toBe("EMEA");
    expect(issues.map((i) => i.message)).toEqual([
      'Column "Phase" is a second section column; sections come from "Region" and this column is ignored.',
    ]);
  });

  it("ignores a column the user marked as notes", () => {
    const { res, issues } = assess(["Activity", "Us", "Owner comment"], [["Qualify", "A/R", "ask Jo"]], {
      choices: { "Owner comment": "notes" },
    });
    expect(inMatrix(res)).toEqual(["Us"]);
    expect(errors(issues)).toEqual([]);
  });
});

describe("activities by status per section", () => {
  it("counts activities by status per section in the order first seen, those without a section as one entry", () => {
    const { res } = assess(
      ["Activity", "Us", "Acme"],
      [
        ["Kick-off", "A/R", null],
        ["Planning", null, null],
        ["Plan", "A", "A"],
        ["Budget", "A/R", null],
        ["Execution", null, null],
        ["Build", "A/R", "R"],
      ],
    );
    expect(res.sections).toEqual([
      { section: null, activities: 1, Conflict: 0, Gap: 0, Warning: 0, OK: 1 },
      { section: "Planning", activities: 2, Conflict: 1, Gap: 0, Warning: 0, OK: 1 },
      { section: "Execution", activities: 1, Conflict: 0, Gap: 0, Warning: 1, OK: 0 },
    ]);
  });

  it("lists no sections when no activity has one", () => {
    expect(assess(["Activity", "Us"], [["Qualify", "A/R"]]).res.sections).toEqual([]);
  });
});
