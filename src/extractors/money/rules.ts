import type { Context } from '../../types.js';
import { WORD_END, WORD_START } from '../../text/rules.js';
import { alternation } from '../../text/lexicon.js';
import { DIGITS_PATTERN, NUMBER_WORDS_PATTERN } from '../../text/numbers.js';
import { SCALE_ABBREVIATIONS, SCALE_WORDS } from './data/scales.js';
import { changeBefore } from './context.js';
import { isAsciiNonLetterAt, isGluedBeforeAt, isLetterAt, isSpaceAt } from './characters.js';
import {
  SPELLINGS, agree, isWeight, mayBeginCurrency, readCurrency, readMarker, readNumber, readScale, wholeUnits,
  type Meaning, type Reading,
} from './normalize.js';

/**
 * Speed: every pattern starts on something rare — a digit or a scale word —
 * and looks back for what stands before it. The digit patterns are sticky
 * and tried only at numbers that pass a cheap test of the characters before
 * them (`find`), so their lookbehinds and big alternations run rarely.
 * Currency names after the number are read word by word with Map lookups
 * (`currencyAt`) instead of one alternation of a thousand spellings.
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

/**
 * A rule as in text/rules.ts whose sticky pattern is tried only at the
 * start of a number that passes `mayStartAt`, a cheap test of what stands
 * before it that no match can fail.
 */
interface NumberRule {
  name: string;
  pattern: RegExp;
  mayStartAt(text: string, position: number): boolean;
  extract(match: RegExpExecArray, ctx: Context): MoneyHit | null;
}

/** Spellings as an alternation; a multi-word spelling also matches with hyphens. */
const anyOf = (spellings: Iterable<string>): string => alternation(spellings).replace(/\\s\+/g, '[\\s-]+');

const SCALE_WORD = alternation(SCALE_WORDS.map(([word]) => word));
const SCALE_WORDS_RUN = `(?:${SCALE_WORD})(?:\\s+(?:${SCALE_WORD}))?`;
/** A scale after the number: "-billion", " lakh crore", "bn", " mln". */
const SCALE = `(?:(?:\\s*-\\s*|\\s*)${SCALE_WORDS_RUN}|[ \\u00a0]?(?:${alternation(SCALE_ABBREVIATIONS.map(([a]) => a))}))${WORD_END}`;
const NUMBER_AHEAD = '(?=\\.?\\d)';
const SEPARATOR = `\\s*[-–—]\\s*|\\s+(?:to|and)\\s+`;
const BETWEEN = `(?:${WORD_START}(?<between>between\\s+))?`;
const PREFIX = anyOf(SPELLINGS.prefix);

/**
 * Currency before the number: "US$78.9 billion", "Rs 1,156 crore", "-$5m",
 * "$125 (U.S.)". The match starts at the number; the currency, a sign and
 * "between" are read in a lookbehind.
 */
const PREFIXED = new RegExp(
  `${NUMBER_AHEAD}(?<=${BETWEEN}(?<sign>(?<![^\\s(\\[:;])[-−])?(?<![\\p{L}\\p{N}_])(?<cur>${PREFIX})(?<space>[ \\u00a0]?))` +
    `(?<n>${DIGITS_PATTERN})(?<s>${SCALE})?(?:\\s*\\((?<marker>${anyOf(SPELLINGS.marker)})\\))?${WORD_END}`,
  'iuy',
);

/** The second half of a range after a prefixed amount: "to €2bn", "- 26 billion", "and $87.5 million". */
const RANGE_END = new RegExp(`(?<sep>${SEPARATOR})(?<cur>${PREFIX})?[ \\u00a0]?(?<n>${DIGITS_PATTERN})(?<s>${SCALE})?${WORD_END}`, 'iuy');

/**
 * Currency after the number: "260 billion won", "3.7 billion Swiss francs",
 * "430.5p", "300 €", "93-97 billion shillings". The currency itself is read
 * by `currencyAt`; the pattern only requires a symbol or a word to follow.
 */
const SUFFIXED = new RegExp(
  `${NUMBER_AHEAD}(?<=${BETWEEN})(?<![\\p{L}\\p{N}_.,])(?:(?<n0>${DIGITS_PATTERN})(?<s0>${SCALE})?(?<sep>${SEPARATOR}))?` +
    `(?<n>${DIGITS_PATTERN})(?<s>${SCALE})?(?:\\s*(?<symbol>${anyOf(SPELLINGS.suffixSymbol)})|(?=\\s*-?\\s*\\p{L}))`,
  'iuy',
);

/** Spelled numbers, found from their scale word: "two billion dollars", "half a billion euros", "a million dollars". */
const SPELLED = new RegExp(`(?<s>${SCALE_WORDS_RUN})${WORD_END}`, 'giu');
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

type Groups = Record<string, string | undefined>;

/** The first word after a number (after spaces or a hyphen): no currency begins with most of them. */
const FIRST_WORD_AT = /(?:\s*-\s*|\s*)(?<word>\p{L}+(?:\.\p{L}+)*\.?)/uy;
/** Up to four words after a number (after spaces or a hyphen), to read a currency name from. */
const WORDS_AT = /(?<gap>\s*-\s*|\s*)(?<words>\p{L}+(?:\.\p{L}+)*\.?(?:(?:\s+|\s*-\s*)\p{L}+(?:\.\p{L}+)*\.?){0,3})/uy;
const WORD = /\p{L}+(?:\.\p{L}+)*\.?/gu;

/** The end of the run of letters at `index`, or -1 at a surrogate, which `isLetterAt` cannot judge. */
function lettersEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && isLetterAt(text, end)) end++;
  const code = text.charCodeAt(end);
  return code >= 0xd800 && code <= 0xdfff ? -1 : end;
}

/** What FIRST_WORD_AT reads at `position`, walked by hand; the pattern itself only next to a surrogate. */
function firstWordAt(text: string, position: number): string | undefined {
  let start = position;
  while (start < text.length && isSpaceAt(text, start)) start++;
  if (text[start] === '-') {
    start++;
    while (start < text.length && isSpaceAt(text, start)) start++;
  }
  let end = lettersEnd(text, start);
  if (end === -1) return firstWordByPattern(text, position);
  if (end === start) return undefined;
  while (text[end] === '.') {
    const next = lettersEnd(text, end + 1);
    if (next === -1) return firstWordByPattern(text, position);
    if (next === end + 1) return text.slice(start, end + 1);
    end = next;
  }
  return text.slice(start, end);
}

function firstWordByPattern(text: string, position: number): string | undefined {
  FIRST_WORD_AT.lastIndex = position;
  return FIRST_WORD_AT.exec(text)?.groups!.word;
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
  const first = firstWordAt(text, position);
  if (first === undefined || !mayBeginCurrency(first)) return undefined;
  WORDS_AT.lastIndex = position;
  const m = WORDS_AT.exec(text);
  if (!m) return undefined;
  const { gap, words } = m.groups as { gap: string; words: string };
  const start = position + gap.length;
  const ends = [...words.matchAll(WORD)].map((w) => start + w.index! + w[0].length);
  for (let i = ends.length - 1; i >= 0; i--) {
    for (const end of text[ends[i] - 1] === '.' ? [ends[i], ends[i] - 1] : [ends[i]]) {
      const written = text.slice(start, end);
      const reading = readCurrency(written);
      if (reading?.after && (!reading.glued || gap === '')) return { reading, written, end };
    }
  }
  return undefined;
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

function extractPrefixed(m: RegExpExecArray, ctx: Context): MoneyHit | null {
  const g = m.groups as Groups;
  const currency = readCurrency(g.cur!);
  const value = valueOf(g.n, g.s);
  if (!currency || !value || (currency.weak && !g.s)) return null;
  let meanings = currency.meanings;
  if (g.marker) {
    const agreed = agree(currency, readMarker(g.marker));
    if (agreed.length > 0) meanings = agreed;
  }
  // The match starts at the number: what the lookbehind read stands before it.
  const amountStart = m.index - g.space!.length - g.cur!.length - (g.sign?.length ?? 0);
  const amountEnd = g.marker && meanings === currency.meanings ? m.index + g.n!.length + (g.s?.length ?? 0) : m.index + m[0].length;
  const restated = restatedAt(ctx.text, amountEnd, meanings);
  const end = restated?.end ?? amountEnd;
  if (restated) meanings = restated.meanings;
  const sign = g.sign ? -1 : 1;

  RANGE_END.lastIndex = end;
  const second = g.sign ? null : RANGE_END.exec(ctx.text);
  if (second) {
    const sg = second.groups as Groups;
    const high = valueOf(sg.n, sg.s);
    const secondCurrency = sg.cur === undefined ? undefined : readCurrency(sg.cur) ?? null;
    let both = secondCurrency === null ? [] : agree({ meanings, weak: false, after: true, glued: false }, secondCurrency);
    let rangeEnd = RANGE_END.lastIndex;
    const restatedHigh = both.length > 0 ? restatedAt(ctx.text, rangeEnd, both) : undefined;
    if (restatedHigh) [both, rangeEnd] = [restatedHigh.meanings, restatedHigh.end];
    const start = amountStart - (g.between?.length ?? 0);
    const range: Range | undefined = high && { low: value, high, separator: sg.sep!, hasBetween: !!g.between, start };
    if (both.length > 0 && range && isRange(range, ctx.text)) {
      return hit(both, start, rangeEnd, range.low.number * range.low.scale, range.high.number * range.high.scale);
    }
  }
  return hit(meanings, amountStart, end, sign * value.number * value.scale);
}

/** The currency after a suffixed amount: a symbol matched by the pattern, or a name read from the words. */
function suffixCurrency(m: RegExpExecArray, text: string): Written | undefined {
  const { symbol } = m.groups as Groups;
  const end = m.index + m[0].length;
  if (symbol === undefined) return currencyAt(text, end);
  const reading = readCurrency(symbol);
  const glued = !/\s$/.test(m[0].slice(0, -symbol.length));
  return reading && (!reading.glued || glued) ? { reading, written: symbol, end } : undefined;
}

function extractSuffixed(m: RegExpExecArray, ctx: Context): MoneyHit | null {
  const g = m.groups as Groups;
  // The match starts at the first number; the second one follows the range separator.
  const numberStart = m.index + (g.n0 === undefined ? 0 : g.n0.length + (g.s0?.length ?? 0) + g.sep!.length);
  const currency = suffixCurrency(m, ctx.text);
  if (!currency || prefixBefore(ctx.text, m.index)) return null;
  const value = valueOf(g.n, g.s);
  if (!value) return null;
  const precise = /[.,]/.test(g.n!);
  if (!g.s && (YEAR.test(g.n!) || (currency.reading.weak && !precise))) return null;
  if (isWeight(currency.written) && /^\s+of\b/i.test(ctx.text.slice(currency.end, currency.end + 8))) return null;

  const restated = restatedAt(ctx.text, currency.end, currency.reading.meanings);
  const meanings = restated?.meanings ?? currency.reading.meanings;
  const end = restated?.end ?? currency.end;
  const low = valueOf(g.n0, g.s0);
  const start = m.index - (g.between?.length ?? 0);
  const range: Range | undefined = low && { low, high: value, separator: g.sep!, hasBetween: !!g.between, start };
  if (range && isRange(range, ctx.text)) {
    return hit(meanings, start, end, range.low.number * range.low.scale, value.number * value.scale);
  }
  return hit(meanings, numberStart, end, value.number * value.scale);
}

/** True when a word ends before the spaces or hyphens that end at `position`, as a number word before a scale must. */
function wordBeforeGap(text: string, position: number): boolean {
  let start = position;
  while (start > 0 && (isSpaceAt(text, start - 1) || text[start - 1] === '-')) start--;
  return start < position && start > 0 && !isAsciiNonLetterAt(text, start - 1);
}

function extractSpelled(m: RegExpExecArray, ctx: Context): MoneyHit | null {
  if (WORD_CHARACTER.test(ctx.text[m.index - 1] ?? '') || !wordBeforeGap(ctx.text, m.index)) return null;
  const before = NUMBER_WORDS_BEFORE.exec(ctx.text.slice(Math.max(0, m.index - 60), m.index));
  const currency = before && currencyAt(ctx.text, m.index + m[0].length);
  if (!before || !currency || currency.reading.glued) return null;
  const value = valueOf(before[0].replace(/[\s-]+$/, ''), m.groups!.s);
  if (!value) return null;
  const start = m.index - before[0].length;
  return hit(currency.reading.meanings, start, currency.end, value.number * value.scale);
}

/**
 * Where a number may start: a digit run, or a period before a digit (".5").
 * A digit inside a run is skipped: after a digit, neither the currency of
 * PREFIXED nor the boundary of SUFFIXED can hold, and no match ends there.
 */
const NUMBER_START = /\.(?=\d)|\d+/g;

/**
 * Prefixes by how they end: the run of letters closing them, lower-cased
 * ("usd", "rs", "$u" → "u"), or a last symbol with the characters that
 * stand before it in one, lower-cased ("." after "s", "e", "/" …), null when
 * the symbol alone is a prefix ("$").
 */
const PREFIX_LETTER_TAILS = new Set<string>();
const BEFORE_LAST_SYMBOL = new Map<string, Set<string> | null>();
for (const prefix of SPELLINGS.prefix) {
  const tail = /\p{L}+$/u.exec(prefix);
  if (tail) {
    PREFIX_LETTER_TAILS.add(foldCase(tail[0]));
    continue;
  }
  const symbol = prefix[prefix.length - 1];
  const before = BEFORE_LAST_SYMBOL.get(symbol);
  if (prefix.length === 1 || before === null) BEFORE_LAST_SYMBOL.set(symbol, null);
  else BEFORE_LAST_SYMBOL.set(symbol, (before ?? new Set<string>()).add(foldCase(prefix[prefix.length - 2])));
}
const LONGEST_TAIL = Math.max(...[...PREFIX_LETTER_TAILS].map((t) => t.length));
/** Lower case as the `iu` flags compare letters ("ſ" is an "s" there). */
function foldCase(written: string): string {
  const lower = written.toLowerCase();
  return lower.includes('\u017f') ? lower.replace(/\u017f/g, 's') : lower;
}

/**
 * True unless no currency prefix can end at `end`: it ends in a symbol
 * (after what stands before that symbol in a prefix: "8.55" has no "Rs."),
 * or in the whole run of letters before `end` (a boundary stands before a
 * prefix, and a letter inside it is preceded by one of its symbols).
 */
function prefixMayEndAt(text: string, end: number): boolean {
  const before = BEFORE_LAST_SYMBOL.get(text[end - 1]);
  if (before === null) return true;
  if (before !== undefined) {
    // A space inside a prefix matches any run of spaces or hyphens ("US $", "US-$").
    const character = text[end - 2] ?? '';
    return before.has(foldCase(character)) || (before.has(' ') && end >= 2 && (isSpaceAt(text, end - 2) || character === '-'));
  }
  let start = end;
  while (start > 0 && end - start <= LONGEST_TAIL && isLetterAt(text, start - 1)) start--;
  return start < end && end - start <= LONGEST_TAIL && PREFIX_LETTER_TAILS.has(foldCase(text.slice(start, end)));
}

/** A prefix ends right before the number or one space before it. */
function prefixMayStandBefore(text: string, position: number): boolean {
  if (position === 0) return false;
  const before = text[position - 1];
  return prefixMayEndAt(text, position) || ((before === ' ' || before === '\u00a0') && prefixMayEndAt(text, position - 1));
}

/** False after the ASCII characters SUFFIXED's lookbehind rejects before a number; the rest is left to the pattern. */
const notGlued = (text: string, position: number): boolean => position === 0 || !isGluedBeforeAt(text, position - 1);

const NUMBER_RULES: readonly NumberRule[] = [
  { name: 'money/prefixed', pattern: PREFIXED, mayStartAt: prefixMayStandBefore, extract: extractPrefixed },
  { name: 'money/suffixed', pattern: SUFFIXED, mayStartAt: notGlued, extract: extractSuffixed },
];
const SPELLED_RULE = 'money/spelled';

/**
 * Every amount the rules find, rule by rule in the order above, spelled
 * last. Each rule resumes after its own matches as a global regex would;
 * the number rules share one scan for numbers.
 */
export function findAmounts(ctx: Context): NamedHit[] {
  const { text } = ctx;
  const found: NamedHit[][] = NUMBER_RULES.map(() => []);
  const resumeAt = NUMBER_RULES.map(() => 0);
  NUMBER_START.lastIndex = 0;
  for (let n = NUMBER_START.exec(text); n !== null; n = NUMBER_START.exec(text)) {
    const position = n.index;
    for (let i = 0; i < NUMBER_RULES.length; i++) {
      const rule = NUMBER_RULES[i];
      if (position < resumeAt[i] || !rule.mayStartAt(text, position)) continue;
      rule.pattern.lastIndex = position;
      const m = rule.pattern.exec(text);
      if (!m) continue;
      resumeAt[i] = rule.pattern.lastIndex;
      const hit = rule.extract(m, ctx) as NamedHit | null;
      if (hit) {
        hit.rule = rule.name;
        found[i].push(hit);
      }
    }
  }
  const hits = found.flat();
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m !== null; m = SPELLED.exec(text)) {
    const hit = extractSpelled(m, ctx) as NamedHit | null;
    if (hit) {
      hit.rule = SPELLED_RULE;
      hits.push(hit);
    }
  }
  return hits;
}
