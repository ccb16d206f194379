/** Small XML text helpers for the chart parts (the package is edited as text, not parsed). */

/**
 * Text safe in XML element content and in double-quoted attribute values.
 * @example escapeXml(`R&D "A"`) === "R&amp;D &quot;A&quot;"
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/**
 * The text an attribute value stands for: the five named entities and numeric references.
 * @example unescapeXml("Bob&apos;s") === "Bob's"
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] ?? "";
  });
}

/**
 * The attributes of one start tag, unescaped.
 * @example attributes(`<sheet name="Tier History" r:id="rId12"/>`)["r:id"] === "rId12"
 */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1] ?? ""] = unescapeXml(m[2] ?? m[3] ?? "");
  }
  return out;
}

/**
 * Every start (or empty) tag of an element name, in document order.
 * @example startTags(rels, "Relationship").length
 */
export function startTags(xml: string, name: string): string[] {
  const pattern = new RegExp(`<${name.replace(/[.:]/g, "\\$&")}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, "g");
  return xml.match(pattern) ?? [];
}

/** `#0F6CBD` → `0F6CBD`, the form DrawingML's srgbClr wants. */
export function rgb(color: string): string {
  return color.replace(/^#/, "").toUpperCase();
}
