/**
 * One-character tests at a UTF-16 index, as the regex classes in their
 * names would answer, without running a regex for ASCII: the look-backs
 * around every number call them often.
 */
import { isAsciiLetter, isSpaceCode } from '../../text/chars.js';

const LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}.]/u;

/** How many code units the letter (`\p{L}`, a surrogate pair being one character) at `index` takes: 0 for none. */
export function letterLengthAt(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiLetter(code) ? 1 : 0;
  const character = characterAt(text, index);
  return LETTER.test(character) ? character.length : 0;
}

/** `\s` */
export function isSpaceAt(text: string, index: number): boolean {
  return isSpaceCode(text.charCodeAt(index));
}

/** `[\p{L}.]` */
export function isWordPartAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code < 128 ? isAsciiLetter(code) || code === 46 : WORD_PART.test(text[index]);
}

/** An ASCII character other than a letter: a digit, a space, punctuation. */
export function isAsciiNonLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code < 128 && !isAsciiLetter(code);
}

/*
 * The classes of the amount patterns, which have the `iu` flags, read code
 * point by code point as those patterns read them: a surrogate pair is one
 * character there.
 */
const WORD_CHAR = /[\p{L}\p{N}_]/iu;
const LETTER_CHAR = /\p{L}/iu;

const isAsciiWordChar = (code: number): boolean => isAsciiLetter(code) || (code - 48) >>> 0 < 10 || code === 95;

/** The character starting at `index`: one code unit, or a surrogate pair. */
function characterAt(text: string, index: number): string {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? text.slice(index, index + 2) : text[index];
}

/** The character ending at `index`. */
function characterBefore(text: string, index: number): string {
  const code = text.charCodeAt(index - 1);
  const previous = text.charCodeAt(index - 2);
  return code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff ? text.slice(index - 2, index) : text[index - 1];
}

/** `(?=[\p{L}\p{N}_])`; false at the end of the text. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return code < 128 ? isAsciiWordChar(code) : WORD_CHAR.test(characterAt(text, index));
}

/** `(?<=[\p{L}\p{N}_])`; false at the start of the text. */
export function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  return code < 128 ? isAsciiWordChar(code) : WORD_CHAR.test(characterBefore(text, index));
}

/** `(?=\p{L})`; false at the end of the text. */
export function isLetterCharAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return code < 128 ? isAsciiLetter(code) : LETTER_CHAR.test(characterAt(text, index));
}
