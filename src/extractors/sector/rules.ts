import { alternation } from '../../text/lexicon.js';
import { isAsciiLetter, isSpaceCode } from '../../text/chars.js';
import type { FieldsOf } from '../../types.js';
import { WORD_START } from '../../text/rules.js';
import {
  ACTIVITY_NOUNS, BUSINESS_HEADS, CLAUSE_WORDS, POLICY_NOUNS, FACILITY_HEADS, INDUSTRY_HEADS, MODIFIERS, TRADE_NOUNS, TRADE_OBJECT_NOUNS,
} from './data/heads.js';
import { HEAD_ONLY, INDUSTRIES, LINES_OF_BUSINESS, NOT_SECTORS, type PhraseRow } from './data/phrases.js';
import { inflections, phraseKey, sectorFields } from './normalize.js';
import { foldedAt, leadingWords, nextWordIn, phraseAfter, phraseEnd, runEnd, trieOf, wordEnd, type Trie } from './match.js';

/**
 * How a phrase behaves on its own:
 * - industry: a sector wherever it stands ("banking");
 * - line: a sector before a head, with an activity, or in a list ("battery maker");
 * - headOnly: a sector only before a head ("technology sector");
 * - none: never a sector by itself, but part of longer phrases ("high-tech", "green").
 */
export type Kind = 'industry' | 'line' | 'headOnly' | 'none';

export interface Entry {
  isic: string;
  kind: Kind;
  /** Exact spelling of an abbreviation, matched case-sensitively ("IT", not "it"). */
  spelling?: string;
}

/** Lexicon keyed by `phraseKey`. */
export type Lexicon = ReadonlyMap<string, Entry>;

function addRows(lexicon: Map<string, Entry>, rows: readonly PhraseRow[], kind: Kind): void {
  for (const row of rows) {
    for (const { phrase, standsAlone } of inflections(row)) {
      const spelling = /\p{Lu}/u.test(phrase) ? phrase : undefined;
      lexicon.set(phraseKey(phrase), { isic: row[1], kind: standsAlone ? 'industry' : kind, spelling });
    }
  }
}

/** The built-in lexicon: industries, lines of business, head-only words and non-sectors. */
export const BUILT_IN_LEXICON: Lexicon = (() => {
  const lexicon = new Map<string, Entry>();
  for (const phrase of [...MODIFIERS, ...NOT_SECTORS]) lexicon.set(phraseKey(phrase), { isic: '', kind: 'none' });
  addRows(lexicon, HEAD_ONLY, 'headOnly');
  addRows(lexicon, LINES_OF_BUSINESS, 'line');
  addRows(lexicon, INDUSTRIES, 'industry');
  return lexicon;
})();

/** The built-in lexicon with a user's [phrase, ISIC code] pairs added; theirs win and stand alone. */
export function withUserPhrases(base: Lexicon, pairs: readonly (readonly [string, string])[]): Lexicon {
  const lexicon = new Map(base);
  for (const [phrase, isic] of pairs) {
    const spelling = /\p{Lu}/u.test(phrase) && phrase === phrase.toUpperCase() ? phrase : undefined;
    lexicon.set(phraseKey(phrase), { isic, kind: 'industry', spelling });
  }
  return lexicon;
}

/** Between the words of a compound, on one line: `[ \t\u00a0\u2010-]`. */
function isJoin(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0xa0 || unit === 0x2010 || unit === 0x2d;
}

/** The end of an abbreviation in parentheses at `at` ("renewable energy (RE)"), or `at` when there is none: `\s*\([A-Z][A-Za-z&]{0,7}\)`. */
function abbreviationEnd(text: string, at: number): number {
  let i = runEnd(text, at, isSpaceCode);
  if (text.charCodeAt(i) !== 0x28 || !isAsciiLetter(text.charCodeAt(i + 1))) return at;
  i += 2;
  const limit = i + 7;
  while (i < limit && (isAsciiLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 0x26)) i++;
  return text.charCodeAt(i) === 0x29 ? i + 1 : at;
}

const ACTIVITY_CODE: ReadonlyMap<string, string | undefined> = new Map(ACTIVITY_NOUNS.map(([noun, isic]) => [noun, isic]));
/** What may follow a phrase, tried in this order: a company noun, a facility noun, a trade or policy noun, "of". */
const FOLLOWERS: readonly (readonly ['business' | 'facility' | 'trade' | 'of', Trie])[] = [
  ['business', trieOf(BUSINESS_HEADS)],
  ['facility', trieOf(FACILITY_HEADS)],
  ['trade', trieOf([...TRADE_NOUNS, ...POLICY_NOUNS])],
  ['of', trieOf(['of'])],
];
const HEADS = trieOf(INDUSTRY_HEADS);
const AND = trieOf(['and']);
/** "demand for", "exports of", "a maker of ... " just before the phrase: the phrase is a good, not a sector. */
const TRADE_OBJECT = new RegExp(
  `${WORD_START}(?:${alternation(TRADE_OBJECT_NOUNS)})\\s+(?:of|for)\\s+(?:(?!(?:${alternation(CLAUSE_WORDS)})\\s)[\\p{L}\\p{N}'’&-]+\\s+){0,4}$`,
  'iu',
);

/** How the word before TRADE_OBJECT's "of" or "for" ends. */
const TRADE_NOUN_END = new RegExp(`(?:${alternation(TRADE_OBJECT_NOUNS)})$`, 'iu');
const LONGEST_TRADE_NOUN = Math.max(...TRADE_OBJECT_NOUNS.map((noun) => noun.length));

/** Most phrases a compound strings together ("electric vehicle (EV) battery"); bounds the work per word. */
const MAX_COMPOUND = 4;

/** The code of a hit that blocks the words it covers and is then dropped (lists.ts). */
export const NO_SECTOR = '';

function blocking(start: number, end: number): SectorHit {
  return { isic: NO_SECTOR, isic_section: '', sector: '', start, end, latent: true };
}

/** Whether the phrase at `start` is the object of a trade noun. */
function tradedGood(text: string, start: number): boolean {
  const from = Math.max(0, start - 60);
  return ofAmongLastWords(text, from, start) && TRADE_OBJECT.test(text.slice(from, start));
}

/**
 * Whether "of" or "for" is one of the last five words between `from` and
 * `start`, after a word ending in a trade noun, and spaces end the stretch:
 * without that, TRADE_OBJECT cannot match there, and most phrases fail this
 * cheaper test.
 */
function ofAmongLastWords(text: string, from: number, start: number): boolean {
  let at = start;
  if (at === from || !isSpaceCode(text.charCodeAt(at - 1))) return false;
  for (let words = 0; words < 5; words++) {
    while (at > from && isSpaceCode(text.charCodeAt(at - 1))) at--;
    const end = at;
    while (at > from && !isSpaceCode(text.charCodeAt(at - 1))) at--;
    if (at === from) return false;
    if (isOfOrFor(text, at, end)) {
      let nounEnd = at;
      while (nounEnd > from && isSpaceCode(text.charCodeAt(nounEnd - 1))) nounEnd--;
      if (nounEnd > from && TRADE_NOUN_END.test(text.slice(Math.max(from, nounEnd - LONGEST_TRADE_NOUN), nounEnd))) return true;
    }
  }
  return false;
}

/** Whether the text from `start` to `end` is "of" or "for", in any case. */
function isOfOrFor(text: string, start: number, end: number): boolean {
  if (end - start === 2) return lowerAt(text, start) === 0x6f && lowerAt(text, start + 1) === 0x66;
  return end - start === 3 && lowerAt(text, start) === 0x66 && lowerAt(text, start + 1) === 0x6f && lowerAt(text, start + 2) === 0x72;
}

/** The code unit at `at`, an ASCII capital lowered (and other units changed so that they match no lower-case ASCII letter). */
function lowerAt(text: string, at: number): number {
  return text.charCodeAt(at) | 0x20;
}

/** What follows a phrase: a company noun, a facility noun, a trade or policy noun, "of", or nothing of note. */
function followerOf(text: string, end: number): 'business' | 'facility' | 'trade' | 'of' | undefined {
  // A regex `[join]+` before the alternatives: each is tried after the whole run, then after one unit less.
  for (let at = runEnd(text, end, isJoin); at > end; at--) {
    for (const [follower, words] of FOLLOWERS) if (phraseEnd(words, text, at) >= 0) return follower;
  }
  return undefined;
}

const TRAILING_ABBREVIATION = /\s*\([^()]*\)$/;

/** An abbreviation must be written in its own case: "IT sector", not "it". */
function spelledRight(entry: Entry, written: string): boolean {
  return !entry.spelling || (written.endsWith(')') ? written.replace(TRAILING_ABBREVIATION, '') : written) === entry.spelling;
}

/** The end of a conjunction between blanks at `at`, as `[ \t]+(?:and|or|&)[ \t]+` in any case matches it, or -1. */
function conjunctionEnd(text: string, at: number): number {
  const word = runEnd(text, at, isBlank);
  if (word === at) return -1;
  let next = -1;
  if (text.charCodeAt(word) === 0x26) next = word + 1;
  else if (lowerAt(text, word) === 0x61 && lowerAt(text, word + 1) === 0x6e && lowerAt(text, word + 2) === 0x64) next = word + 3;
  else if (lowerAt(text, word) === 0x6f && lowerAt(text, word + 1) === 0x72) next = word + 2;
  const end = next < 0 ? next : runEnd(text, next, isBlank);
  return end > next ? end : -1;
}

function isBlank(unit: number): boolean {
  return unit === 0x20 || unit === 0x09;
}

/** What follows the first part of a phrase: where the phrase ends, and its other parts as written. */
interface PhraseRest {
  end: number;
  /** The last part of a compound, when there are several. */
  last?: string;
  activity?: string;
  head: boolean;
}

/** A sector mention's fields and UTF-16 span; latent when only a list can confirm it. */
export type SectorHit = FieldsOf<'sector'> & { start: number; end: number; latent: boolean };

/** The sector rule over one lexicon, run by `phrasesIn` (index.ts). */
export interface SectorRule {
  name: string;
  /** The first word start from `from` where a phrase may begin, or the text's length. */
  nextStart(text: string, from: number): number;
  /** Where the search goes on after a word start `at` where a phrase may begin and none covers the text; -1 when none can begin there. */
  resumeAt(text: string, at: number): number;
  extract(text: string, at: number): SectorHit | null;
}

/** The tries a sector rule walks. */
export type TrieName = 'firstWord' | 'anyPhrase' | 'inCompound' | 'activity' | 'secondActivity';
export type SectorTries = Record<TrieName, Trie>;

/** Where `npm run build` saves the built-in lexicon's tries. */
export const TRIES_SNAPSHOT = new URL('./tries.json', import.meta.url);

/**
 * The built-in lexicon's tries as the build saves them, with the phrase
 * lists they were made from (scripts/snapshot-lexicon.mjs): made cold, at
 * start-up, they cost about 25 ms, read back about 2.
 */
export interface SavedTries {
  sources: Record<TrieName, string[]>;
  tries: Record<TrieName, number[]>;
}

/** The phrase lists of a lexicon's tries. */
export function trieSources(lexicon: Lexicon): Record<TrieName, string[]> {
  const phrases = [...lexicon.keys()];
  const activities = [...ACTIVITY_CODE.keys()];
  return {
    firstWord: phrases.map((p) => p.split(' ')[0]!),
    anyPhrase: phrases,
    inCompound: phrases.filter((p) => !ACTIVITY_CODE.has(p)),
    activity: activities,
    secondActivity: activities.filter((a) => lexicon.get(a)?.kind !== 'industry'),
  };
}

/**
 * The tries of these phrase lists: the saved ones when they were made from
 * the same lists and laid out the same way (the data or `trieOf` may have
 * changed since the build), else made now.
 */
export function triesOf(sources: Record<TrieName, string[]>, saved?: SavedTries): SectorTries {
  // The activity trie is small: made afresh, it shows whether the saved ones have this code's layout.
  const activity = trieOf(sources.activity);
  const reuse =
    saved && JSON.stringify(saved.sources) === JSON.stringify(sources) && JSON.stringify(saved.tries.activity) === JSON.stringify([...activity]) ? saved.tries : undefined;
  const tries = { activity } as SectorTries;
  for (const name of Object.keys(sources) as TrieName[]) tries[name] ??= reuse ? Int32Array.from(reuse[name]) : trieOf(sources[name]);
  return tries;
}

/**
 * The one sector rule: a compound of lexicon phrases, then an optional
 * activity noun ("production", "mining and processing"), then an optional
 * industry head ("industry", "sectors"). The last phrase of the compound
 * gives the code ("EV battery" → batteries). Weak phrases come back latent;
 * lists.ts confirms them from their lists.
 *
 * Phrases are looked for only where a word a phrase can start with starts.
 * A phrase found from an inner word of a longer one overlaps it and is
 * dropped later.
 */
export function sectorRule(lexicon: Lexicon, saved?: SavedTries): SectorRule {
  const sources = trieSources(lexicon);
  const { firstWord: firstWordTrie, anyPhrase, inCompound, activity, secondActivity } = triesOf(sources, saved);
  const firstWords = sources.firstWord;
  const leading = leadingWords(firstWords);
  // The old start pattern resumed after the whole first word it found there. After the leading word
  // instead, the search skips the same word starts unless a first word goes on by two units or more
  // ("e&e"): only where the unit after the word could begin such a rest is the first word looked up.
  const longRests = new Set(firstWords.filter((word) => word.length - wordEnd(word, 0) > 1).map((word) => foldedAt(word, wordEnd(word, 0))));

  // A phrase as the regex
  // `(?<first>P(?:A)?)(?:J(?<last>C(?:A)?)){0,3}(?:J(?<activity>V))?(?:\s+and\s+S)?(?:J(?<head>H))?`
  // matches it: every part after the first is optional, so each takes what it can, in turn.

  /** The end of the first part of a phrase at `at`, abbreviation included, or -1. */
  const firstEnd = (text: string, at: number): number => {
    const end = phraseEnd(anyPhrase, text, at);
    return end < 0 ? end : abbreviationEnd(text, end);
  };
  /** The rest of the phrase whose first part ends at `end`. */
  const restOf = (text: string, end: number): PhraseRest => {
    const rest: PhraseRest = { end, head: false };
    for (let i = 1; i < MAX_COMPOUND; i++) {
      const next = phraseAfter(inCompound, text, end, isJoin);
      if (!next) break;
      end = abbreviationEnd(text, next.end);
      rest.last = text.slice(next.start, end);
    }
    const act = phraseAfter(activity, text, end, isJoin);
    if (act) {
      rest.activity = text.slice(act.start, act.end);
      end = act.end;
    }
    const and = phraseAfter(AND, text, end, isSpaceCode);
    const second = and && phraseAfter(secondActivity, text, and.end, isSpaceCode);
    if (second) end = second.end;
    const head = phraseAfter(HEADS, text, end, isJoin);
    if (head) {
      rest.head = true;
      end = head.end;
    }
    rest.end = end;
    return rest;
  };
  /** The end of a phrase coordinated after this one, whose follower both share: "mining and coal law". */
  const sharedEnd = (text: string, end: number): number | undefined => {
    const conjunction = conjunctionEnd(text, end);
    if (conjunction < 0) return undefined;
    const nextFirst = firstEnd(text, conjunction);
    const next = nextFirst < 0 ? undefined : restOf(text, nextFirst);
    return next && !next.head ? next.end : undefined;
  };
  return {
    name: 'sector-phrase',
    nextStart: (text, from) => nextWordIn(leading, text, from),
    resumeAt(text, at) {
      const end = wordEnd(text, at);
      return end > at && !longRests.has(foldedAt(text, end)) ? end : phraseEnd(firstWordTrie, text, at);
    },
    extract(text, begin) {
      const afterFirst = firstEnd(text, begin);
      if (afterFirst < 0) return null;
      const first = text.slice(begin, afterFirst);
      const firstEntry = lexicon.get(phraseKey(first));
      // Checked before the rest of the phrase is read: most words that fail fail here ("it" for "IT").
      if (!firstEntry || !spelledRight(firstEntry, first)) return null;
      const { end, last, activity, head } = restOf(text, afterFirst);
      const entry = last === undefined ? firstEntry : lexicon.get(phraseKey(last));
      if (!entry || (last !== undefined && !spelledRight(entry, last))) return null;
      // A phrase that matched but names no sector still covers its words: "tech" in "high-tech industries".
      if (entry.kind === 'none') return blocking(begin, end);
      const follower = followerOf(text, sharedEnd(text, end) ?? end);
      if (!head && (follower === 'trade' || follower === 'of')) return blocking(begin, end);
      const headed = head || follower === 'business';
      if (entry.kind === 'headOnly' && !headed) return blocking(begin, end);
      if (tradedGood(text, begin)) return blocking(begin, end);
      const isic = (activity && ACTIVITY_CODE.get(phraseKey(activity))) || entry.isic;
      const trusted =
        entry.kind === 'industry' ||
        headed ||
        (activity !== undefined && entry.kind === 'line') ||
        (follower === 'facility' && isic[0] !== 'B');
      const { isic_section, sector } = sectorFields(isic);
      return { isic, isic_section, sector, start: begin, end, latent: !trusted };
    },
  };
}
