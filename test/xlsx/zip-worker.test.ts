/**
 * The package's pieces may be deflated on a worker thread (the command line's path) while the
 * next rows are built: the bytes are the same as deflating each piece at once, the pieces come
 * out in order, and a failure stops the package (nothing more reaches the sink).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptySheet, type SheetSpec } from "../../src/report/sheet-spec";
import { writeWorkbook, writeWorkbookFile, writeWorkbookTo } from "../../src/xlsx/write-workbook";
import { type Deflater, deflateHere, deflateInWorker } from "../../src/xlsx/writer/deflate";
import { ZipWriter } from "../../src/xlsx/writer/zip";

const OPTIONS = { settingsText: "{}", runAt: "2026-01-01T00:00:00.000Z" };

/** A sheet of about 9 MB of XML: several 1 MB pieces, more than the pool may hold at once. */
function bigSheet(): SheetSpec {
  const spec = emptySheet("tiering", "Big");
  spec.blocks.push({
    row: 0,
    col: 0,
    headerRows: 1,
    numberFormats: [null, "0.0", null],
    values: [
      ["Partner", "Score", "Note"],
      ...Array.from({ length: 60_000 }, (_, i) => [
        `Partner ${i}`,
        ((i * 7919) % 1000) / 7,
        i % 3 ? "x" : `n${i % 97}`,
      ]),
    ],
  });
  return spec;
}

let worker: ReturnType<typeof deflateInWorker>;
beforeAll(() => {
  worker = deflateInWorker();
});
afterAll(async () => {
  await worker.close();
});
const deflateOnWorker: Deflater = (piece, level) => worker.deflate(piece, level);

/** Deflates on the worker, pieces finishing out of order (so the order is the writer's to keep). */
const shuffled: Deflater = (piece, level) => {
  const out = worker.deflate(piece, level) as Promise<Uint8Array>;
  const delay = (piece.length * 31) % 7;
  return out.then((bytes) => new Promise((resolve) => setTimeout(() => resolve(bytes), delay)));
};

async function packageOf(specs: SheetSpec[], deflate: Deflater): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  await writeWorkbookTo(specs, OPTIONS, (c) => chunks.push(c), deflate);
  return Buffer.concat(chunks);
}

describe("deflating the package on a worker thread", () => {
  const specs = [bigSheet(), emptySheet("issues", "Issues")];

  it("gives the same bytes as deflating each piece at once, however the pieces finish", async () => {
    const here = await packageOf(specs, deflateHere);
    expect(here.length).toBeGreaterThan(100_000);
    expect((await packageOf(specs, deflateOnWorker)).equals(here)).toBe(true);
    expect((await packageOf(specs, shuffled)).equals(here)).toBe(true);
    expect(Buffer.from(await writeWorkbook(specs, OPTIONS)).equals(here)).toBe(true);
  });

  it("writes the same file through writeWorkbookFile, in place or with PED_DEFLATE=worker", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zip-pool-"));
    const before = process.env.PED_DEFLATE;
    try {
      const expected = await packageOf(specs, deflateHere);
      await writeWorkbookFile(specs, OPTIONS, join(dir, "here.xlsx"));
      expect(readFileSync(join(dir, "here.xlsx")).equals(expected)).toBe(true);
      process.env.PED_DEFLATE = "worker";
      await writeWorkbookFile(specs, OPTIONS, join(dir, "worker.xlsx"));
      expect(readFileSync(join(dir, "worker.xlsx")).equals(expected)).toBe(true);
    } finally {
      if (before === undefined) delete process.env.PED_DEFLATE;
      else process.env.PED_DEFLATE = before;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("never has more than a few full pieces being deflated at once (small parts are not held back)", async () => {
    let running = 0;
    let most = 0;
    const counting: Deflater = async (piece, level) => {
      if (piece.length < 1 << 19) return shuffled(piece, level);
      most = Math.max(most, ++running);
      try {
        return await shuffled(piece, level);
      } finally {
        running--;
      }
    };
    await packageOf(specs, counting);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(4);
  });

  it("stops when a piece cannot be deflated, and nothing reaches the sink after that", async () => {
    let calls = 0;
    const failing: Deflater = (piece, level) => {
      if (++calls === 3) return Promise.reject(new Error("deflate failed"));
      return shuffled(piece, level);
    };
    let afterFailure = 0;
    let failed = false;
    const sink = () => {
      if (failed) afterFailure++;
    };
    await expect(
      writeWorkbookTo(specs, OPTIONS, sink, failing).finally(() => {
        failed = true;
      }),
    ).rejects.toThrow("deflate failed");
    await new Promise((resolve) => setTimeout(resolve, 50)); // pieces still on the pool settle
    expect(afterFailure).toBe(0);
  });

  it("stops when the sink fails", async () => {
    let written = 0;
    const sink = () => {
      if (++written > 5) throw new Error("disk full");
    };
    await expect(writeWorkbookTo(specs, OPTIONS, sink, deflateOnWorker)).rejects.toThrow("disk full");
    const zip = new ZipWriter(() => undefined, new Date(0), { deflate: deflateOnWorker });
    zip.abort(new Error("stopped"));
    await expect(zip.finish()).rejects.toThrow("stopped");
  });
});
