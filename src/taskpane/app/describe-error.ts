import { CannotAnalyzeError } from "../../engine/errors";
import { ReportWriteError } from "../../excel/errors";
import { isOutOfMemory, tooLargeMessage } from "../analyze/too-large";

/** An error as the pane shows it: a title, what to do, and Excel's code when there is one. */
export interface ErrorReport {
  /** "error" for failures; "warning" for a workbook the add-in cannot analyse as it is. */
  intent: "error" | "warning";
  title: string;
  message: string;
  /** Excel's error code (e.g. "ItemNotFound"), for support; null for our own errors. */
  code: string | null;
}

/**
 * Excel's error codes in words (learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-excel
 * → "Error messages"). The codes are stable; Excel's own messages vary by version and language.
 */
const EXCEL_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Finish editing the cell in Excel, then try again.",
  ItemNotFound:
    "Excel could not find a sheet or table the add-in needed; it may have been renamed or deleted. Check Sources, then try again.",
  ItemAlreadyExists: "Excel already has a sheet or table of that name.",
  AccessDenied:
    "Excel refused the change: the workbook or a sheet may be protected, or you may not have permission to edit it.",
  WorkbookIsReadOnly: "The workbook is open read-only. Save a copy you can edit, then try again.",
  InvalidArgument: "Excel refused a value the add-in sent.",
  InvalidReference: "A cell reference is no longer valid; the sheet may have changed.",
  InvalidSelection: "Excel could not select that range.",
  InsertDeleteConflict: "Excel could not insert or delete cells there (a table or merged cells may be in the way).",
  Conflict: "The workbook changed while the add-in was working (another person may be editing it). Try again.",
  RequestPayloadSizeLimitExceeded: "The data was too large for one request to Excel.",
  ResponsePayloadSizeLimitExceeded: "Excel's answer was too large for one response.",
  ApiNotFound: "This version of Excel lacks a feature the add-in needs. Update Excel, or use Excel on the web.",
  NotImplemented: "This version of Excel lacks a feature the add-in needs. Update Excel, or use Excel on the web.",
  UnsupportedOperation: "Excel does not allow that operation here.",
  UnsupportedSheet: "Excel does not allow that on this kind of sheet (e.g. a chart sheet or a macro sheet).",
  ServiceNotAvailable: "Excel is busy or unavailable. Wait a moment, then try again.",
  RequestAborted: "Excel stopped the request before it finished. Try again.",
  ActivityLimitReached: "Excel's activity limit was reached. Wait a moment, then try again.",
  GeneralException: "Excel reported an internal error. Try again; if it persists, save and reopen the workbook.",
  Unauthenticated: "Excel needs you to sign in again.",
  FilteredRangeConflict: "A filter on the sheet is in the way; clear it and try again.",
  MergedRangeConflict: "Merged cells are in the way; unmerge them and try again.",
};

/**
 * Turns anything thrown into words for the MessageBar. Excel's codes are looked for on the
 * error and along its `cause` chain (the Office gateway wraps Excel's errors with their cause).
 * @example describeError({ code: "InvalidOperationInCellEditMode" }).message // "Finish editing the cell in Excel, then try again."
 */
export function describeError(error: unknown): ErrorReport {
  const cannot = findInChain(
    error,
    (e) => e instanceof CannotAnalyzeError || (e as { name?: unknown }).name === "CannotAnalyzeError",
  );
  if (cannot)
    return { intent: "warning", title: "The workbook cannot be analysed yet", message: messageOf(cannot), code: null };
  const partial = findInChain(
    error,
    (e) => e instanceof ReportWriteError || (e as { name?: unknown }).name === "ReportWriteError",
  );
  if (partial) return describePartialWrite(partial as ReportWriteError);
  if (isOutOfMemory(error)) {
    const tooLarge = findInChain(error, (e) => (e as { name?: unknown }).name === "PortfolioTooLargeError");
    return {
      intent: "error",
      title: "Too large for the pane",
      message: tooLarge ? messageOf(tooLarge) : tooLargeMessage(null),
      code: null,
    };
  }
  const withCode = findInChain(
    error,
    (e) => typeof (e as { code?: unknown }).code === "string" && (e as { code: string }).code in EXCEL_CODES,
  );
  const title = whatFailed(error) ?? "Excel could not complete the request";
  if (withCode) {
    const code = (withCode as { code: string }).code;
    return { intent: "error", title, message: EXCEL_CODES[code] ?? code, code };
  }
  const anyCode = findInChain(error, (e) => typeof (e as { code?: unknown }).code === "string");
  const code = anyCode ? (anyCode as { code: string }).code : null;
  if (code === null) return { intent: "error", title: "Something went wrong", message: messageOf(error), code: null };
  const message = messageOf(error);
  // The gateway's message begins with the title ("Could not …. "); keep only what follows.
  return {
    intent: "error",
    title,
    message: message.startsWith(`${title}.`) ? message.slice(title.length + 1).trim() || message : message,
    code,
  };
}

/**
 * A write that stopped part-way (ReportWriteError): which sheets hold this run and which still
 * hold the previous one, so the analyst knows which sheets to trust.
 */
function describePartialWrite(error: ReportWriteError): ErrorReport {
  const list = (names: string[]) => (names.length === 0 ? "none" : names.join(", "));
  const cause = error.code in EXCEL_CODES ? ` ${EXCEL_CODES[error.code]}` : "";
  return {
    intent: "error",
    title: "The result sheets were only partly written",
    message:
      `Updated with this run: ${list(error.updated)}. Still holding the previous run: ${list(error.unchanged)}.${cause} ` +
      "Analyze again to bring every sheet up to date.",
    code: error.code || null,
  };
}

/** "Could not read the input tables": the gateway (ExcelHostError) starts its messages so. */
function whatFailed(error: unknown): string | null {
  const m = /^(Could not [^.]+)\./.exec(messageOf(error));
  return m?.[1] ?? null;
}

function findInChain(error: unknown, test: (e: object) => boolean): object | null {
  let e: unknown = error;
  for (let depth = 0; depth < 8 && typeof e === "object" && e !== null; depth++) {
    if (test(e)) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

function messageOf(error: unknown): string {
  if (typeof error === "string") return error;
  const m = (error as { message?: unknown } | null)?.message;
  return typeof m === "string" && m.trim() !== "" ? m : "An unexpected error occurred.";
}
