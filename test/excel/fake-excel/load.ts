/** Parsing Office.js load options ("a,b/c", ["a"], {select, expand}, {a: true, b: {c: true}}). */

export interface LoadTree {
  /** Child paths: a scalar name (empty subtree) or a navigation property / "items" with its own tree. */
  keys: Map<string, LoadTree>;
  /** Load every scalar property of this object ($all, load() without arguments, or a bare navigation path). */
  all: boolean;
  top?: number;
  skip?: number;
}

export function emptyTree(all = false): LoadTree {
  return { keys: new Map(), all };
}

function addPath(tree: LoadTree, path: string): void {
  let node = tree;
  for (const seg of path
    .split("/")
    .map((s) => s.trim())
    .filter(Boolean)) {
    let next = node.keys.get(seg);
    if (!next) {
      next = emptyTree();
      node.keys.set(seg, next);
    }
    node = next;
  }
}

function addObject(tree: LoadTree, obj: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(obj)) {
    if (k === "$all") {
      if (v) tree.all = true;
      continue;
    }
    if (k === "$top") {
      tree.top = Number(v);
      continue;
    }
    if (k === "$skip") {
      tree.skip = Number(v);
      continue;
    }
    if (v === true) addPath(tree, k);
    else if (v && typeof v === "object") {
      addPath(tree, k);
      const sub = tree.keys.get(k);
      if (sub) addObject(sub, v as Record<string, unknown>);
    }
  }
}

export function parseLoadOptions(opt: unknown): LoadTree {
  const tree = emptyTree();
  if (opt === undefined || opt === null) {
    tree.all = true;
    return tree;
  }
  if (typeof opt === "string") {
    opt.split(",").forEach((p) => addPath(tree, p));
    if (tree.keys.size === 0) tree.all = true;
    return tree;
  }
  if (Array.isArray(opt)) {
    for (const p of opt) if (typeof p === "string") p.split(",").forEach((x) => addPath(tree, x));
    if (tree.keys.size === 0) tree.all = true;
    return tree;
  }
  if (typeof opt === "object") {
    const o = opt as Record<string, unknown>;
    if ("select" in o || "expand" in o || "top" in o || "skip" in o) {
      const list = (v: unknown): string[] =>
        typeof v === "string" ? v.split(",") : Array.isArray(v) ? v.flatMap((x) => String(x).split(",")) : [];
      list(o.select).forEach((p) => addPath(tree, p));
      list(o.expand).forEach((p) => addPath(tree, p));
      if (typeof o.top === "number") tree.top = o.top;
      if (typeof o.skip === "number") tree.skip = o.skip;
      if (o.select === undefined) tree.all = true;
      return tree;
    }
    addObject(tree, o);
    return tree;
  }
  tree.all = true;
  return tree;
}

/** A compact string form of a tree, for payload accounting ("values,format/fill/color"). */
export function treeToString(tree: LoadTree, prefix = ""): string {
  const parts: string[] = tree.all ? [prefix ? `${prefix}/$all` : "$all"] : [];
  for (const [k, sub] of tree.keys) {
    const p = prefix ? `${prefix}/${k}` : k;
    parts.push(sub.keys.size || sub.all ? treeToString(sub, p) : p);
  }
  return parts.join(",");
}
