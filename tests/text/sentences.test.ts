import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

describe('splitSentences', () => {
  it.each([
    ['One sentence. Another one.', ['One sentence.', 'Another one.']],
    ['Headline without a stop\nBody text here.', ['Headline without a stop', 'Body text here.']],
    ['Windows line\r\nOld Mac line\rLast', ['Windows line', 'Old Mac line', 'Last']],
    ['Acme Corp. said profit rose. Shares fell.', ['Acme Corp. said profit rose.', 'Shares fell.']],
    ['The U.S. economy grew. Exports rose.', ['The U.S. economy grew.', 'Exports rose.']],
    ['Mr. Tan spoke on Jan. 5 in Hanoi.', ['Mr. Tan spoke on Jan. 5 in Hanoi.']],
    ['He said: "Sales rose." Then he left.', ['He said: "Sales rose."', 'Then he left.']],
    ['Prices rose 2.5 percent. Wages rose too!', ['Prices rose 2.5 percent.', 'Wages rose too!']],
    ['Shares of J. P. Holdings rose.', ['Shares of J. P. Holdings rose.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    const text = '  First one.  Second one. ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
