import type { ChannelConflict } from "../../src/engine/conflicts";
import {
  buildConflictsSheet,
  CONFLICTS_TABLE,
  MAX_CONFLICT_ROWS,
  SCORE_FORMAT,
} from "../../src/report/conflicts-sheet";
import { settings } from "../engine/fixtures";
import { tableProblems } from "./report-checks";
import { tableValues } from "./spec-cells";

const conflict = (fields: Partial<ChannelConflict>): ChannelConflict => ({
  partnerA: "Acme",
  partnerB: "Bolt",
  score: 2 / 3,
  sharedCapabilities: ["CRM", "ERP"],
  sharedSegments: ["SMB"],
  sharedRegions: [],
  sharedRoles: ["Co-sell"],
  ...fields,
});

describe("Conflicts sheet (SPEC §2.5, §3)", () => {
  const spec = buildConflictsSheet({
    conflicts: [conflict({}), conflict({ partnerA: "C", partnerB: "D", score: 0.5, sharedSegments: [] })],
    settings: settings(),
  });

  it("writes Partner A, Partner B, Score and what they share, one row per pair", () => {
    expect(tableValues(spec, CONFLICTS_TABLE)).toEqual([
      ["Partner A", "Partner B", "Score", "Shared capabilities", "Shared segments", "Shared regions", "Shared roles"],
      ["Acme", "Bolt", 2 / 3, "CRM; ERP", "SMB", "All regions", "Co-sell"],
      ["C", "D", 0.5, "CRM; ERP", "All segments", "All regions", "Co-sell"],
    ]);
  });

  it("formats the score as a whole percentage", () => {
    expect(spec.blocks[0]?.numberFormats?.[2]).toBe(SCORE_FORMAT);
    expect(SCORE_FORMAT).toBe("0%");
  });

  it("writes a note with the threshold and no table when no pair conflicts", () => {
    const empty = buildConflictsSheet({ conflicts: [], settings: settings({ conflictThreshold: 0.6 }) });
    expect(empty.tables).toEqual([]);
    expect(JSON.stringify(empty.blocks)).toContain("at least 60%");
  });

  it("has valid tables with unique headers", () => {
    expect(tableProblems([spec])).toEqual([]);
  });

  it("writes each list as the engine shares it: one text per list, 'All …' by column for the one empty list", () => {
    // The engine hands every pair of equal lists the same array, empty lists included.
    const none: string[] = [];
    const caps = ["CRM", "ERP"];
    const shared = buildConflictsSheet({
      conflicts: [
        conflict({ sharedCapabilities: caps, sharedSegments: none, sharedRegions: none, sharedRoles: none }),
        conflict({ partnerA: "C", sharedCapabilities: caps, sharedSegments: none, sharedRegions: ["EMEA"] }),
        conflict({ partnerA: "E", sharedCapabilities: none, sharedSegments: caps, sharedRegions: none }),
      ],
      settings: settings(),
    });
    const rows = tableValues(shared, CONFLICTS_TABLE).slice(1);
    expect(rows.map((r) => r.slice(3))).toEqual([
      ["CRM; ERP", "All segments", "All regions", null],
      ["CRM; ERP", "All segments", "EMEA", "Co-sell"],
      [null, "CRM; ERP", "All regions", "Co-sell"],
    ]);
  });

  it("lists at most the strongest MAX_CONFLICT_ROWS pairs on the sheet and says how many there are", () => {
    const many = Array.from({ length: MAX_CONFLICT_ROWS + 7 }, (_, i) =>
      conflict({ partnerA: `A${i}`, partnerB: `B${i}` }),
    );
    const capped = buildConflictsSheet({ conflicts: many, settings: settings() });
    expect(capped.tables[0]?.range.rows).toBe(MAX_CONFLICT_ROWS + 1);
    expect(JSON.stringify(capped.blocks)).toContain(`of ${(MAX_CONFLICT_ROWS + 7).toLocaleString("en-US")} pairs`);
  });
});
