import { valueKey } from "./ingest/lists";
import { STANDARD_ROLES } from "./ingest/partner-columns";
import type { Partner, ScoredTier, TieredPartner } from "./model";
import { SCORED_TIERS } from "./model";
import { tagNumberFields } from "./shapes";

/** A radar sector: a primary role, or Other for partners that hold none of the five. */
export type RadarSector = (typeof STANDARD_ROLES)[number] | "Other";
export const RADAR_SECTORS: readonly RadarSector[] = [...STANDARD_ROLES, "Other"];

/** One partner placed on the partnership radar (SPEC §2.11). */
export interface RadarPoint {
  partner: string;
  sector: RadarSector;
  /** The ring is the tier: Strategic innermost. */
  ring: ScoredTier;
  /** Ring index + 0.5: Strategic 0.5, Focus 1.5, Scale 2.5. */
  radius: number;
  /** Degrees, counter-clockwise positive, 0 = 3 o'clock. */
  theta: number;
  x: number;
  y: number;
  /** Point size: Revenue, missing = 0. */
  revenue: number;
}

/** A drawn sector: where it starts (degrees) and how many partners each ring holds. */
export interface RadarSectorInfo {
  sector: RadarSector;
  start: number;
  span: number;
  count: number;
  rings: Record<ScoredTier, number>;
}

export interface RadarResult {
  /** Sector by sector (drawn order), ring by ring (Strategic first), in rank order within. */
  points: RadarPoint[];
  /** Only sectors with at least one tiered partner, in role order. */
  sectors: RadarSectorInfo[];
}

/**
 * The primary role (SPEC §2.11): the first of Co-sell, Co-market, Integrate, Implement,
 * Influence that the partner holds, in that order, else Other.
 * @example primaryRole(["Implement", "Co-sell"]) === "Co-sell"
 */
export function primaryRole(roles: readonly string[]): RadarSector {
  let first: number = STANDARD_ROLES.length;
  for (const role of roles) {
    const i = STANDARD_ROLE_KEYS.indexOf(valueKey(role));
    if (i >= 0 && i < first) first = i;
  }
  return RADAR_SECTORS[first] ?? "Other";
}

const STANDARD_ROLE_KEYS: readonly string[] = STANDARD_ROLES.map(valueKey);

/**
 * Places every tiered partner on the partnership radar (SPEC §2.11): rings are tiers
 * (Unscored not drawn), sectors are primary roles. The k drawn sectors each span 360°/k,
 * clockwise from 12 o'clock (sector j starts at 90° − j·span); within a sector and ring the n
 * partners in rank order get θ = start − (i + 0.5)·span/n, r = ring index + 0.5,
 * x = r·cos θ, y = r·sin θ.
 * @example placeOnRadar(tiering.partners, portfolio.partners).points[0] // { partner, sector: "Co-sell", ring: "Strategic", theta: …, x, y }
 */
export function placeOnRadar(
  tiered: readonly Pick<TieredPartner, "partner" | "tier" | "revenue">[],
  partners: readonly Pick<Partner, "name" | "roles">[],
): RadarResult {
  const roles = new Map<string, readonly string[]>();
  for (const p of partners) roles.set(valueKey(p.name), p.roles);
  return placeWithRoles(tiered, (_, p) => roles.get(valueKey(p.partner)) ?? NO_ROLES);
}

/**
 * `placeOnRadar` with each tiered partner's roles given alongside (`rolesOf[i]` for
 * `tiered[i]`: the analysis knows which partner every Tiering row came from, so it needs no
 * lookup by name).
 */
export function placeOnRadarAligned(
  tiered: readonly Pick<TieredPartner, "partner" | "tier" | "revenue">[],
  rolesOf: readonly (readonly string[])[],
): RadarResult {
  return placeWithRoles(tiered, (i) => rolesOf[i] ?? NO_ROLES);
}

const NO_ROLES: readonly string[] = [];

// The radar point literal below, its numbers null first (see shapes.ts).
tagNumberFields({
  partner: "",
  sector: "Other",
  ring: "Scale",
  radius: null,
  theta: null,
  x: null,
  y: null,
  revenue: null,
});

function placeWithRoles(
  tiered: readonly Pick<TieredPartner, "partner" | "tier" | "revenue">[],
  rolesAt: (index: number, p: Pick<TieredPartner, "partner">) => readonly string[],
): RadarResult {
  // Roles lists are shared by the partners with the same cell: each one's sector is found once.
  const sectorOf = new Map<readonly string[], RadarSector>();
  // Tiering lists partners in rank order, so each group is already in rank order.
  const groups = new Map<RadarSector, Map<ScoredTier, Pick<TieredPartner, "partner" | "revenue">[]>>();
  for (let i = 0; i < tiered.length; i++) {
    const p = tiered[i] as Pick<TieredPartner, "partner" | "tier" | "revenue">;
    if (p.tier === "Unscored") continue;
    const held = rolesAt(i, p);
    let sector = sectorOf.get(held);
    if (sector === undefined) sectorOf.set(held, (sector = primaryRole(held)));
    let rings = groups.get(sector);
    if (rings === undefined) groups.set(sector, (rings = new Map()));
    const ring = rings.get(p.tier);
    if (ring === undefined) rings.set(p.tier, [p]);
    else ring.push(p);
  }
  const drawn = RADAR_SECTORS.filter((s) => groups.has(s));
  const span = drawn.length === 0 ? 0 : 360 / drawn.length;
  const points: RadarPoint[] = [];
  const sectors: RadarSectorInfo[] = drawn.map((sector, j) => {
    const start = 90 - j * span;
    const rings = groups.get(sector) ?? new Map<ScoredTier, Pick<TieredPartner, "partner" | "revenue">[]>();
    const counts = { Strategic: 0, Focus: 0, Scale: 0 };
    for (let ringIndex = 0; ringIndex < SCORED_TIERS.length; ringIndex++) {
      const ring = SCORED_TIERS[ringIndex] as ScoredTier;
      const members = rings.get(ring) ?? [];
      counts[ring] = members.length;
      placeRing(points, members, sector, ring, ringIndex + 0.5, start, span);
    }
    return { sector, start, span, count: counts.Strategic + counts.Focus + counts.Scale, rings: counts };
  });
  return { points, sectors };
}

/**
 * The points of one ring of a sector, in rank order: θ = start − (i + 0.5)·span/n. A plain
 * loop (no closure per ring): it runs for every tiered partner.
 */
function placeRing(
  points: RadarPoint[],
  members: readonly Pick<TieredPartner, "partner" | "revenue">[],
  sector: RadarSector,
  ring: ScoredTier,
  radius: number,
  start: number,
  span: number,
): void {
  for (let i = 0; i < members.length; i++) {
    const p = members[i] as Pick<TieredPartner, "partner" | "revenue">;
    const theta = start - ((i + 0.5) * span) / members.length;
    const rad = (theta * Math.PI) / 180;
    points.push({
      partner: p.partner,
      sector,
      ring,
      radius,
      theta,
      x: radius * Math.cos(rad),
      y: radius * Math.sin(rad),
      revenue: p.revenue ?? 0,
    });
  }
}
