import { valueKey } from "./ingest/lists";
import { MATURITY_PILLARS, type MaturityEntry } from "./model";

export interface PillarMaturity {
  pillar: string;
  /** 1–5; null when not assessed or invalid. */
  score: number | null;
  target: number | null;
  /** Target − score; null unless both are known. */
  gap: number | null;
}

/**
 * Maturity per pillar (SPEC §2.8): score, target and gap (target − score). The six standard
 * pillars are always listed, in radar order, so that the chart keeps its shape; pillars the
 * table adds follow in sheet order. Null without a Maturity table.
 * @example assessMaturity([{ pillar: "People", row: 2, score: 2, target: 4 }])?.[1] // { pillar: "People", score: 2, target: 4, gap: 2 }
 */
export function assessMaturity(entries: readonly MaturityEntry[] | null): PillarMaturity[] | null {
  if (entries === null) return null;
  const byKey = new Map(entries.map((e) => [valueKey(e.pillar), e]));
  const standard = new Set(MATURITY_PILLARS.map((p) => valueKey(p)));
  const pillars = [...MATURITY_PILLARS, ...entries.map((e) => e.pillar).filter((p) => !standard.has(valueKey(p)))];
  return pillars.map((pillar) => {
    const e = byKey.get(valueKey(pillar));
    const score = e?.score ?? null;
    const target = e?.target ?? null;
    return { pillar, score, target, gap: score !== null && target !== null ? target - score : null };
  });
}

/**
 * The `maturity` key of the JSON document: per pillar score, target and gap; null without a
 * Maturity table.
 * @example maturityDocument(analysis.maturity)?.[0] // { pillar: "Strategy", score: 3, target: 4, gap: 1 }
 */
export function maturityDocument(maturity: readonly PillarMaturity[] | null): Record<string, unknown>[] | null {
  return maturity === null ? null : maturity.map(({ pillar, score, target, gap }) => ({ pillar, score, target, gap }));
}
