/**
 * The test suite's OOXML schema gate (test/support/ooxml.ts) on any .xlsx files, printing what
 * `../shared/schemas/ooxml/validate.py` prints: one line per invalid part, then a count per file.
 * Exit 1 when any part is invalid.
 *
 *   npx tsx scripts/validate-xlsx.ts out/sample-analysis.xlsx [more.xlsx ...]
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { reportLines, validateWorkbooks } from "../test/support/ooxml";

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write("usage: npx tsx scripts/validate-xlsx.ts FILE.xlsx [FILE.xlsx ...]\n");
    return 2;
  }
  const reports = await validateWorkbooks(files.map((f) => ({ name: basename(f), bytes: readFileSync(f) })));
  for (const r of reports) process.stdout.write(`${reportLines(r).join("\n")}\n`);
  return reports.some((r) => r.problems.length > 0) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
