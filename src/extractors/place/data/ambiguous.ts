/**
 * Place names that are just as often a person's name, a brand or a common
 * word ("Chad", "Jordan", "Nice", "Java"). They count as places only where
 * the context says so. Source: general knowledge. Data only: one entry a word.
 */
export const AMBIGUOUS_PLACES: readonly string[] = [
  'Chad', 'Jordan', 'Georgia', 'Victoria', 'Nice', 'Hue', 'Java', 'Phoenix', 'Columbus', 'Charlotte', 'Austin',
  'Sofia', 'Alexandria', 'Lima', 'Santiago', 'Mainland', 'Emirates', 'Gulf', 'Pacific', 'Atlantic', 'Nordic',
  'Baltic', 'Niger', 'Guinea', 'Mali', 'Papua', 'Trinidad', 'Cebu', 'Wellington', 'Perth',
];

/** Words just before an ambiguous name that make it a place: "in Jordan", "to Georgia". */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'in', 'into', 'to', 'from', 'across', 'throughout', 'near', 'outside', 'inside', 'within', 'via', 'around',
  'toward', 'towards', 'visit', 'visited', 'visiting',
];

/** A place name before one of these names a currency, not a place: "the US dollar", "Hong Kong dollars". */
export const CURRENCY_NOUNS: readonly string[] = [
  'dollar', 'dollars', 'peso', 'pesos', 'pound', 'pounds', 'franc', 'francs', 'rupee', 'rupees', 'dinar', 'dinars',
  'riyal', 'riyals', 'rial', 'rials', 'real', 'reais', 'rand', 'krona', 'kronor', 'krone', 'kroner', 'yuan', 'yen',
  'won', 'ringgit', 'baht', 'dong', 'rupiah', 'lira', 'shekel', 'shekels', 'ruble', 'rubles', 'rouble', 'roubles',
  'shilling', 'shillings', 'naira', 'cedi', 'cedis', 'currency',
];
