/**
 * Issue 14: "Create responsibility matrix" through the Office.js writer — the template's Phase
 * column gets its drop-down of phases beside the letters' drop-down, and the sheet written into
 * Excel reads back as a sectioned matrix.
 */
import { assessResponsibilities } from "../../src/engine/responsibility";
import {
  buildResponsibilityTemplate,
  STANDARD_ACTIVITIES,
  TEMPLATE_PHASES,
} from "../../src/report/responsibility-template";
import { settings } from "../engine/fixtures";
import { gatewayOver } from "../reliability/corpus-workbook";
import { FakeWorkbook } from "./fake-excel";

describe("inserting the responsibility template in Excel", () => {
  it("writes a Phase drop-down of the partner-lifecycle phases over the Phase column and the letters over the party cells", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Partner"], ["Acme"]]);
    const { name } = await gatewayOver(wb).insertUserSheet(buildResponsibilityTemplate(["Acme"]));
    const sheet = wb.snapshot(name);
    expect(sheet.dataValidations.map((v) => [v.address, v.rule])).toEqual([
      ["A2:A11", { list: { inCellDropDown: true, source: TEMPLATE_PHASES.join(",") } }],
      ["D2:E11", { list: { inCellDropDown: true, source: "A,R,C,I,A/R" } }],
    ]);
    // Warning alerts: a phase or letters of the user's own may still be typed.
    expect(sheet.dataValidations.map((v) => v.errorAlert?.style)).toEqual(["Warning", "Warning"]);
  });

  it("reads back through the Office.js reader as a matrix whose activities carry their phase as section", async () => {
    const wb = new FakeWorkbook().addSheet("Partners", [["Partner"], ["Acme"]]);
    const gateway = gatewayOver(wb);
    await gateway.insertUserSheet(buildResponsibilityTemplate(["Acme"]));
    const { input } = await gateway.readInputs();
    const { result, issues } = assessResponsibilities(input.responsibilities ?? null, ["Acme"], settings());
    expect(issues).toEqual([]);
    expect(result?.parties.map((p) => p.party)).toEqual(["Us", "Acme"]);
    expect(result?.activities.map((a) => [a.activity, a.section])).toEqual(
      STANDARD_ACTIVITIES.map(([activity, , phase]) => [activity, phase]),
    );
  });
});
