/**
 * No data leaves the workbook (issue #7, docs/SECURITY.md): our code makes no network request
 * of its own, the production pane refers to no server but Microsoft's Office CDN, and its
 * Content-Security-Policy lets scripts come only from the pane's origin and the Office CDN and
 * forbids outgoing connections. Builds the production bundle once (about 20–30 s).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
/** Microsoft's Ajax CDN: some Office hosts load MicrosoftAjax.js from it (OfficeDev/office-js#1005). */
const MICROSOFT_AJAX_CDN = "https://ajax.aspnetcdn.com";

/** Network APIs a browser script could send data with. */
const NETWORK_APIS =
  /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bsendBeacon\b|\bEventSource\b|\bimportScripts\s*\(|\bRTCPeerConnection\b|\bnew\s+Image\s*\(/;

/**
 * Every host named in the built pane, and why naming it sends nothing. Anything else fails the
 * test: a new URL in the bundle must be looked at and added here with its reason.
 */
const KNOWN_HOSTS: Record<string, string> = {
  "appsforoffice.microsoft.com": "the Office CDN: office.js, as Microsoft requires for add-ins",
  "ajax.aspnetcdn.com": "Microsoft's Ajax CDN, allowed in script-src for hosts that load MicrosoftAjax.js",
  "*.office.com": "frame-src: Office on the web talks to the pane through its own frames",
  "*.microsoft.com": "frame-src: as above",
  "*.officeapps.live.com": "frame-src: as above",
  "www.w3.org": "XML namespace names (SVG, XHTML) in React and Fluent UI: identifiers, never fetched",
  "react.dev": "React's production error messages link to their explanation: text, never fetched",
  "learn.microsoft.com": "a documentation link the user may click when the pane is opened outside Excel",
};

function files(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, keep) : keep(path) ? [path] : [];
  });
}

/** The directives of a CSP as name → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

function cspOf(html: string): Record<string, string[]> {
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(html);
  if (!meta) throw new Error("no Content-Security-Policy meta tag");
  return directives(meta[1] ?? "");
}

describe("our own source code", () => {
  it("calls no network API: no fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource", () => {
    const sources = files(join(ROOT, "src"), (p) => /\.(ts|tsx|js|html)$/.test(p));
    expect(sources.length).toBeGreaterThan(50);
    const offending = sources.flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .map((line, i) => ({ where: `${relative(ROOT, path)}:${i + 1}`, line: line.trim() }))
        .filter(({ line }) => NETWORK_APIS.test(line)),
    );
    expect(offending).toEqual([]);
  });

  it("imports no Node network or process module (the command line reads and writes files only)", () => {
    const sources = files(join(ROOT, "src"), (p) => /\.(ts|tsx)$/.test(p));
    const offending = sources.filter((path) =>
      /from\s+["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns|child_process)["']|require\(["'](?:node:)?(?:http|https|net|tls|child_process)["']\)/.test(
        readFileSync(path, "utf8"),
      ),
    );
    expect(offending.map((p) => relative(ROOT, p))).toEqual([]);
  });
});

describe("the production task pane", () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), "ped-bundle-"));
    const build = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production", "--output-path", dist],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 240_000,
      },
    );
    if (build.status !== 0)
      throw new Error(`webpack failed (${build.status}): ${build.stderr}\n${build.stdout.slice(-2000)}`);
  }, 300_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  const read = (name: string) => readFileSync(join(dist, name), "utf8");

  it.each(["taskpane.html", "commands.html"])(
    "%s carries a CSP: scripts only from itself and the Office CDN, no outgoing connections",
    (page) => {
      const csp = cspOf(read(page));
      expect(csp["default-src"]).toEqual(["'self'"]);
      expect(csp["script-src"]).toEqual(expect.arrayContaining(["'self'", OFFICE_CDN]));
      expect(csp["script-src"]?.every((s) => ["'self'", OFFICE_CDN, MICROSOFT_AJAX_CDN].includes(s))).toBe(true);
      expect(csp["connect-src"]).toEqual(["'self'"]);
      expect(csp["object-src"]).toEqual(["'none'"]);
      expect(csp["base-uri"]).toEqual(["'self'"]);
    },
  );

  it("loads office.js from the Office CDN and every other script from its own origin", () => {
    const scripts = [...read("taskpane.html").matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1] ?? "");
    expect(scripts[0]).toBe(`${OFFICE_CDN}/lib/1/hosted/office.js`);
    expect(scripts.slice(1).length).toBeGreaterThan(0);
    for (const src of scripts.slice(1)) expect(src).toMatch(/^[\w.-]+\.js$/);
  });

  it("names no host in its scripts and pages but the known ones, none of which it sends data to", () => {
    const built = files(dist, (p) => /\.(js|html)$/.test(p));
    const hosts = new Set<string>();
    for (const path of built) {
      for (const m of readFileSync(path, "utf8").matchAll(/\b(?:https?|wss?):\/\/([*\w.-]+)/gi))
        hosts.add((m[1] ?? "").toLowerCase());
    }
    expect([...hosts].filter((h) => !(h in KNOWN_HOSTS)).sort()).toEqual([]);
    expect(hosts.has("appsforoffice.microsoft.com")).toBe(true);
  });

  it("leaves the command line's file libraries (ExcelJS, JSZip) out of the pane", () => {
    const built = files(dist, (p) => p.endsWith(".js"));
    expect(
      built.filter((p) => /\bexceljs\b|\bJSZip\b/i.test(readFileSync(p, "utf8"))).map((p) => relative(dist, p)),
    ).toEqual([]);
  });

  it("calls fetch, XMLHttpRequest, WebSocket, EventSource or sendBeacon nowhere in the bundle, third-party code included", () => {
    const built = files(dist, (p) => p.endsWith(".js"));
    const found = built
      .filter((p) =>
        /\bfetch\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bsendBeacon\b/.test(readFileSync(p, "utf8")),
      )
      .map((p) => relative(dist, p));
    expect(found).toEqual([]);
  });
});
