import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/refine/overlaps.js';
import type { Found } from '../../src/types.js';

const org = (start: number, end: number): Found => ({ type: 'organization', start, end, text: '', rule: 'test' });
const sector = (start: number, end: number): Found => ({ type: 'sector', start, end, text: '', rule: 'test', isic: 'K64', isic_section: 'K', sector: '' });
const date = (start: number, end: number, latent = false): Found => ({ type: 'date', start, end, text: '', rule: 'test', value: '2026', latent });

describe('resolveOverlaps', () => {
  it.each([
    ['an organisation beats a sector word inside it', [org(0, 11), sector(7, 11)], [org(0, 11)]],
    ['the longer of two dates wins', [date(0, 4), date(0, 12)], [date(0, 12)]],
    ['mentions that do not overlap all stay', [date(0, 4), sector(5, 9)], [date(0, 4), sector(5, 9)]],
    ['latent hits are dropped', [date(0, 4, true)], []],
    ['results come sorted by position', [sector(10, 12), org(0, 5)], [org(0, 5), sector(10, 12)]],
    ['mentions that only touch both stay', [date(0, 4), sector(4, 8)], [date(0, 4), sector(4, 8)]],
    ['an empty hit inside a mention goes', [org(0, 10), date(5, 5)], [org(0, 10)]],
    ['an empty hit between two mentions stays, before the one starting there', [date(0, 4), sector(4, 8), date(4, 4)], [date(0, 4), date(4, 4), sector(4, 8)]],
    ['a long text far past the first mention', [sector(100_000, 100_004), org(99_990, 100_002), date(0, 4)], [date(0, 4), org(99_990, 100_002)]],
  ])('%s', (_name, input, expected) => {
    expect(resolveOverlaps(input)).toEqual(expected);
  });
});
