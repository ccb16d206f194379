/** SPEC §1 Responsibilities, §2.3 and §2.9: every rule, in both the wide and the long form. */
import { assessResponsibilities, type ResponsibilityResult } from "../../../src/engine/responsibility";
import type { Issue } from "../../../src/engine/model";
import { settings } from "../fixtures";
import { FORMS, type MatrixRow } from "./forms";

const PARTNERS = ["Acme Corp", "Globex", "Initech"];

describe.each(FORMS)("responsibility rules, $name form", (form) => {
  function run(rows: MatrixRow[], partners: string[] = PARTNERS, parties?: string[]) {
    const built = form.build(rows, parties);
    const assessed = assessResponsibilities(built.table, partners, settings());
    return { ...assessed, built, res: assessed.result as ResponsibilityResult };
  }
  const lettersOf = (res: ResponsibilityResult, activity: number, party: string) =>
    res.activities[activity]?.assignments.find((a) => a.party === party)?.letters ?? [];
  const errors = (issues: Issue[]) => issues.filter((i) => i.severity === "error");

  describe("letters", () => {
    it.each(["A/R", "A,R", "AR", "a r", "R+A", "A;R", "A&R", "r / a", "ra"])("reads %p as A and R", (cell) => {
      const { res, issues } = run([{ activity: "Implementation", letters: { Us: cell } }]);
      expect(lettersOf(res, 0, "Us")).toEqual(["A", "R"]);
      expect(errors(issues)).toEqual([]);
    });

    it("reads the letters R, A, C and I case-insensitively, alone", () => {
      const { res } = run([{ activity: "Support", letters: { Us: "r", "Acme Corp": "a", Globex: "C", Initech: "i" } }]);
      expect(res.activities[0]?.assignments).toEqual([
        { party: "Us", letters: ["R"] },
        { party: "Acme Corp", letters: ["A"] },
        { party: "Globex", letters: ["C"] },
        { party: "Initech", letters: ["I"] },
      ]);
    });

    it("reports a cell that is not RACI letters as an error at that cell, naming the value, and ignores it", () => {
      const { res, issues, built } = run([{ activity: "Support", letters: { Us: "A", Globex: "X" } }]);
      expect(errors(issues)).toEqual([
        {
          severity: "error",
          sheet: "Responsibilities",
          cell: built.cellOf(0, "Globex"),
          message: expect.stringContaining('"X"'),
        },
      ]);
      expect(lettersOf(res, 0, "Globex")).toEqual([]);
      expect(lettersOf(res, 0, "Us")).toEqual(["A"]);
    });

    it.each<[string, string | number | boolean]>([
      ["a word", "Yes"],
      ["letters mixed with others", "A/X"],
      ["only separators", "/"],
      ["a number", 1],
      ["TRUE/FALSE", true],
    ])("rejects %s", (_, cell) => {
      const { issues, built } = run([{ activity: "Support", letters: { Us: cell } }]);
      expect(errors(issues).map((i) => i.cell)).toEqual([built.cellOf(0, "Us")]);
    });

    it("reports an Excel error value at its cell and ignores it", () => {
      const { res, issues, built } = run([{ activity: "Support", letters: { Us: { kind: "error", code: "#N/A" } } }]);
      expect(errors(issues)).toEqual([
        {
          severity: "error",
          sheet: "Responsibilities",
          cell: built.cellOf(0, "Us"),
          message: expect.stringContaining("#N/A"),
        },
      ]);
      expect(res.activities[0]?.assignments).toEqual([]);
    });

    it("reads a blank cell as no letter, without an issue", () => {
      const { res, issues } = run([{ activity: "Support", letters: { Us: "A/R", Globex: "   " } }], PARTNERS, [
        "Us",
        "Globex",
      ]);
      expect(res.activities[0]?.assignments).toEqual([{ party: "Us", letters: ["A", "R"] }]);
      expect(errors(issues)).toEqual([]);
    });
  });

  describe("activities and dimensions", () => {
    it("merges rows with the same Activity (trimmed, case-insensitive) and Dimension into one activity", () => {
      const { res } = run([
        { activity: "Ongoing support", dimension: "Delivery", letters: { Us: "A" } },
        { activity: "  ongoing SUPPORT ", dimension: "delivery", letters: { Us: "R", Globex: "C" } },
      ]);
      expect(res.activities).toHaveLength(1);
      expect(res.activities[0]).toMatchObject({ activity: "Ongoing support", dimension: "Delivery", status: "OK" });
      expect(lettersOf(res, 0, "Us")).toEqual(["A", "R"]);
      expect(lettersOf(res, 0, "Globex")).toEqual(["C"]);
    });

    it("keeps the same Activity in two dimensions as two activities", () => {
      const { res } = run([
        { activity: "Roadmap", dimension: "Capability", letters: { Us: "A/R" } },
        { activity: "Roadmap", dimension: "Decision", letters: { Us: "A/R" } },
      ]);
      expect(res.activities.map((a) => a.dimension)).toEqual(["Capability", "Decision"]);
    });

    it("reads the standard dimensions case-insensitively and accepts Decision rights", () => {
      const { res, issues } = run(
        ["capability", "DELIVERY", "Relationship", "Decision rights"].map((d, i) => ({
          activity: `a${i}`,
          dimension: d,
          letters: { Us: "A/R" },
        })),
      );
      expect(res.activities.map((a) => a.dimension)).toEqual(["Capability", "Delivery", "Relationship", "Decision"]);
      expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    });

    it("reads a blank Dimension as Unspecified", () => {
      const { res } = run([{ activity: "Support", letters: { Us: "A/R" } }]);
      expect(res.activities[0]?.dimension).toBe("Unspecified");
    });

    it("keeps an unknown Dimension as written, with one warning", () => {
      const { res, issues } = run([
        { activity: "Billing", dimension: "Finance", letters: { Us: "A/R" } },
        { activity: "Invoicing", dimension: "finance", letters: { Us: "A/R" } },
      ]);
      expect(res.activities.map((a) => a.dimension)).toEqual(["Finance", "Finance"]);
      const warnings = issues.filter((i) => i.severity === "warning");
      expect(warnings).toEqual([
        { severity: "warning", sheet: "Responsibilities", cell: "B2", message: expect.stringContaining('"Finance"') },
      ]);
    });
  });

  describe("parties", () => {
    it("matches a party to a partner case-insensitively, whitespace collapsed, and shows the partner's spelling", () => {
      const { res } = run([{ activity: "Support", letters: { "ACME   corp": "A/R" } }]);
      expect(res.activities[0]?.accountable).toEqual(["Acme Corp"]);
      expect(res.parties[0]).toMatchObject({ party: "Acme Corp", isPartner: true, inMatrix: true });
    });

    it("reads any other party as internal", () => {
      const { res } = run([{ activity: "Support", letters: { "Customer Success": "A/R" } }]);
      expect(res.parties[0]).toMatchObject({ party: "Customer Success", isPartner: false });
    });

    it("warns 'did you mean' for an internal party within edit distance 2 of a partner", () => {
      const { res, issues, built } = run([{ activity: "Support", letters: { "Acme Crop": "A/R", Globx: "C" } }]);
      expect(issues.filter((i) => i.severity === "warning")).toEqual([
        {
          severity: "warning",
          sheet: "Responsibilities",
          cell: built.partyCell("Acme Crop"),
          message: expect.stringContaining('did you mean "Acme Corp"?'),
        },
        {
          severity: "warning",
          sheet: "Responsibilities",
          cell: built.partyCell("Globx"),
          message: expect.stringContaining('did you mean "Globex"?'),
        },
      ]);
      expect(res.parties.find((p) => p.party === "Acme Crop")).toMatchObject({
        isPartner: false,
        warnings: ['did you mean "Acme Corp"?'],
      });
    });

    it("does not warn for an internal party three or more edits away from every partner", () => {
      const { issues } = run([{ activity: "Support", letters: { Initiative: "A/R", Us: "C" } }]);
      expect(issues.filter((i) => i.severity === "warning")).toEqual([]);
    });
  });

  describe("flags and status", () => {
    it("flags no-accountable when no party holds A", () => {
      const { res } = run([{ activity: "Support", letters: { Us: "R" } }]);
      expect(res.activities[0]?.flags).toEqual(["no-accountable"]);
    });

    it("flags multiple-accountable when more than one party holds A", () => {
      const { res } = run([{ activity: "Support", letters: { Us: "A/R", Globex: "A" } }]);
      expect(res.activities[0]?.flags).toEqual(["multiple-accountable"]);
    });

    it("flags no-responsible when no party holds R", () => {
      const { res } = run([{ activity: "Support", letters: { Us: "A", Globex: "C" } }]);
      expect(res.activities[0]?.flags).toEqual(["no-responsible"]);
    });

    it("flags shared-responsibility when more than one party holds R", () => {
      const { res } = run([{ activity: "Support", letters: { Us: "A/R", Globex: "R" } }]);
      expect(res.activities[0]?.flags).toEqual(["shared-responsibility"]);
    });

    it("counts A/R for both accountable and responsible", () => {
      const { res } = run([{ activity: "Support", letters: { Us: "A/R" } }]);
      expect(res.activities[0]).toMatchObject({ accountable: ["Us"], responsible: ["Us"], flags: [], status: "OK" });
    });

    it("marks an activity Conflict when more than one party holds A, whatever else is wrong, listing all flags", () => {
      const { res } = run([{ activity: "Support", letters: { Us: "A", Globex: "A" } }]);
      expect(res.activities[0]).toMatchObject({
        status: "Conflict",
        flags: ["multiple-accountable", "no-responsible"],
      });
    });

    it("marks an activity Gap when no one is accountable or no one responsible, over shared responsibility", () => {
      const { res } = run([
        { activity: "No A", letters: { Us: "R", Globex: "R" } },
        { activity: "No R", letters: { Us: "A" } },
        { activity: "Nobody", letters: { Us: "C", Globex: "I" } },
      ]);
      expect(res.activities.map((a) => [a.status, a.flags])).toEqual([
        ["Gap", ["no-accountable", "shared-responsibility"]],
        ["Gap", ["no-responsible"]],
        ["Gap", ["no-accountable", "no-responsible"]],
      ]);
    });

    it("marks an activity Warning when responsibility is shared and there is one A", () => {
      const { res } = run([{ activity: "Support", letters: { Us: "A", Globex: "R", Initech: "R" } }]);
      expect(res.activities[0]?.status).toBe("Warning");
    });

    it("marks an activity OK with exactly one A and one R", () => {
      const { res } = run([{ activity: "Support", letters: { Us: "A", Globex: "R", Initech: "C/I" } }]);
      expect(res.activities[0]).toMatchObject({ status: "OK", flags: [] });
    });
  });

  describe("per party", () => {
    it("counts A, R, C and I per party across activities", () => {
      const { res } = run([
        { activity: "One", letters: { Us: "A/R", Globex: "C" } },
        { activity: "Two", letters: { Us: "A", Globex: "R/I" } },
        { activity: "Three", letters: { Us: "I", Globex: "a/r" } },
      ]);
      const figures = (party: string) => res.parties.find((p) => p.party === party);
      expect(figures("Us")).toMatchObject({ accountable: 2, responsible: 1, consulted: 0, informed: 1 });
      expect(figures("Globex")).toMatchObject({ accountable: 1, responsible: 2, consulted: 1, informed: 1 });
    });

    it("warns 'no owned responsibilities' for a partner with no A and no R anywhere", () => {
      const { res } = run([
        { activity: "One", letters: { Us: "A/R", Globex: "C", Initech: "R" } },
        { activity: "Two", letters: { Us: "A/R", Globex: "I" } },
      ]);
      const warnings = (party: string) => res.parties.find((p) => p.party === party)?.warnings;
      expect(warnings("Globex")).toEqual(["no owned responsibilities"]);
      expect(warnings("Initech")).toEqual([]);
    });

    it("does not warn 'no owned responsibilities' for an internal party", () => {
      const { res } = run([{ activity: "One", letters: { Us: "A/R", Legal: "C" } }]);
      expect(res.parties.find((p) => p.party === "Legal")?.warnings).toEqual([]);
    });

    it("lists a partner that is not in the matrix at all, holding nothing, with 'no owned responsibilities'", () => {
      const { res } = run([{ activity: "One", letters: { Us: "A/R" } }], ["Acme Corp"]);
      expect(res.parties).toEqual([
        {
          party: "Us",
          isPartner: false,
          inMatrix: true,
          accountable: 1,
          responsible: 1,
          consulted: 0,
          informed: 0,
          warnings: [],
        },
        {
          party: "Acme Corp",
          isPartner: true,
          inMatrix: false,
          accountable: 0,
          responsible: 0,
          consulted: 0,
          informed: 0,
          warnings: ["no owned responsibilities"],
        },
      ]);
    });

    it("warns 'involved in everything' when a party holds a letter in every one of at least 4 activities", () => {
      const rows = ["One", "Two", "Three", "Four"].map((activity, i) => ({
        activity,
        letters: { Us: "A/R", Globex: i === 0 ? "A" : "I" },
      }));
      const { res } = run(rows);
      expect(res.parties.find((p) => p.party === "Us")?.warnings).toEqual(["involved in everything"]);
      expect(res.parties.find((p) => p.party === "Globex")?.warnings).toEqual(["involved in everything"]);
    });

    it("does not warn 'involved in everything' with fewer than 4 activities or a missed activity", () => {
      const three = run(["One", "Two", "Three"].map((activity) => ({ activity, letters: { Us: "A/R" } })));
      expect(three.res.parties[0]?.warnings).toEqual([]);
      const missed = run(
        ["One", "Two", "Three", "Four", "Five"].map((activity, i) => ({
          activity,
          letters: { Us: "A/R", Legal: i < 4 ? "C" : null },
        })),
      );
      expect(missed.res.parties.find((p) => p.party === "Legal")?.warnings).toEqual([]);
    });
  });

  describe("per dimension", () => {
    it("counts activities by status per dimension, standard dimensions first, Unspecified last", () => {
      const { res } = run([
        { activity: "Misc", letters: { Us: "A/R" } },
        { activity: "Approve", dimension: "Decision", letters: { Us: "A", Globex: "A" } },
        { activity: "Build", dimension: "Capability", letters: { Us: "A/R" } },
        { activity: "Ship", dimension: "Delivery", letters: { Us: "A/R", Globex: "R" } },
        { activity: "Fix", dimension: "Capability", letters: { Globex: "R" } },
      ]);
      expect(res.dimensions).toEqual([
        { dimension: "Capability", activities: 2, Conflict: 0, Gap: 1, Warning: 0, OK: 1 },
        { dimension: "Delivery", activities: 1, Conflict: 0, Gap: 0, Warning: 1, OK: 0 },
        { dimension: "Decision", activities: 1, Conflict: 1, Gap: 0, Warning: 0, OK: 0 },
        { dimension: "Unspecified", activities: 1, Conflict: 0, Gap: 0, Warning: 0, OK: 1 },
      ]);
      expect(res.totals).toEqual({ activities: 5, Conflict: 1, Gap: 1, Warning: 1, OK: 2, unownedPartners: 2 });
    });
  });

  describe("tables without parties or activities", () => {
    it("reports one issue when the table names no party, and marks every activity a Gap", () => {
      const { res, issues } = run([{ activity: "One" }, { activity: "Two", dimension: "Delivery" }], PARTNERS, []);
      expect(issues.filter((i) => i.severity !== "info")).toEqual([
        {
          severity: "warning",
          sheet: "Responsibilities",
          cell: "",
          message: expect.stringContaining("names no party"),
        },
      ]);
      expect(res.activities.map((a) => a.status)).toEqual(["Gap", "Gap"]);
    });

    it("reports a table with no activity rows and produces no result", () => {
      const { result, issues } = run([]);
      expect(result).toBeNull();
      expect(issues.map((i) => i.message)).toContain("The Responsibilities table has no data rows.");
    });

    it("skips a row with no Activity (a legend or footnote line) with a note at its Activity cell, not an error", () => {
      const { res, issues } = run([
        { activity: "", letters: { Us: "A/R" } },
        { activity: "Two", letters: { Us: "A/R" } },
      ]);
      expect(issues).toEqual([
        {
          severity: "info",
          sheet: "Responsibilities",
          cell: "A2",
          message: "This row has no Activity: it is read as a legend or footnote and skipped.",
        },
      ]);
      expect(res.activities.map((a) => a.activity)).toEqual(["Two"]);
    });
  });
});

describe("responsibility tables, either form", () => {
  it("produces no result and no issue without a Responsibilities table", () => {
    expect(assessResponsibilities(null, PARTNERS, settings())).toEqual({ result: null, issues: [], source: null });
  });
});
