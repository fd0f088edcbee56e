import type { Document, Mention } from '../types.js';
import { splitSentences } from '../text/sentences.js';
import { codePointIndexer, utf16Indexer } from '../text/offsets.js';

/**
 * Output columns, in order. CSV always has all of them, whatever types are
 * found; a field that does not apply to a mention is empty.
 */
export const COLUMNS = [
  'file', 'line', 'start', 'end', 'type', 'text',
  'amount', 'amount_max', 'currency', 'qualifier', 'per', 'currency_inferred',
  'value', 'date_start', 'date_end', 'mod', 'timex_type', 'fiscal',
  'canonical',
  'isic', 'isic_section', 'sector',
  'country', 'place_kind',
  'sentence',
] as const;

export type Column = (typeof COLUMNS)[number];
export type Cell = string | number | boolean | null;
export type OutputRecord = Record<Column, Cell>;

/** Columns that hold numbers, in mention and fact rows alike; spreadsheets must see them as numbers. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set(['line', 'start', 'end', 'amount', 'amount_max']);

/**
 * The `sentence` column is cut to a window around the mention when the
 * sentence is longer than this many code points (a page with no full stops,
 * a single-line scrape), so one long line cannot blow up every row it has.
 */
export const MAX_SENTENCE = 400;
const WINDOW_EACH_SIDE = 150;

/** Every column empty: each record starts as a copy of it (one shape for all records). */
const EMPTY_RECORD = Object.fromEntries(COLUMNS.map((c) => [c, null])) as OutputRecord;

/** One output record per mention: the mention's fields plus where it stands (file, line, sentence). */
export function toRecords(doc: Document, mentions: readonly Mention[]): OutputRecord[] {
  if (mentions.length === 0) return [];
  const locate = locator(doc.text);
  return mentions.map((m) => {
    const record: OutputRecord = { ...EMPTY_RECORD };
    for (const key in m) if (key in EMPTY_RECORD) record[key as Column] = m[key as keyof Mention] as Cell;
    record.file = doc.id;
    record.line = locate.line(m.start);
    record.sentence = locate.sentence(m.start, m.end);
    return record;
  });
}

/** Line numbers (1-based; LF, CRLF and lone CR all end a line) and sentences, by code point offset. */
function locator(text: string): { line(offset: number): number; sentence(start: number, end: number): string } {
  const toCodePoint = codePointIndexer(text);
  const toUtf16 = utf16Indexer(text);
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n?|\n/g)) lineStarts.push(toCodePoint(m.index + m[0].length));
  const sentences = splitSentences(text).map((s) => ({ start: toCodePoint(s.start), end: toCodePoint(s.end) }));
  return {
    line: (offset) => lastAtOrBefore(lineStarts, offset, (x) => x) + 1,
    sentence: (start, end) => {
      const sentence = sentences[Math.max(0, lastAtOrBefore(sentences, start, (s) => s.start))];
      if (!sentence) return '';
      if (sentence.end - sentence.start <= MAX_SENTENCE) return text.slice(toUtf16(sentence.start), toUtf16(sentence.end));
      const from = Math.max(sentence.start, start - WINDOW_EACH_SIDE);
      const to = Math.min(sentence.end, Math.max(end, start) + WINDOW_EACH_SIDE);
      return `${from > sentence.start ? '…' : ''}${text.slice(toUtf16(from), toUtf16(to)).trim()}${to < sentence.end ? '…' : ''}`;
    },
  };
}

/** Index of the last item whose key is ≤ offset (binary search over sorted items). */
function lastAtOrBefore<T>(items: readonly T[], offset: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
