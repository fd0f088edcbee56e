import { describe, expect, it } from 'vitest';
import { alternation, escapeRegExp, inAlternationOrder, lookup, tableOf } from '../../src/text/lexicon.js';

describe('lexicon helpers', () => {
  it('puts the longest spelling first so it wins', () => {
    const re = new RegExp(`(?:${alternation(['dollar', 'US dollars', 'US dollar'])})`);
    expect(re.exec('paid in US dollars')?.[0]).toBe('US dollars');
  });

  it.each([
    [['yen', 'euro', 'dong', 'yen'], ['dong', 'euro', 'yen']],
    [['Real', 'real', 'reais'], ['reais', 'Real', 'real']],
    [['é', 'z', 'e'], ['e', 'z', 'é']],
  ])('orders %j longest first, then by code units, once each', (words, ordered) => {
    expect(inAlternationOrder(words)).toEqual(ordered);
  });

  it('lets inner spaces match any run of white space', () => {
    expect(new RegExp(alternation(['Hong Kong dollar'])).test('Hong  Kong\ndollar')).toBe(true);
  });

  it.each(['US$', 'S.A.', '(ACR)', 'a+b', 'x|y', 'R&D'])('escapes %s', (literal) => {
    expect(new RegExp(`^${escapeRegExp(literal)}$`).test(literal)).toBe(true);
  });

  it('looks up case-insensitively with folded spaces', () => {
    const table = tableOf([['Hong Kong dollar', 'HKD']]);
    expect(lookup(table, 'hong   KONG dollar')).toBe('HKD');
  });
});
