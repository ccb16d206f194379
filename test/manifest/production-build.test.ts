/**
 * webpack.config.js builds dist/manifest.xml only when PUBLIC_URL is given, and a manifest that
 * breaks a production rule fails the build with the field named. Compiles a one-line entry
 * instead of the pane (about a second), with the manifest plugin the config itself creates.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

const ROOT = join(__dirname, "..", "..");
type ConfigFactory = ((env: Record<string, string>, argv: { mode: string }) => webpack.Configuration) & {
  ProductionManifestPlugin: new (publicUrl: string) => webpack.WebpackPluginInstance;
};
const configFactory = createRequire(__filename)(join(ROOT, "webpack.config.js")) as ConfigFactory;

/** The production config for `env`, with PUBLIC_URL cleared from the environment meanwhile. */
function productionConfig(env: Record<string, string>): webpack.Configuration {
  const saved = process.env.PUBLIC_URL;
  delete process.env.PUBLIC_URL;
  try {
    return configFactory(env, { mode: "production" });
  } finally {
    if (saved !== undefined) process.env.PUBLIC_URL = saved;
  }
}

const manifestPlugins = (config: webpack.Configuration) =>
  (config.plugins ?? []).filter((p) => p instanceof configFactory.ProductionManifestPlugin);

describe("webpack.config.js and PUBLIC_URL", () => {
  it("without PUBLIC_URL builds no manifest: manifest.xml stays the development one", () => {
    expect(manifestPlugins(productionConfig({}))).toEqual([]);
    expect(manifestPlugins(productionConfig({ PUBLIC_URL: "" }))).toEqual([]);
  });

  it("with PUBLIC_URL (environment or --env) adds the production manifest", () => {
    expect(manifestPlugins(productionConfig({ PUBLIC_URL: "https://addins.example.com/ped/" }))).toHaveLength(1);
    process.env.PUBLIC_URL = "https://addins.example.com/ped/";
    try {
      expect(manifestPlugins(configFactory({}, { mode: "production" }))).toHaveLength(1);
    } finally {
      delete process.env.PUBLIC_URL;
    }
  });
});

describe("the production manifest in a webpack build", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ped-manifest-build-"));
    writeFileSync(join(dir, "entry.js"), "console.log('pane');\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Compiles the one-line entry with the config's manifest plugin for `publicUrl`. */
  function compile(publicUrl: string, out: string): Promise<webpack.Stats> {
    const plugins = manifestPlugins(productionConfig({ PUBLIC_URL: publicUrl }));
    const compiler = webpack({
      mode: "production",
      context: dir,
      entry: "./entry.js",
      output: { path: join(dir, out) },
      plugins,
    });
    return new Promise((resolve, reject) =>
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error || !stats) reject(error ?? new Error("no stats"));
        else resolve(stats);
      }),
    );
  }

  it("writes manifest.xml beside the pages, on PUBLIC_URL", async () => {
    const stats = await compile("https://addins.example.com/ped/", "good");
    expect(stats.hasErrors()).toBe(false);
    const xml = readFileSync(join(dir, "good", "manifest.xml"), "utf8");
    expect(xml).toContain('<SourceLocation DefaultValue="https://addins.example.com/ped/taskpane.html"/>');
    expect(xml).not.toContain("localhost");
  }, 60_000);

  it("fails the build, naming PUBLIC_URL, when it is not https", async () => {
    const stats = await compile("http://addins.example.com/ped/", "bad");
    expect(stats.hasErrors()).toBe(true);
    expect(stats.toString({ all: false, errors: true })).toMatch(
      /public-url: PUBLIC_URL "http:\/\/addins\.example\.com\/ped\/" must use https/,
    );
    expect(existsSync(join(dir, "bad", "manifest.xml"))).toBe(false);
  }, 60_000);
});
