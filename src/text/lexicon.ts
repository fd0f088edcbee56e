/**
 * Escapes a literal for use inside a regular expression, with or without the
 * `u` flag ("-" is left alone: `\-` is an error in Unicode mode).
 */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&');
}

/**
 * A regex alternation of the given words, longest first so that the longest
 * spelling wins ("US dollars" before "US dollar" before "dollar").
 * Spaces in a word match any run of spaces.
 */
export function alternation(words: Iterable<string>): string {
  return inAlternationOrder(words).map((w) => escapeRegExp(w).replace(/ +/g, '\\s+')).join('|');
}

/**
 * Distinct words in the order `alternation` tries them: longest first, then
 * by code units (a plain comparison: a locale-aware one made building the
 * patterns a large part of start-up).
 */
export function inAlternationOrder(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Case-insensitive lookup in a table keyed by lower-case spellings; inner spaces folded. */
export function lookup<V>(table: ReadonlyMap<string, V>, key: string): V | undefined {
  return table.get(key.toLowerCase().replace(/\s+/g, ' '));
}

/** Builds a lower-cased lookup map from [spelling, value] rows. */
export function tableOf<V>(rows: Iterable<readonly [string, V]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [spelling, value] of rows) map.set(spelling.toLowerCase(), value);
  return map;
}
