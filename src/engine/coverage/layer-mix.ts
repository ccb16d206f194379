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
  const cells = new Map<string, LayerMixRow>();
  for (const p of partners) {
    if (p.type !== "") types.add(p.type);
    const key = `${p.layer ?? ""}\u0000${p.type}`;
    const row = cells.get(key) ?? { layer: p.layer, type: p.type, partners: 0, revenue: 0 };
    row.partners += 1;
    row.revenue += p.revenue ?? 0;
    cells.set(key, row);
  }
  types.add("");
  const out: LayerMixRow[] = [];
  for (const layer of LAYER_ORDER) {
    for (const type of types) {
      const row = cells.get(`${layer ?? ""}\u0000${type}`);
      if (row !== undefined) out.push(row);
    }
  }
  return out;
}
