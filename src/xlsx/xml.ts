/**
 * The project's one XML parser and serialiser, @xmldom/xmldom, for the package parts the
 * reader mends (and the tests read): namespace-aware, so a part is edited by element and
 * attribute, never by text surgery.
 */
import { type Document, DOMParser, type Element, XMLSerializer } from "@xmldom/xmldom";

export const NS = {
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

/**
 * A part's document. Whatever xmldom reports, warnings included, is an error naming the part:
 * the parts come from ExcelJS or from Excel, and a part we cannot read exactly is not patched.
 * @example parseXml(rels, "xl/_rels/workbook.xml.rels").documentElement.localName // "Relationships"
 */
export function parseXml(text: string, part: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${part}: XML ${level}: ${message}`);
    },
    // XML 1.0 line ends only: xmldom's default also turns U+2028 and U+0085 in text into "\n".
    normalizeLineEndings: (s) => s.replace(/\r\n?/g, "\n"),
  });
  return parser.parseFromString(text, "text/xml");
}

/** The document as text, XML declaration included. */
export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** Every element of that namespace and local name, in document order. */
export function elementsNS(doc: Document, ns: string, local: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, local));
}
