#!/usr/bin/env node
/**
 * The production manifest: manifest.xml (whose URLs point at the dev server,
 * https://localhost:3000) rebased onto the URL the add-in is hosted at, with the version of
 * package.json. `PUBLIC_URL=https://host/path/ npm run build` writes it as dist/manifest.xml
 * (webpack.config.js); `npm run package` puts it in deploy/.
 *
 * Every URL of the manifest (task pane, commands page, icons, support URL, <AppDomain>, any
 * other SourceLocation, bt:Url or bt:Image, with their <Override>s) that points at the dev
 * server is moved onto PUBLIC_URL, keeping its path. Then the production rules are checked and
 * any breach is a build error naming the field:
 *   public-url    PUBLIC_URL is not an absolute https URL off localhost (no query, no fragment)
 *   version       package.json's version is not n.n.n (Office wants n.n.n.n, each 0..99999)
 *   localhost     a field still points at localhost (or a loopback address)
 *   not-https     a field uses another scheme than https
 *   outside-base  a field is not under PUBLIC_URL (an <AppDomain> is not PUBLIC_URL's origin)
 * The `<Id>` is kept as it is, so the production add-in is the same add-in to Office.
 *
 * XML is read and written with @xmldom/xmldom, the project's one XML parser.
 *
 *   node scripts/production-manifest.js --public-url https://host/path/ [manifest.xml]
 *     prints the production manifest (what .ci/run validates against Microsoft's XSD), or the
 *     problems on stderr with exit status 1.
 *
 * @example
 *   const { buildProductionManifest } = require("./production-manifest");
 *   const { xml } = buildProductionManifest(fs.readFileSync("manifest.xml", "utf8"),
 *     { publicUrl: "https://addins.example.com/ped/", version: "0.1.0" });
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { DOMParser, XMLSerializer, onErrorStopParsing } = require("@xmldom/xmldom");

/** Where manifest.xml's URLs point during development (webpack.config.js DEV_PORT). */
const DEV_ORIGIN = "https://localhost:3000";
const XMLNS = "http://www.w3.org/2000/xmlns/";
/** Elements whose DefaultValue (and whose <Override Value>s) hold a URL. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Url", "Image"]);
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** A production manifest that cannot be made: `problems` are "code: message" strings. */
class ManifestBuildError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`The production manifest (PUBLIC_URL) cannot be built:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ManifestBuildError";
    this.problems = problems;
  }
}

/**
 * PUBLIC_URL as a base URL ending in "/", or the problems with it.
 * @param {string | undefined} publicUrl
 * @returns {{ base?: string, problems: string[] }}
 */
function normalizeBase(publicUrl) {
  const problem = (message) => ({ problems: [`public-url: PUBLIC_URL ${message}`] });
  if (!publicUrl || publicUrl.trim() === "")
    return problem("is empty: give the https URL the add-in's files are hosted at");
  let url;
  try {
    url = new URL(publicUrl.trim());
  } catch {
    return problem(`"${publicUrl}" is not an absolute URL (e.g. https://addins.example.com/partner-ecosystem/)`);
  }
  if (url.protocol !== "https:") return problem(`"${publicUrl}" must use https: Office loads add-ins over https only`);
  if (LOOPBACK.test(url.hostname))
    return problem(
      `"${publicUrl}" points at ${url.hostname}: users' machines cannot reach it (use manifest.xml for development)`,
    );
  if (url.username || url.password) return problem(`"${publicUrl}" must not carry a user name or password`);
  if (url.search || url.hash) return problem(`"${publicUrl}" must not have a query or a fragment`);
  const pathname = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return { base: `${url.origin}${pathname}`, problems: [] };
}

/**
 * package.json's version as Office's four-part version: "0.1.0" → "0.1.0.0".
 * @param {string} version
 * @returns {{ version?: string, problems: string[] }}
 */
function officeVersion(version) {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(version ?? ""));
  if (!parts || parts.slice(1).some((p) => p.length > 5)) {
    return {
      problems: [
        `version: package.json version "${version}" must be major.minor.patch with numbers of at most 5 digits ` +
          "(no pre-release tag): the manifest's <Version> is n.n.n.n",
      ],
    };
  }
  return { version: `${parts.slice(1).map(Number).join(".")}.0`, problems: [] };
}

function parse(xmlText) {
  try {
    return new DOMParser({ onError: onErrorStopParsing }).parseFromString(xmlText, "application/xml");
  } catch (err) {
    throw new ManifestBuildError([`xml-malformed: manifest.xml is not well-formed XML: ${err.message}`]);
  }
}

const elements = (node) => {
  const out = [];
  const visit = (n) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        out.push(c);
        visit(c);
      }
    }
  };
  visit(node);
  return out;
};
const textOf = (el) => {
  let text = "";
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 || c.nodeType === 4) text += c.data;
  return text;
};
const hasChildElements = (el) => elements(el).length > 0;
const looksLikeUrl = (value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());

/** How a field is named in a message: `<bt:Url id="Commands.Url"> DefaultValue`. */
function describe(el, attribute) {
  const id = el.getAttribute("id");
  const own = `<${el.tagName}${id ? ` id="${id}"` : ""}>`;
  if (el.localName === "Override" && el.parentNode && el.parentNode.nodeType === 1) {
    const locale = el.getAttribute("Locale");
    return `${describe(el.parentNode)} <${el.tagName}${locale ? ` Locale="${locale}"` : ""}>${attribute ? ` ${attribute}` : ""}`;
  }
  return attribute ? `${own} ${attribute}` : own;
}

/**
 * Every URL-bearing field of a manifest: DefaultValue / Override Value of the URL elements,
 * <AppDomain> text, and any other attribute or text that is an absolute URL.
 * @returns {{ field: string, value: string, appDomain: boolean, set: (v: string) => void }[]}
 */
function urlFields(doc) {
  const fields = [];
  for (const el of elements(doc)) {
    const urlElement =
      URL_ELEMENTS.has(el.localName) ||
      (el.localName === "Override" && el.parentNode && URL_ELEMENTS.has(el.parentNode.localName));
    for (let i = 0; i < el.attributes.length; i++) {
      const attr = el.attributes.item(i);
      if (attr.namespaceURI === XMLNS || attr.name === "xmlns") continue;
      const known = urlElement && (attr.localName === "DefaultValue" || attr.localName === "Value");
      if (known || looksLikeUrl(attr.value)) {
        fields.push({
          field: describe(el, attr.name),
          value: attr.value,
          appDomain: false,
          set: (v) => el.setAttribute(attr.name, v),
        });
      }
    }
    if (!hasChildElements(el)) {
      const text = textOf(el).trim();
      if (el.localName === "AppDomain" || looksLikeUrl(text)) {
        fields.push({
          field: describe(el),
          value: text,
          appDomain: el.localName === "AppDomain",
          set: (v) => {
            while (el.firstChild) el.removeChild(el.firstChild);
            el.appendChild(doc.createTextNode(v));
          },
        });
      }
    }
  }
  return fields;
}

/** Every attribute value and text of the manifest that mentions localhost, by field. */
function localhostMentions(doc) {
  const found = [];
  for (const el of elements(doc)) {
    for (let i = 0; i < el.attributes.length; i++) {
      const attr = el.attributes.item(i);
      if (attr.namespaceURI !== XMLNS && /localhost/i.test(attr.value)) found.push(describe(el, attr.name));
    }
    if (!hasChildElements(el) && /localhost/i.test(textOf(el))) found.push(describe(el));
  }
  return found;
}

function parseUrl(value) {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The production rules over a manifest's text: nothing on localhost, every URL https and under
 * `base` (an <AppDomain> equal to base's origin). Returns "code: message" strings, [] when it passes.
 * @param {string} xmlText
 * @param {string} base PUBLIC_URL, ending in "/"
 * @returns {string[]}
 */
function checkProductionManifest(xmlText, base) {
  let doc;
  try {
    doc = parse(xmlText);
  } catch (err) {
    if (err instanceof ManifestBuildError) return err.problems;
    throw err;
  }
  return productionProblems(doc, base);
}

function productionProblems(doc, base) {
  const problems = [];
  const baseOrigin = new URL(base).origin;
  const flagged = new Set();
  for (const { field, value, appDomain } of urlFields(doc)) {
    const url = parseUrl(value);
    if (!url) {
      problems.push(`not-https: ${field} "${value}" is not an absolute https URL under ${base}`);
    } else if (LOOPBACK.test(url.hostname)) {
      problems.push(`localhost: ${field} "${value}" still points at ${url.hostname}`);
    } else if (url.protocol !== "https:") {
      problems.push(`not-https: ${field} "${value}" must use https`);
    } else if (
      appDomain ? url.origin !== baseOrigin || value.replace(/\/$/, "") !== baseOrigin : !value.startsWith(base)
    ) {
      problems.push(
        appDomain
          ? `outside-base: ${field} "${value}" is not ${baseOrigin}, the origin of PUBLIC_URL`
          : `outside-base: ${field} "${value}" is not under PUBLIC_URL ${base}`,
      );
    } else {
      continue;
    }
    flagged.add(field);
  }
  for (const field of localhostMentions(doc)) {
    if (!flagged.has(field)) problems.push(`localhost: ${field} mentions localhost`);
  }
  return problems;
}

/** Replaces the comments before <OfficeApp> (they describe the development copy) with one note. */
function replaceLeadingComments(doc, note) {
  const root = doc.documentElement;
  for (let c = doc.firstChild; c && c !== root;) {
    const next = c.nextSibling;
    if (c.nodeType === 8 || c.nodeType === 3) doc.removeChild(c);
    c = next;
  }
  doc.insertBefore(doc.createTextNode("\n"), root);
  doc.insertBefore(doc.createComment(note), root);
  doc.insertBefore(doc.createTextNode("\n"), root);
}

/**
 * manifest.xml for hosting at `publicUrl`: dev-server URLs rebased, <Version> from `version`,
 * <Id> unchanged. Throws ManifestBuildError naming every field that breaks a production rule.
 * @param {string} xmlText the development manifest (manifest.xml)
 * @param {{ publicUrl: string, version: string }} options
 * @returns {{ xml: string, base: string, version: string, id: string }}
 */
function buildProductionManifest(xmlText, { publicUrl, version }) {
  const baseResult = normalizeBase(publicUrl);
  const versionResult = officeVersion(version);
  const early = [...baseResult.problems, ...versionResult.problems];
  if (early.length > 0) throw new ManifestBuildError(early);
  const base = /** @type {string} */ (baseResult.base);

  const doc = parse(xmlText);
  const root = doc.documentElement;
  const child = (name) => elements(root).find((el) => el.parentNode === root && el.localName === name);
  const versionEl = child("Version");
  const idEl = child("Id");
  if (!versionEl || !idEl)
    throw new ManifestBuildError([
      `element-missing: manifest.xml has no <${versionEl ? "Id" : "Version"}> under <OfficeApp>`,
    ]);
  while (versionEl.firstChild) versionEl.removeChild(versionEl.firstChild);
  versionEl.appendChild(doc.createTextNode(/** @type {string} */ (versionResult.version)));

  for (const { value, appDomain, set } of urlFields(doc)) {
    const url = parseUrl(value);
    if (!url || url.origin !== DEV_ORIGIN) continue;
    if (appDomain) set(new URL(base).origin);
    else set(`${base}${url.pathname.replace(/^\/+/, "")}${url.search}${url.hash}`);
  }

  const problems = productionProblems(doc, base);
  if (problems.length > 0) throw new ManifestBuildError(problems);
  replaceLeadingComments(
    doc,
    `\n  Partner Ecosystem Designer - production manifest for ${base}\n` +
      "  Generated by `PUBLIC_URL=... npm run build` from manifest.xml (edit that file, not this one).\n",
  );
  let xml = new XMLSerializer().serializeToString(doc);
  if (!xml.endsWith("\n")) xml += "\n";
  return { xml, base, version: /** @type {string} */ (versionResult.version), id: textOf(idEl).trim() };
}

/** The project's manifest.xml and package.json version, for webpack.config.js and the CLI below. */
function projectInputs(root = path.resolve(__dirname, "..")) {
  return {
    manifestPath: path.join(root, "manifest.xml"),
    xmlText: fs.readFileSync(path.join(root, "manifest.xml"), "utf8"),
    version: JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version,
  };
}

function main(argv) {
  const at = argv.indexOf("--public-url");
  const publicUrl = at >= 0 ? argv[at + 1] : process.env.PUBLIC_URL;
  const rest = argv.filter((a, i) => a !== "--public-url" && (at < 0 || i !== at + 1));
  const inputs = projectInputs();
  const xmlText = rest[0] ? fs.readFileSync(rest[0], "utf8") : inputs.xmlText;
  try {
    process.stdout.write(buildProductionManifest(xmlText, { publicUrl, version: inputs.version }).xml);
    return 0;
  } catch (err) {
    if (!(err instanceof ManifestBuildError)) throw err;
    console.error(err.message);
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = {
  buildProductionManifest,
  checkProductionManifest,
  normalizeBase,
  officeVersion,
  projectInputs,
  ManifestBuildError,
  DEV_ORIGIN,
};
