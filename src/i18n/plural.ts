/**
 * Counted nouns in the site's English text: "1 article", "3 articles", "2 stories". The rules come
 * from Intl.PluralRules rather than `n === 1`, so zero and fractions follow English usage.
 */

// The words passed in are English, so the rules must be English whatever the page's language.
const rules = new Intl.PluralRules('en');

/** The noun that fits `count`: `one` for a single thing, else `many` (default: `one` + "s"). */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return rules.select(count) === 'one' ? one : many;
}

/** The count and its noun, as written in running text: "1 article", "12 photos", "2 stories". */
export function plural(count: number, one: string, many?: string): string {
  return `${count} ${pluralWord(count, one, many)}`;
}
