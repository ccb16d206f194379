/** Types for scripts/production-manifest.js (CommonJS, used by webpack.config.js and imported by jest). */
export class ManifestBuildError extends Error {
  /** "code: message" strings, each naming the field (or PUBLIC_URL, or package.json's version). */
  readonly problems: string[];
  constructor(problems: string[]);
}

/** manifest.xml rebased onto PUBLIC_URL with package.json's version; throws ManifestBuildError. */
export function buildProductionManifest(
  xmlText: string,
  options: { publicUrl: string | undefined; version: string },
): { xml: string; base: string; version: string; id: string };

/** The production rules (no localhost, https only, everything under base); [] when they hold. */
export function checkProductionManifest(xmlText: string, base: string): string[];

/** PUBLIC_URL as a base ending in "/", or the problems with it. */
export function normalizeBase(publicUrl: string | undefined): { base?: string; problems: string[] };

/** "0.1.0" → "0.1.0.0", or the problem. */
export function officeVersion(version: string): { version?: string; problems: string[] };

export function projectInputs(root?: string): { manifestPath: string; xmlText: string; version: string };

export const DEV_ORIGIN: string;
