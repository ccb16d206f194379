/**
 * A small, strict-enough XML parser for checking add-in manifests offline.
 *
 * Node has no DOMParser and we add no dependency for one file, so this reads the subset of
 * XML 1.0 that manifests use: a prolog, comments, processing instructions, elements with
 * quoted attributes, text with the five named entities and character references, CDATA, and
 * namespaces (xmlns / xmlns:prefix). A DOCTYPE is rejected: manifests never carry one, and
 * refusing it rules out entity-expansion tricks. Every syntax error is an XmlSyntaxError with
 * the line and column, so a broken manifest is reported where it breaks.
 *
 * @example
 *   const root = parseXml('<a xmlns="urn:x"><b id="1">hi</b></a>');
 *   root.children[0].attr("id"); // "1"
 *   root.children[0].ns;         // "urn:x"
 */
"use strict";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const NAMED_ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const NAME = /[A-Za-z_:\u00C0-\uFFEF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFEF]*/y;
const WHITESPACE = /[ \t\r\n]*/y;

class XmlSyntaxError extends Error {
  constructor(message, line, column) {
    super(column > 0 ? `line ${line}, column ${column}: ${message}` : `line ${line}: ${message}`);
    this.name = "XmlSyntaxError";
    this.line = line;
    this.column = column;
  }
}

/** An element: qualified name, resolved namespace, attributes in document order, children. */
class XmlElement {
  constructor(name, line, parent) {
    this.name = name;
    const colon = name.indexOf(":");
    this.prefix = colon >= 0 ? name.slice(0, colon) : "";
    this.local = colon >= 0 ? name.slice(colon + 1) : name;
    this.ns = "";
    this.line = line;
    this.parent = parent;
    /** @type {{name: string, local: string, prefix: string, ns: string, value: string}[]} */
    this.attributes = [];
    /** @type {XmlElement[]} */
    this.children = [];
    this.text = "";
  }

  /** Attribute value by qualified name ("id", "xsi:type"), or undefined. */
  attr(name) {
    const found = this.attributes.find((a) => a.name === name);
    return found ? found.value : undefined;
  }

  /** Attribute value by namespace URI and local name, whatever prefix the document chose. */
  attrNS(ns, local) {
    const found = this.attributes.find((a) => a.ns === ns && a.local === local);
    return found ? found.value : undefined;
  }
}

function parseXml(input) {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const where = (pos) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: pos - lineStarts[lo] + 1 };
  };
  const fail = (message, pos) => {
    const { line, column } = where(pos);
    throw new XmlSyntaxError(message, line, column);
  };

  const decode = (raw, start) =>
    raw.replace(/&([^;&<\s]*);?/g, (whole, ref, offset) => {
      if (!whole.endsWith(";")) fail(`unescaped "&" (write &amp;)`, start + offset);
      if (ref in NAMED_ENTITIES) return NAMED_ENTITIES[ref];
      const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
      if (!m) fail(`unknown entity "&${ref};"`, start + offset);
      const code = m[1] ? parseInt(m[1], 16) : parseInt(m[2], 10);
      if (code > 0x10ffff || code === 0) fail(`invalid character reference "&${ref};"`, start + offset);
      return String.fromCodePoint(code);
    });

  let pos = 0;
  let root = null;
  const stack = [];
  const readName = () => {
    NAME.lastIndex = pos;
    const m = NAME.exec(text);
    if (!m) fail("expected a name", pos);
    pos += m[0].length;
    return m[0];
  };
  const skipSpace = () => {
    WHITESPACE.lastIndex = pos;
    const m = WHITESPACE.exec(text);
    pos += m[0].length;
    return m[0].length;
  };
  const expectEnd = (token, what) => {
    const end = text.indexOf(token, pos);
    if (end < 0) fail(`unterminated ${what}`, pos);
    const body = text.slice(pos, end);
    pos = end + token.length;
    return body;
  };

  while (pos < text.length) {
    const lt = text.indexOf("<", pos);
    const chunkEnd = lt < 0 ? text.length : lt;
    if (chunkEnd > pos) {
      const raw = text.slice(pos, chunkEnd);
      if (stack.length === 0) {
        if (raw.trim() !== "") fail("text outside the root element", pos + raw.search(/\S/));
      } else {
        stack[stack.length - 1].text += decode(raw, pos);
      }
      pos = chunkEnd;
      continue;
    }
    if (text.startsWith("<?", pos)) {
      const start = pos;
      pos += 2;
      const target = readName();
      if (target.toLowerCase() === "xml" && start !== 0) fail("XML declaration must come first", start);
      expectEnd("?>", "processing instruction");
    } else if (text.startsWith("<!--", pos)) {
      pos += 4;
      expectEnd("-->", "comment");
    } else if (text.startsWith("<![CDATA[", pos)) {
      if (stack.length === 0) fail("CDATA outside the root element", pos);
      pos += 9;
      stack[stack.length - 1].text += expectEnd("]]>", "CDATA section");
    } else if (text.startsWith("<!", pos)) {
      fail("DOCTYPE and other declarations are not allowed in a manifest", pos);
    } else if (text.startsWith("</", pos)) {
      const start = pos;
      pos += 2;
      const name = readName();
      skipSpace();
      if (text[pos] !== ">") fail(`expected ">" to close </${name}`, pos);
      pos++;
      const open = stack.pop();
      if (!open) fail(`closing tag </${name}> without an opening tag`, start);
      if (open.name !== name) fail(`</${name}> does not match <${open.name}> opened on line ${open.line}`, start);
    } else {
      const start = pos;
      pos++;
      if (stack.length === 0 && root) fail("a second root element", start);
      const el = new XmlElement(readName(), where(start).line, stack[stack.length - 1] || null);
      for (;;) {
        const spaced = skipSpace() > 0;
        if (text.startsWith("/>", pos) || text[pos] === ">") break;
        if (pos >= text.length) fail(`unterminated start tag <${el.name}`, start);
        if (!spaced) fail(`expected whitespace before an attribute in <${el.name}>`, pos);
        const attrName = readName();
        skipSpace();
        if (text[pos] !== "=") fail(`attribute ${attrName} needs ="value"`, pos);
        pos++;
        skipSpace();
        const quote = text[pos];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attrName} value must be quoted`, pos);
        const valueStart = pos + 1;
        const valueEnd = text.indexOf(quote, valueStart);
        if (valueEnd < 0) fail(`unterminated value of attribute ${attrName}`, pos);
        const raw = text.slice(valueStart, valueEnd);
        if (raw.includes("<")) fail(`"<" in the value of attribute ${attrName}`, valueStart + raw.indexOf("<"));
        if (el.attributes.some((a) => a.name === attrName)) fail(`duplicate attribute ${attrName}`, pos);
        const colon = attrName.indexOf(":");
        el.attributes.push({
          name: attrName,
          prefix: colon >= 0 ? attrName.slice(0, colon) : "",
          local: colon >= 0 ? attrName.slice(colon + 1) : attrName,
          ns: "",
          value: decode(raw, valueStart).replace(/[\t\n\r]/g, " "),
        });
        pos = valueEnd + 1;
      }
      const selfClosing = text.startsWith("/>", pos);
      pos += selfClosing ? 2 : 1;
      if (el.parent) el.parent.children.push(el);
      else root = el;
      if (!selfClosing) stack.push(el);
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    fail(`<${open.name}> opened on line ${open.line} is never closed`, text.length);
  }
  if (!root) fail("no root element", 0);
  resolveNamespaces(root, { xml: XML_NS });
  return root;
}

/** Resolves element and attribute prefixes against xmlns declarations in scope. */
function resolveNamespaces(el, inherited) {
  const scope = Object.create(inherited);
  for (const a of el.attributes) {
    if (a.name === "xmlns") scope[""] = a.value;
    else if (a.prefix === "xmlns") scope[a.local] = a.value;
  }
  const lookup = (prefix, what) => {
    const ns = scope[prefix];
    if (prefix !== "" && ns === undefined) {
      throw new XmlSyntaxError(`namespace prefix "${prefix}" of ${what} is not declared`, el.line, 0);
    }
    return ns || "";
  };
  el.ns = lookup(el.prefix, `<${el.name}>`);
  for (const a of el.attributes) {
    if (a.name !== "xmlns" && a.prefix !== "xmlns" && a.prefix !== "") a.ns = lookup(a.prefix, `attribute ${a.name}`);
  }
  for (const child of el.children) resolveNamespaces(child, scope);
}

module.exports = { parseXml, XmlElement, XmlSyntaxError };
