/** What is particular to each input form: form detection, headers, commentary columns. */
import { assessResponsibilities } from "../../../src/engine/responsibility";
import type { RawCell } from "../../../src/engine/model";
import { rawTable, settings } from "../fixtures";

const assess = (header: RawCell[], rows: RawCell[][], partners: string[] = ["Acme"]) =>
  assessResponsibilities(rawTable(header, rows, { sheet: "RACI" }), partners, settings());

describe("reading the Responsibilities table", () => {
  it("reads the long form when the header has both Party and Role columns", () => {
    const { result } = assess(["Activity", "Dimension", "Party", "Role"], [["Support", "Delivery", "Acme", "A/R"]]);
    expect(result?.form).toBe("long");
    expect(result?.activities[0]?.accountable).toEqual(["Acme"]);
  });

  it("reads the wide form otherwise, every other non-empty header being a party", () => {
    const { result } = assess(["Activity", "Party", "Acme"], [["Support", "A", "R"]]);
    expect(result?.form).toBe("wide");
    expect(result?.parties.filter((p) => p.inMatrix).map((p) => p.party)).toEqual(["Party", "Acme"]);
  });

  it("accepts header synonyms in the wide form (Task, Area)", () => {
    const { result } = assess(["Task", "Area", "Us"], [["Support", "delivery", "A/R"]]);
    expect(result?.activities[0]).toMatchObject({ activity: "Support", dimension: "Delivery", status: "OK" });
  });

  it("accepts header synonyms in the long form (Responsibility, Type, Who, RACI)", () => {
    const { result } = assess(["Responsibility", "Type", "Who", "RACI"], [["Support", "Delivery", "acme", "ar"]]);
    expect(result?.activities[0]).toMatchObject({ accountable: ["Acme"], responsible: ["Acme"] });
    const owner = assess(["Activity", "Owner", "Letter"], [["Support", "Us", "A/R"]]);
    expect(owner.result?.form).toBe("long");
  });

  it("reports a table without an Activity column and produces no result", () => {
    const { result, issues } = assess(["Thing", "Us"], [["Support", "A/R"]]);
    expect(result).toBeNull();
    expect(issues).toEqual([
      { severity: "error", sheet: "RACI", cell: "", message: expect.stringContaining('no "Activity" column') },
    ]);
  });

  it("does not call party columns unused in the wide form", () => {
    const { issues } = assess(["Activity", "Us", "Acme"], [["Support", "A", "R"]]);
    expect(issues).toEqual([]);
  });

  it("ignores commentary columns such as Notes in the wide form, with one note", () => {
    const { result, issues } = assess(["Activity", "Us", "Notes"], [["Support", "A/R", "Check with legal"]]);
    expect(result?.parties.map((p) => p.party)).toEqual(["Us", "Acme"]);
    expect(issues).toEqual([
      { severity: "info", sheet: "RACI", cell: "", message: expect.stringContaining('"Notes"') },
    ]);
  });

  it("reads a commentary header such as Status as a party when it is a partner's name", () => {
    const { result } = assess(["Activity", "Status"], [["Support", "A/R"]], ["Status"]);
    expect(result?.activities[0]?.accountable).toEqual(["Status"]);
  });

  it("ignores cells under a blank header, such as a note beside the matrix", () => {
    const { result, issues } = assess(
      ["Activity", "Us", null, null],
      [
        ["Support", "A/R", null, "Fill in A, R, C, I"],
        [null, null, null, "one per cell"],
      ],
    );
    expect(result?.activities).toHaveLength(1);
    expect(issues).toEqual([]);
  });

  it("merges the letters of two columns for the same party in the wide form, with a warning", () => {
    const { result, issues } = assess(["Activity", "Acme", "ACME"], [["Support", "A", "R"]]);
    expect(result?.activities[0]?.assignments).toEqual([{ party: "Acme", letters: ["A", "R"] }]);
    expect(issues).toEqual([
      { severity: "warning", sheet: "RACI", cell: "C1", message: expect.stringContaining("second column") },
    ]);
  });

  it("lists an activity from a long-form row without Party, and reports a Role without Party", () => {
    const { result, issues } = assess(
      ["Activity", "Party", "Role"],
      [
        ["Support", null, null],
        ["Renewals", null, "A"],
      ],
    );
    expect(result?.activities.map((a) => [a.activity, a.status])).toEqual([
      ["Support", "Gap"],
      ["Renewals", "Gap"],
    ]);
    expect(issues.filter((i) => i.severity === "error")).toEqual([
      { severity: "error", sheet: "RACI", cell: "C3", message: expect.stringContaining('Role "A" has no Party') },
    ]);
  });

  it("follows the column mapping chosen in the task pane", () => {
    const s = settings({ columnMapping: { responsibilities: { activity: "Step" } } });
    const { result } = assessResponsibilities(rawTable(["Step", "Us"], [["Support", "A/R"]]), ["Acme"], s);
    expect(result?.activities[0]?.activity).toBe("Support");
  });

  it("lists parties in the order first seen, then partners absent from the matrix in Partners order", () => {
    const { result } = assess(
      ["Activity", "Party", "Role"],
      [
        ["One", "Zed", "A"],
        ["One", "Us", "R"],
      ],
      ["Beta", "Zed", "Alpha"],
    );
    expect(result?.parties.map((p) => [p.party, p.inMatrix])).toEqual([
      ["Zed", true],
      ["Us", true],
      ["Beta", false],
      ["Alpha", false],
    ]);
  });

  it("reports where the table came from", () => {
    const { source } = assess(
      ["Activity", "Us"],
      [
        ["One", "A/R"],
        ["Two", "A/R"],
      ],
    );
    expect(source).toEqual({ input: "responsibilities", source: "RACI", sheet: "RACI", rows: 2 });
  });
});
