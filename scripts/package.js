#!/usr/bin/env node
/**
 * `PUBLIC_URL=https://host/path/ npm run package`: builds the production pane and its manifest
 * (webpack.config.js into dist/), then puts what an admin needs in deploy/:
 *
 *   deploy/site/          the static files to host at PUBLIC_URL (dist/ without the manifest)
 *   deploy/manifest.xml   the manifest for that URL (scripts/production-manifest.js)
 *   deploy/DEPLOY.md      docs/DEPLOY.md, headed with the URL, version and Id of this package
 *
 * Refuses to start without PUBLIC_URL (or with a bad one) before building anything, and refuses
 * a build that is not the production one (office.js served locally, a page that does not load
 * office.js from Microsoft's CDN, a script whose name carries no content hash: DEPLOY.md tells
 * admins to cache those for a year).
 *
 *   node scripts/package.js [--out DIR]     (default deploy/)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");
const { normalizeBase } = require("./production-manifest");

const ROOT = path.resolve(__dirname, "..");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PAGES = ["taskpane.html", "commands.html"];
/** webpack's production names: `[name].[contenthash].js` (20 hex digits), and their LICENSE.txt. */
const HASHED = /\.[0-9a-f]{16,}\.js(?:\.LICENSE\.txt)?$/;

class PackageError extends Error {
  constructor(message) {
    super(message);
    this.name = "PackageError";
  }
}

/** Files under dir, as paths relative to it with "/" separators, sorted. */
function listFiles(dir) {
  const out = [];
  const visit = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else out.push(child);
    }
  };
  visit("");
  return out.sort();
}

/** Version, Id and the task pane's URL of a manifest, read with xmldom. */
function manifestFacts(xml) {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const text = (tag) => {
    const el = doc.getElementsByTagName(tag).item(0);
    return el ? el.textContent.trim() : "";
  };
  const settings = doc.getElementsByTagName("DefaultSettings").item(0);
  const source = settings ? settings.getElementsByTagName("SourceLocation").item(0) : null;
  const sourceLocation = source ? source.getAttribute("DefaultValue") || "" : "";
  if (!sourceLocation) throw new PackageError("manifest.xml has no <DefaultSettings><SourceLocation DefaultValue>");
  return { version: text("Version"), id: text("Id"), sourceLocation };
}

/**
 * Checks a production build in `dist` and copies it into `out` (emptied first) as site/,
 * manifest.xml and DEPLOY.md.
 * @param {{ dist: string, out: string, deployDoc?: string }} options
 * @returns {{ base: string, version: string, files: string[] }} the manifest's base URL and
 *   version, and the files of site/
 */
function assemblePackage({ dist, out, deployDoc = path.join(ROOT, "docs", "DEPLOY.md") }) {
  const manifestPath = path.join(dist, "manifest.xml");
  if (!fs.existsSync(manifestPath))
    throw new PackageError(`${dist} has no manifest.xml: build with PUBLIC_URL=https://host/path/ set`);
  const files = listFiles(dist).filter((f) => f !== "manifest.xml");
  for (const page of PAGES) {
    if (!files.includes(page)) throw new PackageError(`${dist} has no ${page}: is it a build of this add-in?`);
    const html = fs.readFileSync(path.join(dist, page), "utf8");
    // html-webpack-plugin's minifier drops attribute quotes: src=https://… as well as src="…".
    const scripts = [...html.matchAll(/<script\b[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    if (scripts[0] !== OFFICE_JS_CDN || files.includes("office.js")) {
      throw new PackageError(
        `${page} does not load office.js from Microsoft's CDN (${OFFICE_JS_CDN}): package a production build, not an --env OFFICE_JS=local one`,
      );
    }
  }
  const unhashed = files.filter((f) => (f.endsWith(".js") || f.endsWith(".LICENSE.txt")) && !HASHED.test(f));
  if (unhashed.length > 0)
    throw new PackageError(
      `scripts without a content hash in their name (a development build?): ${unhashed.join(", ")}`,
    );

  const xml = fs.readFileSync(manifestPath, "utf8");
  const { version, id, sourceLocation } = manifestFacts(xml);
  const base = sourceLocation.slice(0, sourceLocation.lastIndexOf("/") + 1);

  fs.rmSync(out, { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(out, "site", ...file.split("/"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(dist, ...file.split("/")), target);
  }
  fs.writeFileSync(path.join(out, "manifest.xml"), xml);
  const heading =
    `> **This package**: built for \`${base}\`, add-in version ${version}, Id \`${id}\`.\n` +
    "> Host the contents of `site/` at that URL; give `manifest.xml` to Office.\n\n";
  // Under the page's title: "# Deploying …\n\n> **This package**: …".
  const doc = fs.readFileSync(deployDoc, "utf8");
  const afterTitle = doc.startsWith("# ") ? doc.indexOf("\n") + 1 : 0;
  fs.writeFileSync(
    path.join(out, "DEPLOY.md"),
    `${doc.slice(0, afterTitle)}\n${heading}${doc.slice(afterTitle).replace(/^\n/, "")}`,
  );
  return { base, version, files };
}

/** Runs webpack.config.js in production mode for publicUrl (into dist/). */
function build(publicUrl) {
  const webpack = require("webpack");
  const config = require(path.join(ROOT, "webpack.config.js"))({ PUBLIC_URL: publicUrl }, { mode: "production" });
  delete config.devServer;
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors())
        return reject(
          new PackageError(`The build failed:\n${stats.toString({ all: false, errors: true, errorDetails: false })}`),
        );
      resolve(config.output.path);
    });
  });
}

async function main(argv) {
  const at = argv.indexOf("--out");
  const out = path.resolve(at >= 0 && argv[at + 1] ? argv[at + 1] : path.join(ROOT, "deploy"));
  const publicUrl = process.env.PUBLIC_URL;
  const { problems } = normalizeBase(publicUrl);
  if (problems.length > 0) {
    console.error(
      `npm run package needs the https URL the files will be hosted at, e.g.\n  PUBLIC_URL=https://addins.example.com/partner-ecosystem/ npm run package\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    return 1;
  }
  try {
    const started = Date.now();
    const dist = await build(/** @type {string} */ (publicUrl));
    const { base, version, files } = assemblePackage({ dist, out });
    const rel = path.relative(process.cwd(), out) || ".";
    console.log(
      `Packaged Partner Ecosystem Designer ${version} for ${base} in ${((Date.now() - started) / 1000).toFixed(0)} s:\n` +
        `  ${rel}/site/         ${files.length} files to host at ${base}\n` +
        `  ${rel}/manifest.xml  for the Microsoft 365 admin center (or sideloading)\n` +
        `  ${rel}/DEPLOY.md     hosting headers, sideloading, centralized deployment, updates`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof PackageError)) throw err;
    console.error(err.message);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

module.exports = { assemblePackage, listFiles, PackageError, OFFICE_JS_CDN };
