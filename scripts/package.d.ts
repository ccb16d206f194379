/** Types for scripts/package.js (CommonJS, `npm run package`, imported by jest). */
export class PackageError extends Error {}

/** Checks a production build in `dist` and copies it into `out` as site/, manifest.xml and DEPLOY.md. */
export function assemblePackage(options: { dist: string; out: string; deployDoc?: string }): {
  base: string;
  version: string;
  files: string[];
};

/** Files under dir, relative, "/"-separated, sorted. */
export function listFiles(dir: string): string[];

export const OFFICE_JS_CDN: string;
