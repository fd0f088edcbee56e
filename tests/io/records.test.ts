import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/types.js';
import { COLUMNS, MAX_SENTENCE, toRecords } from '../../src/io/records.js';

/** A mention of `needle` (its first occurrence at or after `from`), offsets in code points. */
function mentionOf(text: string, needle: string, from = 0): Mention {
  const index = text.indexOf(needle, from);
  const start = Array.from(text.slice(0, index)).length;
  return { type: 'money', rule: 'test', amount: 5, currency: 'USD', start, end: start + Array.from(needle).length, text: needle };
}
const doc = (text: string) => ({ id: 'news.txt', path: 'news.txt', text });

describe('toRecords', () => {
  it('has every column, in order, empty where a field does not apply', () => {
    const text = 'It cost $5.';
    const [record] = toRecords(doc(text), [mentionOf(text, '$5')]);
    expect(Object.keys(record)).toEqual([...COLUMNS]);
    expect(record).toMatchObject({ file: 'news.txt', line: 1, start: 8, end: 10, type: 'money', text: '$5', amount: 5, currency: 'USD', value: null, isic: null, sentence: 'It cost $5.' });
  });

  it.each([
    ['LF', 'Title\nBody $5 here.', 2],
    ['CRLF', 'Title\r\n\r\nBody $5 here.', 3],
    ['lone CR (old Mac)', 'Title\rSub\rBody $5 here.', 3],
    ['mixed', 'a\r\nb\rc\nd $5', 4],
    ['astral characters before', '😀😀\n🇻🇳 $5', 2],
  ])('counts lines ending in %s', (_name, text, line) => {
    const [record] = toRecords(doc(text), [mentionOf(text, '$5')]);
    expect(record.line).toBe(line);
    expect(record.sentence).toContain('$5');
  });

  it('gives the sentence the mention stands in', () => {
    const text = 'Profits rose. Sales reached $5 in May. Costs fell.';
    expect(toRecords(doc(text), [mentionOf(text, '$5')])[0].sentence).toBe('Sales reached $5 in May.');
  });

  it('cuts a very long sentence to a window around the mention', () => {
    const text = `${'word '.repeat(5000)}then 😀 $5 came ${'more '.repeat(5000)}`;
    const { sentence } = toRecords(doc(text), [mentionOf(text, '$5')])[0];
    expect(String(sentence)).toMatch(/^….*then 😀 \$5 came.*…$/u);
    expect(Array.from(String(sentence)).length).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('keeps astral characters whole at the edges of a window', () => {
    const text = `${'😀'.repeat(1000)}$5${'😀'.repeat(1000)}`;
    const sentence = String(toRecords(doc(text), [mentionOf(text, '$5')])[0].sentence);
    expect(sentence).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(sentence).toContain('😀$5😀');
  });

  it('gives no records for no mentions', () => {
    expect(toRecords(doc('Nothing here.'), [])).toEqual([]);
  });
});
