/**
 * What makes an XML text not well-formed, or null when it is: one root element, tags nested and
 * closed in order, quoted and unique attributes, no stray "<" and only known entity references.
 * A checker of our own, because the project has no XML parser among its dependencies.
 * @example wellFormedProblem("<a><b></a>") === "</a> closes <b>"
 */
export function wellFormedProblem(xml: string): string | null {
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>/, "");
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|[^<]+/g;
  const open: string[] = [];
  let roots = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    const [text, closing, name, attrs = "", empty] = m;
    if (text === "<") return `malformed tag at ${m.index}: ${body.slice(m.index, m.index + 60)}`;
    if (closing !== undefined) {
      const top = open.pop();
      if (top !== closing) return `</${closing}> closes <${top ?? "nothing"}>`;
      continue;
    }
    if (name !== undefined) {
      if (open.length === 0 && ++roots > 1) return `second root element <${name}>`;
      const names = [...attrs.matchAll(/([\w:.-]+)\s*=/g)].map((a) => a[1]);
      if (new Set(names).size !== names.length) return `repeated attribute in <${name}>`;
      if (badEntity(attrs)) return `bad entity in <${name}${attrs}>`;
      if (empty !== "/") open.push(name);
      continue;
    }
    if (text.startsWith("<")) continue; // comment or processing instruction
    if (open.length === 0 && text.trim() !== "") return `text outside the root: ${text.slice(0, 40)}`;
    if (badEntity(text)) return `bad entity in text: ${text.slice(0, 60)}`;
  }
  if (open.length > 0) return `<${open[open.length - 1]}> is never closed`;
  return roots === 1 ? null : "no root element";
}

function badEntity(text: string): boolean {
  return /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text);
}
