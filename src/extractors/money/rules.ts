import type { Context } from '../../types.js';
import { WORD_END, WORD_START, type Rule, type RuleResult } from '../../text/rules.js';
import { alternation } from '../../text/lexicon.js';
import { DIGITS_PATTERN, NUMBER_WORDS_PATTERN } from '../../text/numbers.js';
import { SCALE_ABBREVIATIONS, SCALE_WORDS } from './data/scales.js';
import { changeBefore } from './context.js';
import {
  SPELLINGS, agree, isWeight, readCurrency, readMarker, readNumber, readScale, wholeUnits,
  type Meaning, type Reading,
} from './normalize.js';

/** A rule's hit plus, for an ambiguous currency ("$", "Rs"), every currency it may stand for. */
export type MoneyHit = RuleResult<'money'> & { options?: readonly Meaning[] };

/** Currency spellings as an alternation; a multi-word spelling also matches with hyphens ("Canadian-dollar"). */
const anyOf = (spellings: Iterable<string>): string => alternation(spellings).replace(/\\s\+/g, '[\\s-]+');

const SCALE_WORD = alternation(SCALE_WORDS.map(([word]) => word));
/** A scale after the number: "-billion", " lakh crore", "bn", " mln". */
const SCALE = `(?:(?:\\s*-\\s*|\\s*)(?:${SCALE_WORD})(?:\\s+(?:${SCALE_WORD}))?|[ \\u00a0]?(?:${alternation(SCALE_ABBREVIATIONS.map(([a]) => a))}))${WORD_END}`;
/** A number in digits or words; a bare "a"/"an" only before a scale word ("a million dollars"). */
const NUMBER = `(?:${DIGITS_PATTERN}|${NUMBER_WORDS_PATTERN}|an?(?=[\\s-]+(?:${SCALE_WORD})${WORD_END}))`;
const SEPARATOR = `\\s*[-–—]\\s*|\\s+(?:to|and)\\s+`;
const BETWEEN = `(?:${WORD_START}(?<between>between)\\s+)?`;
const PREFIX = anyOf(SPELLINGS.prefix);
const RESTATED = anyOf(SPELLINGS.restated);
/** A currency restated after the amount: "$9.99 US dollars", "$249 USD", "yuan RMB". */
const restated = (name: string): string => `(?:(?:\\s+|\\s*-\\s*)(?<${name}>${RESTATED}))?`;

/**
 * Currency before the number: "US$78.9 billion", "Rs 1,156 crore", "-$5m",
 * "$125 (U.S.)". A range's second half ("to €2bn", "- 26 billion") is read
 * in a lookahead, so that when it is no range it is still found on its own.
 */
const PREFIXED = new RegExp(
  BETWEEN +
    `(?<sign>(?<![^\\s(\\[:;])[-−])?(?<![\\p{L}\\p{N}_])(?<cur>${PREFIX})[ \\u00a0]?(?<n>${DIGITS_PATTERN})(?<s>${SCALE})?` +
    `(?:\\s*\\((?<marker>${anyOf(SPELLINGS.marker)})\\)|${restated('restated')})${WORD_END}` +
    `(?=(?<tail>(?<sep>${SEPARATOR})(?<cur2>${PREFIX})?[ \\u00a0]?(?<n2>${DIGITS_PATTERN})(?<s2>${SCALE})?${restated('restated2')}${WORD_END})?)`,
  'iud',
);

/**
 * Currency after the number: "260 billion won", "3.7 billion Swiss francs",
 * "430.5p", "two billion dollars", "93-97 billion shillings".
 */
const SUFFIXED = new RegExp(
  BETWEEN +
    `(?<![\\p{L}\\p{N}_.,])(?:(?<n0>${NUMBER})(?<s0>${SCALE})?(?<sep>${SEPARATOR}))?(?<n>${NUMBER})(?<s>${SCALE})?` +
    `(?:(?:\\s*-\\s*|\\s*)(?<cur>${anyOf(SPELLINGS.suffix)})|(?<glued>${anyOf(SPELLINGS.glued)}))` +
    `${restated('restated')}${WORD_END}`,
  'iud',
);

/** A currency prefix right before a number: such amounts belong to PREFIXED. */
const PREFIX_AT_END = new RegExp(`${WORD_START}(?:${PREFIX})[ \\u00a0]?$`, 'u');
/** A plain year before a currency name is no amount: "in 2019 dollars". */
const YEAR = /^(?:1[89]|20)\d\d$/;

type Groups = Record<string, string | undefined>;
type Indices = Record<string, [number, number] | undefined>;

/** The whole-unit value of one number and scale, or undefined when either is unreadable. */
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
 * "between", and not "fell $10.14 to $23.80". A missing scale on the low end
 * is taken from the high end ("$1-2 billion") when that keeps it lower.
 */
function isRange(r: Range, text: string): boolean {
  const separator = r.separator.trim().toLowerCase();
  if (separator === 'and' && !r.hasBetween) return false;
  if (r.low.scale === 1 && r.high.scale > 1 && r.low.number < r.high.number) r.low.scale = r.high.scale;
  if (r.low.number * r.low.scale >= r.high.number * r.high.scale) return false;
  return r.hasBetween || !changeBefore(text, r.start);
}

/** The hit for meanings agreed on, with the options kept when the currency is ambiguous. */
function hit(meanings: readonly Meaning[], start: number, end: number, low: number, high?: number): MoneyHit {
  const { code, perUnit } = meanings[0];
  const result: MoneyHit = { start, end, amount: wholeUnits(low, 1, perUnit), currency: code };
  if (high !== undefined) result.amount_max = wholeUnits(high, 1, perUnit);
  if (meanings.length > 1) result.options = meanings;
  return result;
}

/** Reads an optional restated currency; an unreadable one counts as disagreeing. */
const reread = (written: string | undefined, read: (w: string) => Reading | undefined): Reading | null | undefined =>
  written === undefined ? undefined : read(written) ?? null;

function extractPrefixed(m: RegExpExecArray, ctx: Context): MoneyHit | null {
  const g = m.groups as Groups;
  const at = m.indices!.groups as Indices;
  const currency = readCurrency(g.cur!);
  const value = valueOf(g.n, g.s);
  if (!currency || !value || (currency.weak && !g.s)) return null;

  let start = at.between ? at.sign?.[0] ?? at.cur![0] : m.index;
  let end = m.index + m[0].length;
  const restatedAs = reread(g.restated, readCurrency) ?? reread(g.marker, readMarker);
  let meanings = restatedAs === null ? [] : agree(currency, restatedAs);
  if (meanings.length === 0) {
    meanings = currency.meanings;
    end = (at.s ?? at.n)![1];
  }
  const sign = g.sign ? -1 : 1;
  const low = sign * value.number * value.scale;

  if (g.tail && !g.sign) {
    const second = reread(g.cur2, readCurrency);
    const secondRestated = reread(g.restated2, readCurrency);
    const high = valueOf(g.n2, g.s2);
    const both = second === null || secondRestated === null ? [] : agree({ meanings, weak: false }, second, secondRestated);
    const range: Range | undefined = high && { low: value, high, separator: g.sep!, hasBetween: !!g.between, start: m.index };
    if (both.length > 0 && range && isRange(range, ctx.text)) {
      return hit(both, m.index, at.tail![1], range.low.number * range.low.scale, range.high.number * range.high.scale);
    }
  }
  return hit(meanings, start, end, low);
}

function extractSuffixed(m: RegExpExecArray, ctx: Context): MoneyHit | null {
  const g = m.groups as Groups;
  const at = m.indices!.groups as Indices;
  const written = g.cur ?? g.glued!;
  const currency = readCurrency(written);
  const value = valueOf(g.n, g.s);
  const numberStart = at.n![0];
  if (!currency || !value) return null;
  const firstNumber = at.n0?.[0] ?? numberStart;
  if (PREFIX_AT_END.test(ctx.text.slice(Math.max(0, firstNumber - 8), firstNumber))) return null;
  const precise = /[.,]/.test(g.n!);
  if (!g.s && (YEAR.test(g.n!) || (currency.weak && !precise))) return null;
  let end = m.index + m[0].length;
  if (isWeight(written) && /^\s+of\b/i.test(ctx.text.slice(end, end + 8))) return null;

  const restatedAs = reread(g.restated, readCurrency);
  let meanings = restatedAs === null ? [] : agree(currency, restatedAs);
  if (meanings.length === 0) {
    meanings = currency.meanings;
    end = (at.cur ?? at.glued)![1];
  }
  const low = valueOf(g.n0, g.s0);
  if (g.n0 !== undefined) {
    const range: Range | undefined = low && { low, high: value, separator: g.sep!, hasBetween: !!g.between, start: m.index };
    if (range && isRange(range, ctx.text)) {
      return hit(meanings, m.index, end, range.low.number * range.low.scale, value.number * value.scale);
    }
  }
  return hit(meanings, numberStart, end, value.number * value.scale);
}

export const RULES: readonly Rule<'money'>[] = [
  { name: 'money/prefixed', pattern: PREFIXED, extract: extractPrefixed },
  { name: 'money/suffixed', pattern: SUFFIXED, extract: extractSuffixed },
];
