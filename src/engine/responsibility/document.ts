import { formatLetters } from "./letters";
import type { ResponsibilityResult } from "./types";

/**
 * The `responsibility` key of the JSON document (SPEC §3): camelCase keys, flags as codes,
 * letters written as in the report ("A/R"). Null without a Responsibilities table.
 * @example responsibilityDocument(result)?.activities[0] // { activity: "Implementation", dimension: "Delivery", status: "OK", flags: [], … }
 */
export function responsibilityDocument(result: ResponsibilityResult | null) {
  if (result === null) return null;
  return {
    form: result.form,
    source: result.source,
    activities: result.activities.map((a) => ({
      activity: a.activity,
      dimension: a.dimension,
      section: a.section,
      status: a.status,
      flags: a.flags,
      accountable: a.accountable,
      responsible: a.responsible,
      // An array, not an object keyed by party: party names are user text and may be any string.
      assignments: a.assignments.map((x) => ({ party: x.party, letters: formatLetters(x.letters) })),
    })),
    parties: result.parties.map((p) => ({
      party: p.party,
      isPartner: p.isPartner,
      inMatrix: p.inMatrix,
      accountable: p.accountable,
      responsible: p.responsible,
      consulted: p.consulted,
      informed: p.informed,
      warnings: p.warnings,
    })),
    dimensions: result.dimensions.map((d) => ({
      dimension: d.dimension,
      activities: d.activities,
      conflict: d.Conflict,
      gap: d.Gap,
      warning: d.Warning,
      ok: d.OK,
    })),
    sections: result.sections.map((x) => ({
      section: x.section,
      activities: x.activities,
      conflict: x.Conflict,
      gap: x.Gap,
      warning: x.Warning,
      ok: x.OK,
    })),
    totals: {
      activities: result.totals.activities,
      conflict: result.totals.Conflict,
      gap: result.totals.Gap,
      warning: result.totals.Warning,
      ok: result.totals.OK,
    },
  };
}
