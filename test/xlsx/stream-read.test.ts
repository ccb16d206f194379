/**
 * The streaming reader (large files) must read every workbook exactly as the ExcelJS reader
 * does: the same tables, headers, cells, catalog and stored settings, on every fixture the
 * project has — the special cases included (openpyxl's absolute table links, formulas whose
 * cached result is empty text, totals rows, merged cells, titles above a header, 50,000 blank
 * table rows).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CannotAnalyzeError } from "../../src/engine/errors";
import { readWorkbook, STREAMING_FROM_BYTES } from "../../src/xlsx/read-workbook";

const ROOT = join(__dirname, "..", "..");
const files = [
  ...["assets"].flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => join(d, f)),
  ),
  ...readdirSync(join(ROOT, "test", "fixtures"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join("test", "fixtures", f)),
  ...readdirSync(join(ROOT, "test", "fixtures", "bad"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join("test", "fixtures", "bad", f)),
];

async function outcome(bytes: Uint8Array, streaming: boolean, storedChoices?: boolean): Promise<unknown> {
  try {
    return await readWorkbook(bytes, { streaming, ...(storedChoices === undefined ? {} : { storedChoices }) });
  } catch (error) {
    return { throws: error instanceof CannotAnalyzeError ? "CannotAnalyzeError" : String(error) };
  }
}

describe("readWorkbook streaming reads what the ExcelJS model reads", () => {
  it("has fixtures to compare", () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)(
    "%s",
    async (file) => {
      const bytes = new Uint8Array(readFileSync(join(ROOT, file)));
      expect(await outcome(bytes, true)).toEqual(await outcome(bytes, false));
      expect(await outcome(bytes, true, false)).toEqual(await outcome(bytes, false, false));
    },
    240_000,
  );

  it(`streams files of ${STREAMING_FROM_BYTES / 1048576} MB and more by default`, () => {
    expect(STREAMING_FROM_BYTES).toBe(4 * 1024 * 1024);
  });
});
