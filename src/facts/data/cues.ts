/**
 * Words that tell the facts view where a clause ends, who is only the source
 * of a figure, and when a sentence points back to the one before. Source:
 * English grammar and news style. Data only: one entry a word.
 */

/** After a comma they start a new clause: "Japan invested $3 billion, while Korea ...". */
export const CLAUSE_CONJUNCTIONS: readonly string[] = [
  'while', 'whereas', 'but', 'although', 'though', 'even though', 'even as', 'yet', 'according to',
];

/** They start a relative clause, set off by commas: "Toyota, which owns Daihatsu, ...". */
export const RELATIVE_PRONOUNS: readonly string[] = ['which', 'who', 'whose', 'where', 'whom'];

/** Before an organisation: it is the source of the figure, not what the figure is about. */
export const SOURCE_BEFORE: readonly string[] = [
  'according to', 'as per', 'told', 'said', 'says', 'cited by', 'quoted by', 'reported by', 'compiled by', 'polled by',
  'surveyed by', 'published by', 'data from', 'figures from', 'statistics from', 'data by', 'estimates by',
  'a report by', 'a survey by', 'a statement from',
];

/**
 * Verbs of saying: an organisation named after the amount next to one only
 * reports the figure ("..., the ministry said", "BOI head Narit told ...",
 * "..., noted the Samsung chairman").
 */
export const ATTRIBUTION_VERBS: readonly string[] = [
  'said', 'says', 'reported', 'reports', 'estimated', 'estimates', 'showed', 'show', 'noted', 'added', 'told',
  'stated', 'explained', 'announced', 'quoted',
];

/**
 * A sentence that begins with one of these points back to the sentence
 * before, whose date, organisation or place it may inherit: "It is worth
 * $2 billion." Multi-word entries end in the noun the phrase refers with.
 */
export const ANAPHORS: readonly string[] = [
  'it', 'its', 'they', 'their', 'this', 'that', 'these', 'those', 'he', 'she', 'his', 'her', 'the company',
  'the firm', 'the group', 'the bank', 'the lender', 'the carrier', 'the deal', 'the project', 'the plant',
  'the factory', 'the agreement', 'the contract', 'the investment', 'the fund', 'the move', 'the plan',
  'the programme', 'the program', 'the facility', 'the venture', 'the acquisition', 'the purchase', 'the sale',
  'the loan', 'the bond', 'the offering', 'the transaction',
];
