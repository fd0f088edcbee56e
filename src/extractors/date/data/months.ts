/** Month spellings and their numbers. A trailing period is allowed by the patterns. */
export const MONTHS: readonly (readonly [string, number])[] = [
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
];

/**
 * Month names that are also common words ("May" the verb, "March" the verb or
 * the noun, "Jan" the name): alone they are latent until context confirms them.
 */
export const AMBIGUOUS_MONTHS: readonly string[] = ['may', 'march', 'mar', 'jan', 'dec', 'jun', 'aug', 'sep', 'oct', 'nov', 'apr', 'feb', 'jul'];
