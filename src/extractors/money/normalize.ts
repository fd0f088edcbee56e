import { CURRENCIES, NAMES_THAT_ARE_WORDS, NAMES_THAT_ARE_WEIGHTS } from './data/currencies.js';
import { SCALE_ABBREVIATIONS, SCALE_WORDS } from './data/scales.js';
import { parseDigits, parseNumberWords } from '../../text/numbers.js';
import { isSpaceAt } from './characters.js';

/** One currency a written form may stand for, and how many of that form make one whole unit. */
export interface Meaning {
  code: string;
  perUnit: number;
}

/** What a written currency says: the currencies it may stand for, the usual one first. */
export interface Reading {
  meanings: Meaning[];
  /** An ordinary word or letter too: trusted only with a scale word or a precise number. */
  weak: boolean;
  /** May stand after the number ("5 billion yen", "300 €", "5m USD"), not only before it. */
  after: boolean;
  /** Only glued to the number: "430.5p", "50c". */
  glued: boolean;
}

type Place = Pick<Reading, 'weak' | 'after' | 'glued'>;

/** Symbols, prefixes and codes: exact case ("RM", "P", "USD"). */
const SYMBOLS = new Map<string, Reading>();
/** Names: any case ("Swiss francs", "YEN"). */
const WORDS = new Map<string, Reading>();
/** Adjectives and codes that can stand in parentheses after an amount: "$125 (U.S.)". */
const MARKERS = new Map<string, Reading>();

/** Written forms the patterns in rules.ts are built from; names are read with `readCurrency` instead. */
export const SPELLINGS = {
  /** Before the number: "US$", "Rs", "EUR". */
  prefix: new Set<string>(),
  /** Symbols without letters after the number: "300 €", "50¢". */
  suffixSymbol: new Set<string>(),
  /** In parentheses after an amount: "(U.S.)", "(USD)". */
  marker: new Set<string>(),
};

const SPACE_OR_HYPHEN = /[\s-]/;
const foldSpaces = (written: string): string => (SPACE_OR_HYPHEN.test(written) ? written.replace(/[\s-]+/g, ' ').trim() : written);
const HAS_LETTER = /\p{L}/u;

function add(map: Map<string, Reading>, key: string, meaning: Meaning, place: Place): void {
  const reading = map.get(key) ?? { meanings: [], weak: place.weak, after: false, glued: place.glued };
  if (!reading.meanings.some((m) => m.code === meaning.code)) reading.meanings.push(meaning);
  reading.weak &&= place.weak;
  reading.after ||= place.after;
  reading.glued &&= place.glued;
  map.set(key, reading);
}

const WORDLIKE = new Set(NAMES_THAT_ARE_WORDS);
const NAME: Place = { weak: false, after: true, glued: false };
const CODE: Place = NAME;

function addWord(spelling: string, meaning: Meaning): void {
  const key = foldSpaces(spelling).toLowerCase();
  add(WORDS, key, meaning, { ...NAME, weak: WORDLIKE.has(key) });
}

function addSymbol(spelling: string, meaning: Meaning, place: Place): void {
  add(SYMBOLS, foldSpaces(spelling), meaning, place);
}

for (const c of CURRENCIES) {
  const whole: Meaning = { code: c.code, perUnit: 1 };
  addSymbol(c.code, whole, CODE);
  SPELLINGS.prefix.add(c.code);
  add(MARKERS, c.code, whole, CODE);
  SPELLINGS.marker.add(c.code);
  for (const p of c.prefixes ?? []) {
    // Without letters it also follows the number ("300 €"); of three letters or more it restates one ("yuan RMB").
    const symbol = !HAS_LETTER.test(p);
    addSymbol(p, whole, { weak: false, after: symbol || /^\p{L}{3,}$/u.test(p), glued: false });
    SPELLINGS.prefix.add(p);
    if (symbol) SPELLINGS.suffixSymbol.add(p);
  }
  for (const p of c.weakPrefixes ?? []) {
    addSymbol(p, whole, { weak: true, after: false, glued: false });
    SPELLINGS.prefix.add(p);
  }
  for (const s of c.suffixes ?? []) addSymbol(s, whole, NAME);
  const adjectives = c.adjectives ?? [];
  for (const adjective of adjectives) {
    add(MARKERS, adjective.toLowerCase(), whole, NAME);
    SPELLINGS.marker.add(adjective);
  }
  const names = c.names ?? [];
  for (const name of names) {
    addWord(name, whole);
    for (const adjective of adjectives) addWord(`${adjective} ${name}`, whole);
  }
  if (c.minor) {
    const minor: Meaning = { code: c.code, perUnit: c.minor.perUnit };
    const qualifiers = [...adjectives, ...names.filter((n) => !WORDLIKE.has(n))];
    for (const name of c.minor.names) {
      if (!c.minor.qualifiedOnly) addWord(name, minor);
      for (const q of qualifiers) addWord(`${q} ${name}`, minor);
    }
    for (const g of c.minor.glued ?? []) {
      addSymbol(g, minor, { weak: false, after: true, glued: true });
      if (!HAS_LETTER.test(g)) SPELLINGS.suffixSymbol.add(g);
    }
  }
}

/** Lower case without a final period ("u.s."→"u.s"): how `currencyWordsAfter` compares first words. */
function firstWordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
/** The first word of every written currency, symbols, codes and names alike, with the most words one has. */
const FIRST_WORDS = new Map<string, number>();
for (const key of [...SYMBOLS.keys(), ...WORDS.keys()]) {
  const words = key.split(' ');
  const first = firstWordKey(words[0]);
  FIRST_WORDS.set(first, Math.max(words.length, FIRST_WORDS.get(first) ?? 0));
}

/**
 * The most words a currency read by `readCurrency` has when it begins with
 * this word (taken with or without a final period, in any case); 0 when none
 * does, as for most words after a number ("percent", "in").
 */
export function currencyWordsAfter(word: string): number {
  return FIRST_WORDS.get(firstWordKey(word)) ?? 0;
}

/** Adds a character to the hash of an ASCII word, in lower case. */
export const hashWordCode = (hash: number, code: number): number => (Math.imul(hash, 31) + (code | 32)) | 0;
const FIRST_WORD_HASHES = new Set(
  [...FIRST_WORDS.keys()].filter((word) => /^[\x00-\x7f]*$/.test(word)).map((word) => [...word].reduce((hash, c) => hashWordCode(hash, c.charCodeAt(0)), 0)),
);

/** False when no ASCII word whose `hashWordCode` hash this is begins a currency. */
export function mayBeginCurrencyHash(hash: number): boolean {
  return FIRST_WORD_HASHES.has(hash);
}

/** Reads a currency as written: exact symbols and codes first, then names in any case. */
export function readCurrency(written: string): Reading | undefined {
  const folded = foldSpaces(written);
  return SYMBOLS.get(folded) ?? WORDS.get(folded.toLowerCase());
}

/** Reads what a parenthesised marker says: "(U.S.)" → USD, "(USD)" → USD. */
export function readMarker(written: string): Reading | undefined {
  const folded = foldSpaces(written);
  return MARKERS.get(folded) ?? MARKERS.get(folded.toLowerCase());
}

const WEIGHTS = new Set(NAMES_THAT_ARE_WEIGHTS);
/** True for a bare name that is also a unit of weight ("pounds"). */
export function isWeight(written: string): boolean {
  return WEIGHTS.has(foldSpaces(written).toLowerCase());
}

/**
 * The meanings every reading allows, in the order of the first one (whose
 * minor-unit factor counts): "$" restated as "US dollars" leaves USD only.
 */
export function agree(first: Reading, ...others: (Reading | undefined)[]): Meaning[] {
  return first.meanings.filter((m) => others.every((o) => !o || o.meanings.some((x) => x.code === m.code)));
}

const SCALES = new Map<string, number>([...SCALE_WORDS, ...SCALE_ABBREVIATIONS].map(([w, v]) => [w.toLowerCase(), v]));

/** Multiplier of scale words as written ("-billion", "lakh crore", "bn"); 1 when none. */
export function readScale(written: string | undefined): number | undefined {
  if (!written) return 1;
  return USUAL_SCALES.get(written) ?? readScaleWords(written);
}

function readScaleWords(written: string): number | undefined {
  let product = 1;
  // The words between runs of spaces and hyphens, walked by hand: amounts are many.
  const lower = written.toLowerCase();
  for (let start = 0, end = 0; start < lower.length; start = end + 1) {
    end = start;
    while (end < lower.length && lower.charCodeAt(end) !== 45 && !isSpaceAt(lower, end)) end++;
    if (end === start) continue;
    const value = SCALES.get(lower.slice(start, end));
    if (value === undefined) return undefined;
    product *= value;
  }
  return product;
}

/** Scales as usually written after a number ("bn", " billion", "-million"), read in advance. */
const USUAL_SCALES = new Map(
  [...SCALES.keys()].flatMap((scale) => [scale, ` ${scale}`, `-${scale}`]).map((written) => [written, readScaleWords(written)] as const),
);

/** Spelled numbers too vague to sum: "several million dollars", "a few billion". */
const VAGUE = /\b(?:few|several|couple)\b/i;

/** Reads the number of an amount, in digits or words ("1,156", "half a", "two"). */
export function readNumber(written: string): number | undefined {
  let digits = false;
  let plain = true;
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    if (code >= 48 && code <= 57) digits = true;
    else if (code !== 46) plain = false;
  }
  // Digits and periods only are read by `parseDigits` as by `Number`: there are no separators to drop.
  if (digits) return plain ? Number(written) : parseDigits(written);
  const words = written.toLowerCase().replace(/\s+/g, ' ').trim();
  if (VAGUE.test(words)) return undefined;
  if (words === 'a' || words === 'an') return 1;
  if (words === 'half a' || words === 'half an') return 0.5;
  return parseNumberWords(words);
}

/** Whole units of an amount, rounded to 15 significant digits so that 78.9 billion is exactly 78900000000. */
export function wholeUnits(number: number, scale: number, perUnit: number): number {
  const value = (number * scale) / perUnit;
  const whole = Math.round(value);
  return Math.abs(value - whole) < 1e-9 * Math.max(1, Math.abs(value)) ? whole : Number(value.toPrecision(15));
}

/**
 * The currency an ambiguous form ("$", "dollars", "¥", "Rs") stands for in
 * this document: the `--dollar` option for the dollar family, else the one
 * other member the document writes explicitly, else the usual one.
 */
export function chooseCurrency(options: readonly string[], explicit: ReadonlySet<string>, dollar?: string): string {
  if (dollar && options[0] === 'USD') return dollar;
  const written = options.filter((code) => explicit.has(code));
  return written.length === 1 ? written[0] : options[0];
}
