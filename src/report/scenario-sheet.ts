import type { ScenarioResult } from "../engine/scenario";
import { SheetBuilder } from "./sheet-builder";
import type { SheetSpec } from "./sheet-spec";
import { listText, NUMBER_FORMATS as F, PALETTE, TIER_STYLES } from "./style";

const CHANGE_STYLES = {
  Opened: { fill: PALETTE.badFill, fontColor: PALETTE.bad, bold: true },
  Added: { fill: PALETTE.badFill, fontColor: PALETTE.bad, bold: true },
  Closed: { fill: PALETTE.goodFill, fontColor: PALETTE.good, bold: true },
  Removed: { fill: PALETTE.goodFill, fontColor: PALETTE.good, bold: true },
} as const;

/**
 * The Scenario sheet (SPEC §2.7): what removing some partners and adding some candidates would
 * change — gap severity before and after, gaps opened and closed, duplications and channel
 * conflicts added and removed, and every tier that moves.
 */
export function buildScenarioSheet(result: ScenarioResult): SheetSpec {
  const b = new SheetBuilder("scenario");
  const parts = [
    result.removed.length > 0 ? `removing ${listText(result.removed)}` : null,
    result.added.length > 0 ? `adding ${listText(result.added)}` : null,
  ].filter(Boolean);
  b.title(
    "Scenario",
    parts.length > 0
      ? `What changes when ${parts.join(" and ")}.`
      : "No partner removed and no candidate added: nothing changes.",
  );
  if (result.unknown.length > 0) b.note(`Not found, ignored: ${listText(result.unknown)}.`);

  b.section("Headline");
  b.keyValues([
    ["Gap severity before", result.severityBefore, F.integer],
    ["Gap severity after", result.severityAfter, F.integer],
    ["Change in severity", result.severityAfter - result.severityBefore, "+#,##0;-#,##0;0"],
    ["Gaps opened / closed", `${result.gapsOpened.length} / ${result.gapsClosed.length}`],
    ["Duplications added / removed", `${result.duplicationsAdded.length} / ${result.duplicationsRemoved.length}`],
    ["Conflicts added / removed", `${result.conflictsAdded.length} / ${result.conflictsRemoved.length}`],
    ["Partners changing tier", result.tierChanges.length, F.integer],
  ]);

  const changeTable = (
    name: string,
    title: string,
    headers: string[],
    rows: (string | number | null)[][],
    formats?: (string | null)[],
  ) => {
    b.section(title);
    if (rows.length === 0) {
      b.note("None.");
      return;
    }
    const t = b.table({ name, headers, rows, numberFormats: formats });
    for (const [value, style] of Object.entries(CHANGE_STYLES))
      b.conditional({ kind: "equals", range: t.column("Change"), value, style });
  };
  changeTable(
    "PED_ScenarioGaps",
    "Gaps",
    ["Change", "Capability", "Severity"],
    [
      ...result.gapsOpened.map((g) => ["Opened", g.capability, g.severity]),
      ...result.gapsClosed.map((g) => ["Closed", g.capability, g.severity]),
    ],
    [null, null, F.integer],
  );
  changeTable(
    "PED_ScenarioDuplications",
    "Duplications",
    ["Change", "Capability"],
    [...result.duplicationsAdded.map((c) => ["Added", c]), ...result.duplicationsRemoved.map((c) => ["Removed", c])],
  );
  changeTable(
    "PED_ScenarioConflicts",
    "Channel conflicts",
    ["Change", "Partner A", "Partner B", "Score"],
    [
      ...result.conflictsAdded.map((c) => ["Added", c.partnerA, c.partnerB, c.score]),
      ...result.conflictsRemoved.map((c) => ["Removed", c.partnerA, c.partnerB, c.score]),
    ],
    [null, null, null, "0%"],
  );

  b.section("Tier changes");
  if (result.tierChanges.length === 0) b.note("No partner changes tier.");
  else {
    const t = b.table({
      name: "PED_ScenarioTiers",
      headers: ["Partner", "Tier before", "Tier after"],
      rows: result.tierChanges.map((c) => [c.partner, c.before ?? "(joins)", c.after ?? "(leaves)"]),
    });
    for (const [tier, style] of Object.entries(TIER_STYLES)) {
      b.conditional({ kind: "equals", range: t.column("Tier before"), value: tier, style });
      b.conditional({ kind: "equals", range: t.column("Tier after"), value: tier, style });
    }
  }
  // SPEC §2.11: how the scenario changes the partnership radar's sectors.
  b.section("Radar sectors");
  if (result.radarSectors.length === 0) b.note("No tiered partner on either side.");
  else {
    b.table({
      name: "PED_ScenarioRadar",
      headers: ["Sector", "Partners before", "Partners after", "Change"],
      rows: result.radarSectors.map((s) => [s.sector, s.before, s.after, s.after - s.before]),
      numberFormats: [null, F.integer, F.integer, "+#,##0;-#,##0;0"],
    });
  }
  b.minWidth(0, 30).minWidth(1, 24).minWidth(2, 24);
  return b.build();
}
