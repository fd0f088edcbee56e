/**
 * Words and abbreviations that multiply the number before them. Matched
 * case-insensitively ("Billion", "BN"). Two scale words may follow each
 * other and multiply: "27.3 lakh crore", "a hundred billion".
 */
export const SCALE_WORDS: readonly (readonly [string, number])[] = [
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['quadrillion', 1e15],
  ['lakh', 1e5], ['lakhs', 1e5], ['lac', 1e5], ['lacs', 1e5],
  ['crore', 1e7], ['crores', 1e7],
];

/** Abbreviations, written glued to the number or after one space: "$613m", "$1.4 bln", "¥113.929B". */
export const SCALE_ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ['k', 1e3],
  ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['mil', 1e6], ['mio', 1e6], ['mm', 1e6],
  ['b', 1e9], ['bn', 1e9], ['bln', 1e9], ['bil', 1e9], ['bil.', 1e9],
  ['t', 1e12], ['tn', 1e12], ['trn', 1e12], ['tln', 1e12], ['tril', 1e12],
  ['cr', 1e7], ['crs', 1e7],
];
