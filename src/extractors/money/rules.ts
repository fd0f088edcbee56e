import type { Context } from '../../types.js';
import { NUMBER_WORDS_PATTERN } from '../../text/numbers.js';
import { changeBefore } from './context.js';
import { isAsciiNonLetterAt, isSpaceAt, letterLengthAt } from './characters.js';
import { matchPrefixed, matchRangeEnd, matchSuffixed, spelledMatches, type PrefixedMatch, type SuffixedMatch } from './patterns.js';
import {
  SPELLINGS, agree, currencyWordsAfter, hashWordCode, isWeight, mayBeginCurrencyHash, readCurrency, readMarker, readNumber, readScale, wholeUnits,
  type Meaning, type Reading,
} from './normalize.js';
import { isAsciiLetter } from '../../text/chars.js';

/**
 * Speed: numbers are found with one scan of the text, and the patterns of
 * patterns.ts are matched by hand at each one, currencies before a number
 * looked up by their last character. Currency names after the number are
 * read word by word with Map lookups (`currencyAt`).
 */

/** An amount found by a rule plus, for an ambiguous currency ("$", "Rs"), every currency it may stand for. */
export interface MoneyHit {
  start: number;
  end: number;
  amount: number;
  amount_max?: number;
  currency: string;
  options?: readonly Meaning[];
}

/** A hit with the name of the rule that found it. */
export type NamedHit = MoneyHit & { rule: string };

/** The number words of a spelled amount, before its scale word: "two billion dollars", "half a billion euros", "a million dollars". */
const NUMBER_WORDS_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${NUMBER_WORDS_PATTERN}|an?)[\\s-]+$`, 'iu');

const LONGEST_PREFIX = Math.max(...[...SPELLINGS.prefix].map((p) => p.length));
const PREFIX_LAST_CHARACTERS = new Set([...SPELLINGS.prefix].map((p) => p[p.length - 1]));
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/** True when a currency prefix ends right before `position` (one space allowed): such amounts belong to PREFIXED. */
function prefixBefore(text: string, position: number): boolean {
  const end = text[position - 1] === ' ' || text[position - 1] === '\u00a0' ? position - 1 : position;
  if (!PREFIX_LAST_CHARACTERS.has(text[end - 1])) return false;
  for (let length = 1; length <= LONGEST_PREFIX && length <= end; length++) {
    if (SPELLINGS.prefix.has(text.slice(end - length, end)) && !WORD_CHARACTER.test(text[end - length - 1] ?? '')) return true;
  }
  return false;
}
/** A plain year before a currency name is no amount: "in 2019 dollars". */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Where the words after a number start: after spaces, or spaces, a hyphen and spaces (`\s*-\s*|\s*`). */
function wordsStart(text: string, position: number): number {
  let start = position;
  while (start < text.length && isSpaceAt(text, start)) start++;
  if (text.charCodeAt(start) !== 45) return start;
  start++;
  while (start < text.length && isSpaceAt(text, start)) start++;
  return start;
}

/** The end of the run of letters (`\p{L}+`) at `index`. */
function lettersEnd(text: string, index: number): number {
  let end = index;
  for (let length = letterLengthAt(text, end); length > 0; length = letterLengthAt(text, end)) end += length;
  return end;
}

/** The end of the word (`\p{L}+(?:\.\p{L}+)*\.?`) at `index`, or `index` when none starts there. */
function wordEnd(text: string, index: number): number {
  let end = lettersEnd(text, index);
  if (end === index) return index;
  while (text.charCodeAt(end) === 46) {
    const next = lettersEnd(text, end + 1);
    if (next === end + 1) return end + 1;
    end = next;
  }
  return end;
}

/**
 * The most words a currency beginning with the word at `start` has (see
 * `currencyWordsAfter`), 0 for none. Most numbers are followed by a word of
 * ASCII letters that begins none: its hash rules it out without slicing it.
 */
function currencyWordsAt(text: string, start: number): number {
  let hash = 0;
  let end = start;
  for (;;) {
    const code = text.charCodeAt(end);
    const next = text.charCodeAt(end + 1);
    if (code >= 128 || (code === 46 && next >= 128)) {
      const word = wordEnd(text, start);
      return word > start ? currencyWordsAfter(text.slice(start, word)) : 0;
    }
    // A period stays in the word only between letters ("U.S"); a final one is left out of the key.
    if (!isAsciiLetter(code) && !(code === 46 && end > start && isAsciiLetter(next))) break;
    hash = hashWordCode(hash, code);
    end++;
  }
  return end > start && mayBeginCurrencyHash(hash) ? currencyWordsAfter(text.slice(start, end)) : 0;
}

interface Written {
  reading: Reading;
  written: string;
  end: number;
}

/**
 * The longest run of words at `position` that names a currency written after
 * a number ("Swiss francs", "yen", "USD", "p"), trying each word end with and
 * without a final period.
 */
function currencyAt(text: string, position: number): Written | undefined {
  const start = wordsStart(text, position);
  // No currency has more words than the most of those beginning with the first word, nor than four.
  const most = Math.min(4, currencyWordsAt(text, start));
  const ends: number[] = [];
  for (let at = start; ends.length < most;) {
    const end = wordEnd(text, at);
    if (end === at) break;
    ends.push(end);
    at = wordsStart(text, end);
    if (at === end) break;
  }
  const glued = start === position;
  for (let i = ends.length - 1; i >= 0; i--) {
    const written = readWritten(text, start, ends[i], glued) ?? (text.charCodeAt(ends[i] - 1) === 46 ? readWritten(text, start, ends[i] - 1, glued) : undefined);
    if (written) return written;
  }
  return undefined;
}

/** The currency written from `start` to `end` when it may stand after a number, glued to it or not. */
function readWritten(text: string, start: number, end: number, glued: boolean): Written | undefined {
  const written = text.slice(start, end);
  const reading = readCurrency(written);
  return reading?.after && (!reading.glued || glued) ? { reading, written, end } : undefined;
}

/** A currency restated after an amount ("$9.99 US dollars", "$249 USD", "yuan RMB"), when it agrees. */
function restatedAt(text: string, position: number, meanings: readonly Meaning[]): { meanings: Meaning[]; end: number } | undefined {
  if (position >= text.length || !(isSpaceAt(text, position) || text[position] === '-')) return undefined;
  const restated = currencyAt(text, position);
  const agreed = restated && !restated.reading.glued ? agree({ meanings: [...meanings], weak: false, after: true, glued: false }, restated.reading) : [];
  return agreed.length > 0 ? { meanings: agreed, end: restated!.end } : undefined;
}

/** The value of one number and scale, or undefined when either is unreadable. */
function valueOf(number: string | undefined, scale: string | undefined): { number: number; scale: number } | undefined {
  const n = number === undefined ? undefined : readNumber(number);
  const s = readScale(scale);
  return n === undefined || s === undefined || !Number.isFinite(n) ? undefined : { number: n, scale: s };
}

interface Range {
  low: { number: number; scale: number };
  high: { number: number; scale: number };
  separator: string;
  hasBetween: boolean;
  /** Where the amount (or "between") starts, to look for a change word before it. */
  start: number;
}

/**
 * True when two amounts form a range: increasing, "and" only after
 * "between", and a "to" not after a change ("fell $10.14 to $23.80"); a
 * dash always joins ("from £5,000–£8,000"). A missing scale on the low end
 * is taken from the high end ("$1-2 billion") when that keeps it lower.
 */
function isRange(r: Range, text: string): boolean {
  const separator = r.separator.trim().toLowerCase();
  if (separator === 'and' && !r.hasBetween) return false;
  if (r.low.scale === 1 && r.high.scale > 1 && r.low.number < r.high.number) r.low.scale = r.high.scale;
  if (r.low.number * r.low.scale >= r.high.number * r.high.scale) return false;
  return r.hasBetween || separator !== 'to' || !changeBefore(text, r.start);
}

/** The hit for the meanings agreed on, keeping the options when the currency is ambiguous. */
function hit(meanings: readonly Meaning[], start: number, end: number, low: number, high?: number): MoneyHit {
  const { code, perUnit } = meanings[0];
  const result: MoneyHit = { start, end, amount: wholeUnits(low, 1, perUnit), currency: code };
  if (high !== undefined) result.amount_max = wholeUnits(high, 1, perUnit);
  if (meanings.length > 1) result.options = meanings;
  return result;
}

function extractPrefixed(m: PrefixedMatch, text: string): MoneyHit | null {
  const scale = m.scaleEnd > m.numberEnd ? text.slice(m.numberEnd, m.scaleEnd) : undefined;
  const currency = readCurrency(text.slice(m.currency, m.currencyEnd));
  const value = valueOf(text.slice(m.number, m.numberEnd), scale);
  if (!currency || !value || (currency.weak && !scale)) return null;
  let meanings = currency.meanings;
  if (m.marker !== -1) {
    const agreed = agree(currency, readMarker(text.slice(m.marker, m.markerEnd)));
    if (agreed.length > 0) meanings = agreed;
  }
  const amountStart = m.sign === -1 ? m.currency : m.sign;
  const amountEnd = m.marker !== -1 && meanings === currency.meanings ? m.scaleEnd : m.end;
  const restated = restatedAt(text, amountEnd, meanings);
  const end = restated?.end ?? amountEnd;
  if (restated) meanings = restated.meanings;

  const second = m.sign === -1 ? matchRangeEnd(text, end) : undefined;
  if (second) {
    const high = valueOf(text.slice(second.number, second.numberEnd), second.scaleEnd > second.numberEnd ? text.slice(second.numberEnd, second.scaleEnd) : undefined);
    const secondCurrency = second.currencyEnd === -1 ? undefined : readCurrency(text.slice(second.separatorEnd, second.currencyEnd)) ?? null;
    let both = secondCurrency === null ? [] : agree({ meanings, weak: false, after: true, glued: false }, secondCurrency);
    let rangeEnd = second.scaleEnd;
    const restatedHigh = both.length > 0 ? restatedAt(text, rangeEnd, both) : undefined;
    if (restatedHigh) [both, rangeEnd] = [restatedHigh.meanings, restatedHigh.end];
    const start = m.between === -1 ? amountStart : m.between;
    const range: Range | undefined = high && { low: value, high, separator: text.slice(end, second.separatorEnd), hasBetween: m.between !== -1, start };
    if (both.length > 0 && range && isRange(range, text)) {
      return hit(both, start, rangeEnd, range.low.number * range.low.scale, range.high.number * range.high.scale);
    }
  }
  return hit(meanings, amountStart, end, (m.sign === -1 ? 1 : -1) * value.number * value.scale);
}

/** The currency after a suffixed amount: a symbol matched by the pattern, or a name read from the words. */
function suffixCurrency(m: SuffixedMatch, text: string): Written | undefined {
  if (m.symbol === -1) return currencyAt(text, m.end);
  const written = text.slice(m.symbol, m.end);
  const reading = readCurrency(written);
  return reading && (!reading.glued || !isSpaceAt(text, m.symbol - 1)) ? { reading, written, end: m.end } : undefined;
}

function extractSuffixed(m: SuffixedMatch, text: string): MoneyHit | null {
  const currency = suffixCurrency(m, text);
  if (!currency || prefixBefore(text, m.start)) return null;
  const number = text.slice(m.number, m.numberEnd);
  const scale = m.scaleEnd > m.numberEnd ? text.slice(m.numberEnd, m.scaleEnd) : undefined;
  const value = valueOf(number, scale);
  if (!value) return null;
  const precise = /[.,]/.test(number);
  if (!scale && (YEAR.test(number) || (currency.reading.weak && !precise))) return null;
  if (isWeight(currency.written) && /^\s+of\b/i.test(text.slice(currency.end, currency.end + 8))) return null;

  const restated = restatedAt(text, currency.end, currency.reading.meanings);
  const meanings = restated?.meanings ?? currency.reading.meanings;
  const end = restated?.end ?? currency.end;
  const start = m.between === -1 ? m.start : m.between;
  if (m.lowEnd !== -1) {
    const low = valueOf(text.slice(m.start, m.lowEnd), m.lowScaleEnd > m.lowEnd ? text.slice(m.lowEnd, m.lowScaleEnd) : undefined);
    const range: Range | undefined = low && { low, high: value, separator: text.slice(m.lowScaleEnd, m.separatorEnd), hasBetween: m.between !== -1, start };
    if (range && isRange(range, text)) return hit(meanings, start, end, range.low.number * range.low.scale, value.number * value.scale);
  }
  return hit(meanings, m.number, end, value.number * value.scale);
}

/** True when a word ends before the spaces or hyphens that end at `position`, as a number word before a scale must. */
function wordBeforeGap(text: string, position: number): boolean {
  let start = position;
  while (start > 0 && (isSpaceAt(text, start - 1) || text[start - 1] === '-')) start--;
  return start < position && start > 0 && !isAsciiNonLetterAt(text, start - 1);
}

function extractSpelled(start: number, end: number, text: string): MoneyHit | null {
  if (WORD_CHARACTER.test(text[start - 1] ?? '') || !wordBeforeGap(text, start)) return null;
  const before = NUMBER_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  const currency = before && currencyAt(text, end);
  if (!before || !currency || currency.reading.glued) return null;
  const value = valueOf(before[0].replace(/[\s-]+$/, ''), text.slice(start, end));
  if (!value) return null;
  return hit(currency.reading.meanings, start - before[0].length, currency.end, value.number * value.scale);
}

const PREFIXED_RULE = 'money/prefixed';
const SUFFIXED_RULE = 'money/suffixed';
const SPELLED_RULE = 'money/spelled';

/**
 * Every amount the rules find, rule by rule in the order above, spelled
 * last. Each rule resumes after its own matches as a global regex would;
 * the number rules share one scan for numbers.
 */
export function findAmounts(ctx: Context): NamedHit[] {
  const { text } = ctx;
  const prefixed = numberRule(PREFIXED_RULE, matchPrefixed, extractPrefixed);
  const suffixed = numberRule(SUFFIXED_RULE, matchSuffixed, extractSuffixed);
  NUMBER_START.lastIndex = 0;
  while (NUMBER_START.test(text)) {
    const start = NUMBER_START.lastIndex - 1;
    prefixed.tryAt(text, start);
    suffixed.tryAt(text, start);
  }
  const hits = prefixed.hits.concat(suffixed.hits);
  for (const m of spelledMatches(text)) {
    const hit = extractSpelled(m.start, m.end, text) as NamedHit | null;
    if (hit) {
      hit.rule = SPELLED_RULE;
      hits.push(hit);
    }
  }
  return hits;
}

/** A rule tried at each number; it resumes after its own match, as a global regex would. */
function numberRule<M extends { end: number }>(rule: string, match: (text: string, start: number) => M | undefined, extract: (m: M, text: string) => MoneyHit | null) {
  const hits: NamedHit[] = [];
  let from = 0;
  return {
    hits,
    tryAt(text: string, start: number): void {
      const m = start >= from ? match(text, start) : undefined;
      if (!m) return;
      from = m.end;
      const hit = extract(m, text) as NamedHit | null;
      if (hit) {
        hit.rule = rule;
        hits.push(hit);
      }
    },
  };
}

/**
 * Where a number may start: a digit after no digit, or a period before a
 * digit (".5"); either way the one character matched. After a digit,
 * neither pattern can match: no currency or word boundary stands there.
 * `test` finds them without building a match.
 */
const NUMBER_START = /\.(?=\d)|(?<!\d)\d/g;
