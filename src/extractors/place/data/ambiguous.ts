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
