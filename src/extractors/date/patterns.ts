import type { Context } from '../../types.js';
import { alternation, tableOf } from '../../text/lexicon.js';
import { CARDINALS, parseNumber } from '../../text/numbers.js';
import { MONTHS } from './data/months.js';
import { WEEKDAYS } from './data/weekdays.js';
import { SEASONS } from './data/seasons.js';
import { DAY_PARTS } from './data/dayparts.js';
import { UNITS, DAY_KINDS } from './data/units.js';
import { ORDINAL_WORDS, PERIOD_ORDINALS } from './data/ordinals.js';
import { DEICTIC_DAYS, POSITIONS, REFERENCES, SHIFTERS } from './data/deixis.js';
import { FIXED_HOLIDAYS } from './data/holidays.js';
import type { Grain, Mod, Time } from './time.js';
import { DIGIT, SHORT_DIGITS, firstWords } from './starts.js';
import type { Expr } from './resolve.js';

/** Regex fragments and lookup tables built from the data tables; no regex repeats a table by hand. */

/** An alternation usable under the `u` flag (which rejects an escaped hyphen) and with either apostrophe. */
export const alt = (words: Iterable<string>): string => alternation(words).replace(/'/g, "['’]");

const isAbbreviation = (s: string): boolean => s.length <= 4 && !['june', 'july', 'may'].includes(s);

export const MONTH_OF = tableOf(MONTHS);
export const WEEKDAY_OF = tableOf(WEEKDAYS);
export const SEASON_OF = tableOf(SEASONS);
export const DAY_PART_OF = tableOf(DAY_PARTS);
export const UNIT_OF = tableOf(UNITS);
export const ORDINAL_OF = tableOf(ORDINAL_WORDS);
export const PERIOD_ORDINAL_OF = tableOf(PERIOD_ORDINALS);
export const DEICTIC_DAY_OF = tableOf(DEICTIC_DAYS);
export const SHIFT_OF = tableOf(SHIFTERS);
export const REFERENCE_OF = tableOf(REFERENCES);
export const POSITION_OF = tableOf(POSITIONS);
export const HOLIDAY_OF = tableOf(FIXED_HOLIDAYS.map(([name, month, day]) => [name, [month, day] as const]));

/** A month name, abbreviations with an optional period: "September", "Sept.", "Sep". */
export const MONTH = `(?:${alt(MONTHS.map(([s]) => s).filter((s) => !isAbbreviation(s)))}|(?:${alt(MONTHS.map(([s]) => s).filter(isAbbreviation))})\\.?)`;
/** A weekday; abbreviations only with a period ("Tues."), since "sun", "wed", "sat" are words. */
export const WEEKDAY = `(?:${alt(WEEKDAYS.map(([s]) => s).filter((s) => s.length > 5))}|(?:${alt(WEEKDAYS.map(([s]) => s).filter((s) => s.length <= 5))})\\.)`;
export const SEASON = `(?:${alt(SEASONS.map(([s]) => s))})`;
export const DAY_PART = `(?:${alt(DAY_PARTS.map(([s]) => s))})`;
/** A day of the month: 7, 07, 7th, 31st. */
export const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d,.]\\d|\\s*%)';
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
export const TIME_ZONES = ['GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'IST', 'BST', 'CET', 'CEST', 'JST', 'KST', 'SGT', 'HKT', 'ICT', 'WIB', 'AEST', 'AEDT', 'ET', 'PT'];
/** A clock time, with am/pm and a time zone when written. */
export const TIME = `(?:(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?::[0-5]\\d)?(?:\\s*[ap]\\.?\\s?m\\b\\.?)?|(?:1[0-2]|0?[1-9])\\s*[ap]\\.?\\s?m\\b\\.?|noon|midnight)(?:\\s*\\(?(?:${TIME_ZONES.join('|')})(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d\\d)?)?\\)?)?`;
export const UNIT = `(?:${alt(UNITS.map(([s]) => s))})`;
const SINGULAR_UNITS = UNITS.map(([s]) => s).filter((s) => !/s$/.test(s) || s === 'hrs');
export const UNIT_SINGULAR = `(?:${alt(SINGULAR_UNITS)})`;
export const DAY_KIND = `(?:${alt(DAY_KINDS)})`;
/** How many: digits, number words, "a", or a vague count ("several"). */
const VAGUE_COUNTS = ['several', 'a few', 'few', 'many', 'some', 'numerous', 'a number of'];
export const VAGUE_COUNT = `(?:${alt(VAGUE_COUNTS)})`;
const NUMBER_WORD = `(?:${alt([...CARDINALS.keys()].filter((w) => w !== 'a' && w !== 'an'))})`;
/** A number in words, at most four words long: the bound keeps long runs of number words linear. */
const NUMBER_WORDS = `(?:${NUMBER_WORD}(?:[\\s-]+(?:and[\\s-]+)?(?:${NUMBER_WORD}|hundred)){0,3})`;
export const COUNT = `(?:\\d+(?:\\.\\d+)?|${NUMBER_WORDS}(?:\\s+and\\s+a\\s+half)?|an?|${VAGUE_COUNT})`;
export const ORDINAL = `(?:${alt(ORDINAL_WORDS.map(([s]) => s))}|\\d{1,2}(?:st|nd|rd|th))`;
export const PERIOD_ORDINAL = `(?:${alt(PERIOD_ORDINALS.map(([s]) => s))})`;
export const SHIFTER = `(?:${alt(SHIFTERS.map(([s]) => s))})`;
export const DEICTIC_DAY = `(?:${alt(DEICTIC_DAYS.map(([s]) => s))})`;
export const REFERENCE = `(?:${alt(REFERENCES.map(([s]) => s))})`;
export const POSITION = `(?:${alt(POSITIONS.map(([s]) => s))})`;
export const HOLIDAY = `(?:${alt(FIXED_HOLIDAYS.map(([s]) => s))})`;
/** The words (runs of letters) in some spellings, for a rule's `second`: "a couple of" → "a", "couple", "of". */
export const tokensOf = (spellings: Iterable<string>): string[] => [...new Set([...spellings].flatMap((s) => s.toLowerCase().match(/[a-z]+/g) ?? []))];
/** The tokens a count may hold: digits ("1.5" is two runs), number words, "and a half", vague counts. */
export const COUNT_TOKENS = [DIGIT, ...tokensOf([...CARDINALS.keys(), 'hundred', 'and a half', ...VAGUE_COUNTS])];
/** The words of the tables, for a rule's `near`. */
export const MONTH_WORDS = MONTHS.map(([s]) => s);
export const WEEKDAY_WORDS = WEEKDAYS.map(([s]) => s);
export const UNIT_WORDS = UNITS.map(([s]) => s);
export const SINGULAR_UNIT_WORDS = SINGULAR_UNITS;
/** The first words of the fragments above, for a rule's `starts`. */
export const MONTH_STARTS = firstWords(MONTHS.map(([s]) => s));
export const WEEKDAY_STARTS = firstWords(WEEKDAYS.map(([s]) => s));
export const SEASON_STARTS = firstWords(SEASONS.map(([s]) => s));
export const TIME_STARTS = [SHORT_DIGITS, 'noon', 'midnight'];
export const COUNT_STARTS = firstWords([DIGIT, ...CARDINALS.keys(), ...VAGUE_COUNTS]);
export const ORDINAL_STARTS = firstWords([SHORT_DIGITS, ...ORDINAL_WORDS.map(([s]) => s)]);
export const PERIOD_ORDINAL_STARTS = firstWords(PERIOD_ORDINALS.map(([s]) => s));
export const SHIFTER_STARTS = firstWords(SHIFTERS.map(([s]) => s));
export const DEICTIC_DAY_STARTS = firstWords(DEICTIC_DAYS.map(([s]) => s));
export const REFERENCE_STARTS = firstWords(REFERENCES.map(([s]) => s));
export const HOLIDAY_STARTS = firstWords(FIXED_HOLIDAYS.map(([s]) => s));
/** The words after "the" in spellings that begin with it: "the near future" → "near". */
const afterThe = (spellings: string[]): string[] => firstWords(spellings.filter((s) => /^the\s/.test(s)).map((s) => s.replace(/^the\s+/, '')));
export const REFERENCE_AFTER_THE = afterThe(REFERENCES.map(([s]) => s));
export const DEICTIC_DAY_AFTER_THE = afterThe(DEICTIC_DAYS.map(([s]) => s));

/** A year said relative to the article or written out: "2024", "this year", "last year", "fiscal 2024". */
export const YEAR_SPEC = `(?:${YEAR}|(?:this|last|next|the\\s+current|the\\s+previous|the\\s+following|the\\s+same|the|that)\\s+(?:fiscal\\s+|financial\\s+)?year)`;

/** Compiles a rule pattern with word boundaries and the flags every rule uses. */
/** Letters and digits, Latin accents included, that may not touch a match. */
export const WORD_CHAR = '[\\w\\u00C0-\\u024F]';
/**
 * Compiles a rule pattern with word boundaries. No `u` flag: case-insensitive
 * Unicode matching is several times slower, and the tables are ASCII.
 */
export const pattern = (source: string): RegExp => new RegExp(`\\b(?:${source})(?!${WORD_CHAR})`, 'gi');

const VAGUE_COUNT_ONLY = new RegExp(`^${VAGUE_COUNT}$`);

/** The number a count stands for; undefined for vague counts ("several"). */
const DECIMAL = /^\d+(?:\.\d+)?$/;

export function countOf(written: string): number | undefined {
  // Digits, the usual case, are their number (parseNumber would make the same of them).
  if (DECIMAL.test(written)) {
    const n = Number(written);
    return Number.isFinite(n) ? n : undefined;
  }
  const w = written.toLowerCase().replace(/\s+/g, ' ').trim();
  if (VAGUE_COUNT_ONLY.test(w)) return undefined;
  if (w === 'a' || w === 'an') return 1;
  const half = / and a half$/.test(w);
  const n = parseNumber(w.replace(/ and a half$/, ''));
  return n === undefined ? undefined : n + (half ? 0.5 : 0);
}

/** A month or weekday as the tables spell it: lower case, without the period of an abbreviation ("Sept." → "sept"). */
export const spellingOf = (written: string): string => (written.endsWith('.') ? written.slice(0, -1) : written).toLowerCase();
export const monthOf = (written: string): number => MONTH_OF.get(spellingOf(written))!;
export const weekdayOf = (written: string): number => WEEKDAY_OF.get(spellingOf(written))!;
export const unitOf = (written: string): Grain => UNIT_OF.get(written.toLowerCase())!;
export const dayOf = (written: string): number => parseInt(written, 10);
export const ordinalOf = (written: string): number | undefined => {
  const w = written.toLowerCase();
  return /^\d/.test(w) ? parseInt(w, 10) : ORDINAL_OF.get(w);
};

/** A two-digit year: '98 → 1998, '24 → 2024 (the century that puts it nearest the article). */
export function fullYear(twoDigits: string, ctx: Context): number {
  const yy = parseInt(twoDigits, 10);
  const now = ctx.dct ? parseInt(ctx.dct.slice(0, 4), 10) : 2000;
  const candidate = Math.floor(now / 100) * 100 + yy;
  return candidate > now + 20 ? candidate - 100 : candidate < now - 80 ? candidate + 100 : candidate;
}

/** A year spec ("2024", "last year", "the year") as an anchor and template for a point inside it. */
export function inYear(spec: string | undefined, template: Expr['point']): Expr {
  if (!spec) return { anchor: { type: 'infer' }, point: template };
  const year = /\d{4}/.exec(spec);
  if (year) return { anchor: { type: 'fixed' }, point: { ...template, year: +year[0] } };
  const word = spec.toLowerCase().replace(/\s+(fiscal|financial)\s+/, ' ').replace(/\s+year$/, '').replace(/\s+/g, ' ');
  if (word === 'the previous') return { anchor: { type: 'compare', grain: 'year', offset: -1, as: 'year' }, point: template };
  if (word === 'the following') return { anchor: { type: 'compare', grain: 'year', offset: 1, as: 'year' }, point: template };
  if (word === 'the same' || word === 'that') return { anchor: { type: 'compare', grain: 'year', offset: 0, as: 'year' }, point: template };
  if (word === 'the') return { anchor: { type: 'infer', lean: 'current' }, point: template };
  return { anchor: { type: 'dct', grain: 'year', offset: SHIFT_OF.get(word) ?? 0 }, point: template };
}

/** What a rule makes of a match: an expression to resolve, or a time already known. */
export interface DateParse {
  expr?: Expr;
  time?: Time;
  mod?: Mod;
  fiscal?: boolean;
  latent?: boolean;
  /** UTF-16 span; default the whole match. */
  start?: number;
  end?: number;
}

/**
 * Words one of which a match contains within a few tokens of its first one.
 * Tokens are runs of ASCII letters or of ASCII digits: "the 7th of October"
 * is five, and "October" comes 4 after "the". A word counts when it is a
 * whole token, as in every match of the rule ("Sept." is one); DIGIT stands
 * for any run of digits.
 */
export interface Near {
  words: readonly string[];
  /** Words one of which must come right before the word, with only spaces between: "year" in "the year to March". */
  after?: readonly string[];
  /** How many tokens after the first one of a match the word may come at most; any number when not given. */
  within?: number;
  /** The same for matches that begin with digits, when fewer. */
  withinDigits?: number;
}

export interface DateRule {
  name: string;
  /** A cheap test the text must pass for the rule to run at all: most articles have no "century". */
  gate?: RegExp;
  /** Whether to test the gate before trying the starts, not after a first match: for a cheap gate that few texts pass, on a rule with many starts that rarely match. */
  gateFirst?: boolean;
  /**
   * The first words (see starts.ts) a match can begin with: the pattern is then
   * tried only where one of them begins a word, not at every character.
   * Without it the pattern scans the whole text.
   */
  starts?: readonly string[];
  /** Words that may follow a first word with no space ("tento twelve years"): a word that begins with both counts too. */
  joins?: readonly string[];
  /** Words that begin a match only before another of its first words: "the" in "the third quarter". */
  leads?: readonly string[];
  /** Words after a lead that begin no match themselves: "future" in "the future". */
  follows?: readonly string[];
  /**
   * Words every match contains near its start (each entry must hold): a start
   * with none of them close enough after it is not tried. See starts.ts.
   */
  near?: readonly Near[];
  /**
   * Words (DIGIT: a run of digits) one of which is the second token of every
   * match, tokens as for `near`: a start whose next token is none of them is not tried.
   */
  second?: readonly string[];
  /**
   * The characters that may follow the digits a match begins with ("7th",
   * "7 October"); after a decimal ("1.5 years") the one after its fraction counts too.
   */
  afterDigits?: RegExp;
  /** The same for the first character after the digits and the spaces after them ("18 to 24 months"). */
  afterDigitsAndSpaces?: RegExp;
  pattern: RegExp;
  extract(match: RegExpExecArray, ctx: Context): DateParse | null;
}
