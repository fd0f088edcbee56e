import { alternation } from '../../text/lexicon.js';
import { WORD_END, WORD_START } from '../../text/rules.js';
import { CHANGE_WORDS, QUALIFIERS, SIGN_WORDS } from './data/qualifiers.js';
import { NOT_A_RATE_AFTER, PRICE_UNITS } from './data/units.js';

/** How far before an amount its qualifier and sign words may start. */
const LOOK_BEHIND = 48;

const QUALIFIER_AT_END = new RegExp(`${WORD_START}(${alternation(QUALIFIERS)})\\s+$`, 'iu');
const SIGN_AT_END = new RegExp(`${WORD_START}(?:${alternation(SIGN_WORDS)})\\s+$`, 'iu');
const LAST_WORD = /(\p{L}+)\s*$/u;
const CHANGE = new Set(CHANGE_WORDS);
const PER_UNIT = new RegExp(
  `^\\s*(?:(?:a|an|per|each)\\s+|/\\s*)(${alternation(PRICE_UNITS)})${WORD_END}(?!\\s+(?:${alternation(NOT_A_RATE_AFTER)})${WORD_END})`,
  'iu',
);

const before = (text: string, start: number): string => text.slice(Math.max(0, start - LOOK_BEHIND), start);

/** The hedge written just before an amount ("about", "more than"), lower-cased. */
export function qualifierBefore(text: string, start: number): string | undefined {
  return QUALIFIER_AT_END.exec(before(text, start))?.[1].toLowerCase().replace(/\s+/g, ' ');
}

/** True when "negative" or "minus" stands just before the amount (after its qualifier, if any). */
export function negatedBefore(text: string, start: number): boolean {
  return SIGN_AT_END.test(before(text, start));
}

/**
 * True when the word before the amount (its qualifier skipped) makes a
 * following "to" a change and a level rather than a range: "fell $10.14 to $23.80".
 */
export function changeBefore(text: string, start: number): boolean {
  let preceding = before(text, start);
  const qualifier = QUALIFIER_AT_END.exec(preceding);
  if (qualifier) preceding = preceding.slice(0, qualifier.index);
  const word = LAST_WORD.exec(preceding)?.[1].toLowerCase();
  return word !== undefined && CHANGE.has(word);
}

/** The unit of a price written after the amount: "a barrel", "per share", "/kWh". */
export function perAfter(text: string, end: number): string | undefined {
  return PER_UNIT.exec(text.slice(end, end + 48))?.[1].replace(/\s+/g, ' ');
}
