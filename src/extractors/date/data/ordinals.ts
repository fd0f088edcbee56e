import { ORDINALS } from '../../../text/numbers.js';

/** Ordinal words up to 31 ("first" ... "thirty-first"), from the shared number tables. */
export const ORDINAL_WORDS: readonly (readonly [string, number])[] = [...ORDINALS];

/** Ordinal words for halves and quarters, including "last"/"final"/"latter"/"fourth". */
export const PERIOD_ORDINALS: readonly (readonly [string, number | 'last'])[] = [
  ['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4],
  ['last', 'last'], ['final', 'last'], ['latter', 'last'],
];
