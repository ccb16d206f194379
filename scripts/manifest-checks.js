/**
 * Offline structural checks for the add-in's XML manifest (v1.1, TaskPaneApp, Excel).
 *
 * `office-addin-manifest validate` posts the manifest to a Microsoft web service, so it cannot
 * run offline or in CI here; Microsoft's XSDs (../shared/schemas, run by validate-manifest.js
 * when xmllint exists) check element order and types but not that each resid is defined, that
 * the host is known or that icon files exist. These checks cover both halves without network.
 *
 * Every problem is one string "code: message (line n)", so callers and tests can match the code:
 *   xml-malformed, root-element, root-type, element-missing, element-order, element-duplicate,
 *   element-unknown, id-not-guid, version-format, locale-format, string-empty, string-too-long,
 *   url-invalid, url-not-https, resid-undefined, resid-duplicate, resid-kind, resid-too-long,
 *   host-unknown, host-missing-workbook, requirement-missing-excelapi, requirement-version,
 *   permission-unknown, icon-missing, icon-not-png, icon-wrong-size, icon-size-conflict,
 *   control-id-duplicate.
 *
 * @example
 *   const { checkManifest } = require("./manifest-checks");
 *   checkManifest(fs.readFileSync("manifest.xml", "utf8"), { rootDir: "." }); // [] when valid
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/**
 * Children of <OfficeApp xsi:type="TaskPaneApp"> in the XSD's sequence. `required` marks what
 * the XSD requires plus what this project insists on (icons, support URL, hosts, requirements
 * and the ribbon button in VersionOverrides).
 */
const TOP_LEVEL_ORDER = [
  { name: "Id", required: true },
  { name: "AlternateId" },
  { name: "Version", required: true },
  { name: "ProviderName", required: true },
  { name: "DefaultLocale", required: true },
  { name: "DisplayName", required: true },
  { name: "Description", required: true },
  { name: "IconUrl", required: true },
  { name: "HighResolutionIconUrl", required: true },
  { name: "SupportUrl", required: true },
  { name: "AppDomains" },
  { name: "Hosts", required: true },
  { name: "Requirements", required: true },
  { name: "DefaultSettings", required: true },
  { name: "Permissions", required: true },
  { name: "Dictionary" },
  { name: "VersionOverrides", required: true, ns: NS.ov },
  { name: "Signature", ns: "http://www.w3.org/2000/09/xmldsig#" },
];

const KNOWN_HOSTS = ["Workbook", "Document", "Presentation", "Notebook", "Project", "Database", "Mailbox"];
const KNOWN_PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const GUID =
  /^(?:(?:urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;
const LIMITS = { short: 125, long: 250, url: 2048, resid: 32, id: 125 };
/** Which resource collection a reference must point into, by the referring element's name. */
const RESID_KIND_BY_REFERRER = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};
/** Expected pixel size of the top-level icons (Microsoft: 32×32 and 64×64). */
const TOP_ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };

// Reading the DOM that @xmldom/xmldom builds (namespace-aware; line numbers from its locator).
const children = (el) => (el ? Array.from(el.childNodes).filter((c) => c.nodeType === c.ELEMENT_NODE) : []);
const kids = (el, local) => children(el).filter((c) => c.localName === local);
const kid = (el, local) => kids(el, local)[0];
const attr = (el, name) => (el.hasAttribute(name) ? el.getAttribute(name) : undefined);
const nsOf = (el) => el.namespaceURI || "";
const xsiType = (el) => (el.getAttributeNS(NS.xsi, "type") || "").replace(/^.*:/, "");
function* walk(el) {
  yield el;
  for (const c of children(el)) yield* walk(c);
}

class XmlSyntaxError extends Error {}

/**
 * Parses the manifest with @xmldom/xmldom, refusing what it would only warn about. Two checks
 * it does not make are added: a DOCTYPE (manifests never carry one; refusing it rules out
 * entity tricks) and a bare "&" (XML 1.0 §2.4 forbids it; xmldom lets it through for HTML's sake).
 */
function parseManifest(xmlText) {
  const fail = (message, line, column) => {
    throw new XmlSyntaxError(`line ${line}, column ${column}: ${message}`);
  };
  // Comments, CDATA and processing instructions may hold a bare "&": blank them out, same length.
  const markup = xmlText.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, (m) =>
    m.replace(/[^\r\n]/g, " "),
  );
  const bare = /&(?!(?:[A-Za-z_:][-\w.:]*|#[0-9]+|#x[0-9A-Fa-f]+);)/.exec(markup);
  if (bare) {
    const before = xmlText.slice(0, bare.index).split(/\r\n?|\n/);
    fail(
      '"&" must be written &amp; (or start an entity such as &lt;)',
      before.length,
      before[before.length - 1].length + 1,
    );
  }
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        throw new Error(message);
      },
    }).parseFromString(xmlText, "text/xml");
  } catch (err) {
    const where = err.locator || {};
    // ParseError wraps what onError threw: "Reporting <level> \"<message>\" caused …".
    const message = /^Reporting \w+ "(.*)" caused/s.exec(err.message);
    fail(message ? message[1] : err.message, where.lineNumber || 1, where.columnNumber || 1);
  }
  if (doc.doctype) fail("a DOCTYPE is not allowed in a manifest", doc.doctype.lineNumber, doc.doctype.columnNumber);
  return doc.documentElement;
}

/**
 * Checks a manifest's text; returns the problems found, empty when it passes.
 * @param {string} xmlText the manifest
 * @param {{rootDir?: string}} [options] rootDir: project root, where assets/ lives; without it
 *   the icon-file checks are skipped.
 * @returns {string[]}
 */
function checkManifest(xmlText, options = {}) {
  const problems = [];
  const report = (code, message, el) => problems.push(`${code}: ${message}${el ? ` (line ${el.lineNumber})` : ""}`);

  let root;
  try {
    root = parseManifest(xmlText);
  } catch (err) {
    if (err instanceof XmlSyntaxError) return [`xml-malformed: ${err.message}`];
    throw err;
  }
  if (root.localName !== "OfficeApp" || nsOf(root) !== NS.app) {
    report(
      "root-element",
      `root must be <OfficeApp xmlns="${NS.app}">, found <${root.tagName}> in "${nsOf(root)}"`,
      root,
    );
    return problems;
  }
  if (xsiType(root) !== "TaskPaneApp") {
    report("root-type", `OfficeApp xsi:type must be "TaskPaneApp", found "${xsiType(root)}"`, root);
  }

  checkTopLevelOrder(root, report);
  checkIdentity(root, report);
  const imageUsages = checkUrls(root, report);
  checkHostsAndRequirements(root, report);
  const vo = children(root).find((c) => c.localName === "VersionOverrides" && nsOf(c) === NS.ov);
  if (vo) checkVersionOverrides(vo, report, imageUsages);
  if (options.rootDir) checkIconFiles(imageUsages, options.rootDir, report);
  return problems;
}

function checkTopLevelOrder(root, report) {
  const seen = new Set();
  let lastIndex = -1;
  let lastName = "";
  for (const child of children(root)) {
    const index = TOP_LEVEL_ORDER.findIndex((e) => e.name === child.localName && (e.ns || NS.app) === nsOf(child));
    if (index < 0) {
      report("element-unknown", `<${child.tagName}> is not allowed in OfficeApp (namespace "${nsOf(child)}")`, child);
      continue;
    }
    if (seen.has(child.localName)) report("element-duplicate", `<${child.localName}> appears more than once`, child);
    else if (index < lastIndex) report("element-order", `<${child.localName}> must come before <${lastName}>`, child);
    seen.add(child.localName);
    if (index > lastIndex) {
      lastIndex = index;
      lastName = child.localName;
    }
  }
  for (const entry of TOP_LEVEL_ORDER) {
    if (entry.required && !seen.has(entry.name)) report("element-missing", `<${entry.name}> is required`, root);
  }
}

/** Checks one localisable string: DefaultValue and every <Override Value>. */
function checkString(el, label, max, report) {
  const values = [["DefaultValue", attr(el, "DefaultValue")]];
  for (const o of kids(el, "Override")) values.push([`Override ${attr(o, "Locale")}`, attr(o, "Value")]);
  for (const [which, value] of values) {
    if (value === undefined || value.trim() === "") report("string-empty", `${label} ${which} is empty`, el);
    else if ([...value].length > max) {
      report("string-too-long", `${label} ${which} is ${[...value].length} characters (max ${max})`, el);
    }
  }
}

function checkIdentity(root, report) {
  const text = (name) => (kid(root, name) ? kid(root, name).textContent.trim() : undefined);
  const id = text("Id");
  if (id !== undefined && !GUID.test(id)) report("id-not-guid", `<Id> "${id}" is not a GUID`, kid(root, "Id"));
  const version = text("Version");
  if (version !== undefined && !/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) {
    report("version-format", `<Version> "${version}" must be n.n.n.n`, kid(root, "Version"));
  }
  const locale = text("DefaultLocale");
  if (locale !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(locale)) {
    report(
      "locale-format",
      `<DefaultLocale> "${locale}" is not a culture name such as en-US`,
      kid(root, "DefaultLocale"),
    );
  }
  const provider = text("ProviderName");
  if (provider !== undefined && (provider === "" || [...provider].length > LIMITS.short)) {
    report(
      provider === "" ? "string-empty" : "string-too-long",
      `<ProviderName> must be 1..${LIMITS.short} characters`,
      kid(root, "ProviderName"),
    );
  }
  if (kid(root, "DisplayName")) checkString(kid(root, "DisplayName"), "DisplayName", LIMITS.short, report);
  if (kid(root, "Description")) checkString(kid(root, "Description"), "Description", LIMITS.long, report);
  const permissions = text("Permissions");
  if (permissions !== undefined && !KNOWN_PERMISSIONS.includes(permissions)) {
    report(
      "permission-unknown",
      `<Permissions> "${permissions}" is not one of ${KNOWN_PERMISSIONS.join(", ")}`,
      kid(root, "Permissions"),
    );
  }
}

function checkUrl(value, label, el, report) {
  let url;
  try {
    url = new URL(value);
  } catch {
    report("url-invalid", `${label} "${value}" is not an absolute URL`, el);
    return null;
  }
  if (url.protocol !== "https:") report("url-not-https", `${label} "${value}" must use https`, el);
  if (value.length > LIMITS.url) report("url-invalid", `${label} is longer than ${LIMITS.url} characters`, el);
  return url;
}

/**
 * Every URL in the manifest must be https. Returns the image URLs with the pixel size each use
 * expects, for the icon-file check.
 */
function checkUrls(root, report) {
  const imageUsages = [];
  const urlValues = (el) => [attr(el, "DefaultValue"), ...kids(el, "Override").map((o) => attr(o, "Value"))];
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = kid(root, name);
    if (!el) continue;
    for (const value of urlValues(el)) {
      if (value === undefined) continue;
      const url = checkUrl(value, `<${name}>`, el, report);
      if (url && TOP_ICON_SIZE[name]) imageUsages.push({ url, size: TOP_ICON_SIZE[name], label: `<${name}>`, el });
    }
  }
  for (const el of kids(kid(root, "AppDomains"), "AppDomain"))
    checkUrl(el.textContent.trim(), "<AppDomain>", el, report);
  const source = kid(kid(root, "DefaultSettings"), "SourceLocation");
  if (kid(root, "DefaultSettings") && !source)
    report("element-missing", "<DefaultSettings> needs <SourceLocation>", kid(root, "DefaultSettings"));
  if (source)
    for (const value of urlValues(source)) if (value !== undefined) checkUrl(value, "<SourceLocation>", source, report);
  return imageUsages;
}

function checkHostsAndRequirements(root, report) {
  const hosts = kids(kid(root, "Hosts"), "Host").map((h) => attr(h, "Name"));
  for (const h of kids(kid(root, "Hosts"), "Host")) {
    if (!KNOWN_HOSTS.includes(attr(h, "Name")))
      report("host-unknown", `<Host Name="${attr(h, "Name")}"> is not a known host (${KNOWN_HOSTS.join(", ")})`, h);
  }
  if (kid(root, "Hosts") && !hosts.includes("Workbook"))
    report("host-missing-workbook", `<Hosts> must include <Host Name="Workbook"> (Excel)`, kid(root, "Hosts"));
  const sets = kids(kid(kid(root, "Requirements"), "Sets"), "Set");
  const excelApi = sets.find((s) => attr(s, "Name") === "ExcelApi");
  if (kid(root, "Requirements") && !excelApi)
    report("requirement-missing-excelapi", `<Requirements> must name <Set Name="ExcelApi">`, kid(root, "Requirements"));
  for (const s of sets) {
    const v = attr(s, "MinVersion");
    if (v !== undefined && !/^\d+\.\d+$/.test(v))
      report("requirement-version", `<Set Name="${attr(s, "Name")}"> MinVersion "${v}" must be n.n`, s);
  }
}

function checkVersionOverrides(vo, report, imageUsages) {
  // Resources: each id defined once, strings within limits, URLs https.
  const defined = new Map();
  const resources = kid(vo, "Resources");
  for (const group of children(resources)) {
    for (const item of children(group)) {
      const id = attr(item, "id");
      if (!id) continue;
      if (defined.has(id)) report("resid-duplicate", `resource id "${id}" is defined more than once`, item);
      else defined.set(id, { kind: group.localName, el: item });
      if (id.length > LIMITS.resid)
        report("resid-too-long", `resource id "${id}" is longer than ${LIMITS.resid} characters`, item);
      if (group.localName === "ShortStrings") checkString(item, `ShortString "${id}"`, LIMITS.short, report);
      if (group.localName === "LongStrings") checkString(item, `LongString "${id}"`, LIMITS.long, report);
      if (group.localName === "Urls" || group.localName === "Images") {
        for (const v of [attr(item, "DefaultValue"), ...kids(item, "Override").map((o) => attr(o, "Value"))]) {
          if (v !== undefined) checkUrl(v, `resource "${id}"`, item, report);
        }
      }
    }
  }
  // References: each resid defined, of the right kind; images remember the size they are used at.
  const controlIds = new Map();
  for (const el of walk(vo)) {
    if (el.parentNode && el.parentNode.localName === "Resources") continue;
    const resid = attr(el, "resid");
    if (resid !== undefined) {
      const def = defined.get(resid);
      const kind = RESID_KIND_BY_REFERRER[el.localName];
      if (resid.length > LIMITS.resid)
        report("resid-too-long", `resid "${resid}" is longer than ${LIMITS.resid} characters`, el);
      if (!def) report("resid-undefined", `<${el.localName} resid="${resid}"> is not defined in <Resources>`, el);
      else if (kind && def.kind !== kind)
        report("resid-kind", `<${el.localName} resid="${resid}"> must point into bt:${kind}, not bt:${def.kind}`, el);
      else if (el.localName === "Image" && def.kind === "Images") {
        const size = Number(attr(el, "size"));
        const url = safeUrl(attr(def.el, "DefaultValue"));
        if (url) imageUsages.push({ url, size, label: `image "${resid}"`, el: def.el });
      }
    }
    if ((el.localName === "Group" || el.localName === "Control") && attr(el, "id") !== undefined) {
      const id = attr(el, "id");
      if (controlIds.has(id))
        report("control-id-duplicate", `${el.localName} id "${id}" is already used on line ${controlIds.get(id)}`, el);
      else controlIds.set(id, el.lineNumber);
    }
    if (
      el.localName === "Host" &&
      el.parentNode &&
      el.parentNode.localName === "Hosts" &&
      !KNOWN_HOSTS.includes(xsiType(el))
    ) {
      report("host-unknown", `VersionOverrides <Host xsi:type="${xsiType(el)}"> is not a known host`, el);
    }
  }
}

function safeUrl(value) {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Reads a PNG's width and height from its IHDR chunk, or null if the file is not a PNG. */
function pngSize(file) {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, "r");
  try {
    if (fs.readSync(fd, head, 0, 24, 0) < 24) return null;
  } finally {
    fs.closeSync(fd);
  }
  const signature = "89504e470d0a1a0a";
  if (head.subarray(0, 8).toString("hex") !== signature || head.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/**
 * Icons served by the dev server (https://localhost:PORT/assets/...) must exist under rootDir
 * with the pixel size their use asks for. Icons on other hosts cannot be checked offline.
 */
function checkIconFiles(imageUsages, rootDir, report) {
  const sizesByFile = new Map();
  const done = new Set();
  for (const use of imageUsages) {
    const key = `${use.url.href} ${use.size}`;
    if (done.has(key) || !["localhost", "127.0.0.1"].includes(use.url.hostname)) continue;
    done.add(key);
    const relative = decodeURIComponent(use.url.pathname).replace(/^\/+/, "");
    const file = path.resolve(rootDir, relative);
    if (!relative.startsWith("assets/") || !fs.existsSync(file)) {
      report("icon-missing", `${use.label} ${use.url.href} has no file ${relative} under assets/`, use.el);
      continue;
    }
    const size = pngSize(file);
    if (!size) {
      report("icon-not-png", `${use.label} ${relative} is not a PNG file`, use.el);
      continue;
    }
    if (size.width !== use.size || size.height !== use.size) {
      report(
        "icon-wrong-size",
        `${use.label} ${relative} is ${size.width}×${size.height}, expected ${use.size}×${use.size}`,
        use.el,
      );
    }
    const sizes = sizesByFile.get(relative) || new Set();
    sizes.add(use.size);
    sizesByFile.set(relative, sizes);
    if (sizes.size === 2)
      report("icon-size-conflict", `${relative} is used at sizes ${[...sizes].join(" and ")}`, use.el);
  }
}

module.exports = { checkManifest, pngSize, NS };
