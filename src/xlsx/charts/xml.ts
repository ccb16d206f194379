/** Text helpers for the chart parts this project writes; parts it reads go through ../xml.ts. */

/**
 * Text safe in XML element content and in double-quoted attribute values.
 * @example escapeXml(`R&D "A"`) === "R&amp;D &quot;A&quot;"
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** `#0F6CBD` → `0F6CBD`, the form DrawingML's srgbClr wants. */
export function rgb(color: string): string {
  return color.replace(/^#/, "").toUpperCase();
}
