/** Weekday spellings and their ISO numbers (Monday = 1). */
export const WEEKDAYS: readonly (readonly [string, number])[] = [
  ['monday', 1], ['mon', 1],
  ['tuesday', 2], ['tues', 2], ['tue', 2],
  ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thurs', 4], ['thur', 4], ['thu', 4],
  ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
];

/** Abbreviations that are ordinary words too: only trusted with a period or next to a date. */
export const AMBIGUOUS_WEEKDAYS: readonly string[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'tues', 'thur', 'thurs'];
