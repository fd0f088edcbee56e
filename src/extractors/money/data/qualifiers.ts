/**
 * Words written before an amount that hedge or bound it. They stay outside
 * the mention's span and are recorded in its `qualifier` field.
 */
export const QUALIFIERS: readonly string[] = [
  'about', 'around', 'approximately', 'approx.', 'roughly', 'some', 'circa', 'nearly', 'almost',
  'close to', 'closer to', 'more than', 'over', 'just over', 'well over', 'slightly more than', 'upward of', 'upwards of',
  'in excess of', 'above', 'at least', 'no less than', 'not less than', 'as much as', 'as many as', 'as high as',
  'up to', 'less than', 'slightly less than', 'under', 'just under', 'below', 'at most', 'no more than',
  'not more than', 'as little as', 'as low as', 'only', 'just', 'an estimated', 'estimated',
];

/** Words that make the amount after them negative ("negative US$112 million"); kept outside the span. */
export const SIGN_WORDS: readonly string[] = ['negative', 'minus'];

/**
 * Words after which "X to Y" is a change and a level, not a range: "fell
 * $10.14 to $23.80", "from $5m to $8m", "raised by $2 to $10".
 */
export const CHANGE_WORDS: readonly string[] = [
  'from', 'by', 'up', 'down', 'rose', 'rise', 'rises', 'rising', 'fell', 'fall', 'falls', 'falling',
  'climbed', 'climb', 'jumped', 'jump', 'gained', 'gain', 'lost', 'lose', 'dropped', 'drop', 'slipped',
  'slid', 'declined', 'decline', 'increased', 'increase', 'decreased', 'decrease', 'grew', 'grow', 'surged',
  'soared', 'plunged', 'tumbled', 'sank', 'rallied', 'advanced', 'eased', 'dipped', 'added', 'shed',
  'raised', 'raise', 'lowered', 'lower', 'cut', 'cuts', 'reduced', 'reduce', 'boosted', 'boost', 'lifted',
  'trimmed', 'widened', 'narrowed', 'expanded', 'shrank', 'slumped', 'edged', 'ticked', 'crept',
];
