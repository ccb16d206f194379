/**
 * Every .xlsx the project writes is valid against ISO/IEC 29500 (the schema gate, issue #10):
 * each XML part of each workbook, after markup-compatibility processing, validates against the
 * transitional SpreadsheetML / DrawingML / OPC schemas in test/support/ooxml-schemas; every part
 * has a content type and every internal relationship points at a part that exists. A part that
 * fails is one Excel answers with "We found a problem with some content…" and repairs away.
 *
 * The workbooks: the command line's output for the bundled sample (plain, with a scenario, and a
 * re-run over a previous run's sheets), for every fixture and every bad workbook it analyses;
 * the sample-sheet and responsibility-template specs rendered by the .xlsx writer; and the
 * inputs the project generates (the sample, the fixtures, the bad-workbook corpus). All parts
 * are validated in one xmllint call (the schemas compile once, ~0.4 s).
 *
 * `OOXML_GATE_DIR=/some/dir npx jest test/xlsx/ooxml-valid.test.ts` keeps the workbooks there, to
 * run the reference check over the same files:
 * `/usr/bin/python3 ../shared/schemas/ooxml/validate.py /some/dir/*.xlsx`.
 */
import JSZip from "jszip";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildRetiredSheet } from "../../src/report/retired-sheet";
import { buildResponsibilityTemplate } from "../../src/report/responsibility-template";
import { sampleSheets } from "../../src/report/sample-sheets";
import { samplePortfolio } from "../../src/sample/sample-data";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { BAD_DIR } from "../../scripts/make-bad-workbooks";
import { FIXTURES_DIR } from "../../scripts/make-fixtures";
import { FIXED_TIME } from "../cli/fixture-data";
import { withPreviousRun } from "../cli/previous-run";
import { runCli, scratch } from "../cli/run-cli";
import { CORPUS } from "../reliability/corpus";
import { stopsOf } from "../reliability/outcome";
import { type WorkbookReport, validateWorkbooks } from "../support/ooxml";

/** Some fifty analyses and one schema compile: seconds on an idle machine, budgeted for a loaded one. */
const BUDGET_MS = 300_000;

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-partners.xlsx");
/** A fixture that is deliberately not a zip package (the CLI's "cannot read" case). */
const NOT_A_PACKAGE = "not-a-workbook.xlsx";
/** Fixtures the command line refuses (exit 1, nothing written: test/cli/exit-codes.test.ts). */
const FIXTURES_THAT_STOP = new Set([
  "empty-workbook.xlsx",
  "header-only.xlsx",
  "no-partner-column.xlsx",
  "no-partners-table.xlsx",
]);
const FIXTURES = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith(".xlsx") && f !== NOT_A_PACKAGE)
  .sort();
const BAD = readdirSync(BAD_DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .sort();
/** Bad workbooks the command line analyses (the others stop before writing anything). */
const BAD_ANALYSED = BAD.filter((f) => {
  const entry = CORPUS.find((e) => e.file === f);
  return entry !== undefined && stopsOf(entry) === null;
});

const INPUTS = [
  "input/sample-partners.xlsx",
  ...FIXTURES.map((f) => `input/fixtures/${f}`),
  ...BAD.map((f) => `input/bad/${f}`),
];
const OUTPUTS = [
  "output/sample.xlsx",
  "output/sample-scenario.xlsx",
  "output/sample-rerun-input.xlsx",
  "output/sample-rerun.xlsx",
  "output/sample-sheets.xlsx",
  "output/responsibility-template.xlsx",
  "output/retired-sheets.xlsx",
  ...FIXTURES.filter((f) => !FIXTURES_THAT_STOP.has(f)).map((f) => `output/fixtures/${f}`),
  ...BAD_ANALYSED.map((f) => `output/bad/${f}`),
];

const work = scratch();
const reports = new Map<string, WorkbookReport>();
const missing: string[] = [];
afterAll(() => work.cleanup());

let runs = 0;

/** `analyze IN --out OUT` in-process; the output's bytes, or undefined when nothing was written. */
async function analyzed(input: string, extra: string[] = []): Promise<Uint8Array | undefined> {
  const out = work.path(`run-${++runs}.xlsx`);
  const run = await runCli(["analyze", input, "--out", out, "--run-at", FIXED_TIME, "--quiet", ...extra]);
  return run.code === 0 && existsSync(out) ? readFileSync(out) : undefined;
}

beforeAll(async () => {
  const books = new Map<string, Uint8Array | undefined>();
  books.set("input/sample-partners.xlsx", readFileSync(SAMPLE));
  for (const f of FIXTURES) books.set(`input/fixtures/${f}`, readFileSync(join(FIXTURES_DIR, f)));
  for (const f of BAD) books.set(`input/bad/${f}`, readFileSync(join(BAD_DIR, f)));

  const sampleOut = await analyzed(SAMPLE);
  books.set("output/sample.xlsx", sampleOut);
  const data = samplePortfolio();
  const [removed = ""] = data.partners.map((p) => String(p[0]));
  const [added = ""] = data.candidates.map((c) => String(c[0]));
  books.set("output/sample-scenario.xlsx", await analyzed(SAMPLE, ["--remove", removed, "--add", added]));
  if (sampleOut) {
    // A workbook analysed before: its Tier History holds a snapshot, so the re-run shows movement.
    // (The sample's own Responsibilities and Candidates sheets keep those names: not copied.)
    const previous = work.path("previous.xlsx");
    writeFileSync(previous, sampleOut);
    const rerunInput = await withPreviousRun(SAMPLE, previous, { sheets: ["Summary", "Tiering", "Tier History"] });
    const rerunPath = work.path("rerun-input.xlsx");
    writeFileSync(rerunPath, rerunInput);
    books.set("output/sample-rerun-input.xlsx", rerunInput);
    books.set("output/sample-rerun.xlsx", await analyzed(rerunPath, ["--run-at", "2026-02-05T09:00:00.000Z"]));
  }
  const options = { settingsText: "{}", runAt: FIXED_TIME };
  books.set(
    "output/sample-sheets.xlsx",
    await writeWorkbook(
      sampleSheets(data).map((s) => s.spec),
      options,
    ),
  );
  const names = data.partners.map((p) => String(p[0]));
  books.set("output/responsibility-template.xlsx", await writeWorkbook([buildResponsibilityTemplate(names)], options));
  books.set(
    "output/retired-sheets.xlsx",
    await writeWorkbook([buildRetiredSheet("responsibilities"), buildRetiredSheet("candidates")], options),
  );
  for (const f of FIXTURES.filter((x) => !FIXTURES_THAT_STOP.has(x)))
    books.set(`output/fixtures/${f}`, await analyzed(join(FIXTURES_DIR, f)));
  for (const f of BAD_ANALYSED) books.set(`output/bad/${f}`, await analyzed(join(BAD_DIR, f)));

  const present = [...books].flatMap(([name, bytes]) => (bytes ? [{ name, bytes }] : []));
  missing.push(...[...books].filter(([, bytes]) => !bytes).map(([name]) => name));
  for (const r of await validateWorkbooks(present)) reports.set(r.name, r);
  keepFor(present);
}, BUDGET_MS);

/** Copies the workbooks to $OOXML_GATE_DIR for the cross-check with validate.py. */
function keepFor(books: { name: string; bytes: Uint8Array }[]): void {
  const dir = process.env.OOXML_GATE_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const b of books) writeFileSync(join(dir, b.name.replace(/\//g, "__")), b.bytes);
}

describe("every workbook the project writes is valid ISO/IEC 29500 (transitional)", () => {
  it("produces every workbook it means to check", () => {
    expect(missing).toEqual([]);
    expect([...reports.keys()].sort()).toEqual([...INPUTS, ...OUTPUTS].sort());
    // The gate checks real content: the sample's output has its sheets, tables, drawings and charts.
    const sample = reports.get("output/sample.xlsx");
    expect(sample?.checked).toBeGreaterThanOrEqual(40);
  });

  it.each(OUTPUTS)("%s: every part valid, typed and linked", (name) => {
    expect(reports.get(name)?.problems).toEqual([]);
  });

  it.each(INPUTS)("%s: every part valid, typed and linked", (name) => {
    expect(reports.get(name)?.problems).toEqual([]);
  });
});

describe("the schema gate itself", () => {
  const invalid = new Map<string, WorkbookReport>();

  /** The sample workbook (assets/) with one change to one part. */
  async function mutated(change: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    await change(zip);
    return zip.generateAsync({ type: "uint8array" });
  }
  const edit = (part: string, fn: (xml: string) => string) => async (zip: JSZip) => {
    zip.file(part, fn((await zip.file(part)?.async("string")) ?? ""));
  };
  const sheet1 = "xl/worksheets/sheet1.xml";

  beforeAll(async () => {
    const cases: [string, Uint8Array][] = [
      ["bad-attribute", await mutated(edit(sheet1, (x) => x.replace("<sheetData", '<sheetData bogus="1"')))],
      [
        "bad-operator",
        await mutated(
          edit(sheet1, (x) =>
            x.replace(
              "</sheetData>",
              '</sheetData><conditionalFormatting sqref="A1"><cfRule type="containsBlanks" operator="containsBlanks" priority="1"><formula>LEN(TRIM(A1))=0</formula></cfRule></conditionalFormatting>',
            ),
          ),
        ),
      ],
      [
        "ignorable-extension",
        await mutated(edit(sheet1, (x) => x.replace("<sheetData>", '<x14ac:extra/><sheetData xml:space="preserve">'))),
      ],
      [
        "not-ignorable",
        await mutated(
          edit(sheet1, (x) =>
            x
              .replace(' mc:Ignorable="x14ac"', "")
              .replace(/ x14ac:dyDescent="[^"]*"/g, "")
              .replace("<sheetData>", "<x14ac:extra/><sheetData>"),
          ),
        ),
      ],
      [
        "alternate-content",
        await mutated(
          edit(sheet1, (x) =>
            x.replace(
              "<dimension",
              '<mc:AlternateContent><mc:Choice Requires="x14ac"><nonsense/></mc:Choice><mc:Fallback><sheetPr/></mc:Fallback></mc:AlternateContent><dimension',
            ),
          ),
        ),
      ],
      [
        "alternate-content-bad-fallback",
        await mutated(
          edit(sheet1, (x) =>
            x.replace(
              "<dimension",
              '<mc:AlternateContent><mc:Choice Requires="x14ac"><sheetPr/></mc:Choice><mc:Fallback><nonsense/></mc:Fallback></mc:AlternateContent><dimension',
            ),
          ),
        ),
      ],
      [
        "no-content-type",
        await mutated(async (zip) => void zip.file("xl/printerSettings/printerSettings1.bin", new Uint8Array(8))),
      ],
      ["missing-target", await mutated(async (zip) => void zip.remove("xl/tables/table1.xml"))],
      ["not-well-formed", await mutated(edit(sheet1, (x) => x.replace("</sheetData>", "</sheetdata>")))],
    ];
    for (const r of await validateWorkbooks(cases.map(([name, bytes]) => ({ name, bytes })))) invalid.set(r.name, r);
    keepFor(cases.map(([name, bytes]) => ({ name: `gate/${name}.xlsx`, bytes })));
  }, BUDGET_MS);

  const problems = (name: string) =>
    invalid.get(name)?.problems.map((p) => `${p.part}: ${p.message}`) ?? ["not validated"];

  it("rejects an attribute the schema does not declare", () => {
    expect(problems("bad-attribute")).toEqual([
      expect.stringMatching(/^xl\/worksheets\/sheet1\.xml: .*attribute 'bogus' is not allowed/),
    ]);
  });

  it("rejects a conditional format whose operator is not an ST_ConditionalFormattingOperator", () => {
    expect(problems("bad-operator")).toEqual([
      expect.stringMatching(
        /^xl\/worksheets\/sheet1\.xml: .*'operator'.*'containsBlanks' is not an element of the set/,
      ),
    ]);
  });

  it("drops what mc:Ignorable names, and xml:space, before validating; nothing else", () => {
    expect(problems("ignorable-extension")).toEqual([]);
    expect(problems("not-ignorable")).toEqual([
      expect.stringMatching(/^xl\/worksheets\/sheet1\.xml: .*extra.*not expected/),
    ]);
  });

  it("validates mc:AlternateContent as its mc:Fallback", () => {
    expect(problems("alternate-content")).toEqual([]);
    expect(problems("alternate-content-bad-fallback")).toEqual([
      expect.stringMatching(/^xl\/worksheets\/sheet1\.xml: .*nonsense.*not expected/),
    ]);
  });

  it("requires a content type for every part", () => {
    expect(problems("no-content-type")).toEqual(["xl/printerSettings/printerSettings1.bin: part has no content type"]);
  });

  it("requires every internal relationship target to exist", () => {
    expect(problems("missing-target")).toEqual([
      expect.stringMatching(
        /^xl\/worksheets\/_rels\/sheet2\.xml\.rels: relationship \w+ points at missing part xl\/tables\/table1\.xml$/,
      ),
    ]);
  });

  it("reports a part that is not well-formed", () => {
    expect(problems("not-well-formed")).toEqual([
      expect.stringMatching(/^xl\/worksheets\/sheet1\.xml: not well-formed/),
    ]);
  });
});
