/**
 * The partner register every "same data, different package" fixture holds (test/fixtures), so
 * that their JSON must match. A few cells are bad on purpose, one of each kind the CLI must
 * survive, and four partner names look like formulas: they must come back as text.
 */
import type { CellValue } from "exceljs";

export const PARTNER_HEADERS = [
  "Partner", "Type", "Layer", "Roles", "Capabilities", "Segments", "Regions", "Lifecycle",
  "Fit", "Impact", "Momentum", "Pipeline", "Revenue", "Investment", "Owner",
] as const;

/** Names Excel would run as formulas if they were written as typed input. */
export const FORMULA_LIKE_NAMES = ['=HYPERLINK("http://x","y")', "+cmd|'/c calc'!A1", "-2+3", "@SUM(A1)"] as const;

type Row = CellValue[];

/** Rows below the header (row 2 on). `null` row = a blank row inside the data. */
export const PARTNER_ROWS: (Row | null)[] = [
  ["Northwind Cloud", "Technology", "Core", "Co-sell; Integrate", "Identity, Billing", "Enterprise", "EMEA; NA", "Purchase, Adoption", 5, 4.5, 4, 900000, 1200000, 150000, "Ana Ruiz"],
  ["Contoso Services", "Services", "Solution", "Implement", "Migration", "Mid-market", "EMEA", "Onboarding", 4, 4, 3.5, 400000, 600000, 80000, "Ben Cole"],
  ["Fabrikam Resale", "Reseller", "Market", "Co-sell, Co-market", "Billing", "SMB", "NA", "Purchase", 5, 2, 3, 200000, 250000, 90000, "Ana Ruiz"],
  ["Tailspin Data", "Technology", "Core", "Integrate", "Analytics", null, null, "Adoption", 2.5, 4.5, 3.5, 300000, 420000, 60000, "Chen Li"],
  // Unknown role: a warning, kept as written.
  ["Woodgrove MSP", "MSP", "Solution", "Implement; Referral", "Managed services", "SMB", "EMEA", "Adoption, Renewal", 3, 3, 3, 150000, 180000, 40000, "Ben Cole"],
  // Text in a score column: an error at that cell; the partner is Unscored.
  ["Litware Labs", "Technology", "Solution", "Integrate", "Analytics", null, "APAC", null, "abc", 3, 2, 50000, 40000, 20000, "Chen Li"],
  // Below the 0–5 scale (a value above 5 would switch auto scale to 0–100).
  ["Adatum Alliance", "Alliance", "Market", "Co-market", "Events", null, null, "Awareness", 4, -1, 3, 80000, 90000, 30000, "Ana Ruiz"],
  // Duplicate of Contoso Services (case and spaces differ): an error; this row is skipped.
  ["contoso services ", "Services", "Solution", "Implement", "Migration", null, null, null, 1, 1, 1, 0, 0, 0, "Ben Cole"],
  null,
  // No Momentum: Unscored, an info note.
  ["Proseware Market", "Marketplace", "Market", "Co-sell", "Billing", "SMB", "NA", "Purchase", 3.5, 3, null, 60000, 75000, 10000, "Dee Park"],
  // Numeric text accepted; a negative Investment and an error value are errors at their cells.
  ["Wide World Importers", "Reseller", "Market", "Co-sell", "Logistics", "Mid-market", "APAC", "Purchase", " 4.5 ", 3.5, 4, 120000, { error: "#N/A" }, -5000, "Dee Park"],
  // Unknown layer: a warning, layer left empty.
  ["Margie Travel", "Services", "Edge", "Implement", "Migration", "Enterprise", "NA", "Onboarding", 2, 2.5, 1.5, 30000, 20000, 45000, "Chen Li"],
  [FORMULA_LIKE_NAMES[0], "Technology", "Core", "Integrate", "Identity", null, null, null, 3, 4, 4, 10000, 15000, 5000, "Eve Moss"],
  [FORMULA_LIKE_NAMES[1], "Services", "Solution", "Implement", "Migration", null, null, null, 1, 1.5, 2, 5000, 6000, 7000, "Eve Moss"],
  [FORMULA_LIKE_NAMES[2], "Reseller", "Market", "Co-sell", "Billing", null, null, null, 3.5, 3.5, 3.5, 70000, 80000, 20000, "Eve Moss"],
  [FORMULA_LIKE_NAMES[3], "Alliance", "Market", "Co-market", "Events", null, null, null, 4, 5, 4.5, 90000, 110000, 25000, "Eve Moss"],
];

/** Partners the analysis should list: every named row but the duplicate. */
export const LISTED_PARTNERS = PARTNER_ROWS.filter((r): r is Row => r !== null && r[0] !== "contoso services ").map((r) => String(r[0]));

/** The register as a grid (header first), blank rows as all-null rows. */
export function partnerGrid(): Row[] {
  return [[...PARTNER_HEADERS], ...PARTNER_ROWS.map((r) => r ?? PARTNER_HEADERS.map(() => null))];
}

/** A fixed timestamp, so that generated files and test runs are repeatable. */
export const FIXED_TIME = "2026-01-05T09:00:00.000Z";
