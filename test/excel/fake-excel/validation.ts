/** Data validation (ExcelApi 1.8): rules, prompts and alerts recorded per range. */
import { contains, formatAddress, intersect } from "./address";
import { excelError } from "./errors";
import type { RangeRef, ValidationModel } from "./model";
import { ClientObjectBase, install } from "./proxy";
import { RangeProxy } from "./range";

const KINDS = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"];
const TYPE_NAMES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};
const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };
const DEFAULT_PROMPT = { showPrompt: false, title: "", message: "" };

const invalid = (where: string, why?: string) => excelError("InvalidArgument", why, where);

function checkRule(v: unknown): Record<string, unknown> {
  if (!v || typeof v !== "object") throw invalid("DataValidation.rule");
  const keys = Object.keys(v).filter(
    (k) => (v as Record<string, unknown>)[k] !== undefined && (v as Record<string, unknown>)[k] !== null,
  );
  if (keys.length !== 1 || !KINDS.includes(keys[0] ?? ""))
    throw invalid("DataValidation.rule", "A rule must have exactly one criteria type.");
  const kind = keys[0] as string;
  const body = { ...((v as Record<string, Record<string, unknown>>)[kind] ?? {}) };
  if (kind === "list") {
    let source = body.source;
    if (source instanceof RangeProxy) {
      const ref = source._resolve();
      if (!ref) throw invalid("DataValidation.rule");
      source = `=${formatAddress(ref.sheet.name, ref.rect, true)}`;
    }
    if (typeof source !== "string" || source.trim() === "")
      throw invalid("DataValidation.rule", "The list source is empty.");
    if (!source.startsWith("=") && source.length > 255)
      throw invalid("DataValidation.rule", "A list source is limited to 255 characters.");
    return { list: { inCellDropDown: body.inCellDropDown ?? true, source } };
  }
  if (kind === "custom") {
    if (typeof body.formula !== "string" || !body.formula)
      throw invalid("DataValidation.rule", "A custom rule needs a formula.");
    return { custom: { formula: body.formula } };
  }
  if (typeof body.operator !== "string" || body.formula1 === undefined)
    throw invalid("DataValidation.rule", "operator and formula1 are required.");
  return { [kind]: body };
}

function covering(r: RangeRef): ValidationModel[] {
  return r.sheet.validations.filter((v) => intersect(v.rect, r.rect));
}

/** The validation entry for exactly this range, replacing any it overlaps. */
function entry(r: RangeRef): ValidationModel {
  const same = r.sheet.validations.find(
    (v) =>
      v.rect.r0 === r.rect.r0 && v.rect.c0 === r.rect.c0 && v.rect.rows === r.rect.rows && v.rect.cols === r.rect.cols,
  );
  if (same) return same;
  r.sheet.validations = r.sheet.validations.filter((v) => !intersect(v.rect, r.rect));
  const e: ValidationModel = {
    rect: { ...r.rect },
    rule: {},
    errorAlert: { ...DEFAULT_ALERT },
    prompt: { ...DEFAULT_PROMPT },
    ignoreBlanks: true,
  };
  r.sheet.validations.push(e);
  return e;
}

function single(r: RangeRef): ValidationModel | null | "mixed" {
  const list = covering(r);
  if (list.length === 0) return null;
  const first = list[0];
  return list.length === 1 && first && contains(first.rect, r.rect) ? first : "mixed";
}

export class DataValidation extends ClientObjectBase<RangeRef> {
  clear(): void {
    this._queue("clear", [], (r) => {
      r.sheet.validations = r.sheet.validations.filter((v) => !intersect(v.rect, r.rect));
    });
  }
}
install(DataValidation, {
  name: "DataValidation",
  scalars: {
    rule: {
      get: (r) => {
        const e = single(r);
        return e && e !== "mixed" ? e.rule : {};
      },
      set: (r, v) => {
        const rule = checkRule(v);
        entry(r).rule = rule;
      },
    },
    type: {
      get: (r) => {
        const e = single(r);
        if (e === null) return "None";
        if (e === "mixed") return "Inconsistent";
        return TYPE_NAMES[Object.keys(e.rule)[0] ?? ""] ?? "None";
      },
    },
    errorAlert: {
      get: (r) => {
        const e = single(r);
        return e && e !== "mixed" ? e.errorAlert : null;
      },
      set: (r, v) => {
        if (!v || typeof v !== "object") throw invalid("DataValidation.errorAlert");
        const e = entry(r);
        e.errorAlert = { ...e.errorAlert, ...(v as object) };
      },
    },
    prompt: {
      get: (r) => {
        const e = single(r);
        return e && e !== "mixed" ? e.prompt : null;
      },
      set: (r, v) => {
        if (!v || typeof v !== "object") throw invalid("DataValidation.prompt");
        const e = entry(r);
        e.prompt = { ...e.prompt, ...(v as object) };
      },
    },
    ignoreBlanks: {
      get: (r) => {
        const e = single(r);
        return e && e !== "mixed" ? e.ignoreBlanks : null;
      },
      set: (r, v) => {
        if (typeof v !== "boolean") throw invalid("DataValidation.ignoreBlanks");
        entry(r).ignoreBlanks = v;
      },
    },
  },
});
