import type { RankedCandidate } from "../../src/engine/candidates";
import { buildCandidatesSheet, CANDIDATES_TABLE } from "../../src/report/candidates-sheet";
import { settings } from "../engine/fixtures";
import { tableProblems } from "./report-checks";
import { tableValues } from "./spec-cells";

const ranked = (fields: Partial<RankedCandidate>): RankedCandidate => ({
  candidate: "Nova",
  row: 2,
  fit: 4,
  normalisedFit: 80,
  passesFitGate: true,
  value: 7,
  gapsServed: ["CRM", "Billing"],
  rank: 1,
  ...fields,
});

describe("Candidates sheet (SPEC §2.6, §3)", () => {
  const spec = buildCandidatesSheet({
    candidates: [
      ranked({}),
      ranked({
        candidate: "Weak",
        fit: null,
        normalisedFit: null,
        passesFitGate: false,
        value: 0,
        gapsServed: [],
        rank: 2,
      }),
    ],
    settings: settings(),
  });

  it("writes Rank, Candidate, Passes fit gate, Fit, Value and the gaps closed by name, in rank order", () => {
    expect(tableValues(spec, CANDIDATES_TABLE)).toEqual([
      ["Rank", "Candidate", "Passes fit gate", "Fit", "Normalised fit", "Value", "Gaps closed"],
      [1, "Nova", "Yes", 4, 80, 7, "CRM; Billing"],
      [2, "Weak", "No", null, null, 0, null],
    ]);
  });

  it("marks passing and failing candidates with 'equals' rules", () => {
    expect(
      spec.conditionalFormats.filter((f) => f.kind === "equals").map((f) => f.kind === "equals" && f.value),
    ).toEqual(["Yes", "No"]);
  });

  it("writes a note and no table when the Candidates table has no rows", () => {
    expect(buildCandidatesSheet({ candidates: [], settings: settings() }).tables).toEqual([]);
  });

  it("has valid tables with unique headers", () => {
    expect(tableProblems([spec])).toEqual([]);
  });
});
