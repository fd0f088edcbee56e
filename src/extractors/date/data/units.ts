import type { Grain } from '../time.js';

/** Time-unit words (singular and plural) and the grain they measure. */
export const UNITS: readonly (readonly [string, Grain])[] = [
  ['millennium', 'millennium'], ['millennia', 'millennium'], ['millenniums', 'millennium'],
  ['century', 'century'], ['centuries', 'century'],
  ['decade', 'decade'], ['decades', 'decade'],
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'],
  ['quarter', 'quarter'], ['quarters', 'quarter'],
  ['month', 'month'], ['months', 'month'],
  ['week', 'week'], ['weeks', 'week'],
  ['weekend', 'weekend'], ['weekends', 'weekend'],
  ['day', 'day'], ['days', 'day'],
  ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'],
  ['minute', 'minute'], ['minutes', 'minute'], ['min', 'minute'], ['mins', 'minute'],
  ['second', 'second'], ['seconds', 'second'], ['sec', 'second'], ['secs', 'second'],
];

/** Qualifiers of a day unit that keep it a length of days: "three working days". */
export const DAY_KINDS: readonly string[] = ['working', 'business', 'trading', 'calendar', 'consecutive', 'straight', 'full'];
