/**
 * How the zip writer (zip.ts) deflates the pieces of a part: on the calling thread, or on a
 * worker thread of its own (the command line's PED_DEFLATE=worker).
 */
import { Worker } from "node:worker_threads";
import { constants, deflateRawSync } from "node:zlib";

/**
 * Deflates one piece of a part (raw deflate ending in a sync flush, so pieces join into one
 * stream): at once on this thread, or later (a promise) on a worker thread.
 */
export type Deflater = (piece: Uint8Array, level: number) => Uint8Array | Promise<Uint8Array>;

/** Deflates on the calling thread. */
export const deflateHere: Deflater = (piece, level) =>
  deflateRawSync(piece, { level, finishFlush: constants.Z_SYNC_FLUSH });

/** The worker's whole program: deflate each piece it is sent, as deflateHere does, in order. */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { constants, deflateRawSync } = require("node:zlib");
parentPort.on("message", ({ id, piece, level }) => {
  try {
    const out = deflateRawSync(piece, { level, finishFlush: constants.Z_SYNC_FLUSH });
    parentPort.postMessage({ id, out, piece }, [piece.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error), piece }, [piece.buffer]);
  }
});
`;

/**
 * A deflater on a worker thread of its own: pieces go over (moved, not copied) and come back
 * deflated, so a second core compresses while this thread builds the next rows. (zlib's own
 * thread pool, `deflateRaw` with a callback, was tried first: its per-call stream set-up cost
 * this thread about as much as it saved — 2.99 s best of 5 writing the 100,000-partner report
 * in place, 3.87 s with the pool.) The worker did not pay either on the shared 2-core machine
 * (3.2–4.2 s in place, 3.7–4.8 s with it, load 5–9), so the command line uses it only with
 * PED_DEFLATE=worker. `close()` ends the worker.
 */
export function deflateInWorker(): { deflate: Deflater; close: () => Promise<void> } {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  const pending = new Map<number, { resolve: (out: Uint8Array) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  worker.on("message", (m: { id: number; out?: Uint8Array; error?: string }) => {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.out) p?.resolve(Buffer.from(m.out.buffer, m.out.byteOffset, m.out.byteLength));
    else p?.reject(new Error(m.error ?? "deflate failed"));
  });
  worker.on("error", (error) => {
    failure = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  });
  return {
    deflate: (piece, level) => {
      if (failure) return Promise.reject(failure);
      const id = next++;
      // The piece is copied once into a buffer of its own, which moves to the worker.
      const own = new Uint8Array(piece);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, piece: own, level }, [own.buffer]);
      });
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** Rows of sheet data from which PED_DEFLATE=worker deflates on a worker thread. */
const WORKER_ROWS = 20_000;

/**
 * The command line's deflater for a workbook of `rows` rows: a worker thread with
 * PED_DEFLATE=worker and at least WORKER_ROWS rows (a worker costs more to start than it saves
 * below), otherwise undefined (in place).
 */
export function chosenDeflater(rows: number): ReturnType<typeof deflateInWorker> | undefined {
  return process.env.PED_DEFLATE === "worker" && rows >= WORKER_ROWS ? deflateInWorker() : undefined;
}
