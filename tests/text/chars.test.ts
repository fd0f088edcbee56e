import { describe, expect, it } from 'vitest';
import { isAsciiLetter, isDigit, isSpaceCode } from '../../src/text/chars.js';

describe('one-code-unit tests answer as their regex classes do', () => {
  it.each([
    ['isAsciiLetter', isAsciiLetter, /^[A-Za-z]$/],
    ['isDigit', isDigit, /^[0-9]$/],
    ['isSpaceCode', isSpaceCode, /^\s$/],
  ] as const)('%s, over every UTF-16 code unit', (_name, test, pattern) => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (test(code) !== pattern.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it.each([NaN, -1, 0x10000])('%s is no character', (code) => {
    expect([isAsciiLetter(code), isDigit(code), isSpaceCode(code)]).toEqual([false, false, false]);
  });
});
