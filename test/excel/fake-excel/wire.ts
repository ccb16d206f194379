/** What crosses the wire to Excel, and how many bytes it takes. */

/** Proxies are recognised by shape so this module stays free of imports. */
function isProxy(v: unknown): v is { _path: string } {
  return typeof v === "object" && v !== null && typeof (v as { _resolve?: unknown })._resolve === "function";
}

/** What survives the trip to Excel: JSON semantics (NaN/undefined → null, Dates → strings); proxies kept. */
export function wire(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (isProxy(v)) return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.map(wire);
  if (typeof v === "object") {
    const toJSON = (v as { toJSON?: () => unknown }).toJSON;
    if (typeof toJSON === "function") return wire(toJSON.call(v));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined && typeof x !== "function") out[k] = wire(x);
    return out;
  }
  return null;
}

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v, (_k, x: unknown) => (isProxy(x) ? { _ref: x._path } : x));
  return s === undefined ? 0 : utf8Bytes(s);
}
