import type { Layer, Partner } from "../model";
import type { LayerMixRow } from "./types";

const LAYER_ORDER: readonly (Layer | null)[] = ["Core", "Solution", "Market", null];

/**
 * The layer mix (SPEC §2.4): partners and revenue per Layer × Type, for the combinations that
 * occur. Layers in architecture order (blank last), types as first seen (blank last). Missing
 * revenue counts as 0.
 * @example layerMix([{ layer: "Core", type: "Technology", revenue: 10 }]) // [{ layer: "Core", type: "Technology", partners: 1, revenue: 10 }]
 */
export function layerMix(partners: readonly Pick<Partner, "layer" | "type" | "revenue">[]): LayerMixRow[] {
  const types = new Set<string>();
  // Layer → type → row: no key string built per partner.
  const cells = new Map<Layer | null, Map<string, LayerMixRow>>();
  // An indexed loop: for-of allocates per partner until V8 optimises this.
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as Pick<Partner, "layer" | "type" | "revenue">;
    if (p.type !== "") types.add(p.type);
    const layer = p.layer ?? null;
    let byType = cells.get(layer);
    if (byType === undefined) cells.set(layer, (byType = new Map()));
    let row = byType.get(p.type);
    if (row === undefined) byType.set(p.type, (row = { layer: p.layer, type: p.type, partners: 0, revenue: 0 }));
    row.partners += 1;
    row.revenue += p.revenue ?? 0;
  }
  types.add("");
  const out: LayerMixRow[] = [];
  for (const layer of LAYER_ORDER) {
    for (const type of types) {
      const row = cells.get(layer)?.get(type);
      if (row !== undefined) out.push(row);
    }
  }
  return out;
}
