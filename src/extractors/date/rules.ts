import type { Context } from '../../types.js';
import { AMBIGUOUS_MONTHS } from './data/months.js';
import { DAY_KINDS } from './data/units.js';
import { PERIOD_ORDINALS } from './data/ordinals.js';
import type { Expr, Template } from './resolve.js';
import type { Grain, Season } from './time.js';
import { ANY_DIGITS, APOSTROPHE, DIGIT, LONG_DIGITS, SHORT_DIGITS } from './starts.js';
import {
  COUNT, DAY, DAY_KIND, DAY_PART, DAY_PART_OF, DEICTIC_DAY, DEICTIC_DAY_OF, HOLIDAY, HOLIDAY_OF, MONTH, ORDINAL, PERIOD_ORDINAL,
  PERIOD_ORDINAL_OF, REFERENCE, REFERENCE_OF, SEASON, SEASON_OF, SHIFTER, SHIFT_OF, TIME, UNIT, UNIT_SINGULAR, WEEKDAY, YEAR,
  YEAR_SPEC, COUNT_STARTS, DEICTIC_DAY_STARTS, HOLIDAY_STARTS, MONTH_STARTS, ORDINAL_STARTS, PERIOD_ORDINAL_STARTS, REFERENCE_STARTS,
  SEASON_STARTS, SHIFTER_STARTS, TIME_STARTS, TIME_ZONES, REFERENCE_AFTER_THE, DEICTIC_DAY_AFTER_THE, WEEKDAY_STARTS, MONTH_WORDS, WEEKDAY_WORDS, UNIT_WORDS, SINGULAR_UNIT_WORDS, COUNT_TOKENS, tokensOf, countOf, dayOf, fullYear, inYear, monthOf, ordinalOf, pattern, spellingOf, unitOf, weekdayOf, type DateRule,
} from './patterns.js';

/**
 * Date rules, HeidelTime style: each names its patterns from the tables and
 * returns an expression for the resolver; values are written by normalize.ts.
 */

const fixed = (point: Template): Expr => ({ anchor: { type: 'fixed' }, point });
const infer = (point: Template): Expr => ({ anchor: { type: 'infer' }, point });

/** A clock time ("10:44", "3 p.m.") as hour and minute. */
function clock(written: string | undefined): { hour: number; minute: number } | undefined {
  if (!written) return undefined;
  const w = written.toLowerCase();
  if (w.startsWith('noon')) return { hour: 12, minute: 0 };
  if (w.startsWith('midnight')) return { hour: 0, minute: 0 };
  const m = /^(\d{1,2})(?:[:.](\d\d))?/.exec(w);
  if (!m) return undefined;
  let hour = +m[1];
  if (/p\.?\s?m/.test(w) && hour < 12) hour += 12;
  if (/a\.?\s?m/.test(w) && hour === 12) hour = 0;
  return { hour, minute: m[2] ? +m[2] : 0 };
}

/** A day template with its time of day, when written. */
function day(month: number, dayOfMonth: number, year: number | undefined, time?: string): Template {
  const at = clock(time);
  return { grain: at ? 'minute' : 'day', month, day: dayOfMonth, ...(year !== undefined ? { year } : {}), ...(at ?? {}) };
}

const dayExpr = (template: Template): Expr => (template.year !== undefined ? fixed(template) : infer(template));

/** A month word that is also an ordinary word ("may", "march") is trusted only when capitalised. */
const AMBIGUOUS = new Set(AMBIGUOUS_MONTHS);
const lowercaseAmbiguous = (month: string): boolean => month.charCodeAt(0) >= 97 && month.charCodeAt(0) <= 122 && AMBIGUOUS.has(spellingOf(month));

const YEAR_RE = new RegExp(`^${YEAR}$`);
const yearOf = (written: string | undefined, ctx: Context): number | undefined =>
  written === undefined ? undefined : YEAR_RE.test(written) ? +written : fullYear(written.replace(/^['’]/, ''), ctx);

/** Words before a bare year or month that make it a date: "in 2025", "since May". */
const TEMPORAL_BEFORE = /(?:\b(?:a|an|his|her|its|their|our|my|your|in|since|by|until|till|through|throughout|from|to|during|before|after|between|and|or|of|for|early|late|mid|end|beginning|start|year|fiscal|calendar|FY|around|circa|as of|last|this|next|each|every|until|in early|in late|the)\s*|\bmid-|[(,]\s*)$/i;
/** Words after a bare year that make it a date: "2025's", "2025 levels", "2024 election". */
const TEMPORAL_AFTER = /^(?:['’]s\b|\s*[-–]\s*\d|\s*[.,;:)!?]|\s*$|\s+(?:levels?|figures?|results|budget|season|elections?|census|figures|period|vintage|estimates?|forecasts?|targets?|deadline|summit|Olympics|World Cup|model|fiscal|financial|calendar|first|second|third|fourth|H[12]|Q[1-4])\b)/i;

/** Words before a month name alone that make it the month: "in May", "since March", "early Jan." */
const MONTH_CONTEXT_BEFORE = /\b(?:in|since|by|until|till|through|from|to|during|before|after|of|early|late|mid|end|beginning|start|last|this|next|each|every)\s+$|\bmid-$/i;

function confirmedYear(ctx: Context, start: number, end: number): boolean {
  const before = ctx.text.slice(Math.max(0, start - 20), start);
  const after = ctx.text.slice(end, end + 20);
  if (/[$€£¥#№]\s*$|\bNo\.\s*$|\d[,.]?\s*$/.test(before)) return false;
  return TEMPORAL_BEFORE.test(before) || TEMPORAL_AFTER.test(after) || /(?:^|\n)\s*$/.test(before);
}

/** Adjectival lengths that name no period: "four-year high", "57-year-old". */
const NOT_A_PERIOD_AFTER = /^[\s-]+(?:old|olds|high|highs|low|lows|record|peak|best|worst|long|term|bond|bonds|note|notes|yield|yields|treasury|treasuries|loan|loans|maturity|average)\b/i;

/** "a year", "a day" after a rate or an amount are frequencies, not lengths ("5% a year", "twice a day"). */
const FREQUENCY_BEFORE = /(?:[\d%]\w*|percent|cent|twice|once|thrice|times|barrels|tons|tonnes|units|dollars|euros|hours|miles|kilometres|kilometers|people|passengers|visitors|cars|vehicles|meals|bpd|a\s+share|per|each|every)\s*$/i;

/**
 * "from" or "between" is a range marker with "to"/"and", but only a governing
 * preposition before a dash range: "from October 6-8" → "October 6-8".
 */
function openerOutside(m: RegExpExecArray): { start?: number } {
  const opener = /^(?:from|between)\s+/i.exec(m[0]);
  return opener && !/\s(?:to|through|and|until)\s/i.test(m[0]) ? { start: m.index + opener[0].length } : {};
}

const FISCAL_TALK = /\b(?:fiscal|financial\s+year|FY)/i;

/** Words before "a year", "a day" that make it a length, not a rate: "for a year", "within a day". */
const LENGTH_PREPOSITION_BEFORE = /\b(?:for|in|within|over|about|nearly|almost|than|after|before|of|past|last|next|only|just|another|least|most|to)\s+$/i;

const UNIT_PLURAL_SINGLE = (grain: Grain): boolean => ['year', 'month', 'week', 'day', 'decade', 'quarter', 'hour', 'minute'].includes(grain);

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
/** Words before a count that keep it a length: "the past two weeks", "the remaining three years". */
const DURATION_OPENERS = ['past', 'last', 'next', 'coming', 'previous', 'following', 'first', 'latest', 'final', 'initial', 'remaining', 'recent', 'same'];
const BARE_PLURAL_UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades', 'centuries'];

export const DATE_RULES: readonly DateRule[] = [
  {
    name: 'iso-date',
    gate: /\d{4}-\d\d-\d\d/,
    starts: [ANY_DIGITS],
    afterDigits: /-/,
    pattern: /(?<![\d-])(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d-])/g,
    extract: (m) => {
      const [month, d] = [+m[2], +m[3]];
      if (month < 1 || month > 12 || d < 1 || d > 31) return null;
      return { expr: fixed({ ...day(month, d, +m[1], m[4] ? `${m[4]}:${m[5]}` : undefined) }) };
    },
  },
  {
    // Month first, as in the US (07/10/2021 = July 10); day first when the first number cannot be a month, or with dots (07.10.2021).
    name: 'numeric-date',
    gate: /\d[/.]\d{1,2}[/.]\d/,
    gateFirst: true,
    starts: [ANY_DIGITS],
    afterDigits: /[/.]/,
    pattern: /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g,
    extract: (m, ctx) => {
      const [first, second] = [+m[1], +m[3]];
      const [month, d] = m[2] === '.' || first > 12 ? [second, first] : [first, second];
      if (month < 1 || month > 12 || d < 1 || d > 31) return null;
      return { expr: fixed(day(month, d, m[4].length === 4 ? +m[4] : fullYear(m[4], ctx))) };
    },
  },
  {
    name: 'year-first-slash-date',
    gate: /\d{4}\/\d/,
    starts: [ANY_DIGITS],
    afterDigits: /\//,
    pattern: /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/g,
    extract: (m) => (+m[2] >= 1 && +m[2] <= 12 ? { expr: fixed(day(+m[2], +m[3], +m[1])) } : null),
  },
  {
    // "Thursday, October 7, 2021 10:44", "Oct. 7"
    name: 'month-day',
    // "Thu. Oct. 7": the day is at most two tokens on.
    near: [{ words: [DIGIT], within: 2 }],
    starts: [...WEEKDAY_STARTS, ...MONTH_STARTS],
    pattern: pattern(`(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s*(${DAY})(?:,?\\s+(${YEAR}))?(?:(?:,\\s*|\\s+)(?:at\\s+)?(${TIME}))?`),
    extract: (m, ctx) => (lowercaseAmbiguous(m[2]) ? null : { expr: dayExpr(day(monthOf(m[2]), dayOf(m[3]), yearOf(m[4], ctx), m[5])) }),
  },
  {
    // A weekday with its date in parentheses is one mention: "Tuesday (Oct 26)".
    name: 'weekday-paren-date',
    near: [{ words: MONTH_WORDS, within: 1 }],
    gate: /\(/,
    starts: WEEKDAY_STARTS,
    pattern: pattern(`(${WEEKDAY})\\s*\\(\\s*(${MONTH})\\s*(${DAY})(?:,?\\s+(${YEAR}))?\\s*\\)`),
    extract: (m, ctx) => (lowercaseAmbiguous(m[2]) ? null : { expr: dayExpr(day(monthOf(m[2]), dayOf(m[3]), yearOf(m[4], ctx))) }),
  },
  {
    // "7 October 2021", "the 7th of October", "19th Apr 2018 13:26"
    name: 'day-month',
    // "Tuesday, the 7th of October": the month is the fifth token after the weekday.
    near: [{ words: MONTH_WORDS, within: 5 }],
    afterDigits: /[\ssnrt]/i,
    leads: ['the'],
    starts: [...WEEKDAY_STARTS, 'the', SHORT_DIGITS],
    pattern: pattern(`(?:(${WEEKDAY}),?\\s+)?(?:the\\s+)?(${DAY})(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(${YEAR}))?(?:,?\\s+(?:at\\s+)?(${TIME}))?`),
    extract: (m, ctx) => {
      if (lowercaseAmbiguous(m[3])) return null;
      return { expr: dayExpr(day(monthOf(m[3]), dayOf(m[2]), yearOf(m[4], ctx), m[5])) };
    },
  },
  {
    // "October 6-8", "between October 6 and 8, 2021"
    name: 'month-day-range',
    near: [{ words: [DIGIT], within: 2 }],
    gate: /\d\s*(?:-|–|—|to|through|and|until)\s*\S/,
    starts: ['from', 'between', ...MONTH_STARTS],
    pattern: pattern(`(?:(?:from|between)\\s+)?(${MONTH})\\s*(${DAY})\\s*(?:-|–|—|to|through|and|until)\\s*(?:(${MONTH})\\s*)?(${DAY})(?:,?\\s+(${YEAR}))?`),
    extract: (m, ctx) => {
      if (lowercaseAmbiguous(m[1])) return null;
      const year = yearOf(m[5], ctx);
      const from = day(monthOf(m[1]), dayOf(m[2]), year);
      const to = day(m[3] ? monthOf(m[3]) : monthOf(m[1]), dayOf(m[4]), year);
      return { expr: { ...dayExpr(from), to }, ...openerOutside(m) };
    },
  },
  {
    // "6–8 October", "6 to 8 October 2021"
    name: 'day-range-month',
    // "from 6th to 8th October"
    near: [{ words: MONTH_WORDS, within: 6 }],
    afterDigits: /[\ssnrta\-–—]/i,
    gate: /\d\s*(?:-|–|—|to|and)\s*\d/,
    starts: ['from', 'between', SHORT_DIGITS],
    pattern: pattern(`(?:(?:from|between)\\s+)?(${DAY})\\s*(?:-|–|—|to|and)\\s*(${DAY})\\s+(${MONTH})(?:,?\\s+(${YEAR}))?`),
    extract: (m, ctx) => {
      if (lowercaseAmbiguous(m[3])) return null;
      const year = yearOf(m[4], ctx);
      const month = monthOf(m[3]);
      return { expr: { ...dayExpr(day(month, dayOf(m[1]), year)), to: day(month, dayOf(m[2]), year) }, ...openerOutside(m) };
    },
  },
  {
    // "January 2026", "Jan. of 2026", "Mar'20"
    name: 'month-year',
    // "Jan. of 2026", "Mar'20"
    near: [{ words: [DIGIT], within: 2 }],
    starts: MONTH_STARTS,
    pattern: pattern(`(${MONTH})(?:,?\\s+(?:of\\s+)?(${YEAR})|\\s*(['’]\\d\\d))`),
    extract: (m, ctx) => (lowercaseAmbiguous(m[1]) ? null : { expr: fixed({ grain: 'month', month: monthOf(m[1]), year: yearOf(m[2] ?? m[3], ctx) }) }),
  },
  {
    // "February this year", "June last year", "March of next year"
    name: 'month-of-year',
    near: [{ words: ['year'], within: 3 }],
    gate: /(?:this|last|next)\s+year/i,
    starts: MONTH_STARTS,
    pattern: pattern(`(${MONTH})\\s+(?:of\\s+)?((?:this|last|next)\\s+year)`),
    extract: (m) => (lowercaseAmbiguous(m[1]) ? null : { expr: inYear(m[2], { grain: 'month', month: monthOf(m[1]) }) }),
  },
  {
    // "last April", "next May", "this March"
    name: 'shifted-month',
    near: [{ words: MONTH_WORDS, within: 2 }],
    gate: /(?:this|last|next)\s/i,
    starts: ['this', 'last', 'next'],
    pattern: pattern(`(this\\s+past|this\\s+coming|last|next|this)\\s+(${MONTH})`),
    extract: (m) => {
      const offset = SHIFT_OF.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? 0;
      const point: Template = { grain: 'month', month: monthOf(m[2]) };
      if (offset === 0) return { expr: { anchor: { type: 'dct', grain: 'year', offset: 0 }, point } };
      return { expr: { anchor: { type: 'infer', lean: offset < 0 ? 'past' : 'future' }, point } };
    },
  },
  {
    name: 'month',
    starts: MONTH_STARTS,
    pattern: pattern(`(${MONTH})`),
    extract: (m, ctx) => {
      if (lowercaseAmbiguous(m[1])) return null;
      const trusted =
        (!AMBIGUOUS.has(spellingOf(m[1])) && !/^[a-z]{3}$/i.test(m[1])) ||
        MONTH_CONTEXT_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)) ||
        /^\s*[-–]\s*\p{L}/u.test(ctx.text.slice(m.index + m[0].length));
      return { expr: infer({ grain: 'month', month: monthOf(m[1]) }), latent: !trusted };
    },
  },
  {
    name: 'year',
    starts: [LONG_DIGITS],
    pattern: /(?<![\w\u00C0-\u024F.,$€£¥]|(?<!mid)-)(1[5-9]\d\d|20\d\d)(?![\w\u00C0-\u024F]|[.,]\d)/gi,
    extract: (m, ctx) => ({ expr: fixed({ grain: 'year', year: +m[1] }), latent: !confirmedYear(ctx, m.index, m.index + m[0].length) }),
  },
  {
    // "2020-2023", "2020-23"; a split year "2023-24" is a fiscal year running April to March.
    name: 'year-range',
    afterDigitsAndSpaces: /[-–—/]/,
    gate: /\d{4}\s*[-–—/]\s*\d\d/,
    starts: ['from', 'between', LONG_DIGITS],
    pattern: /(?<![\w\u00C0-\u024F.,$-])(?:(?:from|between)\s+)?(1[5-9]\d\d|20\d\d)\s*(?:-|–|—|\/)\s*(\d{4}|\d\d)(?![\w\u00C0-\u024F]|[-.,\/]\d)/gi,
    extract: (m, ctx) => {
      const from = +m[1];
      const to = m[2].length === 4 ? +m[2] : Math.floor(from / 100) * 100 + +m[2];
      if (m[2].length === 2 && to < from && +m[2] >= 1 && +m[2] <= 12 && !/\//.test(m[0])) {
        return { expr: fixed({ grain: 'month', year: from, month: +m[2] }) };
      }
      if (to <= from || to - from > 100) return null;
      const span = openerOutside(m);
      // A split year is a fiscal year only where the article speaks of fiscal years ("financial year 2019-20").
      if (to === from + 1 && m[2].length === 2 && FISCAL_TALK.test(ctx.text)) {
        return { expr: { ...fixed({ grain: 'month', year: from, month: 4 }), to: { grain: 'month', year: to, month: 3 } }, fiscal: true, ...span };
      }
      return { expr: { ...fixed({ grain: 'year', year: from }), to: { grain: 'year', year: to } }, ...span };
    },
  },
  {
    // "the 2020s", "the '90s", "the nineties"
    name: 'decade',
    afterDigits: /['’s]/i,
    gate: /\d0['’]?s|ties\b/i,
    leads: ['the'],
    starts: ['the', LONG_DIGITS, APOSTROPHE, 'nineteen', ...DECADE_WORDS],
    pattern: pattern(`(?:the\\s+)?(?:(1[5-9]\\d0|20\\d0)['’]?s|['’](\\d0)s|(?:nineteen[\\s-]+)?(${DECADE_WORDS.join('|')}))`),
    extract: (m, ctx) => {
      const year = m[1] ? +m[1] : m[2] ? fullYear(m[2], { ...ctx, dct: ctx.dct && `${+ctx.dct.slice(0, 4) - 30}` }) : 1900 + (DECADE_WORDS.indexOf(m[3].toLowerCase()) + 2) * 10;
      if (m[3] && !/^the\s/i.test(m[0])) return null;
      return { expr: fixed({ grain: 'decade', year }) };
    },
  },
  {
    name: 'century',
    // "the twenty-first century", "the 21st century"
    near: [{ words: ['century'], within: 3 }],
    afterDigits: /[snrt]/i,
    gate: /centur/i,
    leads: ['the'],
    starts: ['the', ...ORDINAL_STARTS],
    pattern: pattern(`(?:the\\s+)?(${ORDINAL})[\\s-]+century`),
    extract: (m) => {
      const n = ordinalOf(m[1]);
      return n ? { expr: fixed({ grain: 'century', year: (n - 1) * 100 }) } : null;
    },
  },
  {
    // "Q3 2024", "Q3", "3Q24", "Q2'23", "Q3 of last year", "2024 Q3"
    name: 'quarter-code',
    // A Q is a token of its own but when words follow it unspaced: "3QFY24", "3Qof 2024", "3Qthis year".
    near: [{ words: ['q', 'qfy', 'qof', 'qthis', 'qlast', 'qnext', 'qthe', 'qthat'], within: 2 }],
    afterDigitsAndSpaces: /[q1-4]/i,
    gate: /Q[1-4]|[1-4]Q/i,
    starts: [SHORT_DIGITS, LONG_DIGITS, 'q'],
    pattern: pattern(`(?:(${YEAR})\\s*)?(?:Q([1-4])|([1-4])Q)(?:\\s*(?:of\\s+)?(?:(${YEAR_SPEC})|['’]?(\\d\\d)\\b))?(?:\\s*(FY)\\s*['’]?(\\d{2}|${YEAR}))?`),
    extract: (m, ctx) => {
      const quarter = +(m[2] ?? m[3]);
      const spec = m[1] ?? m[4] ?? (m[5] ? String(fullYear(m[5], ctx)) : m[7] ? String(yearOf(m[7], ctx)) : undefined);
      return { expr: inYear(spec, { grain: 'quarter', index: quarter }), fiscal: !!m[6] || undefined };
    },
  },
  {
    // "the third quarter", "the fiscal first quarter", "fourth-quarter", "the third quarter of 2024", "this year's third quarter", "the 1988 second quarter"
    name: 'quarter',
    // "the 2024's fiscal 3rd fiscal quarter", "a this year's ...": at most eight tokens before "quarter".
    near: [{ words: ['quarter'], within: 8 }],
    afterDigits: /[\s'’snrt]/i,
    gate: /quarter/i,
    leads: ['the', 'its', 'a'],
    starts: ['the', 'its', 'a', 'this', 'last', 'next', LONG_DIGITS, 'fiscal', 'financial', ...PERIOD_ORDINAL_STARTS],
    pattern: pattern(`(?:(?:the|its|a)\\s+)?(?:(this|last|next)\\s+year['’]s\\s+|(${YEAR})['’]?s?\\s+)?(fiscal[\\s-]+|financial[\\s-]+)?(${PERIOD_ORDINAL})[\\s-]+(fiscal[\\s-]+)?quarter(?:\\s+(?:of\\s+|in\\s+)?(?:(fiscal|financial)\\s+(?:year\\s+)?)?(${YEAR_SPEC}))?`),
    extract: (m) => {
      const ordinal = PERIOD_ORDINAL_OF.get(m[4].toLowerCase());
      const spec = m[2] ?? m[7] ?? (m[1] ? `${m[1]} year` : undefined);
      const fiscal = !!(m[3] || m[5] || m[6]) || undefined;
      // "a third-quarter loss": the determiner belongs to the noun, not to the period.
      const determiner = /-quarter$/i.test(m[0]) ? /^(?:the|its|a)\s+/i.exec(m[0]) : null;
      const span = determiner ? { start: m.index + determiner[0].length } : {};
      if (ordinal === 'last') return spec ? { expr: inYear(spec, { grain: 'quarter', index: 4 }), fiscal, ...span } : null;
      if (ordinal === undefined || ordinal > 4) return null;
      return { expr: inYear(spec, { grain: 'quarter', index: ordinal }), fiscal, ...span };
    },
  },
  {
    // "the first half of 2023", "first half", "the latter half of the year", "H1 2023", "1H23"
    name: 'half',
    // "the 1st half", "2024 1H", "1Hof 2024"
    near: [{ words: ['half', 'h', 'hof'], within: 3 }],
    afterDigitsAndSpaces: /[h12snrt]/i,
    gate: /half|H[12]|[12]H/i,
    leads: ['the'],
    starts: ['the', ...PERIOD_ORDINAL_STARTS, SHORT_DIGITS, LONG_DIGITS, 'h'],
    pattern: pattern(`(?:the\\s+)?(${PERIOD_ORDINAL})[\\s-]+half(?:\\s+period)?(?:\\s+(?:of\\s+)?(?:(fiscal|financial)\\s+(?:year\\s+)?)?(${YEAR_SPEC}))?|(?:(${YEAR})\\s*)?(?:H([12])|([12])H)(?:\\s*(?:of\\s+)?(${YEAR})|\\s*['’]?(\\d\\d)\\b)?`),
    extract: (m, ctx) => {
      if (m[1]) {
        const ordinal = PERIOD_ORDINAL_OF.get(m[1].toLowerCase());
        const half = ordinal === 'last' ? 2 : ordinal;
        if (half !== 1 && half !== 2) return null;
        // "its first half report": the determiner belongs to the noun.
        const determiner = !m[3] && /^\s+\p{Ll}/u.test(ctx.text.slice(m.index + m[0].length)) && !/^\s+of\b/.test(ctx.text.slice(m.index + m[0].length)) ? /^the\s+/i.exec(m[0]) : null;
        return { expr: inYear(m[3], { grain: 'half', index: half }), fiscal: !!m[2] || undefined, ...(determiner ? { start: m.index + determiner[0].length } : {}) };
      }
      const spec = m[4] ?? m[7] ?? (m[8] ? String(fullYear(m[8], ctx)) : undefined);
      return { expr: inYear(spec, { grain: 'half', index: +(m[5] ?? m[6]) }) };
    },
  },
  {
    // "the first nine months of 2024" → 2024-01/2024-09
    name: 'first-months',
    gate: /first\s/i,
    leads: ['the'],
    starts: ['the', 'first'],
    pattern: pattern(`(?:the\\s+)?first\\s+(${COUNT})\\s+months(?:\\s+(?:of\\s+)?(?:(fiscal|financial)\\s+(?:year\\s+)?)?(${YEAR_SPEC}))?`),
    extract: (m) => {
      const n = countOf(m[1]);
      if (!n || n > 12 || !Number.isInteger(n)) return null;
      const expr = inYear(m[3], { grain: 'month', month: 1 });
      return { expr: { ...expr, to: { grain: 'month', month: n } }, fiscal: !!m[2] || undefined };
    },
  },
  {
    // "the year to March", "the quarter ended Sep 30", "the 12 months to end March last", "the period ending June"
    name: 'period-ending',
    // Ordinals may repeat before the period ("the first fiscal quarter ended"): no reach, but the unit must come right before.
    near: [{ words: ['to', 'through', 'ending', 'ended'], after: ['year', 'quarter', 'period', 'half', 'months'] }],
    second: [DIGIT, 'the', ...tokensOf(PERIOD_ORDINALS.map(([s]) => s)), 'latest', 'fiscal', 'financial', 'year', 'quarter', 'period', 'half', ...COUNT_TOKENS, 'months', 'to', 'through', 'ending', 'ended'],
    afterDigits: /[\ssnrt]/i,
    gate: /\s(?:to|through|ending|ended)\s/i,
    leads: ['the'],
    starts: ['the', ...PERIOD_ORDINAL_STARTS, 'latest', 'fiscal', 'financial', 'year', 'quarter', 'period', 'half', ...COUNT_STARTS],
    pattern: pattern(`(?:the\\s+)?(?:(?:${PERIOD_ORDINAL}|latest|fiscal|financial)\\s+)*(year|quarter|period|half|(${COUNT})\\s+months)\\s+(?:to|through|ending|ended)\\s+(?:end[\\s-]+)?(${MONTH})(?:\\s*(${DAY}))?(?:,?\\s+(${YEAR})|\\s+(last))?`),
    extract: (m, ctx) => {
      const months = m[2] ? countOf(m[2]) : { year: 12, quarter: 3, period: 3, half: 6 }[m[1].toLowerCase()];
      if (!months || months > 24 || !Number.isInteger(months)) return null;
      let month = monthOf(m[3]);
      // A period that ends in a month's first days ("the quarter ending Nov. 2") covers the months before it.
      if (m[4] && dayOf(m[4]) <= 7) month = month === 1 ? 12 : month - 1;
      const crossesYear = m[4] && dayOf(m[4]) <= 7 && monthOf(m[3]) === 1;
      const year = yearOf(m[5], ctx);
      const point: Template = { grain: 'month', month, ...(year !== undefined ? { year: crossesYear ? year - 1 : year } : {}) };
      const anchor: Expr['anchor'] = year !== undefined ? { type: 'fixed' } : { type: 'infer', ...(m[6] ? { lean: 'past' as const } : {}) };
      return { expr: { anchor, point, monthsEnding: months } };
    },
  },
  {
    // "FY2025", "FY25", "fiscal 2025", "fiscal year 2018", "financial year 2024-25", "FY2024-25"
    name: 'fiscal-year',
    gate: /fiscal|financial|FY/i,
    leads: ['the'],
    starts: ['the', 'fiscal', 'financial', 'fy'],
    pattern: pattern(`(?:(?:the\\s+)?(?:fiscal|financial)(?:\\s+year)?\\s*|FY\\s*['’]?)(${YEAR}|\\d\\d)(?:\\s*[-–/]\\s*(\\d{4}|\\d\\d))?`),
    extract: (m, ctx) => {
      if (/^\d\d$/.test(m[1]) && !/^FY/i.test(m[0])) return null;
      const year = yearOf(m[1], ctx)!;
      if (m[2]) {
        const to = m[2].length === 4 ? +m[2] : Math.floor(year / 100) * 100 + +m[2];
        if (to !== year + 1) return null;
        return { expr: { ...fixed({ grain: 'month', year, month: 4 }), to: { grain: 'month', year: to, month: 3 } }, fiscal: true };
      }
      return { expr: fixed({ grain: 'year', year }), fiscal: true };
    },
  },
  {
    // "this fiscal year", "the current financial year", "last fiscal year"
    name: 'shifted-fiscal-year',
    // "the current fiscal year"
    near: [{ words: ['fiscal', 'financial'], within: 2 }],
    gate: /fiscal|financial/i,
    leads: ['the'],
    starts: SHIFTER_STARTS,
    pattern: pattern(`(${SHIFTER})\\s+(?:fiscal|financial)[\\s-]+year`),
    extract: (m) => ({ expr: inYear(`${m[1]} year`, { grain: 'year' }), fiscal: true }),
  },
  {
    // "last year", "this month", "next quarter", "the past week", "the current quarter", "this summer", "last Monday"
    name: 'shifted-period',
    leads: ['the'],
    starts: [...SHIFTER_STARTS, 'the', 'latest'],
    pattern: pattern(`(${SHIFTER}|the\\s+latest|latest)\\s+(year|quarter|month|week|weekend|decade|century|${SEASON}|${WEEKDAY})`),
    extract: (m, ctx) => {
      if (/\b(?:each|every|per)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const shifter = m[1].toLowerCase().replace(/\s+/g, ' ');
      const offset = /latest/.test(shifter) ? -1 : SHIFT_OF.get(shifter) ?? 0;
      const word = m[2].toLowerCase();
      const season = SEASON_OF.get(word);
      if (season) {
        const point: Template = { grain: 'season', season };
        if (offset === 0) return { expr: { anchor: { type: 'dct', grain: 'year', offset }, point } };
        return { expr: { anchor: { type: 'infer', lean: offset < 0 ? 'past' : 'future' }, point } };
      }
      const unit = unitOf(word);
      if (!unit) {
        const weekdayOffset = offset < 0 ? -1 : offset > 0 ? 1 : 0;
        return { expr: { anchor: { type: 'weekday', weekday: weekdayOf(word), offset: weekdayOffset }, point: {} } };
      }
      if ((unit === 'decade' || unit === 'century') && offset !== 0) return { time: { kind: 'duration', grain: unit, amount: 1 } };
      if (/previous|prior|following/.test(shifter)) return { expr: { anchor: { type: 'compare', grain: unit, offset, as: unit }, point: {} } };
      if (unit === 'weekend') return { expr: { anchor: { type: 'dct', grain: 'weekend', offset: shifter === 'this' ? 0 : offset || -1 }, point: {} } };
      return { expr: { anchor: { type: 'dct', grain: unit, offset }, point: {} } };
    },
  },
  {
    // "the weekend" (the latest one), "the year", "the month": anaphors, kept only when a position word or range confirms them.
    name: 'bare-period',
    leads: ['the'],
    starts: ['the', 'year', 'month', 'week', 'quarter', 'weekend', 'day'],
    pattern: pattern(`(the\\s+)?(year|month|week|quarter|weekend|day)`),
    extract: (m) => {
      const unit = unitOf(m[2]);
      if (unit === 'weekend' && m[1]) return { expr: { anchor: { type: 'dct', grain: 'weekend', offset: -1 }, point: {} } };
      return { expr: { anchor: { type: 'dct', grain: unit, offset: 0 }, point: {} }, latent: true };
    },
  },
  {
    // "today", "yesterday afternoon", "tonight", "this morning", "last night"
    name: 'deictic-day',
    leads: ['the'],
    follows: DEICTIC_DAY_AFTER_THE,
    starts: [...DEICTIC_DAY_STARTS, 'this', 'last'],
    // "this" and "last" only with a part of the day: most of them are followed by none.
    pattern: pattern(`(${DEICTIC_DAY})(?:\\s+(${DAY_PART}))?|(this|last)\\s+(${DAY_PART})`),
    extract: (m) => {
      const word = (m[1] ?? m[3]).toLowerCase().replace(/\s+/g, ' ');
      const partWord = m[2] ?? m[4];
      const part = partWord ? DAY_PART_OF.get(partWord.toLowerCase()) : word === 'tonight' ? 'NI' : undefined;
      if ((word === 'this' || word === 'last') && !part) return null;
      if (word === 'last' && part !== 'NI') return null;
      const offset = word === 'this' ? 0 : word === 'last' ? -1 : DEICTIC_DAY_OF.get(word)!;
      return { expr: { anchor: { type: 'dct', grain: 'day', offset }, point: part ? { grain: 'partOfDay', dayPart: part } : {} } };
    },
  },
  {
    // "Monday", "Friday night", "Tues."
    name: 'weekday',
    starts: WEEKDAY_STARTS,
    pattern: pattern(`(${WEEKDAY})(?:\\s+(${DAY_PART}))?`),
    extract: (m) => {
      if (/^[a-z]/.test(m[1]) && m[1].endsWith('.')) return null;
      const part = m[2] ? DAY_PART_OF.get(m[2].toLowerCase()) : undefined;
      return { expr: { anchor: { type: 'weekday', weekday: weekdayOf(m[1]), offset: 0 }, point: part ? { grain: 'partOfDay', dayPart: part } : {} } };
    },
  },
  {
    // "15:00 GMT Saturday", "10 a.m. today"
    name: 'time-day',
    // "10:44:00 p.m. (GMT+08:00) on Monday": the day is at most nine tokens after the hour.
    near: [{ words: [...WEEKDAY_WORDS, 'today', 'yesterday', 'tomorrow'], within: 9 }],
    afterDigitsAndSpaces: /[:.ap]/i,
    gate: /\d\s*[:.ap]|noon|midnight/i,
    starts: TIME_STARTS,
    joins: TIME_ZONES,
    pattern: pattern(`(${TIME})\\s+(?:on\\s+)?(${WEEKDAY}|today|yesterday|tomorrow)`),
    extract: (m) => {
      const at = clock(m[1])!;
      const word = m[2].toLowerCase();
      const offset = DEICTIC_DAY_OF.get(word);
      const point: Template = { grain: 'minute', ...at };
      if (offset !== undefined) return { expr: { anchor: { type: 'dct', grain: 'day', offset }, point } };
      return { expr: { anchor: { type: 'weekday', weekday: weekdayOf(word), offset: 0 }, point } };
    },
  },
  {
    // "this summer" is a shifted period; here "summer 2025", "the winter of 1994", "spring"
    name: 'season',
    leads: ['the'],
    starts: ['the', ...SEASON_STARTS],
    pattern: pattern(`(?:the\\s+)?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR}))?`),
    extract: (m, ctx) => {
      const season = SEASON_OF.get(m[1].toLowerCase()) as Season;
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      const trusted = !!m[2] || (/^the\s/i.test(m[0]) && !/^fall$/i.test(m[1])) || /\b(?:in|during|since|until|by|early|late|mid|this|last|next)\s+$/i.test(before);
      if (!trusted && /^fall$/i.test(m[1])) return null;
      const template: Template = { grain: 'season', season };
      return m[2] ? { expr: fixed({ ...template, year: +m[2] }) } : { expr: infer(template), latent: !trusted };
    },
  },
  {
    name: 'holiday',
    gate: /christmas|new\s+year|independence|halloween|valentine|may\s+day|bastille|boxing/i,
    starts: HOLIDAY_STARTS,
    pattern: pattern(`(${HOLIDAY})(?:\\s+(${YEAR}))?`),
    extract: (m) => {
      const [month, d] = HOLIDAY_OF.get(m[1].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '))!;
      const template = day(month, d, m[2] ? +m[2] : undefined);
      return { expr: dayExpr(template), latent: !/^\p{Lu}/u.test(m[1]) };
    },
  },
  {
    // "the next 10 years", "five months", "three working days", "the past two weeks", "several years"
    name: 'duration',
    // "the past a couple of dozen and ... and a half more years": a count is at most 18 tokens; digits are two.
    near: [{ words: UNIT_WORDS, within: 21, withinDigits: 3 }],
    // The words of the pattern: most "a" and "the" are followed by none.
    second: ['the', ...DURATION_OPENERS, ...COUNT_TOKENS, 'more', 'additional', 'extra', ...DAY_KINDS, ...UNIT_WORDS],
    afterDigits: /\s/,
    leads: ['the'],
    starts: ['the', ...DURATION_OPENERS, ...COUNT_STARTS],
    pattern: pattern(`(?:(?:the\\s+)?(?:${DURATION_OPENERS.join('|')})\\s+|the\\s+)?(${COUNT})\\s+(?:(?:more|additional|extra|${DAY_KIND})\\s+)?(${UNIT})`),
    extract: (m, ctx) => {
      const grain = unitOf(m[2]);
      const count = countOf(m[1]);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^[\s-]+(?:old|of age|older|younger)\b/i.test(after) || /\bage[sd]?\s+(?:of\s+)?$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
      const article = /^an?$/i.test(m[1]);
      if (article && grain === 'second') return null;
      const before = ctx.text.slice(Math.max(0, m.index - 40), m.index);
      if (article && (FREQUENCY_BEFORE.test(before) || (/\d/.test(before) && !LENGTH_PREPOSITION_BEFORE.test(before)))) return null;
      if (count === undefined && !/^(?:several|a\s+few|few|many|numerous|a\s+number\s+of)$/i.test(m[1].replace(/\s+/g, ' '))) return null;
      if (/^(?:some|many|numerous)$/i.test(m[1]) && !UNIT_PLURAL_SINGLE(grain)) return null;
      return { time: { kind: 'duration', grain, amount: count } };
    },
  },
  {
    // "for years", "minutes before", "took weeks": a length of unknown size.
    name: 'bare-plural-duration',
    starts: BARE_PLURAL_UNITS,
    pattern: pattern(`(${BARE_PLURAL_UNITS.join('|')})`),
    extract: (m, ctx) => {
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
      const lengthContext = /\b(?:for|within|take|takes|took|taking|lasted|last|lasting)\s+$/i.test(before) || /^\s+(?:before|after|earlier|later)\b/i.test(after);
      return lengthContext ? { time: { kind: 'duration', grain: unitOf(m[1]) } } : null;
    },
  },
  {
    // "18 to 24 months" → P18M/P24M
    name: 'duration-range',
    near: [{ words: UNIT_WORDS, within: 38, withinDigits: 21 }],
    second: ['between', ...COUNT_TOKENS, 'to', 'or', 'and', ...UNIT_WORDS],
    afterDigitsAndSpaces: /[-–toa]/i,
    gate: /\s(?:-|–|to|or|and)\s*\S+\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?)/i,
    starts: ['between', ...COUNT_STARTS],
    joins: ['to', 'or', 'and'],
    pattern: pattern(`(?:between\\s+)?(\\d+|${COUNT})\\s*(?:-|–|to|or|and)\\s*(\\d+|${COUNT})\\s+(${UNIT})`),
    extract: (m) => {
      if (/\sand\s/i.test(m[0]) && !/^between/i.test(m[0])) return null;
      const [low, high] = [countOf(m[1]), countOf(m[2])];
      if (low === undefined || high === undefined || high <= low) return null;
      return { time: { kind: 'duration', grain: unitOf(m[3]), amount: low, amountMax: high } };
    },
  },
  {
    // "three-year", "52-week", "10-day" used as adjectives: "a three-year plan"
    name: 'adjectival-duration',
    near: [{ words: SINGULAR_UNIT_WORDS, within: 18, withinDigits: 2 }],
    second: [...COUNT_TOKENS, ...SINGULAR_UNIT_WORDS],
    afterDigitsAndSpaces: /-/,
    gate: /-\s*(?:year|month|week|day|hour|minute|quarter|decade|century|yr|hr)/i,
    starts: COUNT_STARTS,
    pattern: pattern(`(\\d+|${COUNT})[\\s-]*-\\s*(${UNIT_SINGULAR})`),
    extract: (m, ctx) => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (NOT_A_PERIOD_AFTER.test(after)) return null;
      const count = countOf(m[1]);
      return count === undefined ? null : { time: { kind: 'duration', grain: unitOf(m[2]), amount: count } };
    },
  },
  {
    // "two years ago", "a year earlier"; "two years after his diagnosis" and "a month earlier than usual" are lengths of time.
    name: 'ago',
    near: [{ words: UNIT_WORDS, within: 18, withinDigits: 2 }, { words: ['ago', 'earlier', 'before', 'later', 'after', 'from', 'hence'], within: 19, withinDigits: 3 }],
    second: [...COUNT_TOKENS, ...UNIT_WORDS],
    afterDigits: /\s/,
    gate: /\s(?:ago|earlier|before|later|after|from\s+now|hence)\b/i,
    starts: COUNT_STARTS,
    pattern: pattern(`(${COUNT})\\s+(${UNIT})\\s+(ago|earlier|before|later|after|from\\s+now|hence)`),
    extract: (m, ctx) => {
      const grain = unitOf(m[2]);
      const count = countOf(m[1]);
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      const direction = /^(ago|earlier|before)$/i.test(m[3]) ? -1 : 1;
      if (/^(before|after|from\s+now|hence)$/i.test(m[3]) || /^\s+than\b/i.test(after) || ['hour', 'minute', 'second'].includes(grain)) {
        return { time: { kind: 'duration', grain, amount: count }, end: m.index + m[0].lastIndexOf(m[2]) + m[2].length };
      }
      if (count === undefined) return { time: { kind: 'reference', ref: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
      if (!Number.isInteger(count)) return null;
      // "a year ago" keeps the precision of the period it is compared with.
      if (count === 1 && grain === 'year') return { expr: { anchor: { type: 'compare', grain: 'year', offset: direction }, point: {} } };
      const [by, n, as]: [Grain, number, Grain | undefined] =
        grain === 'week' ? ['day', 7 * count, 'day']
        : grain === 'decade' ? ['year', 10 * count, 'year']
        : grain === 'century' ? ['year', 100 * count, 'year']
        : [grain, count, undefined];
      if (m[3].toLowerCase() !== 'ago') return { expr: { anchor: { type: 'compare', grain: by, offset: direction * n, as: as ?? grain }, point: {} } };
      return { expr: { anchor: { type: 'dct', grain: as ?? grain, offset: direction * n }, point: {} } };
    },
  },
  {
    // "year-ago", "the year-earlier period", "the same period last year", "the same month a year ago", "the year-ago quarter"
    name: 'year-earlier',
    // Most "year" are followed by none of these.
    second: [DIGIT, 'the', 'same', 'corresponding', 'comparable', 'year', 'ago', 'earlier', 'prior', 'period', 'quarter', 'month', 'time', 'week', 'day', 'of', 'in', 'last', 'a', 'before', 'previous'],
    gate: /year[\s-](?:ago|earlier)|prior[\s-]year|same|corresponding|comparable/i,
    leads: ['the'],
    starts: ['the', 'same', 'corresponding', 'comparable', 'year', 'prior'],
    pattern: pattern(`(?:the\\s+)?(?:(?:same|corresponding|comparable)\\s+)?(?:year[\\s-](?:ago|earlier)|prior[\\s-]year)(?:\\s+(period|quarter|month|time))?|the\\s+(?:same|corresponding|comparable)\\s+(period|quarter|month|week|time|day)\\s+(?:(?:of\\s+|in\\s+)?last\\s+year|a\\s+year\\s+(?:ago|earlier|before)|(?:of\\s+|in\\s+)(${YEAR})|(?:of\\s+)?the\\s+(?:previous|prior)\\s+year)`),
    extract: (m) => {
      if (m[3]) return { expr: { anchor: { type: 'compare', grain: 'year', offset: 0 }, point: { year: +m[3] } } };
      const noun = (m[1] ?? m[2])?.toLowerCase();
      const as: Grain | undefined = noun && noun !== 'period' && noun !== 'time' ? unitOf(noun) : undefined;
      return { expr: { anchor: { type: 'compare', grain: 'year', offset: -1, ...(as ? { as } : {}) }, point: {} } };
    },
  },
  {
    // "now", "currently", "recently", "the future", "recent years", "the coming months"
    name: 'reference',
    // "at present", "these days", "right now", "more recently": common words that begin a reference only before these.
    leads: ['the', 'at', 'these', 'right', 'more', 'most'],
    follows: [...REFERENCE_AFTER_THE, 'coming', 'next', 'past', 'last', 'days'],
    starts: [...REFERENCE_STARTS, 'recent', 'the', 'coming', 'years', 'months', 'decades'],
    pattern: pattern(`(${REFERENCE})|(recent|the\\s+(?:coming|next\\s+few|past\\s+few|last\\s+few)|coming)\\s+(years|months|weeks|days|decades)|(?:the\\s+)?(years|months|decades)\\s+(?:ahead|to\\s+come)`),
    extract: (m) => {
      if (m[1]) return { time: { kind: 'reference', ref: REFERENCE_OF.get(m[1].toLowerCase().replace(/\s+/g, ' '))! } };
      if (m[4]) return { time: { kind: 'reference', ref: 'FUTURE_REF' } };
      return { time: { kind: 'reference', ref: /recent|past|last/i.test(m[2]) ? 'PAST_REF' : 'FUTURE_REF' } };
    },
  },
];
