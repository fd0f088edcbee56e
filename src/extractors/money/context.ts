import { alternation } from '../../text/lexicon.js';
import { WORD_END } from '../../text/rules.js';
import { CHANGE_WORDS, QUALIFIERS, SIGN_WORDS } from './data/qualifiers.js';
import { NOT_A_RATE_AFTER, PRICE_UNITS } from './data/units.js';
import { isSpaceAt, isWordPartAt } from './characters.js';
import { hashWordCode } from './normalize.js';

/** Qualifiers as words by their last word, longest first: a longer one wins ("just over" over "over"). */
const QUALIFIERS_BY_LAST_WORD = new Map<string, string[][]>();
for (const words of QUALIFIERS.map((q) => q.split(' ')).sort((a, b) => b.length - a.length)) {
  const last = words[words.length - 1];
  QUALIFIERS_BY_LAST_WORD.set(last, [...(QUALIFIERS_BY_LAST_WORD.get(last) ?? []), words]);
}
const SIGN = new Set(SIGN_WORDS);
const CHANGE = new Set(CHANGE_WORDS);
const PER_UNIT = new RegExp(
  `(?:(?:a|an|per|each)\\s+|/\\s*)(${alternation(PRICE_UNITS)})${WORD_END}(?!\\s+(?:${alternation(NOT_A_RATE_AFTER)})${WORD_END})`,
  'iuy',
);
/** What PER_UNIT can start with ("a", "an", "per", "each", "/"), in either case. */
const PER_UNIT_FIRST = new Set(['a', 'A', 'p', 'P', 'e', 'E', '/']);

interface Word {
  /** The word lower-cased, or '' when it is none of the words looked for (see `WANTED`). */
  word: string;
  start: number;
}

/** The words looked for before an amount: any other is read as '', without slicing it. */
const WANTED = new Set([...QUALIFIERS.flatMap((q) => q.split(' ')), ...SIGN_WORDS, ...CHANGE_WORDS]);
/** The hashes of the wanted words written backwards: `wordBefore` reads a word from its end. */
const WANTED_HASHES = new Set([...WANTED].map((word) => [...word].reverse().reduce((hash, c) => hashWordCode(hash, c.charCodeAt(0)), 0)));

/**
 * The word right before `position` (spaces skipped), lower-cased, with
 * where it starts. Walks back over spaces and letters only, so it costs a
 * few characters per amount whatever the text.
 */
function wordBefore(text: string, position: number): Word | undefined {
  let end = position;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  let start = end;
  let hash = 0;
  let ascii = true;
  for (; start > 0 && isWordPartAt(text, start - 1); start--) {
    const code = text.charCodeAt(start - 1);
    ascii &&= code < 128;
    hash = hashWordCode(hash, code);
  }
  if (start === end) return undefined;
  return { word: !ascii || WANTED_HASHES.has(hash) ? text.slice(start, end).toLowerCase() : '', start };
}

/** The longest qualifier ending right before `position`: its text and where it starts. */
function qualifierEndingAt(text: string, position: number): { qualifier: string; start: number } | undefined {
  const last = wordBefore(text, position);
  const candidates = last && QUALIFIERS_BY_LAST_WORD.get(last.word);
  if (!candidates) return undefined;
  // The words before, nearest first, read as far back as the qualifier being tried needs.
  const words = [last];
  for (const qualifier of candidates) {
    while (words.length < qualifier.length) {
      const word = wordBefore(text, words[words.length - 1].start);
      if (!word) break;
      words.push(word);
    }
    if (words.length >= qualifier.length && qualifier.every((word, i) => word === words[qualifier.length - 1 - i].word)) {
      return { qualifier: qualifier.join(' '), start: words[qualifier.length - 1].start };
    }
  }
  return undefined;
}

/** The hedge written just before an amount ("about", "more than"), lower-cased. */
export function qualifierBefore(text: string, start: number): string | undefined {
  return qualifierEndingAt(text, start)?.qualifier;
}

/** True when "negative" or "minus" stands just before the amount. */
export function negatedBefore(text: string, start: number): boolean {
  const last = wordBefore(text, start);
  return last !== undefined && SIGN.has(last.word);
}

/**
 * True when the word before the amount (its qualifier skipped) makes a
 * following "to" a change and a level rather than a range: "fell $10.14 to $23.80".
 */
export function changeBefore(text: string, start: number): boolean {
  const last = wordBefore(text, qualifierEndingAt(text, start)?.start ?? start);
  return last !== undefined && CHANGE.has(last.word);
}

/** The unit of a price written after the amount: "a barrel", "per share", "/kWh". */
export function perAfter(text: string, end: number): string | undefined {
  let position = end;
  while (position < text.length && isSpaceAt(text, position)) position++;
  if (!PER_UNIT_FIRST.has(text[position])) return undefined;
  PER_UNIT.lastIndex = position;
  return PER_UNIT.exec(text)?.[1].replace(/\s+/g, ' ');
}
