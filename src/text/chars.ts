/**
 * One-code-unit tests that the hot loops of every extractor share. They
 * answer as the regex classes in their comments do, without a regex.
 */

/** `[A-Za-z]` */
export function isAsciiLetter(code: number): boolean {
  return ((code | 32) - 97) >>> 0 < 26;
}

/** `[0-9]` */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `\s` */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
