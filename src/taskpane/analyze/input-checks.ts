import type { Analysis } from "../../engine/analyze";
import { headerKey, resolveColumns } from "../../engine/ingest/headers";
import { cellText } from "../../engine/ingest/values";
import type { InputName, Settings, WorkbookInput } from "../../engine/model";
import { INPUT_COLUMNS } from "../sources/input-columns";
import { INPUT_LABELS } from "../sources/input-labels";

/**
 * A reason not to overwrite the result sheets with this run: the input is plainly not what
 * the settings say it is. The result sheets have no undo, so these are found before writing.
 */
export interface InputProblem {
  /** "stop": nothing is written; "confirm": the analyst may write anyway. */
  severity: "stop" | "confirm";
  input: InputName;
  message: string;
}

const INPUTS: readonly InputName[] = ["partners", "capabilities", "candidates", "responsibilities", "maturity"];

/**
 * Checks the tables read against the column mapping before anything is computed or written:
 * a mapped header that is gone, a column read as one field that leaves another without its
 * column, a Partner column of numbers.
 * @example checkInputs({ partners: table }, { ...DEFAULT_SETTINGS, columnMapping: { partners: { fit: "Gone" } } })[0].severity // "stop"
 */
export function checkInputs(input: WorkbookInput, settings: Settings): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const name of INPUTS) {
    const table = input[name];
    if (!table) continue;
    const defs = INPUT_COLUMNS[name];
    const mapping = settings.columnMapping[name] ?? {};
    const headers = table.header.map((h) => cellText(h));
    const keys = new Set(headers.map(headerKey));
    const label = (field: string) => defs.find((d) => d.field === field)?.label ?? field;
    const where = table.source === table.sheet ? `the ${table.sheet} sheet` : `the table ${table.source}`;

    for (const [field, header] of Object.entries(mapping)) {
      if (!header || keys.has(headerKey(header))) continue;
      problems.push({
        severity: "stop",
        input: name,
        message: `${INPUT_LABELS[name]}: the ${label(field)} column is mapped to "${header}", which ${where} no longer has (was the header renamed?). Map ${label(field)} to one of its columns on Sources.`,
      });
    }

    const automatic = resolveColumns(table.header, defs, {}).columns;
    const actual = resolveColumns(table.header, defs, mapping).columns;
    for (const def of defs) {
      const j = automatic.get(def.field);
      if (j === undefined || actual.has(def.field)) continue;
      const taker = defs.find((d) => d.field !== def.field && actual.get(d.field) === j);
      if (!taker) continue;
      problems.push({
        severity: "confirm",
        input: name,
        message: `${INPUT_LABELS[name]}: the column "${headers[j]}" is read as ${taker.label}, so ${def.label} has no column of its own. Map ${def.label} to another column on Sources, or write the results without it.`,
      });
    }

    if (name === "partners") {
      const j = actual.get("name");
      if (j !== undefined) {
        const filled = table.rows.map((r) => r[j] ?? null).filter((c) => cellText(c).trim() !== "");
        const numbers = filled.filter((c) => typeof c === "number").length;
        if (numbers > 0 && numbers * 2 >= filled.length) {
          problems.push({
            severity: "stop",
            input: name,
            message: `Partners: the Partner column ("${headers[j]}") holds numbers in ${numbers} of ${filled.length} rows, not partner names. Map Partner to the column of names on Sources.`,
          });
        }
      }
    }
  }
  return problems;
}

/**
 * Checks a computed analysis before its sheets are written: results in which no partner
 * could be scored are not worth replacing the previous run with.
 */
export function checkResults(analysis: Analysis): InputProblem[] {
  const partners = analysis.tiering.partners;
  if (partners.length === 0 || partners.some((p) => p.tier !== "Unscored")) return [];
  return [
    {
      severity: "stop",
      input: "partners",
      message: `Partners: none of the ${partners.length} partners could be scored — no row has Fit, Impact and Momentum the add-in can read. Check which columns hold the scores on Sources.`,
    },
  ];
}
