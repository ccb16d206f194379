/** Types for scripts/manifest-checks.js (CommonJS, run by Node directly and imported by jest). */
export interface ManifestCheckOptions {
  /** Project root holding assets/; without it the icon-file checks are skipped. */
  rootDir?: string;
}

/** Offline structural checks; returns "code: message (line n)" strings, empty when valid. */
export function checkManifest(xmlText: string, options?: ManifestCheckOptions): string[];

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | null;

export const NS: { app: string; bt: string; ov: string; xsi: string };
