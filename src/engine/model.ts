/**
 * The domain types of Partner Ecosystem Designer.
 *
 * Everything here is plain data: it crosses the Web Worker boundary with structured clone,
 * is written to JSON by the command line, and is what `report/` turns into sheets.
 */

/** How bad an input problem is. Errors drop the offending value; warnings keep it. */
export type Severity = "error" | "warning" | "info";

/** A problem in the user's data, named by sheet and cell so that the user can find it. */
export interface Issue {
  severity: Severity;
  /** Sheet (or table) the problem was found in. */
  sheet: string;
  /** A1 address of the offending cell, or "" when the problem concerns a whole table. */
  cell: string;
  message: string;
}

/** An Excel error value such as `#N/A`, kept apart from text that merely looks like one. */
export interface CellError {
  kind: "error";
  code: string;
}

/** A date cell: Excel stores dates as serial numbers with a date format. */
export interface CellDate {
  kind: "date";
  /** ISO-8601 text, for messages. */
  iso: string;
}

/** One cell as a reader hands it to the engine. */
export type RawCell = string | number | boolean | null | CellError | CellDate;

/**
 * A rectangle of cells read from the workbook, before any interpretation.
 * `header` is the first row; `rows` follow it directly on the sheet.
 */
export interface RawTable {
  /** Table name (ListObject) or sheet name the data came from: shown in issues. */
  source: string;
  /** Worksheet the cells are on, used in cell addresses. */
  sheet: string;
  /** 1-based row of the header on the sheet. */
  headerRow: number;
  /** 1-based column of the first column on the sheet. */
  firstColumn: number;
  header: RawCell[];
  rows: RawCell[][];
}

/** The input tables of one workbook. Only Partners is required. */
export interface WorkbookInput {
  partners: RawTable | null;
  responsibilities?: RawTable | null;
  capabilities?: RawTable | null;
  candidates?: RawTable | null;
  maturity?: RawTable | null;
  /** What each tier owes and may cost (SPEC §1, §2.10). */
  expectations?: RawTable | null;
  /** The Tier History sheet of earlier runs, for tier movement. */
  history?: RawTable | null;
}

export type Layer = "Core" | "Solution" | "Market";

/** A partner row, typed. List fields hold display spellings, de-duplicated case-insensitively. */
export interface Partner {
  name: string;
  /** 1-based sheet row the partner came from. */
  row: number;
  type: string;
  layer: Layer | null;
  roles: string[];
  capabilities: string[];
  /** Empty = serves every segment. */
  segments: string[];
  /** Empty = serves every region. */
  regions: string[];
  lifecycle: string[];
  /** Scores as entered (validated against the scale); null when missing or invalid. */
  fit: number | null;
  impact: number | null;
  momentum: number | null;
  pipeline: number | null;
  revenue: number | null;
  investment: number | null;
  owner: string;
}

/** A prospective partner: same columns as a partner. */
export type Candidate = Partner;

export type Tier = "Strategic" | "Focus" | "Scale" | "Unscored";
export const TIERS: readonly Tier[] = ["Strategic", "Focus", "Scale", "Unscored"];

export type TierMode = "threshold" | "quota";
export type ScaleSetting = "auto" | "0-5" | "0-100";

/** Settings that change results. They are stored in the workbook so every reader agrees. */
export interface Settings {
  weights: { fit: number; impact: number; momentum: number };
  mode: TierMode;
  /** Threshold mode: minimum composite for Strategic and Focus. */
  thresholds: { strategic: number; focus: number };
  /** Quota mode: integer percentages of scored partners. */
  quotas: { strategic: number; focus: number };
  scale: ScaleSetting;
  /** Candidates pass the strategic-fit gate at this normalised Fit or above. */
  fitGate: number;
  /** Channel-conflict pairs are reported at this Jaccard score or above. */
  conflictThreshold: number;
  /** Per input table, field → header chosen by the user in the task pane. */
  columnMapping: ColumnMapping;
  /** Per input, the table or sheet chosen in the task pane (absent = found by name). */
  inputs: Partial<Record<InputName, InputChoice>>;
  /**
   * Per input table, header → what the user chose to read that column as in the task pane
   * (Responsibilities: party, section or notes). Absent when nothing was chosen.
   */
  columnRoles?: ColumnRoles;
  /** Evolution looks at a partner's most recent W snapshots, this run included (SPEC §2.12). */
  evolutionWindow: number;
}

/** The names of the input tables. */
export type InputName = "partners" | "responsibilities" | "capabilities" | "candidates" | "maturity" | "expectations";

export type ColumnMapping = Partial<Record<InputName, Record<string, string>>>;

/** What a column other than the input's fields is read as (SPEC §1 Responsibilities). */
export type ColumnRole = "party" | "section" | "notes";
export const COLUMN_ROLES: readonly ColumnRole[] = ["party", "section", "notes"];
export type ColumnRoles = Partial<Record<InputName, Record<string, ColumnRole>>>;

/** The user's choice of table or sheet for an input, made in the task pane and stored. */
export type InputChoice = { kind: "table"; name: string } | { kind: "sheet"; sheet: string } | { kind: "none" };

export const DEFAULT_SETTINGS: Settings = {
  weights: { fit: 1, impact: 1, momentum: 1 },
  mode: "threshold",
  thresholds: { strategic: 75, focus: 50 },
  quotas: { strategic: 10, focus: 30 },
  scale: "auto",
  fitGate: 60,
  conflictThreshold: 0.5,
  columnMapping: {},
  inputs: {},
  evolutionWindow: 4,
};

/** The scale scores were read on: values are normalised as 100 × value / max. */
export interface ScoringScale {
  max: 5 | 100;
  /** Whether the max was chosen from the data (`auto`) or set. */
  chosen: "auto" | "setting";
}

export type InvestmentFlag = "Over-invested" | "Under-invested";
export type Movement = "Up" | "Down" | "Same" | "New";

export interface TieredPartner {
  partner: string;
  row: number;
  type: string;
  layer: Layer | null;
  owner: string;
  /** Input values. */
  fit: number | null;
  impact: number | null;
  momentum: number | null;
  /** Weighted mean of the normalised scores (0–100), unrounded; null when Unscored. */
  composite: number | null;
  tier: Tier;
  /** 1-based position in rank order; null when Unscored. */
  rank: number | null;
  /** Threshold mode: composite points short of the next tier; null for Strategic and Unscored. */
  pointsToNextTier: number | null;
  investment: number | null;
  revenue: number | null;
  pipeline: number | null;
  /** Revenue / Investment; null when Investment is missing or 0. */
  roi: number | null;
  investmentFlag: InvestmentFlag | null;
  previousTier: Tier | null;
  movement: Movement | null;
}

export interface TierRollup {
  tier: Tier;
  count: number;
  investment: number;
  revenue: number;
  pipeline: number;
  /** Revenue / Investment; null when Investment is 0. */
  roi: number | null;
  /** Share of total investment (0–1); null when the total is 0. */
  investmentShare: number | null;
  revenueShare: number | null;
}

export interface TieringResult {
  scale: ScoringScale;
  /** Scored partners in rank order, then Unscored partners in sheet order. */
  partners: TieredPartner[];
  /** Strategic, Focus, Scale, Unscored — always all four, in that order. */
  tiers: TierRollup[];
  /** All partners; `tiered` leaves out the Unscored. */
  totals: { count: number; tiered: number; investment: number; revenue: number; pipeline: number; roi: number | null };
  /** Tier medians of Investment used for the alignment flags; null when a tier has none. */
  medians: { Strategic: number | null; Focus: number | null; Scale: number | null };
}

/** A saved run: partner tiers, for movement next time. */
export interface TierSnapshot {
  takenAt: string;
  tiers: Record<string, Tier>;
}

/** Where an input table came from, for the pane and the Summary sheet. */
export interface SourceInfo {
  input: InputName;
  source: string;
  sheet: string;
  rows: number;
}

/** The typed portfolio: what the analyses work on. */
export interface Portfolio {
  partners: Partner[];
  candidates: Candidate[];
  scale: ScoringScale;
  sources: SourceInfo[];
  /** The Capabilities table (SPEC §1); null without one (every listed capability, with defaults). */
  capabilities: RequiredCapability[] | null;
  /** The Maturity table (SPEC §1, §2.8); null without one. */
  maturity: MaturityEntry[] | null;
  /** The Expectations table (SPEC §1, §2.10); null without one. */
  expectations?: TierExpectation[] | null;
}

/** The tiers an Expectations row may name: Unscored partners owe nothing. */
export type ScoredTier = "Strategic" | "Focus" | "Scale";
export const SCORED_TIERS: readonly ScoredTier[] = ["Strategic", "Focus", "Scale"];

/** One Expectations row (SPEC §2.10): null = no check. */
export interface TierExpectation {
  tier: ScoredTier;
  /** 1-based sheet row. */
  row: number;
  minPipeline: number | null;
  minRevenue: number | null;
  maxInvestment: number | null;
}

export type Centrality = "Core" | "Adjacent" | "Context";
export type Urgency = "Now" | "Next" | "Later";

/** A capability the ecosystem must provide (a Capabilities row, or a listed capability with defaults). */
export interface RequiredCapability {
  capability: string;
  /** 1-based sheet row; null when derived from the partners' lists. */
  row: number | null;
  /** Integer 1–5. */
  priority: number;
  /** Providers required per required market cell. */
  min: number;
  /** Providers above which a market cell is duplicated. */
  max: number;
  /** Markets where the capability is required; empty = every segment / region. */
  segments: string[];
  regions: string[];
  centrality: Centrality;
  urgency: Urgency;
}

/** The six pillars of the maturity self-assessment, in radar order. */
export const MATURITY_PILLARS = ["Strategy", "People", "Process", "Technology", "Customer", "Results"] as const;

/** One Maturity row: scores 1–5, null when missing or invalid. */
export interface MaturityEntry {
  pillar: string;
  row: number;
  score: number | null;
  target: number | null;
}
