import { headerKey } from "../ingest/headers";
import type { Vocabulary } from "../ingest/lists";
import { STANDARD_DIMENSIONS, UNSPECIFIED_DIMENSION } from "./types";

/**
 * Loose prefixes of the standard dimensions, so that "Capability ownership", "capabilities",
 * "Delivery owner" and "Decision rights" read as the standard names.
 */
const PREFIXES: readonly [string, string][] = [
  ["capabilit", "Capability"],
  ["deliver", "Delivery"],
  ["relationship", "Relationship"],
  ["decision", "Decision"],
  ["unspecified", UNSPECIFIED_DIMENSION],
];

/**
 * The dimension of a Dimension cell: a standard name, "Unspecified" when blank, or the text as
 * first written (through `vocab`) with `known: false` for an unknown dimension.
 * @example readDimension("decision rights", vocab) // { dimension: "Decision", known: true }
 */
export function readDimension(text: string, vocab: Vocabulary): { dimension: string; known: boolean } {
  const key = headerKey(text);
  if (key === "") return { dimension: UNSPECIFIED_DIMENSION, known: true };
  const match = PREFIXES.find(([prefix]) => key.startsWith(prefix));
  if (match !== undefined) return { dimension: match[1], known: true };
  return { dimension: vocab.canonical(text), known: false };
}

/** Display order of dimensions: standard ones, then others as first seen, Unspecified last. */
export function dimensionRank(dimension: string, firstSeen: number): number {
  const standard = (STANDARD_DIMENSIONS as readonly string[]).indexOf(dimension);
  if (standard >= 0) return standard;
  if (dimension === UNSPECIFIED_DIMENSION) return Number.MAX_SAFE_INTEGER;
  return STANDARD_DIMENSIONS.length + firstSeen;
}
