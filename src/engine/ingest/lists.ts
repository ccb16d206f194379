/** List cells (SPEC §1): several values separated by `;`, `,` or line breaks. */

const LIST_SEPARATORS = /[;,\r\n]+/;

/** White space at either end, a run of it, or any white space but a plain space. */
const UNTIDY_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/**
 * A value trimmed with internal white space collapsed to single spaces. Most values are tidy
 * already, and testing for that allocates nothing: this runs for every name and list value.
 * @example tidySpaces("  CRM \t Integration ") === "CRM Integration"
 */
export function tidySpaces(value: string): string {
  return UNTIDY_SPACE.test(value) ? value.trim().replace(/\s+/g, " ") : value;
}

/**
 * The matching key of a value: lower-cased, trimmed, internal white space collapsed.
 * @example valueKey("  CRM   Integration ") === "crm integration"
 */
export function valueKey(value: string): string {
  return tidySpaces(value).toLowerCase();
}

/**
 * Splits a list cell into trimmed, non-empty values, in order, without duplicates
 * (case-insensitively; the first spelling wins).
 * @example splitList("CRM; crm ,Billing\nERP") // ["CRM", "Billing", "ERP"]
 */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(LIST_SEPARATORS)) {
    const value = tidySpaces(part);
    if (value === "") continue;
    const key = value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
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
