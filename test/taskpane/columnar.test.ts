import type { RawTable, WorkbookInput } from "../../src/engine/model";
import { packInput, requestOfCall, unpackInput } from "../../src/taskpane/analysis/columnar";
import { syntheticWorkbook } from "../../src/sample/synthetic";

/** Every kind of cell a reader hands the engine, in ragged rows. */
const mixed: RawTable = {
  source: "Partners",
  sheet: "Register",
  headerRow: 3,
  firstColumn: 2,
  header: ["Partner", "Fit", "Active", "Since", null],
  rows: [
    ["Acme", 4.5, true, { kind: "date", iso: "2024-05-01" }, null],
    ["Bolt", -0, false, { kind: "error", code: "#N/A" }],
    ["", Number.NaN, "TRUE", "2024-05-01", "#N/A", "extra"],
    [],
    ["Acme", 1e300, null, { kind: "date", iso: "2024-05-01T10:00:00" }, "Ünïcødé 🚀"],
  ],
};

describe("the pane hands input tables to the worker in columns of transferred typed arrays", () => {
  it("unpacks exactly the tables it packed: every kind of cell, ragged rows, absent inputs", async () => {
    const input: WorkbookInput = {
      partners: mixed,
      candidates: null,
      maturity: { ...mixed, source: "Maturity", rows: [] },
    };
    const { packed } = await packInput(input);
    const back = unpackInput(structuredClone(packed));
    expect(back).toEqual(input);
    expect(Object.is(back.partners?.rows[1]?.[1], -0)).toBe(true);
    expect(Number.isNaN(back.partners?.rows[2]?.[1])).toBe(true);
    expect(back.partners?.rows.map((r) => r.length)).toEqual([5, 4, 6, 0, 5]);
  });

  it("moves only typed-array buffers and one string of the distinct texts, each text once", async () => {
    const { packed, transfer } = await packInput({ partners: mixed });
    expect(transfer.length).toBeGreaterThan(0);
    expect(transfer.every((b) => Object.prototype.toString.call(b) === "[object ArrayBuffer]")).toBe(true);
    expect(packed.tables.partners?.kinds.every((k) => k instanceof Uint8Array)).toBe(true);
    // "Acme" twice, "2024-05-01" as a date and as text, "#N/A" as an error and as text: once each.
    expect(packed.text.split("Acme")).toHaveLength(2);
    expect(packed.text.split("2024-05-01T10")).toHaveLength(2);
    expect(packed.ends.length).toBe(
      new Set(["Acme", "2024-05-01", "Bolt", "#N/A", "", "TRUE", "extra", "2024-05-01T10:00:00", "Ünïcødé 🚀"]).size,
    );
  });

  it("gives a whole synthetic workbook back unchanged, and the worker reads the call's packed input", async () => {
    const input = syntheticWorkbook({ partners: 3000, capabilities: 60 });
    const { packed } = await packInput(input);
    const call = {
      id: 1,
      request: { kind: "hold" as const, token: "read-1", input: { partners: null } },
      input: structuredClone(packed),
    };
    const request = requestOfCall(call);
    expect(request.kind === "hold" && request.input).toEqual(input);
  });
});
