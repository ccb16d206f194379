/**
 * Failures of the Excel host, with what they mean for the user. Office.js rejects
 * `context.sync()` with an error carrying a `code` (OfficeExtension.Error); we keep the code
 * and the original error as `cause`, and say in words what to do.
 */
export class ExcelHostError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ExcelHostError";
  }
}

const MEANINGS: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel is busy: finish editing the cell (press Enter or Esc), then try again.",
  ItemNotFound: "A sheet or table the add-in was using no longer exists (was it deleted while the analysis ran?).",
  RequestPayloadSizeLimitExceeded: "The data is larger than Excel accepts in one request.",
  ResponsePayloadSizeLimitExceeded: "The data is larger than Excel returns in one request.",
  AccessDenied: "Excel refused the change: the workbook or sheet may be protected or read-only.",
  InsertDeleteConflict: "Excel could not insert or delete cells here (merged cells or a table in the way).",
  InvalidArgument: "Excel refused a value the add-in sent.",
  Conflict: "Someone else changed the workbook at the same time; try again.",
  GeneralException: "Excel reported an internal error.",
};

/** The code of an Office.js error, or "" for anything else. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

/** Wraps any failure from Excel in an ExcelHostError that says what happened in words. */
export function hostError(error: unknown, doing: string): ExcelHostError {
  if (error instanceof ExcelHostError) return error;
  const code = errorCode(error) || "Unknown";
  const detail = (error as Error | null)?.message ?? String(error);
  const meaning = MEANINGS[code] ?? `Excel reported: ${detail}`;
  return new ExcelHostError(`Could not ${doing}. ${meaning}`, code, { cause: error });
}

/**
 * A write that failed part-way: Excel does not roll a run back, so this says where each sheet
 * stands. Each sheet is cleared in the same request that rewrites it, so a sheet is either
 * `updated` (holds the new run) or `unchanged` (still holds the previous run); none is left blank.
 * A sheet too large for one request that failed between its requests is named in the message.
 */
export class ReportWriteError extends ExcelHostError {
  constructor(
    message: string,
    code: string,
    readonly updated: string[],
    readonly unchanged: string[],
    options?: { cause?: unknown },
  ) {
    super(message, code, options);
    this.name = "ReportWriteError";
  }
}
