import { ingestWorkbook } from "../../../src/engine/ingest";
import type { RawCell } from "../../../src/engine/model";
import { partnersTable, rawTable, settings } from "../fixtures";

const HEADERS = ["Capability", "Priority", "Min", "Max", "Segments", "Regions", "Centrality", "Urgency"];
const partners = partnersTable([{ Partner: "Acme", Capabilities: "CRM; ERP", Segments: "SMB" }]);
const ingest = (rows: RawCell[][], header: RawCell[] = HEADERS) =>
  ingestWorkbook({ partners, capabilities: rawTable(header, rows, { sheet: "Capabilities" }) }, settings());
const issuesAt = (r: ReturnType<typeof ingest>, sheet = "Capabilities") =>
  r.issues.filter((i) => i.sheet === sheet).map((i) => [i.severity, i.cell, i.message]);

describe("Capabilities table (SPEC §1, §2.9)", () => {
  it("reads every column", () => {
    const r = ingest([["Billing", 5, 2, 4, "SMB; Public", "EMEA", "Core", "Now"]]);
    expect(r.portfolio.capabilities).toEqual([
      {
        capability: "Billing",
        row: 2,
        priority: 5,
        min: 2,
        max: 4,
        segments: ["SMB", "Public"],
        regions: ["EMEA"],
        centrality: "Core",
        urgency: "Now",
      },
    ]);
  });

  it("uses the defaults Priority 3, Min 1, Max 3, global, Adjacent, Next for blank cells", () => {
    const r = ingest([["Billing"]]);
    expect(r.portfolio.capabilities?.[0]).toMatchObject({
      priority: 3,
      min: 1,
      max: 3,
      segments: [],
      regions: [],
      centrality: "Adjacent",
      urgency: "Next",
    });
    expect(issuesAt(r)).toEqual([]);
  });

  it("accepts only the Capability column", () => {
    expect(ingest([["Billing"]], ["Capability"]).portfolio.capabilities?.map((c) => c.priority)).toEqual([3]);
  });

  it("shares capability spellings with Partners, case-insensitively", () => {
    expect(ingest([["  crm "]]).portfolio.capabilities?.[0]?.capability).toBe("CRM");
  });

  it("shares segment spellings with Partners", () => {
    expect(ingest([["CRM", null, null, null, "smb"]]).portfolio.capabilities?.[0]?.segments).toEqual(["SMB"]);
  });

  it.each<[string, RawCell]>([
    ["out of range", 6],
    ["zero", 0],
    ["not whole", 2.5],
    ["text", "high"],
  ])("reports a bad Priority (%s) at its cell and falls back to 3", (_, value) => {
    const r = ingest([["CRM", value]]);
    expect(r.portfolio.capabilities?.[0]?.priority).toBe(3);
    expect(issuesAt(r)).toEqual([
      [
        "error",
        "B2",
        expect.stringMatching(/^Priority ".*" is not a whole number from 1 to 5; the default 3 is used\.$/),
      ],
    ]);
  });

  it("accepts a Priority written as numeric text", () => {
    expect(ingest([["CRM", " 4 "]]).portfolio.capabilities?.[0]?.priority).toBe(4);
  });

  it("reports a negative or fractional Min and falls back to 1", () => {
    const r = ingest([
      ["CRM", null, -1],
      ["ERP", null, 1.5],
    ]);
    expect(r.portfolio.capabilities?.map((c) => c.min)).toEqual([1, 1]);
    expect(issuesAt(r).map((i) => i[1])).toEqual(["C2", "C3"]);
  });

  it("accepts Min 0 (tracked but never a gap)", () => {
    expect(ingest([["CRM", null, 0]]).portfolio.capabilities?.[0]?.min).toBe(0);
  });

  it("reports a Max below 1 and falls back to 3", () => {
    const r = ingest([["CRM", null, null, 0]]);
    expect(r.portfolio.capabilities?.[0]?.max).toBe(3);
    expect(issuesAt(r)).toEqual([
      ["error", "D2", 'Max "0" is not a whole number of at least 1; the default 3 is used.'],
    ]);
  });

  it("warns when Min is above Max and keeps both", () => {
    const r = ingest([["CRM", null, 4, 2]]);
    expect(r.portfolio.capabilities?.[0]).toMatchObject({ min: 4, max: 2 });
    expect(issuesAt(r)).toEqual([["warning", "C2", expect.stringContaining("Min 4 above Max 2")]]);
  });

  it("reports an unknown Centrality and falls back to Adjacent", () => {
    const r = ingest([["CRM", null, null, null, null, null, "Central"]]);
    expect(r.portfolio.capabilities?.[0]?.centrality).toBe("Adjacent");
    expect(issuesAt(r)).toEqual([
      ["error", "G2", 'Centrality "Central" is not one of Core, Adjacent, Context; the default Adjacent is used.'],
    ]);
  });

  it("reports an unknown Urgency and falls back to Next", () => {
    const r = ingest([["CRM", null, null, null, null, null, null, "Soon"]]);
    expect(r.portfolio.capabilities?.[0]?.urgency).toBe("Next");
    expect(issuesAt(r)[0]?.[1]).toBe("H2");
  });

  it("reads Centrality and Urgency case-insensitively", () => {
    expect(
      ingest([["CRM", null, null, null, null, null, " core ", "LATER"]]).portfolio.capabilities?.[0],
    ).toMatchObject({ centrality: "Core", urgency: "Later" });
  });

  it("reports an Excel error value in Priority and falls back", () => {
    const r = ingest([["CRM", { kind: "error", code: "#N/A" }]]);
    expect(r.portfolio.capabilities?.[0]?.priority).toBe(3);
    expect(issuesAt(r)[0]?.[2]).toContain("#N/A");
  });

  it("skips a later row repeating a capability, with an error", () => {
    const r = ingest([
      ["CRM", 5],
      ["crm", 1],
    ]);
    expect(r.portfolio.capabilities?.map((c) => c.priority)).toEqual([5]);
    expect(issuesAt(r)).toEqual([
      ["error", "A3", 'Capability "crm" appears again (first at A2); this row is skipped.'],
    ]);
  });

  it("skips a row with data but no capability, with an error", () => {
    const r = ingest([[null, 5], ["CRM"]]);
    expect(r.portfolio.capabilities?.map((c) => c.capability)).toEqual(["CRM"]);
    expect(issuesAt(r)[0]?.[1]).toBe("A2");
  });

  it("accepts synonyms for headers", () => {
    const r = ingest([["CRM", 5, 2]], ["Capability Name", "Importance", "Min Providers"]);
    expect(r.portfolio.capabilities?.[0]).toMatchObject({ priority: 5, min: 2 });
  });

  it("is null without a Capabilities table, so the required set comes from the partners", () => {
    expect(ingestWorkbook({ partners }, settings()).portfolio.capabilities).toBeNull();
  });

  it("is null, with an error, when the table has no Capability column", () => {
    const r = ingest([[5]], ["Priority"]);
    expect(r.portfolio.capabilities).toBeNull();
    expect(issuesAt(r)[0]?.[2]).toMatch(/no "Capability" column/);
  });

  it("is null, with a warning, when the table has no usable rows", () => {
    const r = ingest([]);
    expect(r.portfolio.capabilities).toBeNull();
    expect(issuesAt(r)).toEqual([["warning", "", expect.stringContaining("no usable rows")]]);
  });
});
