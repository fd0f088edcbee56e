import type { Grain } from '../time.js';

/** Words that name a day relative to the article's date. */
export const DEICTIC_DAYS: readonly (readonly [string, number])[] = [
  ['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1],
  ['the day before yesterday', -2], ['the day after tomorrow', 2],
];

/** Determiners that shift a period relative to the article's date: "last year", "next month". */
export const SHIFTERS: readonly (readonly [string, number])[] = [
  ['this', 0], ['the current', 0], ['current', 0], ['this past', -1], ['this coming', 1],
  ['last', -1], ['the last', -1], ['past', -1], ['the past', -1], ['previous', -1], ['the previous', -1], ['prior', -1], ['the prior', -1],
  ['next', 1], ['the next', 1], ['coming', 1], ['the coming', 1], ['following', 1], ['the following', 1],
];

/** Vague references to the present, past and future. */
export const REFERENCES: readonly (readonly [string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'])[] = [
  ['now', 'PRESENT_REF'], ['right now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['these days', 'PRESENT_REF'], ['at present', 'PRESENT_REF'], ['the present', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['more recently', 'PAST_REF'], ['most recently', 'PAST_REF'], ['the past', 'PAST_REF'],
  ['the future', 'FUTURE_REF'], ['the near future', 'FUTURE_REF'], ['the foreseeable future', 'FUTURE_REF'],
  ['the medium term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF'], ['the short term', 'FUTURE_REF'], ['the near term', 'FUTURE_REF'],
];

/** Plural units after "recent"/"coming" that make a vague reference: "recent years", "the coming months". */
export const VAGUE_UNITS: readonly Grain[] = ['year', 'month', 'week', 'day', 'decade', 'quarter'];

/**
 * Position words before a period and the TIMEX3 mod they give: "early 2026",
 * "the end of the year"; "earlier this month" gives none.
 */
export const POSITIONS: readonly (readonly [string, 'START' | 'MID' | 'END' | null])[] = [
  ['earlier', null], ['later', null],
  ['early', 'START'], ['the early', 'START'], ['the beginning of', 'START'], ['beginning of', 'START'],
  ['the start of', 'START'], ['start of', 'START'], ['the dawn of', 'START'], ['the turn of', 'START'],
  ['mid', 'MID'], ['mid-', 'MID'], ['the middle of', 'MID'], ['middle of', 'MID'], ['the mid', 'MID'], ['the mid-', 'MID'],
  ['late', 'END'], ['the late', 'END'], ['the end of', 'END'], ['end of', 'END'], ['end-', 'END'],
  ['the close of', 'END'], ['the latter part of', 'END'], ['the last part of', 'END'],
];
