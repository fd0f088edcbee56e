import { describe, expect, it } from 'vitest';
import { parseDigits, parseNumber, parseNumberWords, NUMBER_WORDS_PATTERN, DIGITS_PATTERN } from '../../src/text/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['3,20,000', 320000],
    ['0.75', 0.75],
    ['.5', 0.5],
    ['12', 12],
    ['two', 2],
    ['twenty-five', 25],
    ['one hundred', 100],
    ['two hundred and fifty', 250],
    ['half a', 0.5],
    ['a dozen', 12],
    ['three thousand', 3000],
    ['one and a half', 1.5],
  ])('%s → %d', (written, value) => {
    expect(parseNumber(written)).toBe(value);
  });

  it('rejects words that are not numbers', () => {
    expect(parseNumberWords('many')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });

  it('reads digits with thin and non-breaking spaces', () => {
    expect(parseDigits('1\u202f000\u00a0000')).toBe(1000000);
  });

  it.each([
    ['twenty-five', true],
    ['a', false],
    ['ninety nine', true],
  ])('the number-words pattern on %s: %s', (text, matches) => {
    expect(new RegExp(`^${NUMBER_WORDS_PATTERN}$`, 'i').test(text)).toBe(matches);
  });

  it.each(['1,234', '3,20,000', '12.75', '.5'])('the digits pattern matches %s whole', (text) => {
    expect(new RegExp(`^${DIGITS_PATTERN}$`).test(text)).toBe(true);
  });
});
