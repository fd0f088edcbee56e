/**
 * Property tests over random and adversarial text: whatever a scrape holds,
 * extract() must not throw, must give offsets that point at its mentions'
 * text (in code points), must not report overlapping mentions of one type,
 * must give the same answer every time, and must finish each input well
 * inside 100 ms (slow regexes show up here first).
 *
 * Cases in total across the properties: NEWSFACTS_PROPERTY_RUNS (default
 * 10,000). For 100,000: `NEWSFACTS_PROPERTY_RUNS=100000 npx vitest run tests/properties.test.ts`.
 * A failure prints fast-check's seed and path; set NEWSFACTS_PROPERTY_SEED to replay a run.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { extract } from '../src/index.js';
import { ALL_TYPES, type Mention } from '../src/types.js';

// Thousands of cases per property: far longer than vitest's default 5 s per test.
vi.setConfig({ testTimeout: 600_000 });

const TOTAL_RUNS = Number(process.env.NEWSFACTS_PROPERTY_RUNS ?? 10_000);
const SEED = process.env.NEWSFACTS_PROPERTY_SEED ? Number(process.env.NEWSFACTS_PROPERTY_SEED) : undefined;
const PROPERTIES = 4;
const RUNS = Math.ceil(TOTAL_RUNS / PROPERTIES);
const TIME_LIMIT_MS = 100;
const DCT = '2025-06-15';

/** Words and forms the extractors look for, so random text reaches deep into their rules. */
const NEWS_TOKENS = [
  'US$', '$', '€', '£', '¥', '₹', 'S$', 'HK$', 'VND', 'dong', 'yen', 'won', 'yuan', 'RMB', 'baht', 'Rs', 'USD',
  '78.9', '1,234,567.89', '5', '0', '2026', '2021', '07', '6-8', '1.1', '10', '½', '-3', '3,5',
  'billion', 'bn', 'million', 'mn', 'm', 'trillion', 'tn', 'thousand', 'per cent', '%', 'a barrel',
  'January', 'Jan.', 'October', 'Thursday', 'Q3', 'first quarter', 'early', 'last year', 'next month', 'between', 'and', 'to', 'the next 10 years', 'fiscal',
  'Bank', 'of', 'Japan', 'Chamber of Commerce and Industry', 'Ministry', 'Co.,', 'Ltd', 'JSC', 'Inc.', 'Group', 'Association', 'News Agency', '(JCCI)', 'JCCI', 'the',
  'semiconductors', 'clean energy', 'banking', 'food processing', 'automobile manufacturing', 'industry', 'sector',
  'Hà Nội', 'Việt Nam', 'Osaka', 'Vietnam', 'Published:', 'Updated', 'GMT+7',
];

/** Scripts and characters that trip up code written for ASCII: combining marks, astral, RTL, zero-width. */
const AWKWARD = [
  'Tiếng Việt', 'Москва', '東京証券取引所', '삼성전자', 'العربية', 'עברית', 'हिन्दी', 'ไทย',
  '😀', '🇻🇳', '👩‍👩‍👧', '𝐀𝐁𝐂', '𝟏𝟐𝟑', 'e\u0301', '\u200f', '\u202e', '\u200b', '\u00a0', '\ufeff', '\ud800', '\udfff', '\u0000', '\r\n', '\r', '\t',
];

const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', '\n\n', '-', '–', '/', '(', ')', '"', '“', '”', "'", ':', ';', '…', '. . .'];

/** A run of one short piece repeated many times: the shape that exposes backtracking. */
const longRun = fc
  .tuple(fc.constantFrom('1', '9,', '0.', 'A', 'Ab ', 'ABC ', 'Bank ', 'of ', '.', '!', '?', '-', '$', '$1', ' ', '\n', '(', ')', '"', "'", 'é', '😀', 'ع', 'Co. ', 'Q', '1 ', 'January '), fc.integer({ min: 50, max: 300 }))
  .map(([piece, times]) => piece.repeat(times));

/** Text assembled from news tokens, awkward characters, random Unicode and long runs. */
const adversarialText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...NEWS_TOKENS) },
      { weight: 2, arbitrary: fc.constantFrom(...AWKWARD) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      { weight: 1, arbitrary: longRun },
    ),
    { maxLength: 30 },
  )
  .chain((pieces) => fc.tuple(fc.constant(pieces), fc.array(fc.constantFrom(...SEPARATORS), { minLength: pieces.length, maxLength: pieces.length })))
  .map(([pieces, separators]) => pieces.map((p, i) => p + separators[i]).join(''));

/** Any text: mostly adversarial, sometimes plain random strings. */
const anyText = fc.oneof({ weight: 4, arbitrary: adversarialText }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) });
const dct = fc.constantFrom<string | null>(DCT, null, '2021-10-07', '1999-12-31');

const run = (text: string, date: string | null) => extract(text, { dct: date, types: ALL_TYPES });

/**
 * Time to extract from one text: the CPU time of this process, the better of
 * two tries, so other work on a busy machine or one GC pause does not count.
 */
function timed(text: string, date: string | null): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 2 && best > TIME_LIMIT_MS / 2; attempt++) {
    const before = process.cpuUsage();
    run(text, date);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** The slowest of the random inputs, reported at the end. */
const slowest = { ms: 0, text: '' };

/**
 * Checks that `predicate` holds for RUNS values of `arbitrary`. Every hundred
 * cases the event loop gets a turn: a test that blocks for minutes (100,000
 * cases) would otherwise make vitest's own messaging time out. endOnFailure:
 * shrinking a long text that fails on timing alone can take minutes, and the
 * first counterexample says enough.
 */
async function holds<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): Promise<void> {
  let cases = 0;
  const property = fc.asyncProperty(arbitrary, async (value) => {
    if (++cases % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
    predicate(value);
  });
  await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });
}

beforeAll(() => {
  // The first call loads lexicons and compromise; that is start-up, not per-input time.
  run('Warm-up: the Bank of Japan lent US$5 billion in January 2026 to the semiconductor industry in Osaka.', DCT);
});

afterAll(() => {
  const shown = slowest.text.length > 120 ? `${JSON.stringify(slowest.text.slice(0, 120))}… (${slowest.text.length} chars)` : JSON.stringify(slowest.text);
  console.log(`properties: ${RUNS * PROPERTIES} random cases; slowest ${slowest.ms.toFixed(1)} ms CPU on ${shown}`);
});

describe(`extract() over random and adversarial text (${RUNS} cases per property)`, () => {
  it('never throws, and every mention’s offsets point at its text in code points', () =>
    holds(fc.tuple(anyText, dct), ([text, date]) => {
      const points = Array.from(text);
      for (const m of run(text, date)) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(points.length);
        expect(points.slice(m.start, m.end).join('')).toBe(m.text);
      }
    }));

  it('never reports two overlapping mentions of one type', () =>
    holds(fc.tuple(anyText, dct), ([text, date]) => {
      const byType = new Map<string, Mention[]>();
      for (const m of run(text, date)) byType.set(m.type, [...(byType.get(m.type) ?? []), m]);
      for (const mentions of byType.values()) {
        const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
        for (let i = 1; i < sorted.length; i++) expect(sorted[i].start, `${JSON.stringify(sorted[i - 1])} overlaps ${JSON.stringify(sorted[i])}`).toBeGreaterThanOrEqual(sorted[i - 1].end);
      }
    }));

  it('gives the same output for the same input, whatever ran before', () =>
    holds(fc.tuple(anyText, anyText, dct), ([text, other, date]) => {
      const first = run(text, date);
      run(other, date); // state left behind (a regex's lastIndex, a cache) would show here
      expect(run(text, date)).toEqual(first);
    }));

  it(`takes under ${TIME_LIMIT_MS} ms of CPU on every input`, () =>
    holds(fc.tuple(anyText, dct), ([text, date]) => {
      const ms = timed(text, date);
      if (ms > slowest.ms) Object.assign(slowest, { ms, text });
      expect(ms, `${JSON.stringify(text.slice(0, 200))}…`).toBeLessThan(TIME_LIMIT_MS);
    }));

  // Shapes that were once slow, kept as regression cases.
  it.each([
    ['sentence splitter', '4,000 × "?!"', '?!'.repeat(4_000)],
    ['sentence splitter', '40,000 dots', '.'.repeat(40_000)],
    ['organization', '10,000 digits', '1'.repeat(10_000)],
    ['organization', '2,400 × "Co. "', 'Co. '.repeat(2_400)],
    ['organization', '1,200 × "Bank of "', 'Bank of '.repeat(1_200)],
  ])(`once slow (%s): %s under ${TIME_LIMIT_MS} ms`, (_owner, _name, text) => {
    expect(timed(text, DCT)).toBeLessThan(TIME_LIMIT_MS);
  });

  /**
   * Known slow inputs, found by this file and handed to their owners. The
   * random texts above keep repeated runs short (≤ 300 pieces) so they stay
   * clear of these; these cases pin them. They are marked `fails`: when one
   * gets fast, vitest reports it, and it moves out of this list.
   * - organization: the name-run pattern is quadratic in the length of a run
   *   of digits (`\d+(?=[\p{L}\d]*\p{Lu}…)` rescans the run from every
   *   length) and of a run of name tokens.
   */
  it.fails.each([
  ])(`KNOWN SLOW (%s): %s under ${TIME_LIMIT_MS} ms`, (_owner, _name, text) => {
    expect(timed(text, DCT)).toBeLessThan(TIME_LIMIT_MS);
  });
});
