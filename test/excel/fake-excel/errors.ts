/**
 * Errors shaped like Office.js's `OfficeExtension.Error` ("RichApi.Error"): `code`, `message`,
 * `debugInfo {code, message, errorLocation}`, `httpStatusCode`, `traceMessages`, `innerError`.
 */
const MESSAGES: Record<string, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The requested operation is invalid.",
  InvalidReference: "This reference isn't valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  GeneralException: "There was an internal error while processing the request.",
  FormulaLengthExceedsLimit: "The bytecode of the applied formula exceeds the maximum length limit.",
  RequestPayloadSizeLimitExceeded:
    "The request payload size has exceeded the limit. Please refer to the documentation: " +
    '"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    "The response payload size has exceeded the limit. Please refer to the documentation: " +
    '"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  ApiNotFound: "The API you are trying to use could not be found.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

const HTTP: Record<string, number> = {
  ItemNotFound: 404,
  ApiNotFound: 404,
  GeneralException: 500,
  RequestPayloadSizeLimitExceeded: 413,
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class FakeExcelError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;

  constructor(code: string, message?: string, errorLocation?: string) {
    super(message ?? MESSAGES[code] ?? code);
    Object.setPrototypeOf(this, FakeExcelError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = HTTP[code] ?? 400;
    this.debugInfo = { code, message: this.message };
    if (errorLocation !== undefined) this.debugInfo.errorLocation = errorLocation;
  }
}

/** Builds the error for `code`, optionally with a specific message and an error location. */
export function excelError(code: string, detail?: string, location?: string): FakeExcelError {
  return new FakeExcelError(code, detail ?? MESSAGES[code], location);
}

export function propertyNotLoaded(entity: string, prop: string): FakeExcelError {
  const msg = (MESSAGES.PropertyNotLoaded ?? "").replace("{0}", prop);
  return new FakeExcelError("PropertyNotLoaded", msg, `${entity}.${prop}`);
}

export const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
