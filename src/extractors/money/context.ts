import { alternation } from '../../text/lexicon.js';
import { WORD_END } from '../../text/rules.js';
import { CHANGE_WORDS, QUALIFIERS, SIGN_WORDS } from './data/qualifiers.js';
import { NOT_A_RATE_AFTER, PRICE_UNITS } from './data/units.js';
import { isSpaceAt, isWordPartAt } from './characters.js';

const QUALIFIER = new Set(QUALIFIERS);
const LONGEST_QUALIFIER = Math.max(...QUALIFIERS.map((q) => q.split(' ').length));
/** The word each qualifier ends with: any other word before an amount rules them all out. */
const QUALIFIER_LAST_WORDS = new Set(QUALIFIERS.map((q) => q.slice(q.lastIndexOf(' ') + 1)));
const SIGN = new Set(SIGN_WORDS);
const CHANGE = new Set(CHANGE_WORDS);
const PER_UNIT = new RegExp(
  `(?:(?:a|an|per|each)\\s+|/\\s*)(${alternation(PRICE_UNITS)})${WORD_END}(?!\\s+(?:${alternation(NOT_A_RATE_AFTER)})${WORD_END})`,
  'iuy',
);

/**
 * Up to `count` words right before `position`, nearest last, lower-cased,
 * with where each starts. Walks back over spaces and letters only, so it
 * costs a few characters per amount whatever the text.
 */
function wordsBefore(text: string, position: number, count: number): { word: string; start: number }[] {
  const words: { word: string; start: number }[] = [];
  let end = position;
  while (words.length < count) {
    let start = end;
    while (start > 0 && isSpaceAt(text, start - 1)) start--;
    const wordEnd = start;
    while (start > 0 && isWordPartAt(text, start - 1)) start--;
    if (start === wordEnd) break;
    words.unshift({ word: text.slice(start, wordEnd).toLowerCase(), start });
    end = start;
  }
  return words;
}

/** The longest qualifier ending right before `position`: its text and where it starts. */
function qualifierEndingAt(text: string, position: number): { qualifier: string; start: number } | undefined {
  const [last] = wordsBefore(text, position, 1);
  if (last === undefined || !QUALIFIER_LAST_WORDS.has(last.word)) return undefined;
  const words = wordsBefore(text, position, LONGEST_QUALIFIER);
  for (let i = 0; i < words.length; i++) {
    const phrase = words.slice(i).map((w) => w.word).join(' ');
    if (QUALIFIER.has(phrase)) return { qualifier: phrase, start: words[i].start };
  }
  return undefined;
}

/** The hedge written just before an amount ("about", "more than"), lower-cased. */
export function qualifierBefore(text: string, start: number): string | undefined {
  return qualifierEndingAt(text, start)?.qualifier;
}

/** True when "negative" or "minus" stands just before the amount. */
export function negatedBefore(text: string, start: number): boolean {
  const [last] = wordsBefore(text, start, 1);
  return last !== undefined && SIGN.has(last.word);
}

/**
 * True when the word before the amount (its qualifier skipped) makes a
 * following "to" a change and a level rather than a range: "fell $10.14 to $23.80".
 */
export function changeBefore(text: string, start: number): boolean {
  const [last] = wordsBefore(text, qualifierEndingAt(text, start)?.start ?? start, 1);
  return last !== undefined && CHANGE.has(last.word);
}

/** The unit of a price written after the amount: "a barrel", "per share", "/kWh". */
export function perAfter(text: string, end: number): string | undefined {
  let position = end;
  while (position < text.length && isSpaceAt(text, position)) position++;
  PER_UNIT.lastIndex = position;
  return PER_UNIT.exec(text)?.[1].replace(/\s+/g, ' ');
}
