import { analyzeWorkbook } from "../../src/engine/analyze";
import { assessCoverage, recommendForGaps } from "../../src/engine/coverage";
import { COVERAGE_STATUSES } from "../../src/engine/coverage/types";
import { buildReport } from "../../src/report";
import {
  buildCoverageSheet,
  COVERAGE_DUPLICATES_TABLE,
  COVERAGE_GAPS_TABLE,
  COVERAGE_HEADERS,
  COVERAGE_HEATMAP_TABLE,
  COVERAGE_TABLE,
  requiredMarkets,
  SINGLE_POINTS_TABLE,
} from "../../src/report/coverage-sheet";
import { COVERAGE_STATUS_STYLES, uniqueHeaders } from "../../src/report/coverage-styles";
import { listText } from "../../src/report/style";
import { coverageWorkbook } from "../engine/coverage/builders";
import { partner, partnersTable, settings } from "../engine/fixtures";
import { required } from "../engine/coverage/builders";
import { tableProblems } from "./report-checks";
import { tableRange, tableValues } from "./spec-cells";

const analysis = () => analyzeWorkbook(coverageWorkbook(), settings(), { runAt: "2026-11-22T09:30:00Z" });

describe("Coverage sheet (SPEC §3)", () => {
  const spec = buildCoverageSheet(analysis());

  it("writes one row per required capability: status, flags, priority, centrality, urgency, providers by count and name, severity, recommendation, candidate", () => {
    expect(tableValues(spec, COVERAGE_TABLE)).toEqual([
      COVERAGE_HEADERS,
      [
        "CRM",
        "Gap",
        "Gap",
        5,
        "Adjacent",
        "Next",
        1,
        3,
        "SMB, Public (any region)",
        2,
        "Acme; Bolt",
        5,
        "Partner",
        "Nova",
      ],
      ["ERP", "Duplicated", "Duplicated", 2, "Context", "Later", 1, 1, "All markets", 2, "Acme; Bolt", 0, null, null],
      [
        "Billing",
        "Gap",
        "Gap; Single-sourced",
        4,
        "Core",
        "Now",
        2,
        3,
        "All markets",
        1,
        "Core Co",
        4,
        "Acquire",
        null,
      ],
    ]);
    expect(COVERAGE_HEADERS).toEqual(
      expect.arrayContaining([
        "Capability",
        "Status",
        "Flags",
        "Priority",
        "Centrality",
        "Urgency",
        "Providers",
        "Provider names",
        "Severity",
        "Recommendation",
        "Candidate",
      ]),
    );
    expect(tableRange(spec, COVERAGE_TABLE)).toMatchObject({ row: 0, col: 0 });
    expect(spec.freeze).toEqual({ rows: 1, cols: 1 });
  });

  it("fills each status through an 'equals' conditional format on the Status column", () => {
    const status = { row: 1, col: 1, rows: 3, cols: 1 };
    for (const s of COVERAGE_STATUSES) {
      expect(spec.conditionalFormats).toContainEqual({
        kind: "equals",
        range: status,
        value: s,
        style: COVERAGE_STATUS_STYLES[s],
      });
    }
  });

  it("lists the market cells behind each gap with their shortfall", () => {
    expect(tableValues(spec, COVERAGE_GAPS_TABLE)).toEqual([
      ["Capability", "Segment", "Region", "Providers", "Min", "Shortfall"],
      ["CRM", "Public", "Any", 0, 1, 1],
      ["Billing", "Any", "Any", 1, 2, 1],
    ]);
  });

  it("lists the market cells behind each duplication", () => {
    expect(tableValues(spec, COVERAGE_DUPLICATES_TABLE)).toEqual([
      ["Capability", "Segment", "Region", "Providers", "Max"],
      ["ERP", "SMB", "EMEA", 2, 1],
    ]);
  });

  it("writes a capability × segment heat map of providers with a colour scale over the counts", () => {
    const range = tableRange(spec, COVERAGE_HEATMAP_TABLE);
    expect(tableValues(spec, COVERAGE_HEATMAP_TABLE)).toEqual([
      ["Capability", "SMB"],
      ["CRM", 2],
      ["ERP", 2],
      ["Billing", 1],
    ]);
    expect(spec.conditionalFormats).toContainEqual(
      expect.objectContaining({ kind: "colorScale", range: { row: range.row + 1, col: 1, rows: 3, cols: 1 } }),
    );
  });

  it("heads the heat map 'All segments' when no partner lists a segment", () => {
    const coverage = assessCoverage({ partners: [partner({ name: "A", capabilities: ["CRM"] })], capabilities: null });
    expect(tableValues(buildCoverageSheet({ coverage }), COVERAGE_HEATMAP_TABLE)[0]).toEqual([
      "Capability",
      "All segments",
    ]);
  });

  it("lists single points of failure with their removal impact", () => {
    expect(tableValues(spec, SINGLE_POINTS_TABLE)).toEqual([
      ["Partner", "Capabilities it alone provides", "Removal impact (Σ priority)"],
      ["Core Co", "Billing", 4],
    ]);
  });

  it("writes notes instead of empty tables when there are no gaps, duplicates or single points of failure", () => {
    const partners = ["A", "B"].map((name) => partner({ name, capabilities: ["CRM"] }));
    const s = buildCoverageSheet({
      coverage: recommendForGaps(assessCoverage({ partners, capabilities: [required("CRM")] }), []),
    });
    expect(s.tables.map((t) => t.name)).toEqual([COVERAGE_TABLE, COVERAGE_HEATMAP_TABLE]);
    expect(tableProblems([s])).toEqual([]);
  });

  it("writes only a title and a note when there is no capability at all", () => {
    const s = buildCoverageSheet({
      coverage: assessCoverage({ partners: [partner({ name: "A" })], capabilities: null }),
    });
    expect(s.tables).toEqual([]);
    expect(s.blocks.length).toBeGreaterThan(0);
  });

  it("keeps headers unique when a segment is named like a fixed column", () => {
    const coverage = assessCoverage({
      partners: [partner({ name: "A", capabilities: ["CRM"], segments: ["capability"] })],
      capabilities: null,
    });
    expect(tableValues(buildCoverageSheet({ coverage }), COVERAGE_HEATMAP_TABLE)[0]).toEqual([
      "Capability",
      "capability (2)",
    ]);
  });
});

describe("report tables of coverage, journey, conflicts and candidates", () => {
  it("have valid, unique names and unique non-empty headers across the whole report", () => {
    const report = buildReport(analysis());
    expect(report.map((s) => s.key)).toEqual(
      expect.arrayContaining(["coverage", "journey", "conflicts", "candidates"]),
    );
    expect(tableProblems(report)).toEqual([]);
  });

  it("leaves out the Candidates sheet when the workbook has no Candidates table", () => {
    const a = analyzeWorkbook({ partners: partnersTable([{ Partner: "Acme" }]) }, settings(), {
      runAt: "2026-11-22T09:30:00Z",
    });
    const report = buildReport(a);
    expect(report.map((s) => s.key)).not.toContain("candidates");
    expect(tableProblems(report)).toEqual([]);
  });
});

describe("cell texts", () => {
  it("joins a list with '; ' and stops a list too long for one Excel cell", () => {
    expect(listText(["CRM", "ERP"])).toBe("CRM; ERP");
    expect(listText([])).toBeNull();
    const long = listText(Array.from({ length: 5000 }, (_, i) => `Partner number ${i}`)) ?? "";
    expect(long.length).toBeLessThanOrEqual(32_767);
    expect(long).toMatch(/… and [\d,]+ more$/);
  });

  it("makes headers unique case-insensitively and never blank", () => {
    expect(uniqueHeaders(["Capability"], ["SMB", "smb", "CAPABILITY", " "])).toEqual([
      "SMB",
      "smb (2)",
      "CAPABILITY (2)",
      "(blank)",
    ]);
  });

  it("describes required markets in words", () => {
    expect(requiredMarkets({ segments: ["SMB", "Public"], regions: ["EMEA"] })).toBe("SMB, Public × EMEA");
    expect(requiredMarkets({ segments: [], regions: ["EMEA"] })).toBe("EMEA (any segment)");
    expect(requiredMarkets({ segments: [], regions: [] })).toBe("All markets");
  });
});
