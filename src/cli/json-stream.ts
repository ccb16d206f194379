import { createWriteStream } from "node:fs";

/** Values up to this many nodes are serialised in one JSON.stringify call. */
const SMALL = 256;
/** Small array elements stringified together, at most. */
const BATCH = 256;

/**
 * The text of JSON.stringify(value, null, 2), in pieces: large arrays element by element, so
 * that a million-partner document is never one string (V8 caps a string near 512 MB, and the
 * whole text would double the memory the results already take). Concatenated, the pieces are
 * exactly JSON.stringify's text.
 * @example [...jsonChunks({ a: [1, 2] })].join("") === JSON.stringify({ a: [1, 2] }, null, 2)
 */
export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  const v = toJsonValue(value);
  if (v === null || typeof v !== "object" || isSmall(v)) {
    const text = JSON.stringify(v, null, 2);
    yield depth === 0 || text === undefined ? (text ?? "") : text.replace(/\n/g, `\n${"  ".repeat(depth)}`);
    return;
  }
  const inner = "  ".repeat(depth + 1);
  const outer = "  ".repeat(depth);
  if (Array.isArray(v)) {
    if (v.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < v.length;) {
      // A run of small elements is stringified in one call (a million partners are a million
      // small objects): JSON.stringify's own text of the run, re-indented to this depth.
      let j = i;
      while (j < v.length && j - i < BATCH && isSmall(toJsonValue(v[j]))) j++;
      if (j > i) {
        const text = JSON.stringify(v.slice(i, j), null, 2);
        const body = text.slice(2, -2); // between "[\n" and "\n]"
        yield `${i === 0 ? "" : ","}\n${outer}${depth === 0 ? body : body.replace(/\n/g, `\n${outer}`)}`;
        i = j;
        continue;
      }
      yield `${i === 0 ? "" : ","}\n${inner}`;
      const item: unknown = toJsonValue(v[i]);
      // In an array, what JSON.stringify leaves out of an object (undefined, functions) is null.
      if (item === undefined || typeof item === "function" || typeof item === "symbol") yield "null";
      else yield* jsonChunks(item, depth + 1);
      i++;
    }
    yield `\n${outer}]`;
    return;
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => {
    const j = toJsonValue(x);
    return j !== undefined && typeof j !== "function" && typeof j !== "symbol";
  });
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  for (let i = 0; i < entries.length; i++) {
    const [key, x] = entries[i] as [string, unknown];
    yield `${i === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
    yield* jsonChunks(x, depth + 1);
  }
  yield `\n${outer}}`;
}

function toJsonValue(value: unknown): unknown {
  const withToJson = value as { toJSON?: () => unknown } | null;
  return withToJson !== null && typeof withToJson === "object" && typeof withToJson.toJSON === "function"
    ? withToJson.toJSON()
    : value;
}

/** True when a value has at most SMALL nodes (walked no further than that). */
function isSmall(value: unknown): boolean {
  return nodesLeft(value, SMALL) >= 0;
}

/** The budget left after counting a value's nodes; negative once it runs out (the walk stops there). */
function nodesLeft(value: unknown, budget: number): number {
  let left = budget - 1;
  if (left < 0 || value === null || typeof value !== "object") return left;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && left >= 0; i++) left = nodesLeft(value[i], left);
  } else {
    const o = value as Record<string, unknown>;
    for (const k in o) {
      if (left < 0) break;
      if (Object.prototype.hasOwnProperty.call(o, k)) left = nodesLeft(o[k], left);
    }
  }
  return left;
}

/**
 * Writes JSON.stringify(value, null, 2) and a newline to a file as a stream, in pieces of
 * about a megabyte, waiting whenever the disk is behind.
 */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.on("error", reject));
  failed.catch(() => undefined); // raced below; never left unhandled
  const write = async (text: string) => {
    if (!out.write(text))
      await Promise.race([new Promise<void>((resolve) => out.once("drain", () => resolve())), failed]);
  };
  let buffer = "";
  for (const piece of jsonChunks(value)) {
    buffer += piece;
    if (buffer.length >= 1 << 20) {
      await write(buffer);
      buffer = "";
    }
  }
  await write(`${buffer}\n`);
  await Promise.race([new Promise<void>((resolve) => out.end(() => resolve())), failed]);
}
