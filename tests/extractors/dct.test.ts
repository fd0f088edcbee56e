import { describe, expect, it } from 'vitest';
import { findDct } from '../../src/extractors/date/dct.js';
import { extract } from '../../src/index.js';

// [article head, the article's own date]
const DATE_LINES: [string, string][] = [
  ['Japanese firms eye Vietnam\n\nVOV | Latest Update: Thursday, 07 October 2021 10:44:00\n\nMany firms plan to move.', '2021-10-07'],
  ['Shell publishes results\nLondon, July 27, 2023\nShell said on Thursday profit fell.', '2023-07-27'],
  ['Markets rally\nOct. 7, 2021 | 10:44 AM\nStocks rose in 2020 and 2021.', '2021-10-07'],
  ['2021-10-07T10:44:00Z\nThe central bank held rates.', '2021-10-07'],
  ['Exports rise\nUpdated: 07/10/2021\nExports rose 5%.', '2021-07-10'],
  ['Exports rise\nUpdated: 25/10/2021\nExports rose 5%.', '2021-10-25'],
  ['Indian exports up in April\nPublished - May 15, 2024 03:27 pm IST\nExports rose.', '2024-05-15'],
  ['Swatch profits rise\n21 July 2017\nSwatch reported higher profits.', '2017-07-21'],
  ['Takeda bid\nBy Jane Doe, 19th Apr 2018 13:26\nTakeda confirmed the bid.', '2018-04-19'],
  ['Posted on March 3, 2025\nThe ministry said on Monday it would act.', '2025-03-03'],
  ['Published: 2024-11-20\nTarget shares fell.', '2024-11-20'],
  ['LONDON, March 11, 2015 - Indonesia attracted $1.4 billion.', '2015-03-11'],
  ['Date: 12 January 2026\nThe ECB kept rates unchanged.', '2026-01-12'],
  // A title that ends in a weekday does not swallow the date line under it.
  ['Exchanges stay shut until Monday\nMarch 4, 2024\nThe exchange said trading would resume.', '2024-03-04'],
  // A labelled line is read whole, however far in its date stands.
  [`By ${'Jane Doe, senior correspondent for Asian markets, trade and investment, '.repeat(3)}| Published: March 3, 2025\nShares fell.`, '2025-03-03'],
];

describe('findDct', () => {
  it.each(DATE_LINES)('%j → %s', (text, dct) => {
    expect(findDct(text)).toBe(dct);
  });
});

const NO_DATE_LINE: string[] = [
  'Exports rose in May 2024 and again on March 3, 2024, the ministry said.',
  'TOKYO, May 10 — Toyota forecast a 20% drop in operating profit.',
  'The index rose 2.5% today.',
  '',
  'Sales in 2025 doubled.\nThe company plans to expand in 2026.',
  'Title\n\n\n\n\n\n\n\n\n\nPublished March 3, 2025',
  // An unlabelled date deep in a paragraph is no date line, even when the line ends with it.
  `Title\n${'The ministry said exports of electronics and machinery rose sharply, '.repeat(3)}March 3, 2025`,
];

describe('findDct finds nothing', () => {
  it.each(NO_DATE_LINE)('%j', (text) => {
    expect(findDct(text)).toBeUndefined();
  });
});

describe('the article date anchors relative dates', () => {
  it('resolves "yesterday" against the date line and marks the date line', () => {
    const mentions = extract('Markets\nThursday, 07 October 2021 10:44:00\nShares fell yesterday.', { types: ['date'] });
    expect(mentions.map((m) => [m.text, m.type === 'date' && m.value])).toEqual([
      ['Thursday, 07 October 2021 10:44:00', '2021-10-07T10:44'],
      ['yesterday', '2021-10-06'],
    ]);
    expect(mentions[0].type === 'date' && mentions[0].function).toBe('CREATION_TIME');
  });

  it('keeps X digits when no date is known', () => {
    const mentions = extract('The plan was approved on March 8.', { types: ['date'] });
    expect(mentions.map((m) => m.type === 'date' && m.value)).toEqual(['XXXX-03-08']);
  });
});
