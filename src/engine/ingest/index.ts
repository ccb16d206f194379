import { CannotAnalyzeError } from "../errors";
import type { Candidate, Issue, Partner, Portfolio, RawTable, Settings, SourceInfo, WorkbookInput } from "../model";
import { readCapabilities } from "./capabilities";
import { readExpectations } from "./expectations";
import { Vocabulary } from "./lists";
import { readMaturity } from "./maturity";
import { messages } from "./messages";
import { sortIssues } from "./order";
import { CANDIDATE_COLUMNS, PARTNER_COLUMNS, type PartnerField } from "./partner-columns";
import { applyScale, type ReadPartners, readPartnerRows, scoreAbove5, type Vocabularies } from "./partners";
import { chooseScale } from "./scale";
import { TableReader } from "./table-reader";

/**
 * The largest number of partner rows one analysis accepts: what an Excel sheet holds below its
 * header (1,048,576 rows). No workbook can have more; the check guards other callers.
 */
export const MAX_PARTNERS = 1_048_575;

export interface Ingested {
  portfolio: Portfolio;
  issues: Issue[];
  vocab: Vocabularies;
  /** `nameKeys[i]` is `valueKey(portfolio.partners[i].name)`, for the phases that match names. */
  nameKeys: string[];
}

/**
 * Turns the raw input tables into a typed portfolio and the issues found on the way.
 * Throws CannotAnalyzeError only when there is nothing to analyse: no Partners table, no
 * Partner column, no partner rows, or more rows than an Excel sheet holds.
 */
export function ingestWorkbook(input: WorkbookInput, settings: Settings): Ingested {
  const issues: Issue[] = [];
  const vocab = newVocabularies();
  const sources: SourceInfo[] = [];
  if (input.partners === null) throw new CannotAnalyzeError(messages.tableMissing("Partners"));

  const partnerTable = input.partners;
  const partnerReader = new TableReader<PartnerField>(
    partnerTable,
    PARTNER_COLUMNS,
    issues,
    mappingFor(settings, "partners"),
  );
  if (!partnerReader.has("name")) {
    throw new CannotAnalyzeError(messages.requiredColumnMissing("Partners", "Partner", partnerReader.headers));
  }
  const rowCount = countNonBlank(partnerReader);
  if (rowCount > MAX_PARTNERS) throw new CannotAnalyzeError(messages.tooManyRows("Partners", rowCount, MAX_PARTNERS));
  const read = readPartnerRows(partnerReader, vocab);
  if (read.partners.length === 0) {
    // Rows with scores but every name blank: "no data rows" would not say what is missing.
    const column = partnerReader.address(0, "name").replace(/\d+$/, "");
    throw new CannotAnalyzeError(
      rowCount === 0
        ? messages.noRows("Partners")
        : messages.noNamedRows("Partners", partnerReader.label("name"), rowCount, column),
    );
  }
  sources.push(source("partners", partnerTable, read.partners.length));

  const capabilities = readCapabilities(input.capabilities ?? null, settings, vocab, issues, sources);
  const candidates = readCandidates(input.candidates ?? null, settings, vocab, issues, sources);
  const maturity = readMaturity(input.maturity ?? null, settings, issues, sources);
  const expectations = readExpectations(input.expectations ?? null, settings, issues, sources);
  // SPEC §2.9: the partners' three scores and the candidates' Fit choose the scale; a
  // candidate's Impact or Momentum does not (it is still checked against the scale).
  // Only whether some score passes 5 matters: the first such score, not the list of them all.
  const above5 = scoreAbove5(read) ?? (candidates === null ? null : scoreAbove5(candidates, ["fit"]));
  const scale = chooseScale(above5 === null ? [] : [above5], settings.scale);
  applyScale(candidates === null ? [read] : [read, candidates], scale.max, issues);
  reportUnscored(read.partners, partnerTable, partnerReader, issues);

  return {
    portfolio: {
      partners: read.partners,
      candidates: candidates?.partners ?? [],
      scale,
      sources,
      capabilities,
      maturity,
      expectations,
    },
    // Input tables in SPEC §1 order, so Partners issues always come first.
    issues: sortIssues(issues, [
      partnerTable.sheet,
      input.capabilities?.sheet,
      input.candidates?.sheet,
      input.maturity?.sheet,
      input.expectations?.sheet,
    ]),
    vocab,
    nameKeys: read.keys,
  };
}

export function newVocabularies(): Vocabularies {
  return {
    capabilities: new Vocabulary(),
    segments: new Vocabulary(),
    regions: new Vocabulary(),
    roles: new Vocabulary(),
    lifecycle: new Vocabulary(),
    types: new Vocabulary(),
  };
}

function readCandidates(
  table: RawTable | null,
  settings: Settings,
  vocab: Vocabularies,
  issues: Issue[],
  sources: SourceInfo[],
): ReadPartners<Candidate> | null {
  if (table === null) return null;
  const reader = new TableReader<PartnerField>(table, CANDIDATE_COLUMNS, issues, mappingFor(settings, "candidates"));
  if (!reader.has("name")) {
    reader.report("error", "", messages.requiredColumnMissing("Candidates", "Candidate", reader.headers));
    return null;
  }
  const read = readPartnerRows(reader, vocab);
  sources.push(source("candidates", table, read.partners.length));
  return read;
}

function reportUnscored(
  partners: Partner[],
  table: RawTable,
  reader: TableReader<PartnerField>,
  issues: Issue[],
): void {
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as Partner;
    if (p.fit !== null && p.impact !== null && p.momentum !== null) continue;
    const missing = (["fit", "impact", "momentum"] as const).filter((f) => p[f] === null).map((f) => reader.label(f));
    if (missing.length > 0) {
      issues.push({
        severity: "info",
        sheet: table.sheet,
        cell: reader.rowAddress(p.row - table.headerRow - 1),
        message: messages.unscored(p.name, missing),
      });
    }
  }
}

function countNonBlank(reader: TableReader<PartnerField>): number {
  return reader.nonBlankIndices().length;
}

function mappingFor(settings: Settings, input: "partners" | "candidates"): Partial<Record<PartnerField, string>> {
  return (settings.columnMapping[input] ?? {}) as Partial<Record<PartnerField, string>>;
}

function source(input: SourceInfo["input"], table: RawTable, rows: number): SourceInfo {
  return { input, source: table.source, sheet: table.sheet, rows };
}
