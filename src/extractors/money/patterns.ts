import { alternation, escapeRegExp, inAlternationOrder } from '../../text/lexicon.js';
import { SCALE_ABBREVIATIONS, SCALE_WORDS } from './data/scales.js';
import { isLetterCharAt, isSpaceAt, isWordCharAt, isWordCharBefore } from './characters.js';
import { SPELLINGS, hashWordCode } from './normalize.js';
import { isAsciiLetter, isDigit } from '../../text/chars.js';

/**
 * The pieces of the amount patterns, matched by hand. Each function answers
 * what the regex piece in its comment answers under the `iu` flags, and
 * lists the ends a match may have in the order the regex would try them
 * when it backtracks: the first end that lets the rest of a pattern match
 * is the one the regex would have kept. Compiling and running the patterns
 * as regexes cost more than all the rest of the extractor: they start at
 * every number, and their currency alternations ran in lookbehinds.
 */

/**
 * A UTF-16 code as the `iu` flags compare letters: lower case, with "ſ"
 * an "s" and the Kelvin sign a "k", the only other characters those flags
 * equate with ASCII letters. Exact for the characters of the spellings
 * matched here (Latin letters, "ł", "Đ" and currency symbols).
 */
function foldCode(code: number): number {
  return code < 128 ? ((code - 65) >>> 0 < 26 ? code + 32 : code) : foldOtherCode(code);
}

function foldOtherCode(code: number): number {
  let folded = FOLDED.get(code);
  if (folded === undefined) {
    const character = String.fromCharCode(code);
    const upper = character.toUpperCase();
    const lower = (upper.length === 1 ? upper : character).toLowerCase();
    folded = code === 0x17f ? 115 : code === 0x212a ? 107 : lower.length === 1 ? lower.charCodeAt(0) : code;
    // "ı" upper-cases to "I" but is no "i" to the regex engine.
    if (folded < 128 && code !== 0x17f && code !== 0x212a) folded = code;
    FOLDED.set(code, folded);
  }
  return folded;
}

/** Folds of the UTF-16 codes met so far: at most one per code. */
const FOLDED = new Map<number, number>();

/** `[\p{L}\p{N}_]` for an ASCII code. */
function isAsciiWordCode(code: number): boolean {
  return isAsciiLetter(code) || isDigit(code) || code === 95;
}

const isDigitAt = (text: string, index: number): boolean => isDigit(text.charCodeAt(index));

function digitsEnd(text: string, index: number): number {
  while (isDigitAt(text, index)) index++;
  return index;
}

/** The end of the run of `\s` at `index`. */
function spacesEnd(text: string, index: number): number {
  while (index < text.length && isSpaceAt(text, index)) index++;
  return index;
}

/** `[\s-]` */
const isSpaceOrHyphenAt = (text: string, index: number): boolean => text.charCodeAt(index) === 45 || isSpaceAt(text, index);

/** `(?![\p{L}\p{N}_])`, the end of a word. */
const wordEndAt = (text: string, index: number): boolean => !isWordCharAt(text, index);

/** The end of the digits of `\.\d+` at `index`, or -1. */
function decimalEnd(text: string, index: number): number {
  return text.charCodeAt(index) === 46 && isDigitAt(text, index + 1) ? digitsEnd(text, index + 1) : -1;
}

/**
 * `\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+` (DIGITS_PATTERN) at
 * `start`: its ends, leaving out those followed by a digit, after which
 * nothing in the amount patterns can match (a scale, separator, currency
 * symbol, parenthesis or word end never starts with a digit).
 */
function numberEnds(text: string, start: number): number[] {
  const ends: number[] = [];
  const digits = digitsEnd(text, start);
  if (digits === start) {
    const end = decimalEnd(text, start);
    if (end !== -1) ends.push(end);
    return ends;
  }
  if (digits - start <= 3) {
    // Each group takes a whole run of two or three digits; the loop is greedy, so the last group comes first.
    const groups: number[] = [];
    for (let at = digits; text.charCodeAt(at) === 44;) {
      const end = digitsEnd(text, at + 1);
      if (end - at - 1 < 2 || end - at - 1 > 3) break;
      groups.push(end);
      at = end;
    }
    if (groups.length > 0) {
      const end = decimalEnd(text, groups[groups.length - 1]);
      if (end !== -1) ends.push(end);
    }
    for (let i = groups.length - 1; i >= 0; i--) ends.push(groups[i]);
  }
  const end = decimalEnd(text, digits);
  if (end !== -1) ends.push(end);
  ends.push(digits);
  return ends;
}

const NONE: readonly number[] = [];

/** The unit of a spelling that stands for a space: `[\s-]+` (or `\s+`). */
const SPACES = -1;

/**
 * Literal spellings tried as their regex alternation tries them: longest
 * first as `alternation` orders them, letters in any case, a space
 * matching a run of spaces (and hyphens, as `anyOf` has it). They are
 * indexed by their first two units and by their last two, so that a
 * lookup leaves few to try.
 */
class Spellings {
  private readonly byStart: EdgeIndex;
  private readonly byEnd: EdgeIndex;

  constructor(spellings: Iterable<string>, private readonly hyphens: boolean) {
    const ordered = inAlternationOrder(spellings).map((spelling) => {
      if (/^[\s-]|[\s-]$/.test(spelling)) throw new Error(`A spelling begins or ends with a space or hyphen: "${spelling}"`);
      const codes: number[] = [];
      for (let i = 0; i < spelling.length; i++) {
        if (spelling[i] !== ' ') codes.push(foldCode(spelling.charCodeAt(i)));
        else if (codes[codes.length - 1] !== SPACES) codes.push(SPACES);
      }
      return Int32Array.from(codes);
    });
    const spaceUnitAt = (text: string, index: number): boolean => this.isSpaceAt(text, index);
    this.byStart = new EdgeIndex(ordered, (units) => [units[0], units[1]], spaceUnitAt, false);
    this.byEnd = new EdgeIndex(ordered, (units) => [units[units.length - 1], units[units.length - 2]], spaceUnitAt, true);
  }

  /** Where a spelling that starts at `start` may end, in the order the alternation tries them. */
  endsAt(text: string, start: number): readonly number[] {
    const candidates = this.byStart.find(text, start, start + 1);
    if (candidates === undefined) return NONE;
    const ends: number[] = [];
    for (const units of candidates) this.forward(units, 0, text, start, ends);
    return ends;
  }

  /**
   * Where the first spelling that ends at `end` with no word character
   * before it starts, as `(?<![\p{L}\p{N}_])(?:SPELLINGS)` in a lookbehind
   * finds it, or -1.
   */
  startBefore(text: string, end: number): number {
    const candidates = this.byEnd.find(text, end - 1, end - 2);
    if (candidates === undefined) return -1;
    for (const units of candidates) {
      const start = this.backward(units, units.length - 1, text, end);
      if (start !== -1) return start;
    }
    return -1;
  }

  private isSpaceAt(text: string, index: number): boolean {
    return this.hyphens ? isSpaceOrHyphenAt(text, index) : isSpaceAt(text, index);
  }

  private forward(units: Int32Array, k: number, text: string, at: number, ends: number[]): void {
    for (; k < units.length && units[k] !== SPACES; k++, at++) {
      if (at >= text.length || foldCode(text.charCodeAt(at)) !== units[k]) return;
    }
    if (k === units.length) {
      ends.push(at);
      return;
    }
    let end = at;
    while (end < text.length && this.isSpaceAt(text, end)) end++;
    for (let stop = end; stop > at; stop--) this.forward(units, k + 1, text, stop, ends);
  }

  private backward(units: Int32Array, k: number, text: string, end: number): number {
    for (; k >= 0 && units[k] !== SPACES; k--, end--) {
      if (end <= 0 || foldCode(text.charCodeAt(end - 1)) !== units[k]) return -1;
    }
    if (k < 0) return isWordCharBefore(text, end) ? -1 : end;
    let start = end;
    while (start > 0 && this.isSpaceAt(text, start - 1)) start--;
    for (let stop = start; stop < end; stop++) {
      const found = this.backward(units, k - 1, text, stop);
      if (found !== -1) return found;
    }
    return -1;
  }
}

/** The spellings whose unit at one end is this, by the unit next to it (`SPACES` for a space there). */
interface Edge {
  byNext: CodeMap<Int32Array[]>;
  /** The units next to it that some spelling has, spaces left out. */
  nexts: number[];
  /** Those that may match with a space next to the end unit: one unit long, or a space or hyphen there. */
  spaced: Int32Array[];
  /** Those one unit long. */
  alone: Int32Array[];
}

/** Spellings by the unit at one of their ends and the unit next to it, each list in the order given. */
class EdgeIndex {
  private readonly edges = new CodeMap<Edge>();
  /** Pairs of ASCII characters, at the end and next to it, that some spelling may match: most pairs met are none. */
  private readonly asciiPairs = new Uint8Array(128 * 128);

  constructor(
    ordered: readonly Int32Array[],
    ends: (units: Int32Array) => [number, number | undefined],
    private readonly isSpaceUnitAt: (text: string, index: number) => boolean,
    bounded: boolean,
  ) {
    const byEdge = new Map<number, Int32Array[]>();
    for (const units of ordered) {
      const [edge] = ends(units);
      const list = byEdge.get(edge);
      if (list) list.push(units);
      else byEdge.set(edge, [units]);
    }
    for (const [edge, all] of byEdge) {
      const nexts = [...new Set(all.filter((units) => units.length > 1).map((units) => ends(units)[1]!))].filter((code) => code !== SPACES);
      const entry: Edge = { byNext: new CodeMap<Int32Array[]>(), nexts, spaced: [], alone: [] };
      for (const code of nexts) entry.byNext.set(code, []);
      // Each list keeps the order; a spelling of one unit may match whatever stands next to it.
      for (const units of all) {
        const next = units.length > 1 ? ends(units)[1]! : undefined;
        if (next === undefined) {
          entry.alone.push(units);
          for (const code of nexts) entry.byNext.get(code)!.push(units);
        } else if (next !== SPACES) entry.byNext.get(next)!.push(units);
        if (next === undefined || next === SPACES || isSpaceUnitAt(String.fromCharCode(next), 0)) entry.spaced.push(units);
      }
      this.edges.set(edge, entry);
    }
    // Whether `get` lists any spelling for each pair of ASCII characters. A spelling of one unit
    // matched backwards needs no word character before it (see `startBefore`). Plain loops: this
    // runs once, at import, before anything is optimised.
    const spaceUnits = new Uint8Array(128);
    for (let code = 0; code < 128; code++) spaceUnits[code] = isSpaceUnitAt(String.fromCharCode(code), 0) ? 1 : 0;
    for (const folded of byEdge.keys()) {
      if (folded >= 128) continue;
      const entry = this.edges.get(folded)!;
      const spaced = entry.spaced.length > 0 ? 1 : 0;
      const alone = entry.alone.length > 0 ? 1 : 0;
      const row = new Uint8Array(128);
      for (let next = 0; next < 128; next++) row[next] = spaceUnits[next] === 1 ? spaced : bounded && isAsciiWordCode(next) ? 0 : alone;
      for (const next of entry.nexts) {
        if (next < 128 && spaceUnits[next] === 0) row[next] = 1;
        if (isAsciiLetter(next)) row[next - 32] = 1;
      }
      this.asciiPairs.set(row, folded * 128);
      if (isAsciiLetter(folded)) this.asciiPairs.set(row, (folded - 32) * 128);
    }
  }

  /** `get`, but undefined at once for a pair of ASCII characters that no spelling may match. */
  find(text: string, edge: number, next: number): Int32Array[] | undefined {
    const code = text.charCodeAt(edge);
    const nextCode = text.charCodeAt(next);
    if (code < 128 && nextCode < 128 && this.asciiPairs[code * 128 + nextCode] === 0) return undefined;
    return this.get(text, edge, next);
  }

  /**
   * The spellings that may match with the text's character at `edge` at
   * their end and the one at `next` next to it (-1 or the text's length
   * for none), or undefined for none.
   */
  get(text: string, edge: number, next: number): Int32Array[] | undefined {
    if (edge < 0 || edge >= text.length) return undefined;
    const entry = this.edges.get(foldCode(text.charCodeAt(edge)));
    if (entry === undefined) return undefined;
    if (next < 0 || next >= text.length) return entry.alone;
    if (this.isSpaceUnitAt(text, next)) return entry.spaced;
    return entry.byNext.get(foldCode(text.charCodeAt(next))) ?? entry.alone;
  }
}

/** A map from UTF-16 codes, an array for ASCII. */
class CodeMap<V> {
  private readonly ascii: (V | undefined)[] = new Array<V | undefined>(128).fill(undefined);
  private readonly other = new Map<number, V>();

  get(code: number): V | undefined {
    return code < 128 ? this.ascii[code] : this.other.get(code);
  }

  set(code: number, value: V): void {
    if (code < 128) this.ascii[code] = value;
    else this.other.set(code, value);
  }
}

/** True when the spelling `word` (lower case, letters only) stands at `start`, in any case. */
function wordAt(text: string, start: number, word: string): boolean {
  if (start + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) if (foldCode(text.charCodeAt(start + i)) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * `(?<![\p{L}\p{N}_])(?<between>between\s+)` ending at `end`: where
 * "between" starts, or -1.
 */
function betweenBefore(text: string, end: number): number {
  let spaces = end;
  while (spaces > 0 && isSpaceAt(text, spaces - 1)) spaces--;
  const start = spaces - 7;
  // Most words before a number end in another letter than "n".
  return spaces < end && start >= 0 && (text.charCodeAt(spaces - 1) | 32) === 110 && wordAt(text, start, 'between') && !isWordCharBefore(text, start) ? start : -1;
}

/**
 * `\s*[-–—]\s*|\s+(?:to|and)\s+` (the separator of a range) at `start`:
 * its longest end, or -1. Shorter ones end before a space, where nothing
 * that may follow a separator starts (a number, or a spelling and a
 * number with at most one space between).
 */
function separatorEnd(text: string, start: number): number {
  const dash = spacesEnd(text, start);
  const code = text.charCodeAt(dash);
  if (code === 45 || code === 0x2013 || code === 0x2014) return spacesEnd(text, dash + 1);
  if (dash === start) return -1;
  const word = wordAt(text, dash, 'to') ? dash + 2 : wordAt(text, dash, 'and') ? dash + 3 : -1;
  return word !== -1 && isSpaceAt(text, word) ? spacesEnd(text, word) : -1;
}

/**
 * Spellings followed by a word end, `(?:SPELLINGS)(?![\p{L}\p{N}_])`, each
 * ASCII letters with at most a final period. Such a spelling spans the
 * whole word where it matches, so a word of ASCII letters is looked up by
 * its hash; next to other characters the spellings are tried one by one.
 */
class WordSpellings {
  private readonly spellings: Spellings;
  /** The spellings by the hash of their letters (see `asciiWordAt`), in alternation order. */
  private readonly byHash = new Map<number, { word: string; letters: number; period: boolean }[]>();
  /** The ASCII letters the spellings start with, in either case. */
  private readonly firstLetters = new Uint8Array(128);

  constructor(words: readonly string[]) {
    this.spellings = new Spellings(words, false);
    for (const word of inAlternationOrder(words).map((w) => w.toLowerCase())) {
      if (!/^[a-z]+\.?$/.test(word)) throw new Error(`Not ASCII letters with at most a final period: "${word}"`);
      const period = word.endsWith('.');
      const letters = word.length - (period ? 1 : 0);
      const hash = [...word.slice(0, letters)].reduce((h, c) => hashWordCode(h, c.charCodeAt(0)), 0);
      this.byHash.set(hash, [...(this.byHash.get(hash) ?? []), { word, letters, period }]);
      this.firstLetters[word.charCodeAt(0)] = this.firstLetters[word.toUpperCase().charCodeAt(0)] = 1;
    }
  }

  /** Where a spelling starting at `start` ends before a word end, in the order the alternation tries them. */
  endsAt(text: string, start: number): readonly number[] {
    const first = text.charCodeAt(start);
    if (first < 128 && this.firstLetters[first] === 0) return NONE;
    const end = asciiWordAt(text, start);
    if (end === -1) return this.spellings.endsAt(text, start).filter((e) => wordEndAt(text, e));
    const candidates = end > start ? this.byHash.get(wordHash) : undefined;
    if (candidates === undefined) return NONE;
    // The same letters with and without a final period: the longer is tried first.
    let withPeriod = false;
    let without = false;
    for (const { word, letters, period } of candidates) {
      if (letters !== end - start || !sameLetters(text, start, word)) continue;
      if (!period) without = true;
      else withPeriod ||= text.charCodeAt(end) === 46 && wordEndAt(text, end + 1);
    }
    return withPeriod ? (without ? [end + 1, end] : [end + 1]) : without ? [end] : NONE;
  }
}

/*
 * The run of ASCII letters, digits and "_" read last by `asciiWordAt`: a
 * scale word and an abbreviation are often looked for at the same place.
 */
let wordText = '';
let wordStart = -1;
let wordEndIndex = -1;
let wordHash = 0;

/**
 * The end of the run of ASCII word characters at `start`, its hash
 * (`hashWordCode`) left in `wordHash`; -1 when a character beyond ASCII
 * ends it, which may be a letter.
 */
function asciiWordAt(text: string, start: number): number {
  if (start === wordStart && text === wordText) return wordEndIndex;
  let hash = 0;
  let end = start;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code >= 128) {
      end = -1;
      break;
    }
    if (!isAsciiWordCode(code)) break;
    hash = hashWordCode(hash, code);
  }
  wordText = text;
  wordStart = start;
  wordEndIndex = end;
  wordHash = hash;
  return end;
}


/** True when the ASCII letters at `start` are those of `word` (lower case), in any case. */
function sameLetters(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length && word.charCodeAt(i) !== 46; i++) if ((text.charCodeAt(start + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

const SCALE_WORD_SPELLINGS = new WordSpellings(SCALE_WORDS.map(([word]) => word));
const SCALE_ABBREVIATION_SPELLINGS = new WordSpellings(SCALE_ABBREVIATIONS.map(([abbreviation]) => abbreviation));

/**
 * The ends of a number at `start` and of its optional scale, as pairs
 * `[numberEnd, scaleEnd, …]` in the order `(?<n>DIGITS)(?<s>SCALE)?` tries
 * them; `scaleEnd` is `numberEnd` for the scale left out.
 *
 * SCALE is `(?:(?:\s*-\s*|\s*)W(?:\s+W)?|[ \u00a0]?A)(?![\p{L}\p{N}_])`,
 * W a scale word and A an abbreviation. No scale word starts with a space
 * or hyphen, so the runs of spaces before one are taken whole.
 */
function amountEnds(text: string, start: number): number[] {
  const ends: number[] = [];
  const digits = digitsEnd(text, start);
  const after = text.charCodeAt(digits);
  // Digits with no comma or period after them are the only number there.
  if (digits > start && after !== 44 && after !== 46) addScaleEnds(text, digits, ends);
  else for (const numberEnd of numberEnds(text, start)) addScaleEnds(text, numberEnd, ends);
  return ends;
}

/** Adds the pairs for the number ending at `numberEnd`, with each scale after it and with none. */
function addScaleEnds(text: string, numberEnd: number, ends: number[]): void {
  const code = text.charCodeAt(numberEnd);
  // A scale starts with a space, a hyphen or a letter.
  if (code < 128 && code !== 45 && !isAsciiLetter(code) && !isSpaceAt(text, numberEnd)) {
    ends.push(numberEnd, numberEnd);
    return;
  }
  const gap = spacesEnd(text, numberEnd);
  for (const end of scaleWordEnds(text, text.charCodeAt(gap) === 45 ? spacesEnd(text, gap + 1) : gap)) ends.push(numberEnd, end);
  if (code === 32 || code === 0xa0) {
    for (const end of SCALE_ABBREVIATION_SPELLINGS.endsAt(text, numberEnd + 1)) ends.push(numberEnd, end);
  }
  for (const end of SCALE_ABBREVIATION_SPELLINGS.endsAt(text, numberEnd)) ends.push(numberEnd, end);
  ends.push(numberEnd, numberEnd);
}


/** `W(?:\s+W)?(?![\p{L}\p{N}_])` at `start`, W a scale word: its ends in trial order. */
function scaleWordEnds(text: string, start: number): readonly number[] {
  const firsts = SCALE_WORD_SPELLINGS.endsAt(text, start);
  if (firsts.length === 0) return NONE;
  const ends: number[] = [];
  for (const first of firsts) {
    if (isSpaceAt(text, first)) ends.push(...SCALE_WORD_SPELLINGS.endsAt(text, spacesEnd(text, first)));
    ends.push(first);
  }
  return ends;
}

/**
 * Literal pieces of the scale words, each word holding one, in the groups
 * scanned together. A scan for a few literals skips ahead through the
 * text; one for all the words at once tries each at every character.
 */
const SCALE_WORD_ANCHORS: readonly (readonly string[])[] = [['illion'], ['hundred', 'thousand'], ['lakh', 'lac', 'crore']];

/**
 * Each group as a regex without the `u` flag, which slows a scan down,
 * and with "ſ" and the Kelvin sign written in, the only other letters the
 * `iu` flags take for ASCII ones; with how far before a match of it a
 * scale word holding one of its pieces starts, and the letters (folded)
 * such words start with.
 */
const SCALE_WORD_SCANS = SCALE_WORD_ANCHORS.map((anchors) => {
  const caseless = (anchor: string): string => [...anchor].map((c) => (c === 's' ? '[s\u017f]' : c === 'k' ? '[k\u212a]' : escapeRegExp(c))).join('');
  const offsets = new Map<number, Set<number>>();
  for (const word of SCALE_WORDS.map(([w]) => w.toLowerCase())) {
    for (const anchor of anchors) {
      const offset = word.indexOf(anchor);
      if (offset !== -1) offsets.set(offset, (offsets.get(offset) ?? new Set<number>()).add(word.charCodeAt(0)));
    }
  }
  return { pattern: new RegExp(anchors.map(caseless).join('|'), 'gi'), offsets: [...offsets] };
});
for (const [word] of SCALE_WORDS) {
  if (!SCALE_WORD_ANCHORS.flat().some((anchor) => word.toLowerCase().includes(anchor))) throw new Error(`No anchor for the scale word "${word}"`);
}

/**
 * The matches of SPELLED in the text, in order: where each starts and ends.
 * SPELLED, run as a global regex with the `iu` flags, was
 *
 *     (?<s>W(?:\s+W)?)(?![\p{L}\p{N}_])
 *
 * A match starts where a scale word does, so where an anchor puts one;
 * those places are tried in order as the regex would try every place.
 */
export function spelledMatches(text: string): { start: number; end: number }[] {
  const starts: number[] = [];
  for (const { pattern, offsets } of SCALE_WORD_SCANS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      for (const [offset, firsts] of offsets) if (m.index >= offset && firsts.has(foldCode(text.charCodeAt(m.index - offset)))) starts.push(m.index - offset);
      pattern.lastIndex = m.index + 1;
    }
  }
  const matches: { start: number; end: number }[] = [];
  let from = 0;
  for (const start of starts.sort((a, b) => a - b)) {
    if (start < from) continue;
    const [end] = scaleWordEnds(text, start);
    if (end === undefined) continue;
    matches.push({ start, end });
    from = end;
  }
  return matches;
}

/** The last number read by `numberAt`: both rules read each number. */
let lastText = '';
let lastStart = -1;
let lastEnds: readonly number[] = NONE;

/** `amountEnds(text, start)`, remembered for the next call. */
function numberAt(text: string, start: number): readonly number[] {
  if (start !== lastStart || text !== lastText) {
    lastEnds = amountEnds(text, start);
    lastText = text;
    lastStart = start;
  }
  return lastEnds;
}

/** Spellings as an alternation; a multi-word spelling also matches with hyphens. */
const anyOf = (spellings: Iterable<string>): string => alternation(spellings).replace(/\\s\+/g, '[\\s-]+');

const PREFIXES = new Spellings(SPELLINGS.prefix, true);
const SUFFIX_SYMBOLS = new Spellings(SPELLINGS.suffixSymbol, true);
/** A marker and the parenthesis closing it; no marker holds one, so only the first marker that matches can. */
const MARKER = new RegExp(`(?:${anyOf(SPELLINGS.marker)})\\)`, 'iuy');

/** Where each part of an amount with its currency before it starts and ends; -1 for a part left out. */
export interface PrefixedMatch {
  between: number;
  sign: number;
  currency: number;
  currencyEnd: number;
  number: number;
  numberEnd: number;
  scaleEnd: number;
  marker: number;
  markerEnd: number;
  end: number;
}

/**
 * PREFIXED at the number at `start`: "US$78.9 billion", "Rs 1,156 crore",
 * "-$5m", "$125 (U.S.)". The pattern was
 *
 *     (?=\.?\d)(?<=B(?<sign>(?<![^\s(\[:;])[-−])?(?<![\p{L}\p{N}_])(?<cur>PREFIX)(?<space>[ \u00a0]?))
 *     (?<n>DIGITS)(?<s>SCALE)?(?:\s*\((?<marker>MARKER)\))?(?![\p{L}\p{N}_])
 *
 * with B the optional "between" of `betweenBefore`, under the `iu` flags.
 */
export function matchPrefixed(text: string, start: number): PrefixedMatch | undefined {
  const space = text.charCodeAt(start - 1);
  let currencyEnd = space === 32 || space === 0xa0 ? start - 1 : start;
  let currency = PREFIXES.startBefore(text, currencyEnd);
  if (currency === -1 && currencyEnd !== start) currency = PREFIXES.startBefore(text, (currencyEnd = start));
  if (currency === -1) return undefined;
  const sign = isSignAt(text, currency - 1) ? currency - 1 : -1;
  const between = betweenBefore(text, sign === -1 ? currency : sign);
  const ends = numberAt(text, start);
  for (let i = 0; i < ends.length; i += 2) {
    const numberEnd = ends[i];
    const scaleEnd = ends[i + 1];
    const open = spacesEnd(text, scaleEnd);
    if (text.charCodeAt(open) === 40) {
      MARKER.lastIndex = open + 1;
      if (MARKER.test(text) && wordEndAt(text, MARKER.lastIndex)) {
        const end = MARKER.lastIndex;
        return { between, sign, currency, currencyEnd, number: start, numberEnd, scaleEnd, marker: open + 1, markerEnd: end - 1, end };
      }
    }
    if (wordEndAt(text, scaleEnd)) {
      return { between, sign, currency, currencyEnd, number: start, numberEnd, scaleEnd, marker: -1, markerEnd: -1, end: scaleEnd };
    }
  }
  return undefined;
}

/** `(?<![^\s(\[:;])[-−]`: a minus sign at `index` at the start of the text or after a space, parenthesis, bracket, colon or semicolon. */
function isSignAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code !== 45 && code !== 0x2212) return false;
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  return before === 40 || before === 91 || before === 58 || before === 59 || isSpaceAt(text, index - 1);
}

/** Where each part of the second half of a range after a prefixed amount ends; the separator starts at the amount's end. */
export interface RangeEndMatch {
  separatorEnd: number;
  currencyEnd: number;
  number: number;
  numberEnd: number;
  scaleEnd: number;
}

/**
 * RANGE_END at `start`, the end of a prefixed amount: "to €2bn", "- 26 billion", "and $87.5 million".
 *
 *     (?<sep>SEPARATOR)(?<cur>PREFIX)?[ \u00a0]?(?<n>DIGITS)(?<s>SCALE)?(?![\p{L}\p{N}_])
 */
export function matchRangeEnd(text: string, start: number): RangeEndMatch | undefined {
  const separator = separatorEnd(text, start);
  if (separator === -1) return undefined;
  for (const currencyEnd of [...PREFIXES.endsAt(text, separator), -1]) {
    const from = currencyEnd === -1 ? separator : currencyEnd;
    const space = text.charCodeAt(from);
    for (const number of space === 32 || space === 0xa0 ? [from + 1, from] : [from]) {
      const ends = amountEnds(text, number);
      for (let i = 0; i < ends.length; i += 2) {
        if (wordEndAt(text, ends[i + 1])) return { separatorEnd: separator, currencyEnd, number, numberEnd: ends[i], scaleEnd: ends[i + 1] };
      }
    }
  }
  return undefined;
}

/** Where each part of an amount with its currency after it starts and ends; -1 for a part left out. */
export interface SuffixedMatch {
  between: number;
  start: number;
  /** The end of the low number of a range, its scale, and the separator after it. */
  lowEnd: number;
  lowScaleEnd: number;
  separatorEnd: number;
  number: number;
  numberEnd: number;
  scaleEnd: number;
  symbol: number;
  end: number;
}

/**
 * SUFFIXED at the number at `start`: "260 billion won", "430.5p", "300 €",
 * "93-97 billion shillings". The currency name itself is read later; the
 * pattern only requires a symbol or a word to follow.
 *
 *     (?=\.?\d)(?<=B)(?<![\p{L}\p{N}_.,])(?:(?<n0>DIGITS)(?<s0>SCALE)?(?<sep>SEPARATOR))?
 *     (?<n>DIGITS)(?<s>SCALE)?(?:\s*(?<symbol>SUFFIX_SYMBOL)|(?=\s*-?\s*\p{L}))
 */
export function matchSuffixed(text: string, start: number): SuffixedMatch | undefined {
  const before = text.charCodeAt(start - 1);
  if (before === 46 || before === 44 || isWordCharBefore(text, start)) return undefined;
  const between = betweenBefore(text, start);
  const ends = numberAt(text, start);
  for (let i = 0; i < ends.length; i += 2) {
    const separator = separatorEnd(text, ends[i + 1]);
    if (separator === -1) continue;
    const highEnds = amountEnds(text, separator);
    for (let j = 0; j < highEnds.length; j += 2) {
      const match = suffixAt(text, between, start, highEnds[j], highEnds[j + 1]);
      if (match) {
        [match.lowEnd, match.lowScaleEnd, match.separatorEnd, match.number] = [ends[i], ends[i + 1], separator, separator];
        return match;
      }
    }
  }
  for (let i = 0; i < ends.length; i += 2) {
    const match = suffixAt(text, between, start, ends[i], ends[i + 1]);
    if (match) return match;
  }
  return undefined;
}

/** `(?:\s*(?<symbol>SUFFIX_SYMBOL)|(?=\s*-?\s*\p{L}))` after a number and its scale: the match, as if the number had no range. */
function suffixAt(text: string, between: number, start: number, numberEnd: number, scaleEnd: number): SuffixedMatch | undefined {
  const symbol = spacesEnd(text, scaleEnd);
  const [symbolEnd] = SUFFIX_SYMBOLS.endsAt(text, symbol);
  if (symbolEnd === undefined) {
    const letter = text.charCodeAt(symbol) === 45 ? spacesEnd(text, symbol + 1) : symbol;
    if (!isLetterCharAt(text, letter)) return undefined;
  }
  return {
    between, start, lowEnd: -1, lowScaleEnd: -1, separatorEnd: -1, number: start, numberEnd, scaleEnd,
    symbol: symbolEnd === undefined ? -1 : symbol, end: symbolEnd ?? scaleEnd,
  };
}
