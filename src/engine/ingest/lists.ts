/** List cells (SPEC §1): several values separated by `;`, `,` or line breaks. */

import type { RangeTable } from "./range-table";

/**
 * A value trimmed with internal white space collapsed to single spaces. Most values are tidy
 * already, and checking that allocates nothing: this runs for every name and list value.
 * @example tidySpaces("  CRM \t Integration ") === "CRM Integration"
 */
export function tidySpaces(value: string): string {
  return isTidy(value) ? value : value.trim().replace(/\s+/g, " ");
}

/** True when no white space is at either end, in a run, or other than a plain space. */
function isTidy(value: string): boolean {
  let afterSpace = true; // a space at the start is untidy, as is one after another
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isOtherSpace(c)) {
      return false;
    } else {
      afterSpace = false;
    }
  }
  return !afterSpace || value.length === 0;
}

/** White space as trim() and \s know it, the plain space included. */
function isSpace(c: number): boolean {
  return c === 32 || isOtherSpace(c);
}

/**
 * White space as trim() and \s know it (ECMAScript WhiteSpace and LineTerminator), but the
 * plain space: tab to carriage return, no-break, Ogham, the U+2000 spaces, line and paragraph
 * separators, narrow no-break, medium mathematical, ideographic, and the byte order mark.
 */
function isOtherSpace(c: number): boolean {
  if (c < 0xa0) return c >= 9 && c <= 13;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The matching key of a value: lower-cased, trimmed, internal white space collapsed.
 * @example valueKey("  CRM   Integration ") === "crm integration"
 */
export function valueKey(value: string): string {
  return tidySpaces(value).toLowerCase();
}

/**
 * The values of the list being split, reused: each list is then allocated once at its own size.
 * Built by push, an array of 1–16 values keeps room for 17, and partners keep their lists.
 */
const kept: string[] = [];

/**
 * Splits a list cell into trimmed, non-empty values, in order, without duplicates
 * (case-insensitively; the first spelling wins).
 * @example splitList("CRM; crm ,Billing\nERP") // ["CRM", "Billing", "ERP"]
 */
export function splitList(text: string): string[] {
  let n = 0;
  /** Lower-cased values kept, once the list is long; short lists compare in place. */
  let seen: Set<string> | undefined;
  let start = 0;
  // As text.split(/[;,\r\n]+/) (a run of separators leaves empty parts, which are skipped).
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isListSeparator(text.charCodeAt(i))) continue;
    const value = tidyPart(text, start, i);
    start = i + 1;
    if (value === "") continue;
    if (seen === undefined && n < 16) {
      if (!hasSameLowerCase(kept, n, value)) kept[n++] = value;
      continue;
    }
    seen ??= lowerCased(kept, n);
    const key = value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept[n++] = value;
  }
  const out = kept.slice(0, n);
  kept.fill("", 0, n); // hold on to no value
  return out;
}

function lowerCased(values: readonly string[], n: number): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < n; i++) keys.add((values[i] as string).toLowerCase());
  return keys;
}

/**
 * `splitList(text).map((v) => vocab.canonical(v))`, for list cells whose values are display
 * spellings (capabilities, segments, regions). Each value is looked up by its place in the
 * text (`known`: exact trimmed text → spelling), so a value seen before costs no string;
 * repeats are dropped by spelling, which is the same as dropping them case-insensitively
 * because the vocabulary spells two values alike exactly when they match case-insensitively.
 * @example splitListSpelled("CRM; crm ,Billing", known, vocab) // ["CRM", "Billing"]
 */
export function splitListSpelled(text: string, known: RangeTable<string>, vocab: Vocabulary): string[] {
  let n = 0;
  /** The spellings kept, once the list is long; short lists compare in place. */
  let seen: Set<string> | undefined;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isListSeparator(text.charCodeAt(i))) continue;
    let from = start;
    let to = i;
    start = i + 1;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (from === to) continue;
    let value = known.get(text, from, to);
    if (value === undefined) {
      const written = text.slice(from, to);
      value = vocab.canonical(tidySpaces(written));
      known.add(written, value);
    }
    if (seen === undefined && n < 16) {
      if (!hasValue(kept, n, value)) kept[n++] = value;
      continue;
    }
    seen ??= new Set(kept.slice(0, n));
    if (seen.has(value)) continue;
    seen.add(value);
    kept[n++] = value;
  }
  const out = kept.slice(0, n);
  kept.fill("", 0, n); // hold on to no value
  return out;
}

/**
 * `tidySpaces(text.slice(start, end))`, the white space at both ends skipped before slicing:
 * values after the first usually follow "; ", and trimming the slice would copy it again.
 */
function tidyPart(text: string, start: number, end: number): string {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === end ? "" : tidySpaces(text.slice(start, end));
}

/** True when one of the first `n` values is `value`. */
function hasValue(values: readonly string[], n: number, value: string): boolean {
  for (let i = 0; i < n; i++) if (values[i] === value) return true;
  return false;
}

/** True when one of the first `n` values is `value` lower-cased alike. */
function hasSameLowerCase(values: readonly string[], n: number, value: string): boolean {
  for (let i = 0; i < n; i++) if (sameLowerCase(values[i] as string, value)) return true;
  return false;
}

/**
 * a.toLowerCase() === b.toLowerCase(), without lower-casing when the strings are ASCII where
 * they differ (outside ASCII lower-casing can change lengths: "İ" becomes two code units).
 */
export function sameLowerCase(a: string, b: string): boolean {
  if (a.length === b.length) {
    let i = 0;
    for (; i < a.length; i++) {
      let x = a.charCodeAt(i);
      let y = b.charCodeAt(i);
      if (x === y) continue;
      if (x >= 128 || y >= 128) break;
      if (x >= 65 && x <= 90) x += 32;
      if (y >= 65 && y <= 90) y += 32;
      if (x !== y) return false;
    }
    if (i === a.length) return true;
  } else if (isAscii(a) && isAscii(b)) {
    return false;
  }
  return a.toLowerCase() === b.toLowerCase();
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 128) return false;
  return true;
}

/** `;`, `,`, carriage return or line feed. */
function isListSeparator(c: number): boolean {
  return c === 59 || c === 44 || c === 13 || c === 10;
}

/**
 * Remembers the first spelling seen of every value, so that "crm" and "CRM" display alike
 * everywhere and compare equal as plain strings.
 */
export class Vocabulary {
  private readonly spellings = new Map<string, string>();
  /** Exact text → display spelling: registers repeat the same few values thousands of times. */
  private readonly seenText = new Map<string, string>();

  /** The display spelling of a value: the first one seen for its key. */
  canonical(value: string): string {
    const hit = this.seenText.get(value);
    if (hit !== undefined) return hit;
    const shown = this.canonicalByKey(value);
    this.seenText.set(value, shown);
    return shown;
  }

  private canonicalByKey(value: string): string {
    const key = valueKey(value);
    const known = this.spellings.get(key);
    if (known !== undefined) return known;
    const shown = tidySpaces(value);
    this.spellings.set(key, shown);
    return shown;
  }

  /** The display spelling if the value has been seen, else undefined. */
  lookup(value: string): string | undefined {
    return this.spellings.get(valueKey(value));
  }

  /** Every display spelling, in the order first seen. */
  values(): string[] {
    return [...this.spellings.values()];
  }
}
