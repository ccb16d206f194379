import type { InputName } from "../engine/model";
import type { SamplePortfolio, SampleCell } from "../sample/sample-data";
import { NUMBER_FORMATS } from "./style";
import type { OutputSheetKey, SheetSpec } from "./sheet-spec";

/** One input sheet of the sample, ready for `WorkbookGateway.insertUserSheet`. */
export interface SampleSheet {
  input: InputName;
  spec: SheetSpec;
}

/**
 * SheetSpec has an output key; a sample sheet belongs to the user, so the key only says which
 * analysis reads it (insertUserSheet neither marks nor replaces the sheet it writes).
 */
const READ_BY: Record<InputName, OutputSheetKey> = {
  partners: "tiering",
  capabilities: "coverage",
  candidates: "candidates",
  responsibilities: "responsibilities",
  maturity: "summary",
  expectations: "tiering",
};

const FORMATS: Record<string, string> = {
  "Strategic Fit": NUMBER_FORMATS.score,
  Fit: NUMBER_FORMATS.score,
  Impact: NUMBER_FORMATS.score,
  Momentum: NUMBER_FORMATS.score,
  Score: NUMBER_FORMATS.score,
  Target: NUMBER_FORMATS.score,
  Pipeline: NUMBER_FORMATS.money,
  Revenue: NUMBER_FORMATS.money,
  Investment: NUMBER_FORMATS.money,
  "Min Pipeline": NUMBER_FORMATS.money,
  "Min Revenue": NUMBER_FORMATS.money,
  "Max Investment": NUMBER_FORMATS.money,
};

/**
 * The bundled sample's input tables as sheets the user will own: each an Excel table named
 * like the input (so the add-in finds it by name), with a frozen header and sized columns.
 * The task pane inserts them into a workbook that has no Partners table yet.
 * @example sampleSheets(samplePortfolio())[0].spec.tables[0].name // "Partners"
 */
export function sampleSheets(sample: SamplePortfolio): SampleSheet[] {
  return [
    sheet("partners", "Partners", sample.partnerHeaders, sample.partners),
    sheet("capabilities", "Capabilities", sample.capabilityHeaders, sample.capabilities),
    sheet("candidates", "Candidates", sample.candidateHeaders, sample.candidates),
    sheet("responsibilities", "Responsibilities", sample.raciHeaders, sample.raci),
    sheet("maturity", "Maturity", ["Pillar", "Score", "Target"], sample.maturity),
    sheet("expectations", "Expectations", sample.expectationHeaders, sample.expectations),
  ];
}

function sheet(input: InputName, name: string, headers: string[], rows: SampleCell[][]): SampleSheet {
  const width = headers.length;
  const values = [headers, ...rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null))];
  const spec: SheetSpec = {
    key: READ_BY[input],
    name,
    columnWidths: headers.map((h, j) =>
      Math.min(48, Math.max(9, h.length + 2, ...rows.map((r) => String(r[j] ?? "").length + 2))),
    ),
    freeze: { rows: 1, cols: 0 },
    blocks: [{ row: 0, col: 0, values, numberFormats: headers.map((h) => FORMATS[h] ?? null), headerRows: 1 }],
    tables: [{ name, range: { row: 0, col: 0, rows: values.length, cols: width }, style: "TableStyleMedium2" }],
    formats: [],
    conditionalFormats: [],
    charts: [],
    validations: [],
  };
  return { input, spec };
}
