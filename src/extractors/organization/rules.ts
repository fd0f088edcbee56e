/**
 * The patterns and word sets of the organisation extractor, built once from
 * the data tables. No table is repeated here by hand.
 */
import { alternation } from '../../text/lexicon.js';
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

/** The longest name-shaped phrase the tables hold, in words: bounds the phrase lookups. */
export const LONGEST_NAME = 8;

/** Legal forms that the plain word pattern would not take whole: dotted, spaced or lower-case ones. */
const LEGAL_ALT = alternation(LEGAL_SUFFIXES.filter((s) => /[.,\s/]|^\p{Ll}/u.test(s)));

/**
 * One word of a name: a capitalised or numeric word with inner hyphens,
 * ampersands, dots and apostrophes ("I-Cube", "AT&T", "Amazon.com",
 * "People’s"), initials ("U.S.", "S.A."), a camel-case brand ("eBay"), or a
 * dotted legal form ("Corp.", "Co., Ltd."). A run of digits is taken whole
 * or not at all: "(?!\d)" keeps the lookahead from being retried at every
 * shorter length.
 */
const TOKEN = String.raw`(?:(?:${LEGAL_ALT})(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|(?:\p{Lu}|\d+(?!\d)(?=[\p{L}\d]*\p{Lu}|[ \t]+\p{Lu})|\p{Ll}+(?=\p{Lu}))[\p{L}\p{N}]*(?:[-&.'’/][\p{L}\p{N}]+)*(?:(?<=\b(?:Inc|Corp|Co|Ltd|Cos|Bros|Mfg|Intl|Assn|Dept|Govt))\.)?)`;
/** What may stand between two words of one name. */
const GAP = String.raw`(?:[ \t]+(?:(?:(?:of|for|in|on)(?:[ \t]+(?:the|a|an))?|and|de|del|della|des|du|da|do|di|la|le|van|von|der|den|y|et|zu|ng)[ \t]+)?|[ \t]*&[ \t]*|,[ \t]*(?=(?:${LEGAL_ALT}|Inc|Ltd|LLC|Corp|Co)(?![\p{L}])))`;

/** A run of name words: the candidates. Sticky: it is tried only where `forEachNameRun` finds one may open. */
const NAME_RUN_AT = new RegExp(`${WORD_START}${TOKEN}(?:${GAP}${TOKEN})*`, 'uy');
/**
 * What a name run opens with: a capital, a digit, or a lower-case legal form
 * ("plc", "de C.V."); a camel-case word ("eBay") opens with the small letters
 * before its capital. A pattern that starts with a character class is cheap to
 * try at every position; NAME_RUN_AT, with its lookbehind and alternations, is not.
 */
const RUN_OPENER = /(\p{Lu})|\d+|\bplc|\bde\s/gu;
const LOWER_LETTER = /\p{Ll}/u;

/**
 * Calls `visit` for every run of name words, in text order: the matches a
 * global NAME_RUN would give, found by trying the sticky pattern only where
 * RUN_OPENER says a run may open.
 */
export function forEachNameRun(text: string, visit: (start: number, run: string) => void): void {
  let runEnd = 0;
  RUN_OPENER.lastIndex = 0;
  for (let m = RUN_OPENER.exec(text); m !== null; m = RUN_OPENER.exec(text)) {
    const at = m.index;
    const camel = m[1] !== undefined ? lowerCaseStart(text, at) : at;
    const run = (camel < at && camel >= runEnd ? runAt(camel) : null) ?? runAt(at);
    if (!run) continue;
    runEnd = run.index + run[0].length;
    RUN_OPENER.lastIndex = runEnd;
    visit(run.index, run[0]);
  }
  function runAt(at: number): RegExpExecArray | null {
    NAME_RUN_AT.lastIndex = at;
    return NAME_RUN_AT.exec(text);
  }
}

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
/** Splits a run back into its words and gaps. */
export const RUN_PARTS = new RegExp(`(${TOKEN})|(${GAP})`, 'gu');

/** "Ministry of Trade, Industry and Energy": the comma-separated remit after an "of". */
export const COMMA_REMIT = new RegExp(String.raw`,[ \t]+(?:\p{Lu}[\p{L}\-]*[ \t]+)*?(?:\p{Lu}[\p{L}\-]*,[ \t]+)*\p{Lu}[\p{L}\-]*,?[ \t]+and[ \t]+\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*)?${WORD_END}`, 'uy');

const phrase = (words: readonly string[]) => alternation(words).replace(/\\s\+/g, '[ \\t]+');
/** Cues just after a name ("Takeda shares", "Microsoft founder"). */
export const FOLLOWER_CUE = new RegExp(String.raw`^(?:[ \t]+)?(?:${phrase(COMPANY_FOLLOWERS.map((f) => (f.startsWith(',') ? f : ` ${f}`)))})${WORD_END}`, 'u');
/** Cues after a possessive ("Toyota’s chief executive"). */
export const POSSESSION_CUE = new RegExp(String.raw`^['’]s?[ \t]+(?:[\p{Ll}\-]+[ \t]+)?(?:${phrase(COMPANY_POSSESSIONS)})${WORD_END}`, 'u');
/**
 * Words just before a name, looked up word by word backwards from the name:
 * a regex anchored at the end would be tried at every position of the text
 * before it.
 */
export class CueBefore {
  private readonly phrases: Set<string>;
  private readonly longest: number;
  constructor(phrases: readonly string[], private readonly options: { anyCase?: boolean; comma?: boolean } = {}) {
    this.phrases = new Set(phrases.map((p) => (options.anyCase ? p.toLowerCase() : p)));
    this.longest = Math.max(...phrases.map((p) => p.split(' ').length));
  }

  /** Does one of the phrases end right before `at`, with spaces (and, if allowed, a comma) between? */
  endsAt(text: string, at: number): boolean {
    let end = skipBlanksBack(text, at);
    if (end === at) return false;
    if (this.options.comma && text[end - 1] === ',') end--;
    let phrase = '';
    for (let n = 0; n < this.longest; n++) {
      let start = end;
      while (start > 0 && isCueChar(text.charCodeAt(start - 1), text[start - 1])) start--;
      if (start === end) return false;
      const word = text.slice(start, end);
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
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45 || (code >= 0xc0 && LETTER.test(ch));
const isNameChar = (text: string, i: number): boolean => i >= 0 && NAME_CHAR.test(text[i]);
const LETTER = /\p{L}/u;
const NAME_CHAR = /[\p{L}\p{N}_]/u;

/** Words just before a name that take a company ("acquired CareFusion", "analyst at Jefferies", "retailer Target"). */
export const TAKES_COMPANY_CUE = new CueBefore([...TAKES_COMPANY, ...COMPANY_NOUNS], { anyCase: true });
/** A noun before a name that fits a person too ("rival Walmart"): the name is checked with compromise. */
export const SHARED_NOUN_CUE = new CueBefore(SHARED_NOUNS, { comma: true });
/** "Alphabet-owned": the hyphen suffix that makes the part before it a company. */
export const OWNER_SUFFIX = new RegExp(String.raw`^-(?:${phrase(HYPHEN_OWNERS)})${WORD_END}`, 'u');

/** A name that ends in a legal form, written out in words: "RCPH & Asociados S.A. de C.V.". */
export const ENDS_LEGAL = new RegExp(`(?:^|[\\s,])(?:${alternation(LEGAL_SUFFIXES)})$`, 'u');

/** A credit or dateline source in parentheses before a dash: "(RTTNews) -", "(Alliance News) –". */
export const CREDIT = /\(((?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}&.]+(?: \p{Lu}[\p{L}&.]+){0,3})\)[ \t]*[-–—]/gu;

/** A token that is an acronym: upper-case letters with digits or "&" ("CATL", "AT&T", "3M"); a mixed "BoI" too. */
export const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\d][\p{Lu}\d&]*(?:\p{Ll}\p{Lu}+)?s?$/u;
/** `ACRONYM.test`, after a character count that rejects most words (those with fewer than two capitals) without the regex. */
export function isAcronym(word: string): boolean {
  let capitals = 0;
  for (let i = 0; i < word.length && capitals < 2; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 0xc0 && UPPER_LETTER.test(word[i]))) capitals++;
  }
  return capitals >= 2 && ACRONYM.test(word);
}
const UPPER_LETTER = /\p{Lu}/u;

/** A team-sport report: its first line names the sport before a dash ("SOCCER - LEEDS WIN", "NFL AMERICAN FOOTBALL-COLTS WIN"). */
export const SPORTS_HEADING = new RegExp(String.raw`^[^\n]{0,30}?${WORD_START}(?:${phrase(TEAM_SPORTS)})${WORD_END}[^\n]{0,20}?[ \t]*[-–—:]`, 'iu');
/** Words before a club's name in a match report ("beat Leeds"). */
export const CLUB_BEFORE = new CueBefore(CLUB_CUES_BEFORE);
/** Words after a club's name ("Leeds striker", "Lazio have"). */
export const CLUB_AFTER = new RegExp(String.raw`^[ \t]+(?:${phrase(CLUB_CUES_AFTER)})${WORD_END}`, 'u');

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
