import type { Partner, RequiredCapability } from "../model";
import { CAPABILITY_DEFAULTS } from "../ingest/capabilities";

/**
 * Providers of each capability: the partners that list it, in sheet order. Capability
 * spellings come from one shared vocabulary, so plain string keys match case-insensitively.
 * @example providersByCapability([{ name: "A", capabilities: ["CRM"] }]).get("CRM") // [A]
 */
export function providersByCapability<P extends Pick<Partner, "capabilities">>(
  partners: readonly P[],
): Map<string, P[]> {
  const out = new Map<string, P[]>();
  // Indexed loops: run once per analysis, mostly unoptimised, where for-of allocates per value.
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as P;
    for (let k = 0; k < p.capabilities.length; k++) {
      const c = p.capabilities[k] as string;
      const list = out.get(c);
      if (list === undefined) out.set(c, [p]);
      else list.push(p);
    }
  }
  return out;
}

/**
 * The required set (SPEC §1): the Capabilities table when there is one, else every capability
 * some partner lists, in the order first listed, with the default settings.
 * @example requiredSet(null, partners).map((c) => c.priority) // [3, 3, …]
 */
export function requiredSet(
  table: RequiredCapability[] | null,
  partners: readonly Pick<Partner, "capabilities">[],
): RequiredCapability[] {
  if (table !== null) return table;
  return [...providersByCapability(partners).keys()].map((capability) => ({
    capability,
    row: null,
    priority: CAPABILITY_DEFAULTS.priority,
    min: CAPABILITY_DEFAULTS.min,
    max: CAPABILITY_DEFAULTS.max,
    segments: [],
    regions: [],
    centrality: CAPABILITY_DEFAULTS.centrality,
    urgency: CAPABILITY_DEFAULTS.urgency,
  }));
}
