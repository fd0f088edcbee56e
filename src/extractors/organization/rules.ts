/**
 * The patterns and word sets of the organisation extractor, built once from
 * the data tables. No table is repeated here by hand.
 */
import { alternation } from '../../text/lexicon.js';
import { isAsciiLetter, isDigit } from '../../text/chars.js';
import { WORD_END, WORD_START } from '../../text/rules.js';
import { CITIES, COUNTRIES, PROVINCES, REGIONS } from '../place/data/places.js';
import { COMPANY_FOLLOWERS, COMPANY_NOUNS, COMPANY_POSSESSIONS, HYPHEN_OWNERS, PORTFOLIO_TITLES, SHARED_NOUNS, TAKES_COMPANY, TITLE_MODIFIERS, TITLES } from './data/cues.js';
import { COMMON_WORD_NAMES, WELL_KNOWN_ORGANIZATIONS } from './data/gazetteer.js';
import { HEADS_WITH_COMPLEMENT, LEGAL_PREFIXES, LEGAL_SUFFIXES, NAME_POSSESSIVES, ORG_HEADS, STANDALONE_BODIES } from './data/heads.js';
import { CLUB_CUES_AFTER, CLUB_CUES_BEFORE, TEAM_SPORTS } from './data/sports.js';
import { LEADING_NON_NAME_WORDS, NOT_ORG_ACRONYMS, NOT_ORG_HEADS } from './data/stoplist.js';

/** Folds curly apostrophes and inner spaces so that lookups ignore them. Called for every word: a character loop, no regex. */
export function fold(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0x2019) continue;
    if (c === 0x2019 || c === 9 || c === 10 || c === 13 || (c === 32 && s.charCodeAt(i + 1) === 32)) return s.replace(/’/g, "'").replace(/\s+/g, ' ');
  }
  return s;
}
const setOf = (words: Iterable<string>): Set<string> => new Set([...words].map(fold));

export const WELL_KNOWN = setOf(WELL_KNOWN_ORGANIZATIONS);
/** The first words of the well-known names: a candidate's word that opens none needs no phrase lookups. */
export const WELL_KNOWN_FIRST_WORDS = new Set([...WELL_KNOWN].map((name) => name.split(' ')[0]));
export const COMMON_WORDS = setOf(COMMON_WORD_NAMES);
export const LEGAL = setOf(LEGAL_SUFFIXES);
export const LEGAL_BEFORE = setOf(LEGAL_PREFIXES);
export const HEADS = setOf(ORG_HEADS);
export const BODIES = setOf(STANDALONE_BODIES);
export const NOT_HEADS = setOf(NOT_ORG_HEADS);
export const LEADING = setOf(LEADING_NON_NAME_WORDS);
export const STOP_ACRONYMS = setOf(NOT_ORG_ACRONYMS);
export const POSSESSIVE_NAMES = setOf(NAME_POSSESSIVES);
export const TITLE_WORDS = setOf(TITLES);
/** The first words of the titles: most words open none, and need no phrase built. */
export const TITLE_FIRST_WORDS = new Set([...TITLE_WORDS].map((t) => t.split(/[ -]/)[0]));
export const TITLE_OPENERS = setOf(TITLE_MODIFIERS);
export const PORTFOLIOS = setOf(PORTFOLIO_TITLES);
/** Head (folded) → the small words that may link its complement. */
export const COMPLEMENT_LINKS = new Map(HEADS_WITH_COMPLEMENT.map(([head, links]) => [fold(head), new Set(links)]));

/** Every spelling of a place or of a people: names that are never an organisation on their own. */
export const PLACES = setOf([
  ...COUNTRIES.flatMap(([, name, aliases]) => [name, ...aliases]),
  ...REGIONS,
  ...CITIES.map(([name]) => name),
  ...PROVINCES.map(([name]) => name),
]);
/** Countries and regions: in a sports report a town names its club, a country or region ("West Indies") its national side. */
export const NATIONS = setOf([...COUNTRIES.flatMap(([, name, aliases]) => [name, ...aliases]), ...REGIONS]);
/** Countries, regions and peoples in capitals, for all-caps tables ("JAPAN 3 2 1 0"). */
export const NATIONS_UPPER = new Set([...NATIONS, ...setOf(COUNTRIES.flatMap(([, , , demonyms]) => demonyms))].map((p) => p.toUpperCase()));
export const DEMONYMS = setOf(COUNTRIES.flatMap(([, , , demonyms]) => demonyms));
/** Places in capitals, for datelines ("TOKYO, May 10 —"). */
export const PLACES_UPPER = new Set([...PLACES, ...DEMONYMS].map((p) => p.toUpperCase()));

/** The tables a folded word or phrase is in, as bit flags: one lookup answers for all of them. */
export const IS_LEADING = 1, IS_TITLE = 2, OPENS_TITLE = 4, IS_TITLE_OPENER = 8, IS_WELL_KNOWN = 16, OPENS_WELL_KNOWN = 32,
  IS_PLACE = 64, IS_DEMONYM = 128, IS_LEGAL = 256, IS_LEGAL_BEFORE = 512, IS_HEAD = 1024, IS_NOT_HEAD = 2048, IS_COMMON = 4096,
  IS_BODY = 8192, ENDS_NOT_HEAD = 16384, ENDS_COMPLEMENT_HEAD = 32768;
/** The last words of phrases: a phrase ending in a plain word that ends none of them is none of them. */
const lastWords = (phrases: Iterable<string>) => [...phrases].map((p) => p.slice(p.lastIndexOf(' ') + 1));
const TABLES = new Map<string, number>();
for (const [table, flag] of [
  [LEADING, IS_LEADING], [TITLE_WORDS, IS_TITLE], [TITLE_FIRST_WORDS, OPENS_TITLE], [TITLE_OPENERS, IS_TITLE_OPENER],
  [WELL_KNOWN, IS_WELL_KNOWN], [WELL_KNOWN_FIRST_WORDS, OPENS_WELL_KNOWN], [PLACES, IS_PLACE], [DEMONYMS, IS_DEMONYM],
  [LEGAL, IS_LEGAL], [LEGAL_BEFORE, IS_LEGAL_BEFORE], [HEADS, IS_HEAD], [NOT_HEADS, IS_NOT_HEAD], [COMMON_WORDS, IS_COMMON],
  [BODIES, IS_BODY], [lastWords(NOT_HEADS), ENDS_NOT_HEAD], [lastWords(COMPLEMENT_LINKS.keys()), ENDS_COMPLEMENT_HEAD],
] as const) {
  for (const key of table) TABLES.set(key, (TABLES.get(key) ?? 0) | flag);
}
/** The IS_* and OPENS_* flags of a folded word or phrase: `tablesOf(k) & IS_PLACE` is `PLACES.has(k)`. */
export function tablesOf(key: string): number {
  return TABLES.get(key) ?? 0;
}

/** The longest name-shaped phrase the tables hold, in words: bounds the phrase lookups. */
export const LONGEST_NAME = 8;

/** Legal forms that the plain word rule would not take whole: dotted, spaced or lower-case ones. */
const SPELLED_LEGAL = LEGAL_SUFFIXES.filter((s) => /[.,\s/]|^\p{Ll}/u.test(s));
const LEGAL_ALT = alternation(SPELLED_LEGAL);
/** One of those legal forms, as a whole word. */
const LEGAL_WORD = new RegExp(`(?:${LEGAL_ALT})(?![\\p{L}\\p{N}])`, 'uy');
/** What a comma before a legal form is followed by ("Co., Ltd", "Foo, Inc"). */
const AFTER_COMMA = ['Inc', 'Ltd', 'LLC', 'Corp', 'Co'];
const LEGAL_AFTER_COMMA = new RegExp(`(?:${LEGAL_ALT}|${AFTER_COMMA.join('|')})(?![\\p{L}])`, 'uy');

/** The first two characters of some words: where none opens, their pattern need not be tried. */
class Openings {
  private readonly ascii = new Uint8Array(0x4000);
  private readonly other = new Set<number>();
  constructor(words: readonly string[]) {
    for (const w of words) {
      const a = w.charCodeAt(0), b = w.charCodeAt(1);
      if (a < 0x80 && b < 0x80) this.ascii[(a << 7) | b] = 1;
      else this.other.add(a * 0x10000 + b);
    }
  }

  /** Do text[i] and text[i + 1] open one of the words? */
  at(text: string, i: number): boolean {
    const a = text.charCodeAt(i), b = text.charCodeAt(i + 1);
    return a < 0x80 && b < 0x80 ? this.ascii[(a << 7) | b] === 1 : this.other.has(a * 0x10000 + b);
  }
}
const LEGAL_OPENINGS = new Openings(SPELLED_LEGAL);
const AFTER_COMMA_OPENINGS = new Openings([...SPELLED_LEGAL, ...AFTER_COMMA]);
/** Abbreviations that keep their full stop: "Corp.", "Bros.". */
const ABBREVIATIONS = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Cos', 'Bros', 'Mfg', 'Intl', 'Assn', 'Dept', 'Govt']);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
/**
 * A word of up to LONGEST_LINK small ASCII letters as one number, so that
 * the words after a name are looked up without being cut out of the text.
 */
function smallWordCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let i = end - 1; i >= start; i--) code = code * 27 + text.charCodeAt(i) - 96;
  return code;
}
const codesOf = (words: readonly string[]) => new Set(words.map((w) => smallWordCode(w, 0, w.length)));
/** Small words that may link two words of a name ("Bank of Japan", "Banco de Chile"), each before a space. */
const LINK_WORDS = ['of', 'for', 'in', 'on', 'and', 'de', 'del', 'della', 'des', 'du', 'da', 'do', 'di', 'la', 'le', 'van', 'von', 'der', 'den', 'y', 'et', 'zu', 'ng'];
const LINKS = codesOf(LINK_WORDS);
const LONGEST_LINK = Math.max(...LINK_WORDS.map((l) => l.length));
/** Links that an article may follow ("Bank of the Philippine Islands"). */
const ARTICLE_LINKS = codesOf(['of', 'for', 'in', 'on']);
const ARTICLES = codesOf(['the', 'a', 'an']);

/** Character classes of code points, as bit flags. */
const UPPER = 1, LOWER = 2, LETTER = 4, NUMBER = 8, LETTER_OR_NUMBER = LETTER | NUMBER;
/** Classes of the BMP, looked up with the regexes once per character met: 0 = not yet known. */
const CLASSES = new Uint8Array(0x10000);
const KNOWN = 16;
function classify(ch: string): number {
  return KNOWN | (IS_UPPER.test(ch) ? UPPER : 0) | (IS_LOWER.test(ch) ? LOWER : 0) | (IS_LETTER.test(ch) ? LETTER : 0) | (IS_NUMBER.test(ch) ? NUMBER : 0);
}
const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
for (let c = 0; c < 0x80; c++) CLASSES[c] = classify(String.fromCharCode(c));

/** The class of the code point at i (a surrogate pair counts as one), and its length in `codeLength`. */
let codeLength = 1;
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  codeLength = 1;
  if (c < 0x80) return CLASSES[c];
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      codeLength = 2;
      return classify(text.slice(i, i + 2));
    }
  }
  if (c !== c) return 0; // past the end
  return CLASSES[c] || (CLASSES[c] = classify(text[i]));
}
/** The class of the code point that ends right before i. */
function classBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return classify(text.slice(i - 2, i));
  }
  return classAt(text, i - 1);
}
const isBlank = (c: number) => c === 32 || c === 9;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiWordChar = (c: number) => isDigit(c) || isAsciiLetter(c) || c === 95;
/** Marks inside a word: "I-Cube", "AT&T", "Amazon.com", "People’s", "A/S". */
const isInnerMark = (c: number) => c === 45 || c === 38 || c === 46 || c === 39 || c === 0x2019 || c === 47;
const WHITESPACE = /\s/;

/**
 * The words of one run of name words, as offsets: word k < count is
 * text[starts[k], ends[k]), the gap before it text[ends[k-1], starts[k]).
 * The arrays are reused from run to run: entries from count on are stale.
 */
export interface NameRun {
  readonly count: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * Reads runs of name words: a word, then words after gaps that may stand
 * inside a name, as long as they last.
 *
 * A word is a capitalised or numeric word with inner hyphens, ampersands,
 * dots and apostrophes ("I-Cube", "AT&T", "Amazon.com", "People’s"), initials
 * ("U.S.", "S.A."), a camel-case brand ("eBay"), or a dotted, spaced or
 * lower-case legal form ("Corp.", "Co., Ltd.", "plc"); a run of digits is one
 * when a capital follows it ("3M", "7 Eleven"). A gap is blanks, with a small
 * linking word ("of the", "and", "de") when a word follows it; an ampersand;
 * or a comma before a legal form. Each is tried in that order, the first that
 * fits wins: the rules of a regular expression, written out as a character
 * loop because the expression was tried at every capital of the text.
 */
class NameRunReader implements NameRun {
  count = 0;
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  constructor(private readonly text: string) {}

  /** The end of the run that opens at `at` (-1 when none): no letter, digit or "_" may stand before it. */
  readAt(at: number): number {
    if (at > 0 && (classBefore(this.text, at) & LETTER_OR_NUMBER || this.text.charCodeAt(at - 1) === 95)) return -1;
    const end = this.wordEnd(at);
    if (end < 0) return -1;
    this.count = 0;
    this.add(at, end);
    while (this.gapAndWord(this.ends[this.count - 1]));
    const runEnd = this.ends[this.count - 1];
    // Its words are those of the run read alone: where it ends right before a letter or digit
    // ("S.A.B. de C.V.iPhone"), a legal form at its end is whole there.
    if (classAt(this.text, runEnd) & LETTER_OR_NUMBER) this.readAlone(at, runEnd);
    return runEnd;
  }

  private readAlone(start: number, end: number): void {
    const alone = new NameRunReader(this.text.slice(start, end));
    alone.readAt(0);
    this.count = 0;
    for (let k = 0; k < alone.count; k++) this.add(start + alone.starts[k], start + alone.ends[k]);
  }

  private add(start: number, end: number): void {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  /** A gap at p and a word after it: adds the word and says whether there was one. */
  private gapAndWord(p: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (isBlank(c)) {
      const s = skipBlanks(text, p);
      const e = skipAsciiLower(text, s);
      if (e > s && e - s <= LONGEST_LINK && isBlank(text.charCodeAt(e))) {
        const link = smallWordCode(text, s, e);
        if (LINKS.has(link)) {
          const after = skipBlanks(text, e);
          if (ARTICLE_LINKS.has(link)) {
            const a = skipAsciiLower(text, after);
            if (a > after && a - after <= LONGEST_LINK && isBlank(text.charCodeAt(a)) && ARTICLES.has(smallWordCode(text, after, a)) && this.addWord(skipBlanks(text, a))) return true;
          }
          if (this.addWord(after)) return true;
        }
      }
      if (this.addWord(s)) return true;
    }
    const amp = skipBlanks(text, p);
    if (text.charCodeAt(amp) === 38 && this.addWord(skipBlanks(text, amp + 1))) return true;
    if (c === 44) {
      const s = skipBlanks(text, p + 1);
      LEGAL_AFTER_COMMA.lastIndex = s;
      if (AFTER_COMMA_OPENINGS.at(text, s) && LEGAL_AFTER_COMMA.test(text) && this.addWord(s)) return true;
    }
    return false;
  }

  private addWord(p: number): boolean {
    const end = this.wordEnd(p);
    if (end < 0) return false;
    this.add(p, end);
    return true;
  }

  /** The end of the word at p, -1 when none opens there. */
  private wordEnd(p: number): number {
    const text = this.text;
    if (LEGAL_OPENINGS.at(text, p)) {
      LEGAL_WORD.lastIndex = p;
      if (LEGAL_WORD.test(text)) return LEGAL_WORD.lastIndex;
    }
    const cls = classAt(text, p);
    let q = p + codeLength;
    if (cls & UPPER) {
      // Initials: two or more capitals, each with its full stop.
      let initials = 0;
      for (let r = p; classAt(text, r) & UPPER && text.charCodeAt(r + codeLength) === 46; r += codeLength + 1) {
        if (++initials >= 2) q = r + codeLength + 1;
      }
      if (initials >= 2) return q;
    } else if (isDigit(text.charCodeAt(p))) {
      while (isDigit(text.charCodeAt(q))) q++;
      if (!capitalAfterDigits(text, q)) return -1;
    } else if (cls & LOWER) {
      // ASCII small letters first, in a tight loop: the word after a name is mostly one.
      q = skipAsciiLower(text, q);
      while (classAt(text, q) & LOWER) q += codeLength;
      if (!(classAt(text, q) & UPPER)) return -1;
    } else {
      return -1;
    }
    q = skipLettersAndNumbers(text, q);
    while (isInnerMark(text.charCodeAt(q)) && classAt(text, q + 1) & LETTER_OR_NUMBER) q = skipLettersAndNumbers(text, q + 1);
    if (text.charCodeAt(q) === 46) {
      // An abbreviation is the letters before the full stop, as a word of its own.
      let b = q;
      while (b > 0 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
      if (q - b <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(b, q)) && !isAsciiWordChar(text.charCodeAt(b - 1))) q++;
    }
    return q;
  }
}

/** Does a capital follow the digits ending at q, within the letters and digits after them or after blanks? */
function capitalAfterDigits(text: string, q: number): boolean {
  for (let r = q; ; r += codeLength) {
    const cls = classAt(text, r);
    if (cls & UPPER) return true;
    if (!(cls & LETTER) && !isDigit(text.charCodeAt(r))) break;
  }
  const r = skipBlanks(text, q);
  return r > q && (classAt(text, r) & UPPER) !== 0;
}
function skipBlanks(text: string, i: number): number {
  while (isBlank(text.charCodeAt(i))) i++;
  return i;
}
function skipAsciiLower(text: string, i: number): number {
  while (isAsciiLower(text.charCodeAt(i))) i++;
  return i;
}
function skipLettersAndNumbers(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? !(CLASSES[c] & LETTER_OR_NUMBER) : !(classAt(text, i) & LETTER_OR_NUMBER)) return i;
    i += c < 0x80 ? 1 : codeLength;
  }
}

/**
 * Calls `visit` for every run of name words, in text order. A run may open at
 * a capital, at digits, at "plc" or at "de" and a space; a camel-case word
 * ("eBay") opens with the small letters before its capital.
 */
export function forEachNameRun(text: string, visit: (run: NameRun) => void): void {
  const reader = new NameRunReader(text);
  const length = text.length;
  let runEnd = 0;
  for (let i = 0; i < length; ) {
    let c = text.charCodeAt(i);
    // Most characters open no run: skip them in a tight loop.
    while (c < 0x80 && !MAY_OPEN[c] && ++i < length) c = text.charCodeAt(i);
    if (i >= length) break;
    let next = i + 1;
    let capital = false;
    if (c <= 57) {
      while (isDigit(text.charCodeAt(next))) next++;
    } else if (c <= 90) {
      capital = true;
    } else if (c < 0x80) {
      // "plc" or "de" and a space, as a word
      const opens = (c === 112 ? text.startsWith('lc', i + 1) : text.charCodeAt(i + 1) === 101 && WHITESPACE.test(text.charAt(i + 2))) && !isAsciiWordChar(text.charCodeAt(i - 1));
      if (!opens) {
        i++;
        continue;
      }
      next = i + 3;
    } else {
      capital = (classAt(text, i) & UPPER) !== 0;
      next = i + codeLength;
      if (!capital) {
        i = next;
        continue;
      }
    }
    const camel = capital ? lowerCaseStart(text, i) : i;
    let end = camel < i && camel >= runEnd ? reader.readAt(camel) : -1;
    if (end < 0) end = reader.readAt(i);
    if (end < 0) {
      i = next;
      continue;
    }
    visit(reader);
    runEnd = i = end;
  }
}
/** ASCII characters that may open a run: capitals, digits, and the "p" of "plc" and "d" of "de". */
const MAY_OPEN = new Uint8Array(0x80);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789pd') MAY_OPEN[c.charCodeAt(0)] = 1;

/** Where the lower-case letters right before `at` begin ("e" of "eBay"); `at` when there are none. */
function lowerCaseStart(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const code = text.charCodeAt(i - 1);
    if (code >= 97 && code <= 122) i--;
    else if (code < 0x80) break;
    else if (code >= 0xdc00 && code <= 0xdfff && i >= 2 && LOWER_LETTER.test(String.fromCodePoint(text.codePointAt(i - 2)!))) i -= 2;
    else if (LOWER_LETTER.test(text[i - 1])) i--;
    else break;
  }
  return i;
}
const LOWER_LETTER = /\p{Ll}/u;

/** "Ministry of Trade, Industry and Energy": the comma-separated remit after an "of". */
export const COMMA_REMIT = new RegExp(String.raw`,[ \t]+(?:\p{Lu}[\p{L}\-]*[ \t]+)*?(?:\p{Lu}[\p{L}\-]*,[ \t]+)*\p{Lu}[\p{L}\-]*,?[ \t]+and[ \t]+\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*)?${WORD_END}`, 'uy');

const phrase = (words: readonly string[]) => alternation(words).replace(/\\s\+/g, '[ \\t]+');
/**
 * Phrases right after a name, within `reach` characters: a phrase that opens
 * with a comma, or words after blanks. The pattern is tried only where the
 * letters after the blanks open one of the phrases: most names are followed
 * by none.
 */
class CueAfter {
  private readonly pattern: RegExp;
  /** The shapes of what the phrases open with: ',' or the ASCII letters that open their first word. */
  private readonly openings: Set<number>;
  constructor(phrases: readonly string[], private readonly reach: number) {
    this.pattern = new RegExp(String.raw`^(?:[ \t]+)?(?:${phrase(phrases.map((f) => (f.startsWith(',') ? f : ` ${f}`)))})${WORD_END}`, 'u');
    this.openings = new Set(phrases.map((f) => (f.startsWith(',') ? ',' : /^[A-Za-z]*/.exec(f)![0])).map((o) => shapeOf(o, 0, o.length, false)));
  }

  /** Does one of the phrases follow text[at]? */
  follows(text: string, at: number): boolean {
    const limit = Math.min(text.length, at + this.reach);
    const b = skipBlanks(text, at);
    let e = b;
    if (text.charCodeAt(b) === 44 && b < limit) e++;
    else while (e < limit && isAsciiLetter(text.charCodeAt(e))) e++;
    return this.openings.has(shapeOf(text, b, e, false)) && this.pattern.test(text.slice(at, limit));
  }
}
/**
 * A word's length and first, second and last characters packed in one small
 * number: a word whose shape no listed word has is none of them, and is told
 * so without being cut out of the text. `lower` folds ASCII capitals.
 */
function shapeOf(text: string, start: number, end: number, lower: boolean): number {
  const length = end - start;
  if (length <= 0) return 0;
  const char = (i: number) => {
    const c = text.charCodeAt(i);
    return (lower && c >= 65 && c <= 90 ? c | 0x20 : c) & 0xff;
  };
  return ((length & 0x3f) << 24) | (char(start) << 16) | ((length > 1 ? char(start + 1) : 0) << 8) | char(end - 1);
}
/** Cues just after a name ("Takeda shares", "Microsoft founder"). */
export const FOLLOWER_CUE = new CueAfter(COMPANY_FOLLOWERS, 40);
/** Cues after a possessive ("Toyota’s chief executive"). */
export const POSSESSION_CUE = new RegExp(String.raw`^['’]s?[ \t]+(?:[\p{Ll}\-]+[ \t]+)?(?:${phrase(COMPANY_POSSESSIONS)})${WORD_END}`, 'u');
/**
 * Words just before a name, looked up word by word backwards from the name:
 * a regex anchored at the end would be tried at every position of the text
 * before it.
 */
export class CueBefore {
  private readonly phrases: Set<string>;
  /** The shapes of the words the phrases end with: most words before a name end none, and need no phrase built. */
  private readonly lastWords: Set<number>;
  private readonly longest: number;
  constructor(phrases: readonly string[], private readonly options: { anyCase?: boolean; comma?: boolean } = {}) {
    this.phrases = new Set(phrases.map((p) => (options.anyCase ? p.toLowerCase() : p)));
    this.lastWords = new Set([...this.phrases].map((p) => shapeOf(p, p.lastIndexOf(' ') + 1, p.length, false)));
    this.longest = Math.max(...phrases.map((p) => p.split(' ').length));
  }

  /** Does one of the phrases end right before `at`, with spaces (and, if allowed, a comma) between? */
  endsAt(text: string, at: number): boolean {
    let end = skipBlanksBack(text, at);
    if (end === at) return false;
    if (this.options.comma && text[end - 1] === ',') end--;
    let phrase = '';
    for (let n = 0; n < this.longest; n++) {
      let start = end, ascii = true;
      for (; start > 0; start--) {
        const c = text.charCodeAt(start - 1);
        if (!isCueChar(c, text[start - 1])) break;
        ascii &&= c < 0x80;
      }
      if (start === end) return false;
      // toLowerCase() may change other letters, and their number: only an ASCII word is told apart by its shape.
      if (n === 0 && ascii && !this.lastWords.has(shapeOf(text, start, end, this.options.anyCase === true))) return false;
      const word = text.slice(start, end);
      if (n === 0 && !ascii && !this.lastWords.has(shapeOf(this.options.anyCase ? word.toLowerCase() : word, 0, word.length, false))) return false;
      phrase = n === 0 ? word : `${word} ${phrase}`;
      if (this.phrases.has(this.options.anyCase ? phrase.toLowerCase() : phrase) && !isNameChar(text, start - 1)) return true;
      end = skipBlanksBack(text, start);
      if (end === start) return false;
    }
    return false;
  }
}
const skipBlanksBack = (text: string, at: number): number => {
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at;
};
/** Letters and the hyphen of "spin-off": what cue words are made of. */
const isCueChar = (code: number, ch: string): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45 || (code >= 0xc0 && IS_LETTER.test(ch));
const isNameChar = (text: string, i: number): boolean => i >= 0 && NAME_CHAR.test(text[i]);
const NAME_CHAR = /[\p{L}\p{N}_]/u;

/** Words just before a name that take a company ("acquired CareFusion", "analyst at Jefferies", "retailer Target"). */
export const TAKES_COMPANY_CUE = new CueBefore([...TAKES_COMPANY, ...COMPANY_NOUNS], { anyCase: true });
/** A noun before a name that fits a person too ("rival Walmart"): the name is checked with compromise. */
export const SHARED_NOUN_CUE = new CueBefore(SHARED_NOUNS, { comma: true });
/** "Alphabet-owned": the hyphen suffix that makes the part before it a company. */
export const OWNER_SUFFIX = new RegExp(String.raw`^-(?:${phrase(HYPHEN_OWNERS)})${WORD_END}`, 'u');

/** A name that ends in a legal form, written out in words: "RCPH & Asociados S.A. de C.V.". */
const ENDS_LEGAL = new RegExp(`(?:^|[\\s,])(?:${alternation(LEGAL_SUFFIXES)})$`, 'u');
const BLANK_OR_COMMA = /[\s,]/;
/** What the legal forms end with, after their last blank or comma: a name ending in none needs no pattern tried. */
const LEGAL_LAST_WORDS = new Set(LEGAL_SUFFIXES.map(lastWord));
function lastWord(name: string): string {
  let i = name.length;
  for (; i > 0; i--) {
    const c = name.charCodeAt(i - 1);
    if (c < 0x80 ? c === 32 || c === 44 || (c >= 9 && c <= 13) : BLANK_OR_COMMA.test(name[i - 1])) break;
  }
  return name.slice(i);
}
export function endsInLegalForm(name: string): boolean {
  return LEGAL_LAST_WORDS.has(lastWord(name)) && ENDS_LEGAL.test(name);
}

/** A credit or dateline source in parentheses before a dash: "(RTTNews) -", "(Alliance News) –". */
export const CREDIT = /\(((?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}&.]+(?: \p{Lu}[\p{L}&.]+){0,3})\)[ \t]*[-–—]/uy;

/**
 * A token that is an acronym: upper-case letters with digits or "&" ("CATL",
 * "AT&T", "3M"); a mixed "BoI" too. The words of
 * /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\d][\p{Lu}\d&]*(?:\p{Ll}\p{Lu}+)?s?$/u, read in one
 * pass: most names fail at their second character.
 */
export function isAcronym(word: string): boolean {
  let capitals = 0;
  // 0: nothing read; 1: capitals, digits and "&"; 2: one small letter after them; 3: capitals after it; 4: a closing "s"
  let state = 0;
  let small = 0;
  for (let i = 0; i < word.length; i += codeLength) {
    const cls = classAt(word, i);
    const c = word.charCodeAt(i);
    const upper = (cls & UPPER) !== 0;
    if (upper) capitals++;
    if (state === 0) {
      if (!upper && !isDigit(c)) return false;
      state = 1;
    } else if (state === 1) {
      if (upper || isDigit(c) || c === 38) continue;
      if (!(cls & LOWER)) return false;
      small = c;
      state = 2;
    } else if (state === 2) {
      if (!upper) return false;
      state = 3;
    } else if (state === 3) {
      if (upper) continue;
      if (c !== 115) return false;
      state = 4;
    } else {
      return false;
    }
  }
  return capitals >= 2 && (state === 1 || state === 3 || state === 4 || (state === 2 && small === 115));
}

/** A team-sport report: its first line names the sport before a dash ("SOCCER - LEEDS WIN", "NFL AMERICAN FOOTBALL-COLTS WIN"). */
const SPORTS_HEADING_PATTERN = new RegExp(String.raw`^[^\n]{0,30}?${WORD_START}(?:${phrase(TEAM_SPORTS)})${WORD_END}[^\n]{0,20}?[ \t]*[-–—:]`, 'iu');
/** Is the text a team-sport report? The heading's dash or colon is looked for first: most texts have none. */
export function isSportsReport(text: string): boolean {
  const head = text.slice(0, 120);
  const firstLine = head.indexOf('\n');
  return /[-–—:]/.test(firstLine < 0 ? head : head.slice(0, firstLine)) && SPORTS_HEADING_PATTERN.test(head);
}
/** Words before a club's name in a match report ("beat Leeds"). */
export const CLUB_BEFORE = new CueBefore(CLUB_CUES_BEFORE);
/** Words after a club's name ("Leeds striker", "Lazio have"). */
export const CLUB_AFTER = new CueAfter(CLUB_CUES_AFTER, 16);

/** A team's name in a table: capitalised words, with "of" or "de" inside ("Queen of South", "NY RANGERS"). */
const TEAM_WORD = String.raw`\p{Lu}[\p{L}'’.&-]*`;
const TEAM = String.raw`${TEAM_WORD}(?:[ \t]+(?:(?:of|de|del|la|di)[ \t]+)?${TEAM_WORD}){0,4}`;
/** A column of a standings table: a count, a percentage (".750"), games behind ("8 1/2") or a dash. */
const COLUMN = String.raw`(?:\d+(?:\.\d+)?|\.\d+|\d+/\d+|-)`;
/** "Fulham 22 15 3 4 36 16 48", "Alba Berlin (Germany) 9 5 4 14": a team and three or more columns. */
export const STANDINGS_LINE = new RegExp(String.raw`^[ \t]*(${TEAM})(?:[ \t]+\(${TEAM}\))?(?:[ \t]+${COLUMN}){3,}[ \t]*$`, 'gmu');
/** "Plymouth 4 Exeter 1", "Paris St Germain 1 (N'Gotty 2) Nancy 2 (Fischer": two teams and their scores. */
export const RESULT_LINE = new RegExp(String.raw`^[ \t]*(${TEAM})[ \t]+\d+(?:[ \t]+\([^()\n]*\))?[ \t]+(${TEAM})[ \t]+\d+(?:[ \t]+\([^\n]*)?[ \t]*$`, 'gmu');
/**
 * "Fife v Partick, Stirling v St Mirren (to Tuesday)", "TAMPA BAY AT SAN JOSE": fixture lines, pair by pair.
 * After "at" stands the venue, a place: only the team before it is taken.
 */
const FIXTURE = String.raw`${TEAM}[ \t]+(?:v|vs\.?|at|AT)[ \t]+${TEAM}`;
export const FIXTURE_LINE = new RegExp(String.raw`^[ \t]*${FIXTURE}(?:[ \t]*[,;][ \t]*${FIXTURE})*[ \t]*(?:\([^()\n]*\))?[ \t]*\.?[ \t]*$`, 'gmu');
export const FIXTURE_PAIR = new RegExp(String.raw`(${TEAM})[ \t]+(?:v|vs\.?|(at|AT))[ \t]+(${TEAM})`, 'gu');
/** "Robbie Fowler (Liverpool)": a player's club in parentheses after his name. */
export const PLAYER_CLUB = new RegExp(String.raw`\p{Lu}[\p{L}'’-]+[ \t]+\((${TEAM})\)`, 'gu');

/** What follows a dateline's place: ", France 1996-12-06", " 1996-12-06", ", May 10 —". */
const DATELINE_TAIL = /^(?:,[ \t]+\p{Lu}|[ \t]+\d{4}-\d\d-\d\d)/u;
const LOWER_CASE = /\p{Ll}/u;

/** Is text[start, end) a dateline's place: in capitals, opening a line, before its country or date ("TIGNES, France", "LONDON 1996-12-06")? */
export function isDateline(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && !LOWER_CASE.test(text.slice(start, end)) && DATELINE_TAIL.test(text.slice(end, end + 16));
}
