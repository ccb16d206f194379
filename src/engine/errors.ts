/**
 * Failures that stop an analysis from running at all (SPEC §3: exit status 1). Problems in
 * individual cells are never errors: they are Issue values.
 */
export class CannotAnalyzeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CannotAnalyzeError";
  }
}
