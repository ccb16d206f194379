import { parseXml } from "../../src/xlsx/xml";

/**
 * What makes an XML text not well-formed, or null when it is: whatever the project's XML parser
 * (@xmldom/xmldom, strict: warnings count) reports, plus a bare "&" before a space or
 * punctuation, which xmldom lets through for HTML's sake (XML 1.0 §2.4 forbids it).
 * @example wellFormedProblem("<a><b></a>") // "part: XML fatalError: Opening and ending tag mismatch…"
 */
export function wellFormedProblem(xml: string): string | null {
  const bare = /&(?![A-Za-z_:#])/.exec(xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, ""));
  if (bare) return `bare "&" at ${bare.index}`;
  try {
    parseXml(xml, "part");
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
