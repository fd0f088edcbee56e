import { alternation } from './lexicon.js';

/** Cardinal number words and their values. */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['a', 1], ['an', 1], ['a dozen', 12], ['dozen', 12], ['half a', 0.5], ['half', 0.5], ['a half', 0.5],
  ['a quarter', 0.25], ['quarter', 0.25], ['a couple of', 2], ['a couple', 2], ['couple of', 2],
  ['a few', 3], ['several', 3],
]);

/** Multipliers written as words. */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);

/** Ordinal words and their values. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21], ['twenty-second', 22], ['twenty-third', 23],
  ['twenty-fourth', 24], ['twenty-fifth', 25], ['twenty-sixth', 26], ['twenty-seventh', 27],
  ['twenty-eighth', 28], ['twenty-ninth', 29], ['thirtieth', 30], ['thirty-first', 31],
]);

const SMALL_WORDS = [...CARDINALS.keys()].filter((w) => !/^(a|an)$/.test(w));

/**
 * Regex source for a number written in words: "twenty-five", "two hundred",
 * "one and a half". Does not match the bare article "a"/"an".
 */
export const NUMBER_WORDS_PATTERN = `(?:(?:${alternation(SMALL_WORDS)})(?:[\\s-]+(?:and[\\s-]+)?(?:${alternation([...SMALL_WORDS, 'hundred'])}))*)`;

/** Regex source for a number written in digits: 1,234.5  3,20,000  0.75  .5 */
export const DIGITS_PATTERN = '(?:\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)';

/** Parses digits with thousands separators (Western or Indian grouping). */
export function parseDigits(written: string): number {
  return Number(written.replace(/[,\s\u00a0\u202f]/g, ''));
}

/** Parses a number written in words; undefined when a word is unknown. */
export function parseNumberWords(written: string): number | undefined {
  const words = written.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    const three = i + 2 < words.length ? `${two} ${words[i + 2]}` : '';
    const phrase = CARDINALS.has(three) ? three : CARDINALS.has(two) ? two : words[i];
    i += phrase.split(' ').length - 1;
    const small = CARDINALS.get(phrase);
    if (small !== undefined) {
      current += small;
      seen = true;
      continue;
    }
    const multiplier = MULTIPLIERS.get(phrase);
    if (multiplier === undefined) return undefined;
    if (!seen) current = 1;
    if (multiplier === 100) current *= 100;
    else {
      total += current * multiplier;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : undefined;
}

/** Parses a number written in digits or words. */
export function parseNumber(written: string): number | undefined {
  const trimmed = written.trim();
  if (/^[\d.,\s\u00a0\u202f]+$/.test(trimmed)) {
    const n = parseDigits(trimmed);
    return Number.isFinite(n) ? n : undefined;
  }
  return parseNumberWords(trimmed);
}
