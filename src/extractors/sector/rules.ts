import type { Context } from '../../types.js';
import { alternation } from '../../text/lexicon.js';
import { WORD_START, type Rule, type RuleResult } from '../../text/rules.js';
import {
  ACTIVITY_NOUNS, BUSINESS_HEADS, CLAUSE_WORDS, POLICY_NOUNS, FACILITY_HEADS, INDUSTRY_HEADS, MODIFIERS, TRADE_NOUNS, TRADE_OBJECT_NOUNS,
} from './data/heads.js';
import { HEAD_ONLY, INDUSTRIES, LINES_OF_BUSINESS, NOT_SECTORS, type PhraseRow } from './data/phrases.js';
import { inflections, phraseKey, sectorFields } from './normalize.js';

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

/**
 * Word boundaries for the sector patterns. They run without the `u` flag,
 * several times faster over a big alternation, so the letters are spelled
 * out: ASCII, Latin-1 and Latin Extended (Vietnamese included).
 */
const LETTER = 'A-Za-z0-9_\\u00C0-\\u024F\\u1E00-\\u1EFF';
const BEFORE_WORD = `(?<![${LETTER}])`;
const AFTER_WORD = `(?![${LETTER}])`;
/** Spaces inside a phrase also match hyphens: "cloud-computing", "water-supply". */
const SPACE_OR_HYPHEN = '[\\s\\u2010-]+';
/** Between the words of a compound, on one line. */
const JOIN = '[ \\t\\u00a0\\u2010-]+';
/** An abbreviation in parentheses after a phrase: "renewable energy (RE)". */
const ABBREVIATION = '\\s*\\([A-Z][A-Za-z&]{0,7}\\)';

type Trie = Map<string, Trie> & { end?: boolean };

/** One character of a phrase as regex source; a space also matches hyphens. */
function charSource(char: string): string {
  return char === ' ' ? SPACE_OR_HYPHEN : char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function trieSource(node: Trie): string {
  const branches = [...node].map(([char, child]) => charSource(char) + trieSource(child));
  if (branches.length === 0) return '';
  const group = branches.length === 1 && !node.end ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `${branches.length === 1 ? `(?:${group})` : group}?` : group;
}

/**
 * An alternation of lower-case phrases shaped as a trie ("agri(?:business|culture)"),
 * so that the engine follows one branch per character instead of trying
 * every phrase at every position. Like `alternation()`, the longest phrase
 * wins: each optional branch is greedy and AFTER_WORD makes it back off to a
 * whole word. Spaces match hyphens ("cloud-computing", "water-supply").
 */
export function words(list: Iterable<string>): string {
  const root: Trie = new Map();
  for (const phrase of list) {
    let node = root;
    for (const char of phrase.toLowerCase()) {
      if (!node.has(char)) node.set(char, new Map());
      node = node.get(char)!;
    }
    node.end = true;
  }
  return `(?:${trieSource(root)})${AFTER_WORD}`;
}

const ACTIVITY_CODE: ReadonlyMap<string, string | undefined> = new Map(ACTIVITY_NOUNS.map(([noun, isic]) => [noun, isic]));
const FOLLOWER = new RegExp(
  `${JOIN}(?:(?<business>${words(BUSINESS_HEADS)})|(?<facility>${words(FACILITY_HEADS)})|(?<trade>${words([...TRADE_NOUNS, ...POLICY_NOUNS])})|(?<of>of${AFTER_WORD}))`,
  'iy',
);
/** "demand for", "exports of", "a maker of ... " just before the phrase: the phrase is a good, not a sector. */
const TRADE_OBJECT = new RegExp(
  `${WORD_START}(?:${alternation(TRADE_OBJECT_NOUNS)})\\s+(?:of|for)\\s+(?:(?!(?:${alternation(CLAUSE_WORDS)})\\s)[\\p{L}\\p{N}'’&-]+\\s+){0,4}$`,
  'iu',
);

/** Most phrases a compound strings together ("electric vehicle (EV) battery"); bounds the work per word. */
const MAX_COMPOUND = 4;
const CONJUNCTION = /[ \t]+(?:and|or|&)[ \t]+/iy;

/** The code of a hit that blocks the words it covers and is then dropped (lists.ts). */
export const NO_SECTOR = '';

function blocking(start: number, end: number): RuleResult<'sector'> {
  return { isic: NO_SECTOR, isic_section: '', sector: '', start, end, latent: true };
}

const OF_OR_FOR = /\s(?:of|for)\s/i;

/** Whether the phrase at `start` is the object of a trade noun. */
function tradedGood(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return OF_OR_FOR.test(before) && TRADE_OBJECT.test(before);
}

/** What follows a phrase: a company noun, a facility noun, a trade or policy noun, "of", or nothing of note. */
function followerOf(text: string, end: number): 'business' | 'facility' | 'trade' | 'of' | undefined {
  FOLLOWER.lastIndex = end;
  const groups = FOLLOWER.exec(text)?.groups;
  if (!groups) return undefined;
  return groups.business ? 'business' : groups.facility ? 'facility' : groups.trade ? 'trade' : 'of';
}

const TRAILING_ABBREVIATION = /\s*\([^()]*\)$/;

/** An abbreviation must be written in its own case: "IT sector", not "it". */
function spelledRight(entry: Entry, written: string): boolean {
  return !entry.spelling || written.replace(TRAILING_ABBREVIATION, '') === entry.spelling;
}

/**
 * The one sector rule: a compound of lexicon phrases, then an optional
 * activity noun ("production", "mining and processing"), then an optional
 * industry head ("industry", "sectors"). The last phrase of the compound
 * gives the code ("EV battery" → batteries). Weak phrases come back latent;
 * lists.ts confirms them from their lists.
 *
 * For speed the rule's pattern finds only the words a phrase can start with
 * (a small trie); the full phrase pattern then runs, anchored, from there.
 * A phrase found from an inner word of a longer one overlaps it and is
 * dropped later.
 */
export function sectorRule(lexicon: Lexicon): Rule<'sector'> {
  const phrases = [...lexicon.keys()];
  const firstWords = new Set(phrases.map((p) => p.split(' ')[0]!));
  const start = new RegExp(BEFORE_WORD + words(firstWords), 'gi');
  const inCompound = phrases.filter((p) => !ACTIVITY_CODE.has(p));
  const activities = [...ACTIVITY_CODE.keys()];
  const secondActivities = activities.filter((a) => lexicon.get(a)?.kind !== 'industry');
  const phrase = new RegExp(
    `(?<first>${words(phrases)}(?:${ABBREVIATION})?)` +
      `(?:${JOIN}(?<last>${words(inCompound)}(?:${ABBREVIATION})?)){0,${MAX_COMPOUND - 1}}` +
      `(?:${JOIN}(?<activity>${words(activities)}))?` +
      `(?:\\s+and\\s+${words(secondActivities)})?` +
      `(?:${JOIN}(?<head>${words(INDUSTRY_HEADS)}))?`,
    'iy',
  );
  /** The end of a phrase coordinated after this one, whose follower both share: "mining and coal law". */
  const sharedEnd = (text: string, end: number): number | undefined => {
    CONJUNCTION.lastIndex = end;
    if (!CONJUNCTION.test(text)) return undefined;
    phrase.lastIndex = CONJUNCTION.lastIndex;
    const next = phrase.exec(text);
    return next && !next.groups?.head ? next.index + next[0].length : undefined;
  };
  return {
    name: 'sector-phrase',
    pattern: start,
    extract(word: RegExpExecArray, ctx: Context) {
      phrase.lastIndex = word.index;
      const m = phrase.exec(ctx.text);
      if (!m) return null;
      const { first, last = first, activity, head } = m.groups as Record<string, string | undefined> & { first: string };
      const begin = m.index;
      const end = begin + m[0].length;
      const firstEntry = lexicon.get(phraseKey(first));
      const entry = lexicon.get(phraseKey(last));
      if (!firstEntry || !entry || !spelledRight(firstEntry, first) || !spelledRight(entry, last)) return null;
      // A phrase that matched but names no sector still covers its words: "tech" in "high-tech industries".
      if (entry.kind === 'none') return blocking(begin, end);
      const follower = followerOf(ctx.text, sharedEnd(ctx.text, end) ?? end);
      if (!head && (follower === 'trade' || follower === 'of')) return blocking(begin, end);
      if (tradedGood(ctx.text, begin)) return blocking(begin, end);
      const isic = (activity && ACTIVITY_CODE.get(phraseKey(activity))) || entry.isic;
      const headed = head !== undefined || follower === 'business';
      if (entry.kind === 'headOnly' && !headed) return blocking(begin, end);
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
