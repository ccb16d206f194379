/**
 * A hand-kept sheet (partners-rich-formulas.xlsx): rich text, a hyperlink, formulas with cached
 * results, a formula that returned #DIV/0!, a date typed into a score column, a merged header.
 * Each bad cell is an issue at its address and the rest of the analysis goes on (SPEC §3).
 */
import { analyze, fixture, scratch, tieringOf } from "./run-cli";

const work = scratch();
afterAll(() => work.cleanup());

let json: Record<string, unknown>;
beforeAll(async () => {
  json = (await analyze(fixture("partners-rich-formulas.xlsx"), work.dir, "analyst")).json;
});

const partner = (name: string) => tieringOf(json).partners.find((p) => p.partner === name);

describe("an analyst's sheet with rich text, formulas and a merged header", () => {
  it("names partners by the text of rich-text and hyperlink cells", () => {
    expect(partner("Northwind Cloud")).toMatchObject({ fit: 5, tier: "Strategic" });
    expect(partner("Contoso Services")).toMatchObject({ impact: 4, tier: "Strategic" });
  });

  it("uses the cached result of a formula", () => {
    expect(
      (json.tiering as { partners: { partner: string; revenue: number | null }[] }).partners.find(
        (p) => p.partner === "Northwind Cloud",
      )?.revenue,
    ).toBe(1200000);
  });

  it("reports a formula that returned #DIV/0! as an error at its cell; the partner is Unscored", () => {
    expect(json.issues).toContainEqual({
      severity: "error",
      sheet: "Partners",
      cell: "E4",
      message: "Momentum holds the Excel error #DIV/0!; the value is ignored.",
    });
    expect(partner("Fabrikam Resale")?.tier).toBe("Unscored");
  });

  it("reports a date in a score column as an error at its cell", () => {
    expect(json.issues).toContainEqual({
      severity: "error",
      sheet: "Partners",
      cell: "C5",
      message: 'Fit "2026-01-05" is a date, not a number; the value is ignored.',
    });
    expect(partner("Tailspin Data")?.tier).toBe("Unscored");
  });

  it("reads a header merged across two columns once, and ignores the column it covers", () => {
    const notes = (json.issues as { message: string }[]).filter((i) => i.message.includes('"Notes"'));
    expect(notes.map((i) => i.message)).toEqual(['Column "Notes" is not used by the analysis and was ignored.']);
  });

  it("goes on with the rest: five partners listed, three tiered", () => {
    expect(tieringOf(json).partners).toHaveLength(5);
    expect(tieringOf(json).partners.filter((p) => p.rank !== null)).toHaveLength(3);
  });
});
