/**
 * Two matrices shaped like the ones teams publish and share (issue 14): phase heading rows with
 * no letters, ten roles and `A/R` cells; and a Phase column, a Notes column and a legend line
 * under the table. Neither may raise a false Gap, a bogus party or an error.
 */
import { assessResponsibilities } from "../../../src/engine/responsibility";
import type { RawCell } from "../../../src/engine/model";
import { rawTable, settings } from "../fixtures";

const ROLES = [
  "Sponsor",
  "Project Manager",
  "Business Analyst",
  "Tech Lead",
  "Developers",
  "QA Lead",
  "UX Designer",
  "Operations",
  "Legal",
  "Partner Manager",
];

/** A phase heading (bold in the template, letters blank) or a task with letters for the ten roles. */
const heading = (title: string): RawCell[] => [title, ...ROLES.map(() => null)];
const task = (name: string, letters: string): RawCell[] => [
  name,
  ...letters.split(" ").map((l) => (l === "-" ? null : l)),
];

// 19 rows: four phase headings and fifteen tasks, as in the templates teams share.
const PUBLISHED: RawCell[][] = [
  heading("Initiation Phase"),
  task("Develop project charter", "A R C C - - - - C I"),
  task("Identify stakeholders", "C A/R C - - - - - - C"),
  task("Build the business case", "A R R - - - - - C -"),
  heading("Planning Phase"),
  task("Define scope", "C A/R R C - - - - - -"),
  task("Create project schedule", "I A/R C C C C - C - -"),
  task("Estimate budget", "A A R - - - - - - -"),
  task("Agree partner terms", "I C - - - - - - R A"),
  heading("Execution Phase"),
  task("Gather requirements", "I A R C - - C - - C"),
  task("Design the solution", "- A C R C - R - - -"),
  task("Build the integration", "- A - C R C - - - I"),
  task("Test", "- A - C R R - - - -"),
  task("Deploy to production", "I A - C R C - R - I"),
  heading("Closure Phase"),
  task("Hand over to operations", "I A - C - - - R - -"),
  task("Capture lessons learned", "C A/R C C C C C C - C"),
  task("Close partner contracts", "I C - - - - - - R A"),
];

describe("a published-template matrix: phase heading rows, ten roles, A/R cells", () => {
  const { result, issues } = assessResponsibilities(
    rawTable(["Task", ...ROLES], PUBLISHED, { sheet: "RACI" }),
    ["Contoso"],
    settings(),
  );

  it("has 19 rows: four phase headings and fifteen tasks", () => {
    expect(PUBLISHED).toHaveLength(19);
    expect(ROLES).toHaveLength(10);
  });

  it("reads the phase headings as sections, not activities: fifteen activities, no false Gap", () => {
    expect(result?.activities.map((a) => [a.section, a.activity])).toEqual([
      ["Initiation Phase", "Develop project charter"],
      ["Initiation Phase", "Identify stakeholders"],
      ["Initiation Phase", "Build the business case"],
      ["Planning Phase", "Define scope"],
      ["Planning Phase", "Create project schedule"],
      ["Planning Phase", "Estimate budget"],
      ["Planning Phase", "Agree partner terms"],
      ["Execution Phase", "Gather requirements"],
      ["Execution Phase", "Design the solution"],
      ["Execution Phase", "Build the integration"],
      ["Execution Phase", "Test"],
      ["Execution Phase", "Deploy to production"],
      ["Closure Phase", "Hand over to operations"],
      ["Closure Phase", "Capture lessons learned"],
      ["Closure Phase", "Close partner contracts"],
    ]);
    expect(result?.totals).toEqual({ activities: 15, Conflict: 1, Gap: 0, Warning: 5, OK: 9, unownedPartners: 1 });
    expect(issues).toEqual([]);
  });

  it("keeps SPEC §2.3 for the tasks: two A is a Conflict, two R a Warning", () => {
    const status = (name: string) => result?.activities.find((a) => a.activity === name)?.status;
    expect(status("Estimate budget")).toBe("Conflict");
    expect(status("Build the business case")).toBe("Warning");
    expect(status("Test")).toBe("Warning");
  });

  it("counts the ten roles' letters with A/R for both A and R", () => {
    expect(result?.parties.filter((p) => p.inMatrix).map((p) => p.party)).toEqual(ROLES);
    expect(result?.parties.find((p) => p.party === "Project Manager")).toMatchObject({
      accountable: 11,
      responsible: 6,
      consulted: 2,
    });
  });

  it("counts activities by status per phase", () => {
    expect(result?.sections).toEqual([
      { section: "Initiation Phase", activities: 3, Conflict: 0, Gap: 0, Warning: 1, OK: 2 },
      { section: "Planning Phase", activities: 4, Conflict: 1, Gap: 0, Warning: 1, OK: 2 },
      { section: "Execution Phase", activities: 5, Conflict: 0, Gap: 0, Warning: 3, OK: 2 },
      { section: "Closure Phase", activities: 3, Conflict: 0, Gap: 0, Warning: 0, OK: 3 },
    ]);
  });
});

describe("a matrix with a Phase column, a Notes column and a legend line under the table", () => {
  const header: RawCell[] = ["Phase", "Activity", "Dimension", "Us", "Acme", "Globex", "Notes"];
  const rows: RawCell[][] = [
    ["Pre-sales", "Qualify the opportunity", "Delivery", "A/R", "C", null, "Weekly pipeline call"],
    ["Pre-sales", "Technical demo", "Delivery", "A", "R", null, null],
    ["Delivery", "Implementation", "Delivery", "A", "R", "R", "Acme leads, Globex for data"],
    ["Delivery", "Ongoing support", "Delivery", "A", null, "R", null],
    ["Relationship", "QBRs", "Relationship", "A/R", "I", "I", null],
    [null, null, null, null, null, null, null],
    ["Legend: R = Responsible, A = Accountable, C = Consulted, I = Informed", null, null, null, null, null, null],
  ];
  const { result, issues } = assessResponsibilities(
    rawTable(header, rows, { sheet: "RACI" }),
    ["Acme", "Globex"],
    settings(),
  );

  it("reads Phase as the section column and not as a party, with no error", () => {
    expect(result?.parties.map((p) => p.party)).toEqual(["Us", "Acme", "Globex"]);
    expect(result?.activities.map((a) => [a.section, a.activity, a.status])).toEqual([
      ["Pre-sales", "Qualify the opportunity", "OK"],
      ["Pre-sales", "Technical demo", "OK"],
      ["Delivery", "Implementation", "Warning"],
      ["Delivery", "Ongoing support", "OK"],
      ["Relationship", "QBRs", "OK"],
    ]);
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("ignores Notes with one note and skips the legend line with a note, not an error", () => {
    expect(issues).toEqual([
      {
        severity: "info",
        sheet: "RACI",
        cell: "",
        message: 'Column "Notes" is not used by the analysis and was ignored.',
      },
      {
        severity: "info",
        sheet: "RACI",
        cell: "B8",
        message: "This row has no Activity: it is read as a legend or footnote and skipped.",
      },
    ]);
  });
});
