/**
 * The bad-workbook corpus (issue #7): workbooks as people really keep them, each with what the
 * analysis must do with it — run (and name every problem by sheet and cell) or stop with one
 * clear message. `scripts/make-bad-workbooks.ts` writes them as .xlsx files into
 * test/fixtures/bad/ (the two large ones at test time, see `large`); the reliability tests load
 * the very same sheets into the in-memory Excel, so both readers face the same cells.
 */
import type { Severity } from "../../src/engine/model";
import { PARTNER_HEADERS } from "../engine/fixtures";

/** A cell as both generators can write it. */
export type CorpusCell =
  | string
  | number
  | boolean
  | null
  | { error: string }
  | { formula: string; result: string | number | { error: string }; sharedRef?: string }
  /** A filled-down copy of the shared formula at `sharedFormula` (as Excel writes a fill-down). */
  | { sharedFormula: string; result: string | number }
  | { date: string };

export interface CorpusSheet {
  name: string;
  rows: CorpusCell[][];
  /** An Excel table of this name over the rows (first row the header), from A1. */
  table?: string;
  /** Rows the table spans below its header when more than `rows` holds (blank rows at the end). */
  tableDataRows?: number;
  /** Merged ranges ("H1:I1"); the covered cells must be null in `rows`. */
  merges?: string[];
  veryHidden?: boolean;
}

export interface ExpectedIssue {
  severity: Severity;
  sheet: string;
  cell: string;
  message: string | RegExp;
}

/** What the analysis must do. */
export type Outcome =
  | { stops: RegExp }
  | {
      runs: {
        /** Issues that must be listed, each exactly at its sheet and cell. */
        issues: ExpectedIssue[];
        /** Errors other than those listed fail the test (default true). */
        noOtherErrors?: boolean;
        /** Partners listed on the Tiering sheet, in rank order where it matters (or how many). */
        partners?: string[] | number;
        /** Partners per tier. */
        tiers?: Partial<Record<"Strategic" | "Focus" | "Scale" | "Unscored", number>>;
        mode?: "threshold" | "quota";
        scaleMax?: 5 | 100;
      };
    };

export interface CorpusEntry {
  file: string;
  what: string;
  sheets: () => CorpusSheet[];
  /** Too large to commit (over ~1 MB): written into a temp folder at test time. */
  large?: boolean;
  outcome: Outcome;
}

type Row = CorpusCell[];
type Header = (typeof PARTNER_HEADERS)[number];

/** Five healthy partners on the 0–5 scale (rows 2–6 of the Partners sheet). */
const BASE: Row[] = [
  [
    "Northwind Cloud",
    "Technology",
    "Core",
    "Co-sell; Integrate",
    "Identity; Billing",
    "Enterprise",
    "EMEA; NA",
    "Purchase; Adoption",
    5,
    4.5,
    4,
    900000,
    1200000,
    150000,
    "Ana Ruiz",
  ],
  [
    "Contoso Services",
    "Services",
    "Solution",
    "Implement",
    "Migration",
    "Mid-market",
    "EMEA",
    "Onboarding",
    4,
    4,
    3.5,
    400000,
    600000,
    80000,
    "Ben Cole",
  ],
  [
    "Fabrikam Resale",
    "Reseller",
    "Market",
    "Co-sell; Co-market",
    "Billing",
    "SMB",
    "NA",
    "Purchase",
    3,
    2,
    3,
    200000,
    250000,
    90000,
    "Ana Ruiz",
  ],
  [
    "Tailspin Data",
    "Technology",
    "Core",
    "Integrate",
    "Analytics",
    null,
    null,
    "Adoption",
    2.5,
    4.5,
    3.5,
    300000,
    420000,
    60000,
    "Chen Li",
  ],
  [
    "Woodgrove MSP",
    "MSP",
    "Solution",
    "Implement",
    "Managed services",
    "SMB",
    "EMEA",
    "Adoption; Renewal",
    3,
    3,
    3,
    150000,
    180000,
    40000,
    "Ben Cole",
  ],
];
export const BASE_NAMES = BASE.map((r) => String(r[0]));

/** BASE with some cells replaced: `{ 1: { Fit: "high" } }` puts "high" in Fit of data row 1 (sheet row 3). */
export function withCells(changes: Record<number, Partial<Record<Header, CorpusCell>>>, rows: Row[] = BASE): Row[] {
  return rows.map((row, i) => {
    const change = changes[i];
    if (!change) return [...row];
    return row.map((cell, j) => {
      const header = PARTNER_HEADERS[j] as Header;
      return header in change ? (change[header] ?? null) : cell;
    });
  });
}

/** A Partners sheet: the standard header, then the rows. */
export function partnersSheet(rows: Row[], extra: Partial<CorpusSheet> = {}): CorpusSheet {
  return { name: "Partners", rows: [[...PARTNER_HEADERS], ...rows], ...extra };
}

/** The settings sheet the add-in keeps (very hidden): a marker, then the JSON text. */
export function settingsSheet(text: string): CorpusSheet {
  return {
    name: "PED_Settings",
    rows: [["Partner Ecosystem Designer settings — edit them in the add-in's task pane."], [text]],
    veryHidden: true,
  };
}

const at = (severity: Severity, sheet: string, cell: string, message: string | RegExp): ExpectedIssue => ({
  severity,
  sheet,
  cell,
  message,
});
const score = (label: string, shown: string, why: string) => `${label} "${shown}" ${why}; the value is ignored.`;
const unscored = (name: string, missing: string) =>
  `Partner "${name}" has no ${missing}: it is listed as Unscored and not tiered.`;

/** Names Excel would run as formulas if they were written as typed input. */
export const HOSTILE = {
  partners: ['=HYPERLINK("http://x","y")', "+cmd|'/c calc'!A1", "-1+1", "@SUM(1)"],
  capabilities: ['=HYPERLINK("http://evil.example","Identity")', "+Billing", "-Analytics", "@Migration"],
  parties: ["=Us", "+Customer Success", "@Finance"],
  candidates: ["=1+1", "-Zeta Partners"],
  segments: ["=SMB"],
} as const;

const LONG = 32_767;
const longText = (ch: string) => ch.repeat(LONG);

export const CORPUS: CorpusEntry[] = [
  {
    file: "clean-register.xlsx",
    what: "control: a healthy register",
    sheets: () => [partnersSheet(BASE)],
    outcome: { runs: { issues: [], partners: BASE_NAMES, tiers: { Strategic: 2, Focus: 3, Scale: 0, Unscored: 0 } } },
  },
  // ---- cannot run: one clear message -------------------------------------------------------
  {
    file: "empty-workbook.xlsx",
    what: "one empty sheet",
    sheets: () => [{ name: "Sheet1", rows: [] }],
    outcome: { stops: /^No Partners table found: add an Excel table or a sheet named "Partners"/ },
  },
  {
    file: "no-partners-table.xlsx",
    what: "accounts and notes, no Partners table",
    sheets: () => [
      {
        name: "Accounts",
        rows: [
          ["Account", "Region"],
          ["Northwind", "EMEA"],
        ],
        table: "Accounts",
      },
      { name: "Notes", rows: [["Partners are tracked elsewhere."]] },
    ],
    outcome: { stops: /^No Partners table found/ },
  },
  {
    file: "partners-sheet-empty.xlsx",
    what: "a Partners sheet with nothing on it",
    sheets: () => [
      { name: "Partners", rows: [] },
      { name: "Notes", rows: [["to do"]] },
    ],
    outcome: { stops: /^No Partners table found/ },
  },
  {
    file: "no-partner-column.xlsx",
    what: "a Partners sheet whose name column is called Supplier Code",
    sheets: () => [
      {
        name: "Partners",
        rows: [
          ["Supplier Code", "Fit", "Impact", "Momentum"],
          ["S-001", 4, 4, 3],
          ["S-002", 3, 2, 5],
        ],
      },
    ],
    outcome: {
      stops: /^The Partners table has no "Partner" column \(headers found: Supplier Code, Fit, Impact, Momentum\)\.$/,
    },
  },
  {
    file: "header-only.xlsx",
    what: "the header row and nothing below",
    sheets: () => [partnersSheet([])],
    outcome: { stops: /^The Partners table has no data rows\.$/ },
  },
  {
    file: "names-missing.xlsx",
    what: "scores filled in, every Partner cell blank",
    sheets: () => [
      partnersSheet(
        withCells({
          0: { Partner: null },
          1: { Partner: null },
          2: { Partner: "  " },
          3: { Partner: null },
          4: { Partner: null },
        }),
      ),
    ],
    outcome: {
      stops:
        /^The Partners table has 5 rows with data but no Partner in any of them \(column A\): fill in the Partner column\.$/,
    },
  },
  {
    file: "partners-100000.xlsx",
    what: "100,000 partners: analysed (no ceiling below Excel's 1,048,575 rows)",
    large: true,
    sheets: () => [partnersSheet(syntheticRows(100_000))],
    outcome: { runs: { issues: [], noOtherErrors: false, partners: 100_000 } },
  },
  // ---- layout: headers, merges, blank rows ---------------------------------------------------
  {
    file: "merged-header-cell.xlsx",
    what: "the Owner header merged across two columns",
    sheets: () => [
      {
        name: "Partners",
        rows: [[...PARTNER_HEADERS, null], ...BASE.map((r, i) => [...r, i === 0 ? "renewal due" : null])],
        merges: ["O1:P1"],
      },
    ],
    outcome: { runs: { issues: [], partners: 5 } },
  },
  {
    file: "two-row-header.xlsx",
    what: "a grouped header: Scores merged over Fit, Impact, Momentum in the row below",
    sheets: () => [
      {
        name: "Partners",
        rows: [
          ["Partner", "Type", "Scores", null, null, "Revenue"],
          [null, null, "Fit", "Impact", "Momentum", null],
          ["Northwind Cloud", "Technology", 5, 4.5, 4, 1200000],
          ["Contoso Services", "Services", 4, 4, 3.5, 600000],
        ],
        merges: ["C1:E1"],
      },
    ],
    outcome: {
      runs: {
        issues: [
          at("info", "Partners", "", 'Column "Scores" is not used by the analysis and was ignored.'),
          at("error", "Partners", "A2", "This row has data but no Partner; the row is skipped."),
          at("info", "Partners", "A3", unscored("Northwind Cloud", "Fit, Impact, Momentum")),
        ],
        tiers: { Unscored: 2 },
      },
    },
  },
  {
    file: "header-after-notes.xlsx",
    what: "a title and notes in rows 1-3, the header in row 5",
    sheets: () => [
      {
        name: "Partners",
        rows: [
          ["Partner register — Q3 2026"],
          ["Owner: Ana Ruiz. Scores 0–5."],
          ["Do not sort."],
          [],
          [...PARTNER_HEADERS],
          ...withCells({ 1: { Fit: "high" } }),
        ],
      },
    ],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "I7", score("Fit", "high", "is not a number")),
          at("info", "Partners", "A7", unscored("Contoso Services", "Fit")),
        ],
        partners: BASE_NAMES,
        tiers: { Strategic: 1, Focus: 3, Unscored: 1 },
      },
    },
  },
  {
    file: "duplicate-headers.xlsx",
    what: "Fit twice, and Partner beside Partner Name",
    sheets: () => [
      {
        name: "Partners",
        rows: [[...PARTNER_HEADERS, "Fit", "Partner Name"], ...BASE.map((r) => [...r, 1, "other"])],
      },
    ],
    outcome: {
      runs: {
        issues: [
          at(
            "warning",
            "Partners",
            "P1",
            'Column "Fit" is a second "Fit" column; the first one is used and this one is ignored.',
          ),
          at(
            "warning",
            "Partners",
            "Q1",
            'Column "Partner Name" is a second "Partner" column; the first one is used and this one is ignored.',
          ),
        ],
        partners: BASE_NAMES,
      },
    },
  },
  {
    file: "duplicate-partners.xlsx",
    what: "Contoso Services twice (case and spaces differ) and Northwind three times",
    sheets: () => [
      partnersSheet([
        ...BASE,
        withCells({ 0: { Partner: " contoso   SERVICES " } })[0] as Row,
        [...(BASE[0] as Row)],
        [...(BASE[0] as Row)],
      ]),
    ],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "A7", 'Partner "contoso SERVICES" appears again (first at A3); this row is skipped.'),
          at("error", "Partners", "A8", 'Partner "Northwind Cloud" appears again (first at A2); this row is skipped.'),
          at("error", "Partners", "A9", 'Partner "Northwind Cloud" appears again (first at A2); this row is skipped.'),
        ],
        partners: 5,
      },
    },
  },
  {
    file: "blank-rows-table.xlsx",
    what: "an Excel table resized to 50,000 blank rows below the data",
    sheets: () => [partnersSheet(BASE, { table: "Partners", tableDataRows: BASE.length + 50_000 })],
    outcome: { runs: { issues: [], partners: BASE_NAMES } },
  },
  {
    file: "blank-rows-formulas.xlsx",
    what: 'a Check column of =IF(A2="","",…) filled down 50,000 rows past the data',
    sheets: () => [
      {
        name: "Partners",
        rows: [
          [...PARTNER_HEADERS, "Check"],
          ...BASE.map((r, i) => [
            ...r,
            i === 0
              ? { formula: 'IF(A2="","",I2*2)', result: Number(r[8]) * 2, sharedRef: "P2:P50006" }
              : { sharedFormula: "P2", result: Number(r[8]) * 2 },
          ]),
          ...Array.from({ length: 50_000 }, (): Row => [
            ...PARTNER_HEADERS.map(() => null),
            { sharedFormula: "P2", result: "" },
          ]),
        ],
      },
    ],
    outcome: {
      runs: {
        issues: [at("info", "Partners", "", 'Column "Check" is not used by the analysis and was ignored.')],
        partners: BASE_NAMES,
      },
    },
  },
  {
    file: "whitespace-rows.xlsx",
    what: "rows of spaces and tabs between the partners",
    sheets: () => [
      partnersSheet([
        BASE[0] as Row,
        [" ", "\t", null, "  "],
        BASE[1] as Row,
        PARTNER_HEADERS.map(() => " "),
        ...BASE.slice(2),
      ]),
    ],
    outcome: { runs: { issues: [], partners: BASE_NAMES } },
  },
  // ---- bad scores: every kind ----------------------------------------------------------------
  {
    file: "score-text.xlsx",
    what: "Fit typed as a word",
    sheets: () => [partnersSheet(withCells({ 1: { Fit: "high" } }))],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "I3", score("Fit", "high", "is not a number")),
          at("info", "Partners", "A3", unscored("Contoso Services", "Fit")),
        ],
        tiers: { Unscored: 1 },
      },
    },
  },
  {
    file: "score-negative.xlsx",
    what: "a negative Impact",
    sheets: () => [partnersSheet(withCells({ 2: { Impact: -1 } }))],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "J4", "Impact -1 is outside the 0–5 scale; the value is ignored."),
          at("info", "Partners", "A4", unscored("Fabrikam Resale", "Impact")),
        ],
        tiers: { Unscored: 1 },
      },
    },
  },
  {
    file: "score-over-scale.xlsx",
    what: "0–100 scores with a Momentum of 150",
    sheets: () => [
      partnersSheet(
        withCells({
          0: { Fit: 90, Impact: 80, Momentum: 85 },
          1: { Fit: 70, Impact: 60, Momentum: 65 },
          2: { Fit: 40, Impact: 50, Momentum: 30 },
          3: { Fit: 60, Impact: 90, Momentum: 150 },
          4: { Fit: 20, Impact: 30, Momentum: 25 },
        }),
      ),
    ],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "K5", "Momentum 150 is outside the 0–100 scale; the value is ignored."),
          at("info", "Partners", "A5", unscored("Tailspin Data", "Momentum")),
        ],
        scaleMax: 100,
        tiers: { Strategic: 1, Focus: 1, Scale: 2, Unscored: 1 },
      },
    },
  },
  {
    file: "score-na.xlsx",
    what: "#N/A in Momentum",
    sheets: () => [partnersSheet(withCells({ 0: { Momentum: { error: "#N/A" } } }))],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "K2", "Momentum holds the Excel error #N/A; the value is ignored."),
          at("info", "Partners", "A2", unscored("Northwind Cloud", "Momentum")),
        ],
        tiers: { Unscored: 1 },
      },
    },
  },
  {
    file: "score-div0.xlsx",
    what: "a Fit formula that divides by zero",
    sheets: () => [partnersSheet(withCells({ 4: { Fit: { formula: "1/0", result: { error: "#DIV/0!" } } } }))],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "I6", "Fit holds the Excel error #DIV/0!; the value is ignored."),
          at("info", "Partners", "A6", unscored("Woodgrove MSP", "Fit")),
        ],
        tiers: { Unscored: 1 },
      },
    },
  },
  {
    file: "score-boolean.xlsx",
    what: "TRUE in Impact",
    sheets: () => [partnersSheet(withCells({ 1: { Impact: true } }))],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "J3", score("Impact", "TRUE", "is TRUE/FALSE, not a number")),
          at("info", "Partners", "A3", unscored("Contoso Services", "Impact")),
        ],
        tiers: { Unscored: 1 },
      },
    },
  },
  {
    file: "score-date.xlsx",
    what: "a date typed into Fit",
    sheets: () => [partnersSheet(withCells({ 3: { Fit: { date: "2026-01-05" } } }))],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "I5", score("Fit", "2026-01-05", "is a date, not a number")),
          at("info", "Partners", "A5", unscored("Tailspin Data", "Fit")),
        ],
        tiers: { Unscored: 1 },
      },
    },
  },
  {
    file: "money-not-numbers.xlsx",
    what: "money as 1,000,000 text, $5,000, nan and a negative; a score as numeric text",
    sheets: () => [
      partnersSheet(
        withCells({
          0: { Revenue: "1,000,000", Fit: " 4.5 " },
          1: { Investment: "$5,000" },
          2: { Pipeline: "nan" },
          3: { Investment: -20 },
        }),
      ),
    ],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "M2", score("Revenue", "1,000,000", "is not a number")),
          at("error", "Partners", "N3", score("Investment", "$5,000", "is not a number")),
          at("error", "Partners", "L4", score("Pipeline", "nan", "is not a number")),
          at("error", "Partners", "N5", "Investment -20 is negative; the value is ignored."),
        ],
        partners: 5,
        tiers: { Unscored: 0 },
      },
    },
  },
  {
    file: "formula-errors.xlsx",
    what: "formulas whose cached results are errors in text, list, money and name cells",
    sheets: () => [
      partnersSheet(
        withCells({
          0: { Type: { formula: "VLOOKUP(A2,Types!A:B,2,FALSE)", result: { error: "#N/A" } } },
          1: { Revenue: { formula: "Sheet9!B2", result: { error: "#REF!" } } },
          2: { Capabilities: { formula: "CAPS(A4)", result: { error: "#NAME?" } } },
          3: { Partner: { formula: "B5+1", result: { error: "#VALUE!" } } },
        }),
      ),
    ],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "B2", "Type holds the Excel error #N/A; the value is ignored."),
          at("error", "Partners", "M3", "Revenue holds the Excel error #REF!; the value is ignored."),
          at("error", "Partners", "E4", "Capabilities holds the Excel error #NAME?; the value is ignored."),
          at("error", "Partners", "A5", "Partner holds the Excel error #VALUE!; the value is ignored."),
          at("error", "Partners", "A5", "This row has data but no Partner; the row is skipped."),
        ],
        partners: 4,
      },
    },
  },
  {
    file: "all-unscored.xlsx",
    what: "a register without score columns",
    sheets: () => [
      {
        name: "Partners",
        rows: [
          ["Partner", "Type", "Capabilities"],
          ["Northwind Cloud", "Technology", "Identity"],
          ["Contoso Services", "Services", "Migration"],
        ],
      },
    ],
    outcome: {
      runs: {
        issues: [
          at("info", "Partners", "A2", unscored("Northwind Cloud", "Fit, Impact, Momentum")),
          at("info", "Partners", "A3", unscored("Contoso Services", "Fit, Impact, Momentum")),
        ],
        tiers: { Unscored: 2 },
      },
    },
  },
  // ---- text: names, lists, long cells ------------------------------------------------------
  {
    file: "unicode-names.xlsx",
    what: "right-to-left, CJK, emoji and accented names; a duplicate by Unicode case",
    sheets: () => [
      partnersSheet(
        withCells({
          0: { Partner: "שותפים בע״מ", Capabilities: "זהות; חיוב", Regions: "ישראל" },
          1: { Partner: "شركاء الخليج", Capabilities: "الفوترة", Owner: "مريم" },
          2: { Partner: "北京合作伙伴有限公司", Capabilities: "数据分析" },
          3: { Partner: "🚀 Rocket Labs 👨‍👩‍👧", Capabilities: "🔐 Identity" },
          4: { Partner: "ÉCOLE Numérique", Segments: "Éducation" },
        }).concat(withCells({ 0: { Partner: "école numérique" } }).slice(0, 1)),
      ),
    ],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "A7", 'Partner "école numérique" appears again (first at A6); this row is skipped.'),
        ],
        partners: [
          "שותפים בע״מ",
          "شركاء الخليج",
          "北京合作伙伴有限公司",
          "🚀 Rocket Labs 👨‍👩‍👧",
          "ÉCOLE Numérique",
        ].sort(),
      },
    },
  },
  {
    file: "mixed-type-names.xlsx",
    what: "partner names that are numbers, TRUE and a date",
    sheets: () => [
      partnersSheet(withCells({ 0: { Partner: 12345 }, 1: { Partner: true }, 2: { Partner: { date: "2026-03-01" } } })),
    ],
    outcome: {
      runs: { issues: [], partners: ["12345", "TRUE", "2026-03-01", "Tailspin Data", "Woodgrove MSP"].sort() },
    },
  },
  {
    file: "long-cells.xlsx",
    what: "32,767-character cells: a name, its duplicate, a capability list, a score, a layer",
    sheets: () => [
      partnersSheet([
        ...withCells({
          0: { Partner: longText("N") },
          1: { Capabilities: longText("c") },
          2: { Fit: longText("9") + "" },
          3: { Layer: longText("L") },
        }),
        withCells({ 0: { Partner: longText("n") } })[0] as Row,
      ]),
    ],
    outcome: {
      runs: {
        issues: [
          at("error", "Partners", "I4", /^Fit "9{50,200}…" is not a number; the value is ignored\.$/),
          at(
            "warning",
            "Partners",
            "C5",
            /^Layer "L{50,200}…" is not Core, Solution or Market; the layer is left empty\.$/,
          ),
          at("error", "Partners", "A7", /^Partner "n{50,200}…" appears again \(first at A2\); this row is skipped\.$/),
        ],
        partners: 5,
      },
    },
  },
  {
    file: "list-separators-only.xlsx",
    what: "list cells holding only separators",
    sheets: () => [
      partnersSheet(
        withCells({
          0: { Roles: ";" },
          1: { Capabilities: " ; , ;" },
          2: { Segments: "\n;\n" },
          3: { Regions: ",,," },
          4: { Lifecycle: "; ;" },
        }),
      ),
    ],
    outcome: {
      runs: {
        issues: [
          at("warning", "Partners", "D2", "Roles holds only separators; it is treated as empty."),
          at("warning", "Partners", "E3", "Capabilities holds only separators; it is treated as empty."),
          at("warning", "Partners", "F4", "Segments holds only separators; it is treated as empty."),
          at("warning", "Partners", "G5", "Regions holds only separators; it is treated as empty."),
          at("warning", "Partners", "H6", "Lifecycle holds only separators; it is treated as empty."),
        ],
        partners: 5,
      },
    },
  },
  {
    file: "formula-injection.xlsx",
    what: "partner, capability, segment, party and candidate names that start with = + - @",
    sheets: () => [
      partnersSheet(
        withCells({
          0: {
            Partner: HOSTILE.partners[0],
            Capabilities: `${HOSTILE.capabilities[0]}; ${HOSTILE.capabilities[1]}`,
            Segments: HOSTILE.segments[0],
          },
          1: { Partner: HOSTILE.partners[1], Capabilities: HOSTILE.capabilities[2] },
          2: {
            Partner: HOSTILE.partners[2],
            Capabilities: `${HOSTILE.capabilities[3]}; ${HOSTILE.capabilities[1]}`,
            Roles: "Co-sell",
          },
          3: {
            Partner: HOSTILE.partners[3],
            Roles: "Co-sell",
            Capabilities: `${HOSTILE.capabilities[3]}; ${HOSTILE.capabilities[1]}`,
          },
        }),
      ),
      {
        name: "Capabilities",
        rows: [
          ["Capability", "Priority", "Min", "Max", "Centrality", "Urgency"],
          ...HOSTILE.capabilities.map((c) => [c, 5, 2, 1, "Core", "Now"]),
          ["=NOW()", 4, 1, 3, "Adjacent", "Next"],
        ],
      },
      {
        name: "Responsibilities",
        rows: [
          ["Activity", "Dimension", ...HOSTILE.parties, HOSTILE.partners[0]],
          ["=Joint selling", "Delivery", "A", "R", "C", "I"],
          ["+Renewals", "Relationship", "A/R", null, "A", null],
          ["@Pricing", "Decision", null, null, null, null],
        ],
      },
      {
        name: "Candidates",
        rows: [
          ["Candidate", "Capabilities", "Fit", "Impact", "Momentum"],
          [HOSTILE.candidates[0], HOSTILE.capabilities[0], 5, 4, 4],
          [HOSTILE.candidates[1], "=NOW()", 4, 3, 3],
        ],
      },
    ],
    outcome: { runs: { issues: [], noOtherErrors: true, partners: 5 } },
  },
  // ---- other inputs ---------------------------------------------------------------------------
  {
    file: "raci-junk.xlsx",
    what: "RACI cells holding X, yes, ticks, numbers, errors and a hyphen",
    sheets: () => [
      partnersSheet(BASE),
      {
        name: "Responsibilities",
        rows: [
          ["Activity", "Dimension", "Us", "Northwind Cloud", "Contoso Services", "Notes"],
          ["Identity integration", "Capability", "X", "A/R", "c", "ok"],
          ["Joint selling", "Delivery", "yes", "a r", "✓", null],
          ["Renewals", "Relationship", 1, "A-R", { error: "#N/A" }, null],
          ["Pricing", "Decision rights", "RACI", "R+A", "", null],
          ["Billing", "Money", "A", "R", true, null],
        ],
      },
    ],
    outcome: {
      runs: {
        issues: [
          at("info", "Responsibilities", "", 'Column "Notes" is not used by the analysis and was ignored.'),
          at(
            "error",
            "Responsibilities",
            "C2",
            'Us: "X" is not R, A, C or I (alone or combined, e.g. A/R); the cell is ignored.',
          ),
          at("error", "Responsibilities", "C3", /^Us: "yes" is not R, A, C or I/),
          at("error", "Responsibilities", "E3", /^Contoso Services: "✓" is not R, A, C or I/),
          at("error", "Responsibilities", "C4", /^Us: "1" is not R, A, C or I/),
          at("error", "Responsibilities", "D4", /^Northwind Cloud: "A-R" is not R, A, C or I/),
          at("error", "Responsibilities", "E4", "Contoso Services holds the Excel error #N/A; the value is ignored."),
          at(
            "warning",
            "Responsibilities",
            "B6",
            'Dimension "Money" is not Capability, Delivery, Relationship or Decision; kept as written.',
          ),
          at("error", "Responsibilities", "E6", /^Contoso Services: "TRUE" is not R, A, C or I/),
        ],
        partners: 5,
      },
    },
  },
  {
    file: "raci-no-party-columns.xlsx",
    what: "a Responsibilities matrix with Activity, Dimension and Notes only",
    sheets: () => [
      partnersSheet(BASE),
      {
        name: "Responsibilities",
        rows: [
          ["Activity", "Dimension", "Notes"],
          ["Identity integration", "Capability", "who?"],
          ["Joint selling", "Delivery", null],
        ],
      },
    ],
    outcome: {
      runs: {
        issues: [at("warning", "Responsibilities", "", /^The Responsibilities table names no party/)],
        partners: 5,
      },
    },
  },
  {
    file: "raci-internal-parties-only.xlsx",
    what: "a Responsibilities matrix whose parties are all internal teams: no partner column",
    sheets: () => [
      partnersSheet(BASE),
      {
        name: "Responsibilities",
        rows: [
          ["Activity", "Dimension", "Us", "Finance", "Contoso Servces"],
          ["Identity integration", "Capability", "A", "R", null],
          ["Joint selling", "Delivery", "A/R", "C", "I"],
        ],
      },
    ],
    outcome: {
      runs: {
        issues: [
          at(
            "warning",
            "Responsibilities",
            "E1",
            '"Contoso Servces" is not a partner, so it is read as an internal party; did you mean "Contoso Services"?',
          ),
        ],
        partners: 5,
      },
    },
  },
  {
    file: "capabilities-min-above-max.xlsx",
    what: "a capability whose Min is above its Max",
    sheets: () => [
      partnersSheet(BASE),
      {
        name: "Capabilities",
        rows: [
          ["Capability", "Priority", "Min", "Max"],
          ["Identity", 5, 3, 1],
          ["Billing", 4, 1, 3],
        ],
      },
    ],
    outcome: {
      runs: {
        issues: [at("warning", "Capabilities", "C2", /^Capability "Identity" has Min 3 above Max 1/)],
        partners: 5,
      },
    },
  },
  {
    file: "capabilities-bad-values.xlsx",
    what: "Priority 9, Min one, Max 0, unknown Centrality and Urgency, a duplicate and a nameless row",
    sheets: () => [
      partnersSheet(BASE),
      {
        name: "Capabilities",
        rows: [
          ["Capability", "Priority", "Min", "Max", "Centrality", "Urgency"],
          ["Identity", 9, "one", 0, "Very", "ASAP"],
          ["identity ", 3, 1, 3, "Core", "Now"],
          [null, 3, 1, 3, "Core", "Now"],
          ["Billing", 2.5, -1, 2, "core", "now"],
        ],
      },
    ],
    outcome: {
      runs: {
        issues: [
          at(
            "error",
            "Capabilities",
            "B2",
            /^Priority "9" is not a whole number from 1 to 5; the default 3 is used\.$/,
          ),
          at("error", "Capabilities", "C2", /^Min "one" is not a whole number/),
          at("error", "Capabilities", "D2", /^Max "0" is not a whole number of at least 1; the default 3 is used\.$/),
          at(
            "error",
            "Capabilities",
            "E2",
            /^Centrality "Very" is not one of Core, Adjacent, Context; the default Adjacent is used\.$/,
          ),
          at("error", "Capabilities", "F2", /^Urgency "ASAP" is not one of Now, Next, Later/),
          at("error", "Capabilities", "A3", 'Capability "identity" appears again (first at A2); this row is skipped.'),
          at("error", "Capabilities", "A4", "This row has data but no Capability; the row is skipped."),
          at("error", "Capabilities", "B5", /^Priority "2\.5" is not a whole number/),
          at("error", "Capabilities", "C5", /^Min "-1" is not a whole number/),
        ],
        partners: 5,
      },
    },
  },
  {
    file: "candidates-no-candidate-column.xlsx",
    what: "a Candidates sheet without its Candidate column",
    sheets: () => [
      partnersSheet(BASE),
      {
        name: "Candidates",
        rows: [
          ["Name of firm", "Fit"],
          ["Zeta", 4],
        ],
      },
    ],
    outcome: {
      runs: {
        issues: [
          at(
            "error",
            "Candidates",
            "",
            /^The Candidates table has no "Candidate" column \(headers found: Name of firm, Fit\)\.$/,
          ),
        ],
        partners: 5,
      },
    },
  },
  {
    file: "maturity-junk.xlsx",
    what: "maturity scores as words, out of range, and an unknown pillar",
    sheets: () => [
      partnersSheet(BASE),
      {
        name: "Maturity",
        rows: [
          ["Pillar", "Score", "Target"],
          ["Strategy", "high", 4],
          ["People", 7, 0],
          ["Process", 3, 4],
          ["Vibes", 2, 3],
        ],
      },
    ],
    outcome: {
      runs: {
        issues: [
          at("error", "Maturity", "B2", 'Score "high" is not a number from 1 to 5; the cell is left empty.'),
          at("error", "Maturity", "B3", 'Score "7" is not a number from 1 to 5; the cell is left empty.'),
          at("error", "Maturity", "C3", 'Target "0" is not a number from 1 to 5; the cell is left empty.'),
          at("warning", "Maturity", "A5", /^Pillar "Vibes" is not one of Strategy/),
        ],
        partners: 5,
      },
    },
  },
  // ---- the workbook around the data ------------------------------------------------------------
  {
    file: "output-names-taken.xlsx",
    what: "the user's own sheets are called Summary, Tiering, Coverage, Journey, Conflicts, Issues and Tier History",
    sheets: () => [
      partnersSheet(BASE),
      ...["Summary", "Tiering", "Coverage", "Journey", "Conflicts", "Issues", "Tier History"].map(
        (name): CorpusSheet => ({ name, rows: [[`${name}: my own notes`], [1, 2, 3]] }),
      ),
    ],
    outcome: { runs: { issues: [], partners: BASE_NAMES } },
  },
  {
    file: "settings-corrupt.xlsx",
    what: "settings stored in the workbook cut off mid-JSON",
    sheets: () => [partnersSheet(BASE), settingsSheet('{"version":1,"settings":{"mode":"quota","weights":{"fit":')],
    outcome: {
      runs: {
        issues: [
          at(
            "warning",
            "Settings",
            "",
            /^The settings stored in the workbook could not be read \(.+\); defaults are used\.$/,
          ),
        ],
        mode: "threshold",
        partners: 5,
      },
    },
  },
  {
    file: "settings-newer-version.xlsx",
    what: "settings written by a newer version, with options this one does not know",
    sheets: () => [
      partnersSheet(BASE),
      settingsSheet(
        JSON.stringify({
          version: 99,
          settings: { mode: "quota", aiTiering: true, weights: { fit: 2, impact: 1, momentum: 1, trust: 5 } },
        }),
      ),
    ],
    outcome: {
      runs: {
        issues: [at("info", "Settings", "", /written by a newer version \(format 99\)/)],
        mode: "quota",
        partners: 5,
      },
    },
  },
  {
    file: "settings-bad-values.xlsx",
    what: "settings with a negative weight, Focus above Strategic and an unknown mode",
    sheets: () => [
      partnersSheet(BASE),
      settingsSheet(
        JSON.stringify({
          version: 1,
          settings: { mode: "fancy", weights: { fit: -1 }, thresholds: { strategic: 40, focus: 60 } },
        }),
      ),
    ],
    outcome: {
      runs: {
        issues: [
          at("warning", "Settings", "", "Setting weights.fit = -1 is not valid; using 1."),
          at("warning", "Settings", "", /^Setting thresholds = 40\/60 \(Focus above Strategic\) is not valid/),
          at("warning", "Settings", "", "Setting mode = fancy is not valid; using threshold."),
        ],
        mode: "threshold",
        partners: 5,
      },
    },
  },
  {
    file: "settings-not-a-document.xlsx",
    what: "settings text that is JSON but not a settings document",
    sheets: () => [partnersSheet(BASE), settingsSheet("[1,2,3]")],
    outcome: {
      runs: { issues: [at("warning", "Settings", "", /could not be read \(not a settings document\)/)], partners: 5 },
    },
  },
];

/** `n` partners with scores, capabilities and markets (deterministic). */
export function syntheticRows(n: number): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    rows.push([
      `Partner ${String(i + 1).padStart(6, "0")}`,
      i % 3 === 0 ? "Technology" : "Services",
      null,
      i % 2 === 0 ? "Co-sell" : "Implement",
      `Cap ${i % 40}; Cap ${(i * 7) % 40}`,
      null,
      i % 4 === 0 ? "EMEA" : "NA",
      null,
      (i % 5) + 0.5,
      ((i * 3) % 5) + 0.5,
      ((i * 7) % 5) + 0.5,
      null,
      1000 + (i % 100),
      500,
      null,
    ]);
  }
  return rows;
}
