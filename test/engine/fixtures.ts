/**
 * Small builders for engine and report tests. Keep this API small: four builders and the
 * default settings helper.
 *
 * - `rawTable(header, rows, opts)`: a RawTable as a reader would hand it over.
 * - `partnerRow(cells)` / `partnersTable(rows, opts)`: Partners rows by column name, in the
 *   standard column order (`PARTNER_HEADERS`), so a test names only the cells it cares about.
 * - `partner(fields)`: a typed Partner for tiering tests that skip ingest.
 * - `settings(overrides)`: DEFAULT_SETTINGS with some groups replaced.
 */
import { DEFAULT_SETTINGS, type Partner, type RawCell, type RawTable, type Settings } from "../../src/engine/model";

export interface TablePlacement {
  /** Worksheet name used in cell addresses (default "Partners"). */
  sheet?: string;
  /** Table or sheet name shown as the source (default: the sheet). */
  source?: string;
  /** 1-based sheet row of the header (default 1). */
  headerRow?: number;
  /** 1-based sheet column of the first column (default 1 = A). */
  firstColumn?: number;
}

/**
 * A RawTable whose header sits at `headerRow`/`firstColumn` (A1 by default).
 * @example rawTable(["Partner", "Fit"], [["Acme", 4]], { headerRow: 5, firstColumn: 3 }) // header at C5, Acme at C6
 */
export function rawTable(header: RawCell[], rows: RawCell[][], opts: TablePlacement = {}): RawTable {
  const sheet = opts.sheet ?? "Partners";
  return {
    source: opts.source ?? sheet,
    sheet,
    headerRow: opts.headerRow ?? 1,
    firstColumn: opts.firstColumn ?? 1,
    header,
    rows,
  };
}

/** The Partners columns, in the order partnerRow writes them. */
export const PARTNER_HEADERS = [
  "Partner",
  "Type",
  "Layer",
  "Roles",
  "Capabilities",
  "Segments",
  "Regions",
  "Lifecycle",
  "Fit",
  "Impact",
  "Momentum",
  "Pipeline",
  "Revenue",
  "Investment",
  "Owner",
] as const;
export type PartnerHeader = (typeof PARTNER_HEADERS)[number];

/** Cells of one Partners row by header; missing ones are blank. */
export type PartnerCells = Partial<Record<PartnerHeader, RawCell>>;

/**
 * One Partners row in PARTNER_HEADERS order.
 * @example partnerRow({ Partner: "Acme", Fit: 4 }) // ["Acme", null, …, 4, null, …]
 */
export function partnerRow(cells: PartnerCells): RawCell[] {
  return PARTNER_HEADERS.map((h) => cells[h] ?? null);
}

/**
 * A Partners table with every standard column (A = Partner, I = Fit, J = Impact, K = Momentum,
 * L = Pipeline, M = Revenue, N = Investment when it starts at A1).
 * @example partnersTable([{ Partner: "Acme", Fit: 4, Impact: 3, Momentum: 2 }])
 */
export function partnersTable(rows: PartnerCells[], opts: TablePlacement = {}): RawTable {
  return rawTable([...PARTNER_HEADERS], rows.map(partnerRow), opts);
}

/**
 * A typed Partner; unspecified fields are empty, scores and money null.
 * @example partner({ name: "Acme", fit: 4, impact: 3, momentum: 2 })
 */
export function partner(fields: Partial<Partner> & { name: string }): Partner {
  return {
    row: 2,
    type: "",
    layer: null,
    roles: [],
    capabilities: [],
    segments: [],
    regions: [],
    lifecycle: [],
    fit: null,
    impact: null,
    momentum: null,
    pipeline: null,
    revenue: null,
    investment: null,
    owner: "",
    ...fields,
  };
}

/**
 * DEFAULT_SETTINGS (deep-copied) with some groups replaced.
 * @example settings({ mode: "quota", quotas: { strategic: 20, focus: 30 } })
 */
export function settings(overrides: Partial<Settings> = {}): Settings {
  const copy = JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Settings;
  return { ...copy, ...overrides };
}
