import * as fs from "fs";
import * as path from "path";
import { checkManifest, pngSize } from "../../scripts/manifest-checks";

const rootDir = path.resolve(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(rootDir, "manifest.xml"), "utf8");

/** The real manifest with one edit; fails loudly if the edit no longer applies. */
function variant(find: string | RegExp, replace: string): string {
  const changed = manifest.replace(find, replace);
  if (changed === manifest) throw new Error(`variant did not apply: ${String(find)}`);
  return changed;
}

const codes = (problems: string[]) => problems.map((p) => p.slice(0, p.indexOf(":")));

describe("manifest.xml", () => {
  it("passes every offline structural check", () => {
    expect(checkManifest(manifest, { rootDir })).toEqual([]);
  });

  it("is an Excel task pane add-in that opens taskpane.html from a Home tab button", () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.7"/>');
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain("<TaskpaneId>ButtonId1</TaskpaneId>");
    expect(manifest).toContain('DefaultValue="https://localhost:3000/taskpane.html"');
    expect(manifest).toContain('DefaultValue="https://localhost:3000/commands.html"');
  });

  it("has icons at 16, 32, 64 and 80 px in assets/", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(path.join(rootDir, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});

describe("checkManifest names the problem in a broken manifest", () => {
  interface BrokenCase {
    broken: string;
    make: () => string;
    code: string;
    mentions?: RegExp;
  }
  const cases: BrokenCase[] = [
    {
      broken: "an Id that is not a GUID",
      make: () => variant(/<Id>[^<]*<\/Id>/, "<Id>not-a-guid</Id>"),
      code: "id-not-guid",
      mentions: /not-a-guid/,
    },
    {
      broken: "a Version that is not n.n.n.n",
      make: () => variant(/<Version>[^<]*</, "<Version>1.0<"),
      code: "version-format",
    },
    {
      broken: "an http URL",
      make: () => variant('"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
      code: "url-not-https",
      mentions: /Commands\.Url/,
    },
    {
      broken: "a URL that is not absolute",
      make: () =>
        variant(
          '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"',
          '<SupportUrl DefaultValue="taskpane.html"',
        ),
      code: "url-invalid",
    },
    {
      broken: "a resid that Resources does not define",
      make: () => variant('resid="Group.Label"', 'resid="Group.Missing"'),
      code: "resid-undefined",
      mentions: /Group\.Missing/,
    },
    {
      broken: "a resid defined twice",
      make: () => variant("</bt:ShortStrings>", '<bt:String id="Group.Label" DefaultValue="Again"/></bt:ShortStrings>'),
      code: "resid-duplicate",
    },
    {
      broken: "a Label pointing at a long string",
      make: () => variant('<Label resid="Group.Label"/>', '<Label resid="TaskpaneButton.Tooltip"/>'),
      code: "resid-kind",
    },
    {
      broken: "elements out of the schema's order (Permissions before DefaultSettings)",
      make: () =>
        variant(/(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*)(<Permissions>[^<]*<\/Permissions>)/, "$3$2$1"),
      code: "element-order",
      mentions: /<DefaultSettings> must come before <Permissions>/,
    },
    {
      broken: "a missing required element",
      make: () => variant(/<ProviderName>[^<]*<\/ProviderName>/, ""),
      code: "element-missing",
      mentions: /ProviderName/,
    },
    {
      broken: "an icon file that does not exist",
      make: () => variant("assets/icon-64.png", "assets/icon-99.png"),
      code: "icon-missing",
      mentions: /icon-99\.png/,
    },
    {
      broken: "an icon of the wrong pixel size",
      make: () =>
        variant(
          '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"',
          '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"',
        ),
      code: "icon-wrong-size",
      mentions: /16×16, expected 32×32/,
    },
    {
      broken: "an unknown host",
      make: () => variant('<Host Name="Workbook"/>', '<Host Name="Spreadsheet"/>'),
      code: "host-unknown",
      mentions: /Spreadsheet/,
    },
    {
      broken: "no ExcelApi requirement",
      make: () => variant('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="DialogApi" MinVersion="1.1"/>'),
      code: "requirement-missing-excelapi",
    },
    {
      broken: "an unknown permission",
      make: () => variant("<Permissions>ReadWriteDocument<", "<Permissions>Everything<"),
      code: "permission-unknown",
    },
    {
      broken: "an over-long DisplayName",
      make: () =>
        variant(
          '<DisplayName DefaultValue="Partner Ecosystem Designer"',
          `<DisplayName DefaultValue="${"x".repeat(126)}"`,
        ),
      code: "string-too-long",
      mentions: /DisplayName DefaultValue is 126 characters \(max 125\)/,
    },
    {
      broken: "an over-long Description",
      make: () => variant(/<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${"x".repeat(251)}"`),
      code: "string-too-long",
      mentions: /Description/,
    },
    {
      broken: "an over-long ShortString",
      make: () => variant('DefaultValue="Partner Ecosystem"/>', `DefaultValue="${"y".repeat(126)}"/>`),
      code: "string-too-long",
      mentions: /Group\.Label/,
    },
    {
      broken: "malformed XML (unclosed element)",
      make: () => variant("</Hosts>", ""),
      code: "xml-malformed",
      mentions: /"Hosts"/,
    },
    {
      broken: "malformed XML (bare ampersand)",
      make: () => variant("Home &gt; Ecosystem", "Home & Ecosystem"),
      code: "xml-malformed",
      mentions: /&amp;/,
    },
    {
      broken: "a root that is not a TaskPaneApp",
      make: () => variant('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'),
      code: "root-type",
    },
    {
      broken: "a duplicated control id",
      make: () =>
        variant(
          '<Control xsi:type="Button" id="OpenDesignerButton">',
          '<Control xsi:type="Button" id="PartnerEcosystemGroup">',
        ),
      code: "control-id-duplicate",
    },
  ];

  it.each(cases)("$broken → $code", ({ make, code, mentions }) => {
    const problems = checkManifest(make(), { rootDir });
    expect(codes(problems)).toContain(code);
    if (mentions) expect(problems.find((p) => p.startsWith(`${code}:`))).toMatch(mentions);
  });

  it("reports a malformed manifest once, with the line where it breaks", () => {
    const problems = checkManifest(variant("Home &gt; Ecosystem", "Home & Ecosystem"), { rootDir });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^xml-malformed: line \d+, column \d+:/);
  });

  it("refuses a DOCTYPE (manifests never carry one) and accepts a bare & inside a comment", () => {
    expect(
      checkManifest(variant("<OfficeApp", '<!DOCTYPE OfficeApp [<!ENTITY x "y">]>\n<OfficeApp'), { rootDir })[0],
    ).toMatch(/^xml-malformed: line \d+, column \d+:/);
    expect(checkManifest(variant("<OfficeApp", "<!DOCTYPE OfficeApp>\n<OfficeApp"), { rootDir })).toEqual([
      expect.stringMatching(/^xml-malformed: .*DOCTYPE/),
    ]);
    expect(checkManifest(variant("<OfficeApp", "<!-- R&D -->\n<OfficeApp"), { rootDir })).toEqual([]);
  });

  it("skips the icon-file checks when no rootDir is given", () => {
    expect(checkManifest(variant("assets/icon-64.png", "assets/icon-99.png"))).toEqual([]);
  });
});
