/**
 * Webpack config for the task pane (src/taskpane) and the ribbon's function file (src/commands).
 *
 *   npx webpack --mode production                        dist/, Office.js from Microsoft's CDN
 *   npx webpack --mode production --env OFFICE_JS=local  dist/ with the npm copy of office.js
 *                                                        beside taskpane.html (browser tests)
 *   npx webpack serve --mode development                 dev server, https://localhost:3000
 *   PUBLIC_URL=https://host/path/ npx webpack --mode production
 *                                                        dist/ plus dist/manifest.xml for that host
 *                                                        (scripts/production-manifest.js)
 *
 * The Office.js switch is passed with webpack's `--env OFFICE_JS=local` (that is the one way;
 * a shell variable OFFICE_JS is not read, so a stray export cannot change a production build).
 *
 * Without PUBLIC_URL no manifest is built: manifest.xml at the root stays the development one
 * (https://localhost:3000), used by `npm start`. PUBLIC_URL is read from the environment (or
 * `--env PUBLIC_URL=...`); a bad value or a manifest URL that breaks a production rule fails
 * the build with the field named.
 *
 * The dev server uses the certificates that `npx office-addin-dev-certs install` writes to
 * ~/.office-addin-dev-certs/ (read directly: its getHttpsServerOptions() throws on Linux
 * without sudo). Without them it serves plain http and says so; Office needs https.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { buildProductionManifest, ManifestBuildError, projectInputs } = require("./scripts/production-manifest");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIST = path.resolve(__dirname, "node_modules/@microsoft/office-js/dist");
const DEV_PORT = 3000;
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/**
 * Content-Security-Policy of taskpane.html and commands.html (a <meta> tag: the pages are
 * static, so they cannot rely on a server header).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  // office.js comes from Microsoft's CDN and loads the host's scripts (excel-web-16.00.js,
  // telemetry) from the same place. Some hosts still pull MicrosoftAjax.js from
  // ajax.aspnetcdn.com (OfficeDev/office-js#1005), so that CDN is allowed too.
  "script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com",
  // Fluent UI v9 (griffel) inserts <style> rules at run time, and excel-web-16.00.js applies
  // inline styles (OfficeDev/office-js#1687): no nonce is possible for either.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // Everything is computed locally; 'self' also covers the dev server's hot-reload websocket.
  // office.js's own telemetry posts (browser.pipe.aria.microsoft.com) are refused on purpose:
  // they are optional and their failure is harmless.
  "connect-src 'self'",
  // office.js talks to Office on the web through frames on Office's domains. Its telemetry
  // frame (telemetryservice.firstpartyapps.oaspapps.com) is refused on purpose, like the posts
  // above: office.js works without it (Office.onReady resolves either way), at the cost of one
  // CSP message in the console.
  "frame-src 'self' https://*.office.com https://*.microsoft.com https://*.officeapps.live.com",
  // The analysis runs in a Web Worker built from this origin (blob: for bundlers' fallbacks).
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

/** Copies files into the build output (and the dev server's memory) without a dependency. */
class CopyFilesPlugin {
  /** @param {{from: string, to: string}[]} files absolute source path, path inside output */
  constructor(files) {
    this.files = files;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CopyFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CopyFilesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const { from, to } of this.files) {
            compilation.fileDependencies.add(from);
            // minimized: true keeps Terser off copied scripts: office.js ships as Microsoft built it.
            const info = { copied: true, minimized: true, sourceFilename: path.relative(__dirname, from) };
            compilation.emitAsset(to.split(path.sep).join("/"), new sources.RawSource(fs.readFileSync(from)), info);
          }
        },
      );
    });
  }
}

/**
 * Emits manifest.xml rebased onto PUBLIC_URL (scripts/production-manifest.js). A manifest that
 * breaks a production rule is a compilation error, so `npm run build` exits non-zero with the
 * fields named.
 */
class ProductionManifestPlugin {
  /** @param {string} publicUrl */
  constructor(publicUrl) {
    this.publicUrl = publicUrl;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ProductionManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProductionManifestPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const inputs = projectInputs(__dirname);
          compilation.fileDependencies.add(inputs.manifestPath);
          compilation.fileDependencies.add(path.join(__dirname, "package.json"));
          try {
            const { xml } = buildProductionManifest(inputs.xmlText, {
              publicUrl: this.publicUrl,
              version: inputs.version,
            });
            compilation.emitAsset("manifest.xml", new sources.RawSource(xml), { minimized: true });
          } catch (err) {
            if (!(err instanceof ManifestBuildError)) throw err;
            compilation.errors.push(new WebpackError(err.message));
          }
        },
      );
    });
  }
}

/** assets/icon-*.png → dist/assets/ (the manifest's icon URLs point there). */
function iconFiles() {
  const dir = path.resolve(__dirname, "assets");
  return fs
    .readdirSync(dir)
    .filter((name) => /^icon-\d+\.png$/.test(name))
    .map((name) => ({ from: path.join(dir, name), to: path.join("assets", name) }));
}

/**
 * The npm copy of Office.js for runs outside Office: office.js fetches
 * o15apptofilemappingtable.js from its own folder to pick the host script; outside Office it
 * then resolves Office.onReady with {host: null} and needs nothing else (checked in headless
 * Chromium: its telemetry frame fails harmlessly).
 */
function localOfficeJsFiles() {
  return ["office.js", "o15apptofilemappingtable.js"].map((name) => ({
    from: path.join(OFFICE_JS_DIST, name),
    to: name,
  }));
}

/** https options from ~/.office-addin-dev-certs, or null when the certificates are missing. */
function devCertificates() {
  const files = { cert: "localhost.crt", key: "localhost.key", ca: "ca.crt" };
  const paths = Object.values(files).map((f) => path.join(CERT_DIR, f));
  if (!paths.every((p) => fs.existsSync(p))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(CERT_DIR, f))]));
}

function devServer(serving) {
  const certificates = devCertificates();
  if (serving && !certificates) {
    console.warn(
      `\n[dev-server] No certificates in ${CERT_DIR}: serving plain http on port ${DEV_PORT}.\n` +
        "  Office only loads add-ins over https; run `npx office-addin-dev-certs install` first.\n",
    );
  }
  return {
    port: DEV_PORT,
    server: certificates ? { type: "https", options: certificates } : "http",
    headers: { "Access-Control-Allow-Origin": "*" },
    // Only webpack output (and the copied icons/office.js) is served; no stray public/ folder.
    static: false,
    client: { overlay: { warnings: false, errors: true } },
    hot: true,
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const officeJs = env.OFFICE_JS === "local" ? "local" : "cdn";
  if (env.OFFICE_JS !== undefined && env.OFFICE_JS !== "local" && env.OFFICE_JS !== "cdn") {
    throw new Error(`--env OFFICE_JS must be "local" or "cdn", not "${env.OFFICE_JS}"`);
  }
  // `--env PUBLIC_URL=` wins over the environment; an empty value means "not set".
  const publicUrl = env.PUBLIC_URL ?? process.env.PUBLIC_URL;
  const templateParameters = {
    officeJsUrl: officeJs === "local" ? "office.js" : OFFICE_JS_CDN,
    contentSecurityPolicy,
  };

  return {
    mode,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash].js",
      // Resolved at run time from the script's own URL, so the pages work from any folder and
      // worker chunks (new Worker(new URL("./worker.ts", import.meta.url))) find their files.
      publicPath: "auto",
      // Chunks may run inside a Web Worker, where there is no `window`.
      globalObject: "self",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Code shared with the Node CLI may import "./x.js" meaning x.ts (NodeNext style).
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run lint` (tsc --noEmit); tsconfig.json sets noEmit for that.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters,
      }),
      new CopyFilesPlugin([...iconFiles(), ...(officeJs === "local" ? localOfficeJsFiles() : [])]),
      ...(publicUrl ? [new ProductionManifestPlugin(publicUrl)] : []),
    ],
    performance: { hints: false },
    devServer: devServer(Boolean(env.WEBPACK_SERVE)),
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.devCertificates = devCertificates;
module.exports.DEV_PORT = DEV_PORT;
module.exports.CERT_DIR = CERT_DIR;
module.exports.ProductionManifestPlugin = ProductionManifestPlugin;
