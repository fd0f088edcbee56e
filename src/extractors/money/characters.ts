/**
 * One-character tests at a UTF-16 index, as the regex classes in their
 * names would answer, without running a regex for ASCII: the look-backs
 * around every number call them often.
 */
const LETTER = /\p{L}/u;
const SPACE = /\s/;
const WORD_PART = /[\p{L}.]/u;

const isAsciiLetter = (code: number): boolean => ((code | 32) - 97) >>> 0 < 26;

/** `\p{L}` */
export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code < 128 ? isAsciiLetter(code) : LETTER.test(text[index]);
}

/** `\s` */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(text[index]);
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

/** `[A-Za-z0-9_.,]`: what may not stand right before an amount written with its currency after it. */
export function isGluedBeforeAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isAsciiLetter(code) || (code - 48) >>> 0 < 10 || code === 95 || code === 46 || code === 44;
}
