/**
 * Writes the command line's test workbooks to test/fixtures/: the same partner register
 * (test/cli/fixture-data.ts) packaged the ways real tools package it, plus workbooks the CLI
 * must refuse with a reason. Deterministic: fixed document dates, fixed zip entry dates, seeded
 * "random" bytes, so regenerating gives byte-identical files.
 *
 *   npm run fixtures
 *
 * - partners-shared-strings.xlsx  plain sheet "Partners", shared strings (as Excel writes)
 * - partners-table.xlsx           Excel table "Partners" at A1 of sheet "Partners"
 * - partners-table-offset.xlsx    Excel table "Partners" at C3 of sheet "Register"
 * - partners-inline-strings.xlsx  the plain sheet with every string inline (t="inlineStr")
 * - partners-openpyxl-style.xlsx  the table, every relationship Target absolute ("/xl/...")
 * - partners-rich-formulas.xlsx   rich text, hyperlink, cached formula results, a #DIV/0!,
 *                                 a date in a score column, a merged header cell
 * - not-a-workbook.xlsx, empty-workbook.xlsx, no-partners-table.xlsx,
 *   no-partner-column.xlsx, header-only.xlsx    cannot-run cases
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, posix } from "node:path";
import { FIXED_TIME, PARTNER_HEADERS, partnerGrid } from "../test/cli/fixture-data";

export const FIXTURES_DIR = join(__dirname, "..", "test", "fixtures");

/** Every fixture by file name. */
export async function buildFixtures(): Promise<Record<string, Uint8Array>> {
  const sharedStrings = await save(plainPartnersSheet());
  const table = await save(partnersTable("Partners", "A1"));
  return {
    "partners-shared-strings.xlsx": sharedStrings,
    "partners-table.xlsx": table,
    "partners-table-offset.xlsx": await save(partnersTable("Register", "C3")),
    "partners-inline-strings.xlsx": await repack(await inlineStrings(sharedStrings)),
    "partners-openpyxl-style.xlsx": await repack(await absoluteTargets(table)),
    "partners-rich-formulas.xlsx": await save(richFormulas()),
    "not-a-workbook.xlsx": seededBytes(2048, 20260105),
    "empty-workbook.xlsx": await save(withSheets((wb) => wb.addWorksheet("Sheet1"))),
    "no-partners-table.xlsx": await save(noPartnersTable()),
    "no-partner-column.xlsx": await save(
      withSheets((wb) => {
        const ws = wb.addWorksheet("Partners");
        ws.addRow(["Supplier Code", "Fit", "Impact", "Momentum"]);
        ws.addRow(["S-001", 4, 4, 3]);
        ws.addRow(["S-002", 3, 2, 5]);
      }),
    ),
    "header-only.xlsx": await save(withSheets((wb) => wb.addWorksheet("Partners").addRow([...PARTNER_HEADERS]))),
  };
}

export function withSheets(fill: (wb: ExcelJS.Workbook) => unknown): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "make-fixtures";
  wb.created = new Date(FIXED_TIME);
  wb.modified = wb.created;
  fill(wb);
  return wb;
}

/** The register on a plain sheet, header in row 1: ExcelJS writes shared strings, as Excel does. */
function plainPartnersSheet(): ExcelJS.Workbook {
  return withSheets((wb) => {
    const ws = wb.addWorksheet("Partners");
    partnerGrid().forEach((row, i) => {
      row.forEach((value, j) => {
        if (value !== null) ws.getCell(i + 1, j + 1).value = value;
      });
    });
  });
}

function partnersTable(sheet: string, ref: string): ExcelJS.Workbook {
  return withSheets((wb) => {
    const ws = wb.addWorksheet(sheet);
    const [header = [], ...rows] = partnerGrid();
    ws.addTable({
      name: "Partners",
      displayName: "Partners",
      ref,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((h) => ({ name: String(h), filterButton: true })),
      rows,
    });
  });
}

/**
 * What an analyst's hand-kept sheet looks like: a name in rich text, one typed as a hyperlink,
 * formulas with their cached results (one of them #DIV/0!), a date typed into a score column,
 * and a header cell merged across two columns.
 */
function richFormulas(): ExcelJS.Workbook {
  return withSheets((wb) => {
    const ws = wb.addWorksheet("Partners");
    ws.addRow(["Partner", "Type", "Fit", "Impact", "Momentum", "Revenue", "Investment", "Notes", null]);
    ws.mergeCells("H1:I1");
    ws.addRow([
      {
        richText: [
          { text: "Northwind ", font: { bold: true } },
          { text: "Cloud", font: { italic: true } },
        ],
      },
      { formula: '"Tech"&"nology"', result: "Technology" },
      5,
      4.5,
      4,
      { formula: "1000*1200", result: 1200000 },
      150000,
      "renewal due",
      "covered by the merge",
    ]);
    ws.addRow([
      { text: "Contoso Services", hyperlink: "https://contoso.example/partners" },
      "Services",
      4,
      { formula: "C3", result: 4 },
      3.5,
      600000,
      { formula: "40000*2", result: 80000 },
      null,
      null,
    ]);
    ws.addRow([
      "Fabrikam Resale",
      "Reseller",
      4.5,
      2,
      { formula: "1/0", result: { error: "#DIV/0!" } },
      250000,
      90000,
      null,
      null,
    ]);
    ws.addRow(["Tailspin Data", "Technology", new Date(Date.UTC(2026, 0, 5)), 4.5, 3.5, 420000, 60000, null, null]);
    ws.addRow(["Woodgrove MSP", "MSP", 3, 3, 3, 180000, 40000, null, null]);
  });
}

function noPartnersTable(): ExcelJS.Workbook {
  return withSheets((wb) => {
    const ws = wb.addWorksheet("Accounts");
    ws.addTable({
      name: "Accounts",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Account" }, { name: "Region" }],
      rows: [
        ["Northwind", "EMEA"],
        ["Contoso", "NA"],
      ],
    });
    wb.addWorksheet("Notes").getCell("A1").value = "Partners are tracked elsewhere.";
  });
}

export async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return repack(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/**
 * Every string cell as an inline string (`t="inlineStr"`, `<is>…</is>`), as some generators
 * (and streaming writers) produce, and no shared-strings part at all.
 */
export async function inlineStrings(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sst = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  const items = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1] ?? "");
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const inlined = xml.replace(
      /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_m, before: string, after: string, index: string) => {
        const item = items[Number(index)];
        if (item === undefined) throw new Error(`${path}: shared string ${index} is missing`);
        return `<c ${before}t="inlineStr"${after}><is>${item}</is></c>`;
      },
    );
    if (/t="s"/.test(inlined)) throw new Error(`${path}: a shared-string cell was not inlined`);
    zip.file(path, inlined);
  }
  zip.remove("xl/sharedStrings.xml");
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = (await zip.file(relsPath)?.async("string")) ?? "";
  zip.file(relsPath, rels.replace(/<Relationship [^>]*Target="sharedStrings\.xml"[^>]*\/>/, ""));
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", types.replace(/<Override [^>]*PartName="\/xl\/sharedStrings\.xml"[^>]*\/>/, ""));
  return zip.generateAsync({ type: "uint8array" });
}

/** Every internal relationship Target as an absolute part name ("/xl/tables/table1.xml"), as openpyxl writes them. */
export async function absoluteTargets(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".rels"))) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const base = path.replace(/_rels\/[^/]+$/, "");
    const fixed = xml.replace(/<Relationship [^>]*\/>/g, (rel) =>
      rel.includes('TargetMode="External"')
        ? rel
        : rel.replace(/Target="([^"/][^"]*)"/, (_m, target: string) => `Target="/${posix.normalize(base + target)}"`),
    );
    zip.file(path, fixed);
  }
  return zip.generateAsync({ type: "uint8array" });
}

/** Rewrites a package with fixed entry dates and order, so the bytes repeat run after run. */
async function repack(bytes: Uint8Array): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const date = new Date(FIXED_TIME);
  for (const path of Object.keys(source.files).sort()) {
    const file = source.file(path);
    if (file && !file.dir) out.file(path, await file.async("uint8array"), { date, createFolders: false });
  }
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Not a zip at all: bytes from a seeded generator (mulberry32). */
function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let a = seed >>> 0;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}

async function main(): Promise<void> {
  mkdirSync(FIXTURES_DIR, { recursive: true });
  for (const [name, bytes] of Object.entries(await buildFixtures())) {
    writeFileSync(join(FIXTURES_DIR, name), bytes);
    process.stdout.write(`Wrote test/fixtures/${name} (${bytes.length} bytes)\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
