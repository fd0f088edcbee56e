import { describe, expect, it } from 'vitest';
import { codePointIndexer } from '../../src/text/offsets.js';

describe('codePointIndexer', () => {
  it.each([
    ['plain ASCII', 'abc', [0, 1, 2, 3]],
    ['an emoji before', '😀ab', [0, 0, 1, 2, 3]],
    ['two astral characters', 'a𝔘𝔘b', [0, 1, 1, 2, 2, 3, 4]],
  ])('%s', (_name, text, expected) => {
    const toCodePoint = codePointIndexer(text);
    expect(Array.from({ length: text.length + 1 }, (_, i) => toCodePoint(i))).toEqual(expected);
  });
});
