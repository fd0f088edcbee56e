import type { Context } from '../../types.js';
import { alternation } from '../../text/lexicon.js';
import { WORD_END, WORD_START, type Rule } from '../../text/rules.js';
import {
  ACTIVITY_NOUNS, BUSINESS_HEADS, FACILITY_HEADS, INDUSTRY_HEADS, MODIFIERS, TRADE_NOUNS, TRADE_OBJECT_NOUNS,
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

/** Spaces inside a phrase also match hyphens: "cloud-computing", "water-supply". */
const SPACE_OR_HYPHEN = '[\\s\\u2010-]+';
/** Between the words of a compound, on one line. */
const JOIN = '[ \\t\\u00a0\\u2010-]+';
/** An abbreviation in parentheses after a phrase: "renewable energy (RE)". */
const ABBREVIATION = '\\s*\\([A-Z][A-Za-z&]{0,7}\\)';

/**
 * A word alternation whose spaces match hyphens, each word ending at a word
 * boundary. (A Unicode-mode regex rejects the escaped hyphen `\-`.)
 */
export function words(list: Iterable<string>): string {
  const alternatives = alternation(list).replaceAll('\\-', '-').replaceAll('\\s+', SPACE_OR_HYPHEN);
  return `(?:${alternatives})${WORD_END}`;
}

const ACTIVITY_CODE: ReadonlyMap<string, string | undefined> = new Map(ACTIVITY_NOUNS.map(([noun, isic]) => [noun, isic]));
const FOLLOWER = new RegExp(
  `${JOIN}(?:(?<business>${words(BUSINESS_HEADS)})|(?<facility>${words(FACILITY_HEADS)})|(?<trade>${words(TRADE_NOUNS)})|(?<of>of${WORD_END}))`,
  'iuy',
);
/** "demand for", "exports of", "a maker of ... " just before the phrase: the phrase is a good, not a sector. */
const TRADE_OBJECT = new RegExp(`${WORD_START}(?:${alternation(TRADE_OBJECT_NOUNS)})\\s+(?:of|for)\\s+(?:[\\p{L}\\p{N}'’&-]+\\s+){0,4}$`, 'iu');

/** What follows a phrase: a company noun, a facility noun, a trade noun, "of", or nothing of note. */
function followerOf(text: string, end: number): 'business' | 'facility' | 'trade' | 'of' | undefined {
  FOLLOWER.lastIndex = end;
  const groups = FOLLOWER.exec(text)?.groups;
  if (!groups) return undefined;
  return groups.business ? 'business' : groups.facility ? 'facility' : groups.trade ? 'trade' : 'of';
}

/** An abbreviation must be written in its own case: "IT sector", not "it". */
function spelledRight(entry: Entry, written: string): boolean {
  return !entry.spelling || written.replace(/\s*\([^()]*\)$/, '') === entry.spelling;
}

/**
 * The one sector rule: a compound of lexicon phrases, then an optional
 * activity noun ("production", "mining and processing"), then an optional
 * industry head ("industry", "sectors"). The last phrase of the compound
 * gives the code ("EV battery" → batteries). Weak phrases come back latent;
 * index.ts confirms them from lists.
 */
export function sectorRule(lexicon: Lexicon): Rule<'sector'> {
  const phrases = [...lexicon.keys()];
  const inCompound = phrases.filter((p) => !ACTIVITY_CODE.has(p));
  const activities = [...ACTIVITY_CODE.keys()];
  const secondActivities = activities.filter((a) => lexicon.get(a)?.kind !== 'industry');
  const pattern = new RegExp(
    WORD_START +
      `(?<first>${words(phrases)}(?:${ABBREVIATION})?)` +
      `(?:${JOIN}(?<last>${words(inCompound)}(?:${ABBREVIATION})?))*` +
      `(?:${JOIN}(?<activity>${words(activities)}))?` +
      `(?:\\s+and\\s+${words(secondActivities)})?` +
      `(?:${JOIN}(?<head>${words(INDUSTRY_HEADS)}))?`,
    'giu',
  );
  return {
    name: 'sector-phrase',
    pattern,
    extract(m: RegExpExecArray, ctx: Context) {
      const { first, last = first, activity, head } = m.groups as Record<string, string | undefined> & { first: string };
      const firstEntry = lexicon.get(phraseKey(first));
      const entry = lexicon.get(phraseKey(last));
      if (!firstEntry || !entry || !spelledRight(firstEntry, first) || !spelledRight(entry, last)) return null;
      if (entry.kind === 'none') return null;
      const end = m.index + m[0].length;
      const follower = followerOf(ctx.text, end);
      if (!head && (follower === 'trade' || follower === 'of')) return null;
      if (TRADE_OBJECT.test(ctx.text.slice(Math.max(0, m.index - 60), m.index))) return null;
      const isic = (activity && ACTIVITY_CODE.get(phraseKey(activity))) || entry.isic;
      const headed = head !== undefined || follower === 'business';
      if (entry.kind === 'headOnly' && !headed) return null;
      const trusted =
        entry.kind === 'industry' ||
        headed ||
        (activity !== undefined && entry.kind === 'line') ||
        (follower === 'facility' && isic[0] !== 'B');
      return { ...sectorFields(isic), latent: !trusted };
    },
  };
}
