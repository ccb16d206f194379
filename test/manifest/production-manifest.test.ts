/**
 * The production manifest (`PUBLIC_URL=https://host/path/ npm run build`): manifest.xml rebased
 * onto the hosting URL, version from package.json, same Id, and a build error naming the field
 * for anything left on localhost, on http or outside PUBLIC_URL.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { checkManifest } from "../../scripts/manifest-checks";
import {
  buildProductionManifest,
  checkProductionManifest,
  ManifestBuildError,
  normalizeBase,
  officeVersion,
} from "../../scripts/production-manifest";

const rootDir = path.resolve(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(rootDir, "manifest.xml"), "utf8");
const pkgVersion = (JSON.parse(fs.readFileSync(path.join(rootDir, "package.json"), "utf8")) as { version: string })
  .version;
const BASE = "https://addins.example.com/partner-ecosystem/";

/** The real manifest with one edit; fails loudly if the edit no longer applies. */
function variant(find: string | RegExp, replace: string): string {
  const changed = manifest.replace(find, replace);
  if (changed === manifest) throw new Error(`variant did not apply: ${String(find)}`);
  return changed;
}

function build(xml = manifest, publicUrl = BASE, version = pkgVersion) {
  return buildProductionManifest(xml, { publicUrl, version });
}

/** The problems a build throws, or [] when it succeeds. */
function problemsOf(make: () => unknown): string[] {
  try {
    make();
    return [];
  } catch (err) {
    if (err instanceof ManifestBuildError) return err.problems;
    throw err;
  }
}

/** Every URL-valued attribute (DefaultValue / Value) of a manifest, with its element's name. */
function urlAttributes(xml: string): { element: string; value: string }[] {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const out: { element: string; value: string }[] = [];
  const all = doc.getElementsByTagName("*");
  for (let i = 0; i < all.length; i++) {
    const el = all.item(i);
    if (!el) continue;
    for (const name of ["DefaultValue", "Value"]) {
      const value = el.getAttribute(name);
      if (value && /^https?:/.test(value)) out.push({ element: el.tagName, value });
    }
  }
  return out;
}

const textOf = (xml: string, tag: string) =>
  new DOMParser().parseFromString(xml, "application/xml").getElementsByTagName(tag).item(0)?.textContent;

describe("the production manifest built for PUBLIC_URL", () => {
  const { xml } = build();

  it("puts every URL of manifest.xml on PUBLIC_URL, keeping its path", () => {
    const before = urlAttributes(manifest);
    const after = urlAttributes(xml);
    expect(before.length).toBeGreaterThanOrEqual(9);
    expect(after).toEqual(
      before.map(({ element, value }) => ({ element, value: value.replace("https://localhost:3000/", BASE) })),
    );
    for (const element of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Url", "bt:Image"]) {
      expect(after.filter((a) => a.element === element).length).toBeGreaterThan(0);
    }
    expect(xml).not.toMatch(/localhost/);
  });

  it("keeps the Id and takes its Version from package.json, in Office's four parts", () => {
    expect(textOf(xml, "Id")).toBe(textOf(manifest, "Id"));
    expect(textOf(xml, "Version")).toBe(`${pkgVersion}.0`);
    expect(textOf(build(manifest, BASE, "2.13.7").xml, "Version")).toBe("2.13.7.0");
  });

  it("passes the same offline structural checks as the development manifest", () => {
    expect(checkManifest(xml, { rootDir })).toEqual([]);
    expect(checkProductionManifest(xml, BASE)).toEqual([]);
  });

  it("names only files the build emits: the two pages and the icons in assets/", () => {
    const relative = urlAttributes(xml).map((a) => a.value.slice(BASE.length));
    for (const file of new Set(relative)) {
      if (file.startsWith("assets/")) expect(fs.existsSync(path.join(rootDir, file))).toBe(true);
      else expect(["taskpane.html", "commands.html"]).toContain(file);
    }
  });

  it("says in its leading comment that it is generated, for which URL", () => {
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<!--\n {2}Partner Ecosystem Designer - production manifest for https:\/\/addins\.example\.com\/partner-ecosystem\/\n/,
    );
  });

  it("leaves manifest.xml itself (the development manifest) on localhost", () => {
    expect(manifest).toContain('DefaultValue="https://localhost:3000/taskpane.html"');
  });
});

describe("PUBLIC_URL", () => {
  it.each([
    ["https://addins.example.com/ped", "https://addins.example.com/ped/"],
    ["https://addins.example.com/ped/", "https://addins.example.com/ped/"],
    ["https://addins.example.com", "https://addins.example.com/"],
    ["https://addins.example.com:8443/a/b/", "https://addins.example.com:8443/a/b/"],
  ])("%s is the base %s", (publicUrl, base) => {
    expect(normalizeBase(publicUrl)).toEqual({ base, problems: [] });
    expect(build(manifest, publicUrl).base).toBe(base);
  });

  it.each([
    ["http://addins.example.com/ped/", /must use https/],
    ["https://localhost:3000/", /points at localhost/],
    ["https://127.0.0.1/ped/", /points at 127\.0\.0\.1/],
    ["addins.example.com/ped", /not an absolute URL/],
    ["https://addins.example.com/ped/?v=2", /query or a fragment/],
    ["https://user:secret@addins.example.com/", /user name or password/],
    ["", /is empty/],
  ])("%s is refused, naming PUBLIC_URL", (publicUrl, why) => {
    const problems = problemsOf(() => build(manifest, publicUrl));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^public-url: PUBLIC_URL /);
    expect(problems[0]).toMatch(why);
  });
});

describe("package.json's version as the manifest's <Version>", () => {
  it.each([
    ["0.1.0", "0.1.0.0"],
    ["10.20.30", "10.20.30.0"],
    ["99999.0.1", "99999.0.1.0"],
  ])("%s → %s", (version, office) => {
    expect(officeVersion(version)).toEqual({ version: office, problems: [] });
  });

  it.each(["1.0.0-beta.1", "1.0", "100000.0.0", "v1.2.3"])("%s is a build error naming the version", (version) => {
    const problems = problemsOf(() => build(manifest, BASE, version));
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^version: package.json version "${version.replace(/\./g, "\\.")}"`)),
    ]);
  });
});

describe("a manifest URL that breaks a production rule is a build error naming the field", () => {
  const cases: { broken: string; make: () => string; code: string; field: RegExp }[] = [
    {
      broken: "an http URL",
      make: () =>
        variant(
          '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<SupportUrl DefaultValue="http://help.example.com/ped"/>',
        ),
      code: "not-https",
      field: /<SupportUrl> DefaultValue "http:\/\/help\.example\.com\/ped"/,
    },
    {
      broken: "a URL on another host",
      make: () =>
        variant(
          '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://help.example.org/ped"/>',
        ),
      code: "outside-base",
      field:
        /<bt:Url id="GetStarted\.LearnMoreUrl"> DefaultValue "https:\/\/help\.example\.org\/ped" is not under PUBLIC_URL/,
    },
    {
      broken: "a URL left on localhost (another port than the dev server's)",
      make: () =>
        variant(
          'DefaultValue="https://localhost:3000/commands.html"',
          'DefaultValue="https://localhost:8080/commands.html"',
        ),
      code: "localhost",
      field:
        /<bt:Url id="Commands\.Url"> DefaultValue "https:\/\/localhost:8080\/commands\.html" still points at localhost/,
    },
    {
      broken: "a URL on a loopback address",
      make: () =>
        variant(
          '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>',
          '<bt:Image id="Icon.80x80" DefaultValue="https://127.0.0.1/assets/icon-80.png"/>',
        ),
      code: "localhost",
      field: /<bt:Image id="Icon\.80x80"> DefaultValue/,
    },
    {
      broken: "localhost named in a string",
      make: () =>
        variant(
          '<bt:String id="Group.Label" DefaultValue="Partner Ecosystem"/>',
          '<bt:String id="Group.Label" DefaultValue="Partner Ecosystem (localhost)"/>',
        ),
      code: "localhost",
      field: /<bt:String id="Group\.Label"> DefaultValue mentions localhost/,
    },
    {
      broken: "an <AppDomain> on another origin",
      make: () =>
        variant("<Hosts>", "<AppDomains><AppDomain>https://login.example.org</AppDomain></AppDomains>\n  <Hosts>"),
      code: "outside-base",
      field:
        /<AppDomain> "https:\/\/login\.example\.org" is not https:\/\/addins\.example\.com, the origin of PUBLIC_URL/,
    },
    {
      broken: "an http <Override> of an icon",
      make: () =>
        variant(
          '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
          '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"><Override Locale="fr-FR" Value="http://cdn.example.com/icon-32.png"/></IconUrl>',
        ),
      code: "not-https",
      field: /<IconUrl> <Override Locale="fr-FR"> Value "http:\/\/cdn\.example\.com\/icon-32\.png"/,
    },
    {
      broken: "a SourceLocation that is not an absolute URL",
      make: () =>
        variant(
          '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<SourceLocation DefaultValue="taskpane.html"/>',
        ),
      code: "not-https",
      field: /<SourceLocation> DefaultValue "taskpane\.html" is not an absolute https URL/,
    },
  ];

  it.each(cases)("$broken → $code", ({ make, code, field }) => {
    const problems = problemsOf(() => build(make()));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${code}: `));
    expect(problems[0]).toMatch(field);
  });

  it("reports every broken field at once, in the error's message too", () => {
    const xml = variant(
      'DefaultValue="https://localhost:3000/commands.html"',
      'DefaultValue="http://x.example.com/commands.html"',
    ).replace(
      '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<SupportUrl DefaultValue="https://localhost:9/help"/>',
    );
    let error: unknown;
    try {
      build(xml);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ManifestBuildError);
    const message = (error as Error).message;
    expect(message).toMatch(/<bt:Url id="Commands\.Url"> DefaultValue/);
    expect(message).toMatch(/<SupportUrl> DefaultValue/);
  });

  it("a malformed manifest.xml is a build error, not a crash", () => {
    expect(problemsOf(() => build(variant("</Hosts>", "")))).toEqual([expect.stringMatching(/^xml-malformed: /)]);
  });
});

describe("dev-server URLs that are rebased", () => {
  it("an <AppDomain> on the dev server becomes PUBLIC_URL's origin", () => {
    const { xml } = build(
      variant("<Hosts>", "<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>\n  <Hosts>"),
    );
    expect(textOf(xml, "AppDomain")).toBe("https://addins.example.com");
    expect(checkManifest(xml)).toEqual([]);
  });

  it("an <Override> on the dev server moves with its element", () => {
    const { xml } = build(
      variant(
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"><Override Locale="fr-FR" Value="https://localhost:3000/assets/fr/icon-32.png"/></IconUrl>',
      ),
    );
    expect(xml).toContain(`<Override Locale="fr-FR" Value="${BASE}assets/fr/icon-32.png"/>`);
  });

  it("the development manifest as it is fails the production rules, one problem per field", () => {
    const problems = checkProductionManifest(manifest, BASE);
    expect(problems.length).toBe(urlAttributes(manifest).length);
    expect(problems.every((p) => p.startsWith("localhost: "))).toBe(true);
  });
});
