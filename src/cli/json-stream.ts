import { createWriteStream } from "node:fs";

/** Values up to this many nodes are serialised in one JSON.stringify call. */
const SMALL = 256;

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
    for (let i = 0; i < v.length; i++) {
      yield `${i === 0 ? "" : ","}\n${inner}`;
      const item: unknown = toJsonValue(v[i]);
      // In an array, what JSON.stringify leaves out of an object (undefined, functions) is null.
      if (item === undefined || typeof item === "function" || typeof item === "symbol") yield "null";
      else yield* jsonChunks(item, depth + 1);
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
function isSmall(value: object): boolean {
  let budget = SMALL;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (--budget < 0) return false;
    if (v !== null && typeof v === "object") {
      if (Array.isArray(v)) for (const x of v) stack.push(x);
      else for (const x of Object.values(v)) stack.push(x);
    }
  }
  return true;
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
