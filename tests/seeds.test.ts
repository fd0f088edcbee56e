import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentDate, extract } from '../src/index.js';
import type { Mention } from '../src/types.js';

// The acceptance checks of the foundation issue, on the three sample articles
// in ../shared/seeds (read in place, never copied; skipped where absent).
const seeds = resolve(import.meta.dirname, '..', '..', 'shared', 'seeds');
const read = (name: string) => readFileSync(join(seeds, name), 'utf8');

function find(mentions: Mention[], type: Mention['type'], text: string): Mention | undefined {
  return mentions.find((m) => m.type === type && m.text === text);
}

describe.skipIf(!existsSync(seeds))('the sample articles', () => {
  const investors = () => extract(read('000_6717287a0c1953d5.txt'));
  const smes = () => extract(read('002_d2bb091ed17e8e82.txt'));
  const tradeShow = () => read('004_f65f1131c2e38892.txt');

  it.each([
    ['money', 'US$78.9 billion', { amount: 78_900_000_000, currency: 'USD' }],
    ['money', '$51.43 billion', { amount: 51_430_000_000, currency: 'USD' }],
    ['date', 'January 2026', { value: '2026-01' }],
    ['date', 'between 2026 and 2030', { value: '2026/2030' }],
    ['organization', 'Japan Chamber of Commerce and Industry', {}],
    ['organization', 'JCCI', { canonical: 'Japan Chamber of Commerce and Industry' }],
    ['sector', 'semiconductors', { isic: 'C26' }],
    ['sector', 'clean energy', { isic: 'D35' }],
  ] as const)('investors article: %s %s', (type, text, fields) => {
    expect(find(investors(), type, text)).toMatchObject(fields);
  });

  it.each([
    ['organization', 'Mizuho Bank', {}],
    ['organization', 'I-Cube Education Ltd', {}],
    ['organization', 'Vietnam Chamber of Commerce and Industry', {}],
    ['sector', 'banking', { isic: 'K64' }],
    ['sector', 'food processing', { isic: 'C10' }],
  ] as const)('SME article: %s %s', (type, text, fields) => {
    expect(find(smes(), type, text)).toMatchObject(fields);
  });

  it('trade show article: dated by its own dateline', () => {
    expect(documentDate(tradeShow())).toBe('2021-10-07');
  });

  it.each([
    ['date', 'October 6-8', { value: '2021-10-06/2021-10-08' }],
    ['money', 'US$ 1.1 billion', { amount: 1_100_000_000, currency: 'USD' }],
    ['organization', 'Vietnam Trade Office in Japan', {}],
    ['sector', 'automobile manufacturing', { isic: 'C29' }],
  ] as const)('trade show article: %s %s', (type, text, fields) => {
    expect(find(extract(tradeShow()), type, text)).toMatchObject(fields);
  });

  it.each(['Vietnam', 'Japan', 'M-Tech Osaka', 'CPTPP', 'COVID-19'])('never reports %s as an organisation or date', (text) => {
    const all = [...investors(), ...smes(), ...extract(tradeShow())];
    expect(all.filter((m) => (m.type === 'organization' || m.type === 'date') && m.text === text)).toEqual([]);
  });
});
