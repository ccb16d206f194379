/**
 * The bad-workbook corpus through the add-in's Office.js path (issue #7), in the in-memory
 * Excel: read the inputs, analyse, write the report — or stop with a CannotAnalyzeError before
 * anything is written. Every sheet of the user's is unchanged, and both readers (Office.js and
 * the .xlsx file) give the same issues and tiers for the same cells.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeWorkbook } from "../../src/engine/analyze";
import { CannotAnalyzeError } from "../../src/engine/errors";
import { analysisDocument } from "../../src/engine/json";
import { readStoredSettings } from "../../src/engine/settings";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { BAD_DIR } from "../../scripts/make-bad-workbooks";
import { CORPUS, type CorpusEntry } from "./corpus";
import { analyzeInExcel, fakeWorkbookOf, gatewayOver, RUN_AT, userSheets } from "./corpus-workbook";
import { checkRun, type ResultDoc, stopsOf } from "./outcome";

const committed = CORPUS.filter((e) => !e.large);

/** What the command line computes from the committed .xlsx file. */
async function fromFile(entry: CorpusEntry) {
  const read = await readWorkbook(readFileSync(join(BAD_DIR, entry.file)));
  const stored = readStoredSettings(read.storedSettings);
  return analyzeWorkbook(read.input, stored.settings, { runAt: RUN_AT, priorIssues: stored.issues });
}

describe("the bad-workbook corpus in Excel (Office.js path)", () => {
  it.each(committed.map((e) => [e.file, e] as const))(
    "%s: runs or stops with one clear message, the user's sheets unchanged",
    async (_file, entry) => {
      const wb = fakeWorkbookOf(entry);
      const before = userSheets(wb, entry);
      const order = wb.getSheetNames().map((s) => s.name);
      const stops = stopsOf(entry);
      if (stops) {
        const failure = await analyzeInExcel(gatewayOver(wb)).then(
          () => null,
          (e: unknown) => e,
        );
        expect(failure).toBeInstanceOf(CannotAnalyzeError);
        expect((failure as Error).message).toMatch(stops);
        expect(wb.getSheetNames().map((s) => s.name)).toEqual(order);
      } else {
        const { analysis, sheets } = await analyzeInExcel(gatewayOver(wb));
        const doc = analysisDocument(analysis) as unknown as ResultDoc;
        checkRun(entry, doc);
        // The command line reads the same cells from the .xlsx file: same issues, same tiers.
        const file = analysisDocument(await fromFile(entry)) as unknown as ResultDoc;
        expect(doc.issues).toEqual(file.issues);
        expect(doc.tiering).toEqual(file.tiering);
        // The user's sheets keep their place; ours come after them.
        expect(
          wb
            .getSheetNames()
            .map((s) => s.name)
            .slice(0, order.length),
        ).toEqual(order);
        expect(sheets.every((s) => !Object.keys(before).includes(s.name))).toBe(true);
      }
      expect(userSheets(wb, entry)).toEqual(before);
    },
    60_000,
  );

  it("writes its output beside the user's Summary, Tiering, Coverage, Journey, Conflicts, Issues and Tier History", async () => {
    const entry = CORPUS.find((e) => e.file === "output-names-taken.xlsx") as CorpusEntry;
    const wb = fakeWorkbookOf(entry);
    const { sheets } = await analyzeInExcel(gatewayOver(wb));
    const names = Object.fromEntries(sheets.map((s) => [s.key, s.name]));
    expect(names).toMatchObject({
      summary: "Summary (2)",
      tiering: "Tiering (2)",
      coverage: "Coverage (2)",
      journey: "Journey (2)",
      conflicts: "Conflicts (2)",
      issues: "Issues (2)",
      history: "Tier History (2)",
    });
    // A second run rewrites its own "(2)" sheets and reads none of them as input.
    const again = await analyzeInExcel(gatewayOver(wb));
    expect(again.sheets).toEqual(sheets);
    expect(wb.snapshot("Tiering")).toEqual(fakeWorkbookOf(entry).snapshot("Tiering"));
  });

  it("replaces corrupt stored settings with valid ones after a run", async () => {
    const entry = CORPUS.find((e) => e.file === "settings-corrupt.xlsx") as CorpusEntry;
    const wb = fakeWorkbookOf(entry);
    await analyzeInExcel(gatewayOver(wb));
    const read = await gatewayOver(wb).readInputs();
    expect(readStoredSettings(read.storedSettings).issues).toEqual([]);
    expect(wb.getSheetNames().find((s) => s.name === "PED_Settings")?.visibility).toBe("VeryHidden");
  });
});
