/**
 * A portfolio too large for the pane's memory. The browser reports it in its own words
 * ("Failed to execute 'postMessage' …: Data cannot be cloned, out of memory", "Array buffer
 * allocation failed", "Invalid array length"); the pane says instead how many partners there
 * were and what to do.
 */
export class PortfolioTooLargeError extends Error {
  constructor(
    readonly partners: number | null,
    options?: { cause?: unknown },
  ) {
    super(tooLargeMessage(partners), options);
    this.name = "PortfolioTooLargeError";
  }
}

const MEMORY =
  /out of memory|could not be cloned|cannot be cloned|DataCloneError|allocation failed|Invalid (array|string) length/i;

/** Whether a failure is the browser running out of memory (in the worker or handing results back). */
export function isOutOfMemory(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; depth < 8 && e; depth++, e = (e as { cause?: unknown }).cause) {
    const text =
      typeof e === "string"
        ? e
        : `${(e as { name?: unknown }).name ?? ""} ${(e as { message?: unknown }).message ?? ""}`;
    if (MEMORY.test(text)) return true;
    if (typeof e !== "object") break;
  }
  return false;
}

/**
 * What to do about it, with the number.
 * @example tooLargeMessage(20000) // "The pane ran out of memory analysing 20,000 partners. …"
 */
export function tooLargeMessage(partners: number | null): string {
  const what = partners === null ? "this portfolio" : `${partners.toLocaleString("en-US")} partners`;
  return (
    `The pane ran out of memory analysing ${what}; nothing was written. ` +
    "Run the same analysis from the command line, which handles large registers: partner-ecosystem analyze IN.xlsx --out OUT.xlsx. " +
    "Or analyse part of the register here: filter it into a smaller table (one region or one type) and choose that table on Sources."
  );
}
