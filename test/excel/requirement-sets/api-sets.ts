/**
 * Requirement sets from the type definitions: every member of the `Excel` namespace in
 * `@types/office-js` carries a JSDoc `[Api set: ExcelApi 1.x]` (or "1.1 for reading …; 1.2 for
 * setting it"). This module reads them, and lists every Excel API member that source files use,
 * with the version it needs and whether a requirement-set guard covers the use.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "../../..");
export const OFFICE_TYPES = join(ROOT, "node_modules/@types/office-js/index.d.ts");

export interface ApiSet {
  /** Version needed to read the property or call the method. */
  read: string;
  /** Version needed to set the property, when later than `read`. */
  write?: string;
}

/** Compares "1.10" > "1.9" numerically. */
export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(".").map(Number);
  const b = need.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

const TAG = /\[Api set: ExcelApi (\d+\.\d+)(?:[^;\]]*;\s*(\d+\.\d+) for setting[^\]]*)?\s*\]/;

/** The requirement set in the JSDoc just before `node`, if any. */
function apiSetOf(node: ts.Node, text: string): ApiSet | undefined {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  for (const r of ranges.reverse()) {
    const m = TAG.exec(text.slice(r.pos, r.end));
    if (m?.[1]) return m[2] ? { read: m[1], write: m[2] } : { read: m[1] };
  }
  return undefined;
}

/** The class or interface of the top-level `Excel` namespace that declares `member`, if it is one. */
export function excelOwner(member: ts.Node): string | undefined {
  const owner = member.parent;
  if (!owner || !(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || !owner.name) return undefined;
  const block = owner.parent;
  const ns = block?.parent;
  if (!block || !ts.isModuleBlock(block) || !ns || !ts.isModuleDeclaration(ns) || ns.name.getText() !== "Excel")
    return undefined;
  if (!ts.isSourceFile(ns.parent)) return undefined;
  return owner.name.text;
}

let cache: Map<string, ApiSet> | null = null;

/** "Class.member" → requirement set, for every tagged member of the Excel namespace. */
export function excelApiSets(): Map<string, ApiSet> {
  if (cache) return cache;
  const text = readFileSync(OFFICE_TYPES, "utf8");
  const sf = ts.createSourceFile(OFFICE_TYPES, text, ts.ScriptTarget.Latest, true);
  const map = new Map<string, ApiSet>();
  const visit = (node: ts.Node): void => {
    if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name) {
      for (const m of node.members) {
        const owner = excelOwner(m);
        const name = m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? m.name.text : undefined;
        if (!owner || !name) continue;
        const set = apiSetOf(m, text);
        if (!set) continue;
        const key = `${owner}.${name}`;
        const prev = map.get(key);
        // Overloads: the earliest one.
        if (!prev || versionAtLeast(prev.read, set.read)) map.set(key, set);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  cache = map;
  return map;
}

export interface ApiUse {
  member: string;
  /** Version this use needs (the write version for an assignment). */
  needs: string;
  file: string;
  line: number;
  /** The requirement set a surrounding guard ensures, if any. */
  guardedBy?: string;
}

/**
 * Boolean flags the source uses as requirement-set guards, with the set they stand for. The
 * test checks that each is computed from `isSetSupported("ExcelApi", version)`.
 */
export const CAPABILITY_FLAGS: Record<string, string> = { canValidate: "1.8" };

const SUPPORT_CALL = /isSetSupported\(\s*"ExcelApi"\s*,\s*"(\d+\.\d+)"\s*\)/g;

/** The highest ExcelApi version a condition's text ensures. */
function guardVersion(condition: string): string | undefined {
  let best: string | undefined;
  for (const m of condition.matchAll(SUPPORT_CALL)) if (m[1] && (!best || versionAtLeast(m[1], best))) best = m[1];
  for (const [flag, v] of Object.entries(CAPABILITY_FLAGS)) {
    if (new RegExp(`\\b${flag}\\b`).test(condition) && (!best || versionAtLeast(v, best))) best = v;
  }
  return best;
}

/** The guard around `node`: an if / ?: / && whose true branch holds it. */
function guardOf(node: ts.Node): string | undefined {
  let best: string | undefined;
  for (let child = node, p = node.parent; p; child = p, p = p.parent) {
    let condition: ts.Node | undefined;
    if (ts.isIfStatement(p) && p.thenStatement === child) condition = p.expression;
    else if (ts.isConditionalExpression(p) && p.whenTrue === child) condition = p.condition;
    else if (
      ts.isBinaryExpression(p) &&
      p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      p.right === child
    )
      condition = p.left;
    const v = condition ? guardVersion(condition.getText()) : undefined;
    if (v && (!best || versionAtLeast(v, best))) best = v;
  }
  return best;
}

/** Every use of a tagged Excel API member in `files` (type-checked with the project's options). */
export function excelApiUses(files: string[]): ApiUse[] {
  const sets = excelApiSets();
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["office-js", "node"],
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
  });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const record = (symbol: ts.Symbol | undefined, at: ts.Node, writing: boolean, sf: ts.SourceFile): void => {
    for (const decl of symbol?.declarations ?? []) {
      const owner = excelOwner(decl);
      if (!owner) continue;
      const member = `${owner}.${symbol!.name}`;
      const set = sets.get(member);
      if (!set) continue;
      const needs = writing && set.write ? set.write : set.read;
      const guardedBy = guardOf(at);
      uses.push({
        member,
        needs,
        file: sf.fileName.slice(ROOT.length + 1),
        line: sf.getLineAndCharacterOfPosition(at.getStart()).line + 1,
        ...(guardedBy ? { guardedBy } : {}),
      });
      return;
    }
  };
  /** `x.load("a,b/c")` and `load(["a"])`: each path walked through the property types. */
  const loadPaths = (call: ts.CallExpression, target: ts.Expression, sf: ts.SourceFile): void => {
    const arg = call.arguments[0];
    if (!arg || !ts.isStringLiteral(arg)) return;
    for (const path of arg.text.split(",")) {
      let type = checker.getTypeAtLocation(target);
      for (const part of path.trim().split("/")) {
        const prop = type.getProperty(part);
        if (!prop) break;
        record(prop, arg, false, sf);
        let next = checker.getTypeOfSymbolAtLocation(prop, arg);
        const element = checker.getIndexTypeOfType(next, ts.IndexKind.Number);
        if (element) next = element;
        type = next;
      }
    }
  };
  for (const sf of program.getSourceFiles()) {
    if (!files.includes(sf.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const parent = node.parent;
        const writing =
          ts.isBinaryExpression(parent) &&
          parent.left === node &&
          parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
        record(checker.getSymbolAtLocation(node.name), node, writing, sf);
        if (node.name.text === "load" && ts.isCallExpression(parent) && parent.expression === node)
          loadPaths(parent, node.expression, sf);
      } else if (ts.isObjectLiteralExpression(node)) {
        const contextual = checker.getContextualType(node);
        for (const p of node.properties) {
          if (!p.name || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) continue;
          record(contextual?.getProperty(p.name.text), p, true, sf);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** The ExcelApi MinVersion a manifest declares in <Requirements>. */
export function manifestMinimum(manifestXml: string): string {
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"/.exec(manifestXml);
  if (!m?.[1]) throw new Error("manifest.xml declares no ExcelApi MinVersion");
  return m[1];
}
