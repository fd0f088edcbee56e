import type { Document, Mention, MentionType, MoneyMention } from '../types.js';
import { ALL_TYPES } from '../types.js';
import { splitSentences } from '../text/sentences.js';
import { utf16Indexer } from '../text/offsets.js';
import { findDemonyms } from '../extractors/place/index.js';
import { clauseOf, datelineLength } from './clauses.js';
import { slotsOf, startsWithAnaphor, type Item, type Placed, type SentenceItems, type Slots } from './slots.js';
import { FACT_COLUMNS } from './columns.js';

export { FACT_COLUMNS };

export type FactColumn = (typeof FACT_COLUMNS)[number];
export type FactRow = Record<FactColumn, string | number | boolean | null>;

/** The mention types the facts view needs `extract` to find. */
export const FACT_TYPES: readonly MentionType[] = ALL_TYPES;

/** Several values in one cell. */
const SEPARATOR = '; ';

/**
 * One row per amount of money, with the date it refers to, the
 * organisation(s), sector(s) and place(s) it is about and its sentence,
 * chosen by rules over its clause, its sentence and (when the sentence
 * points back) the sentence before. A slot that cannot be filled with
 * confidence stays empty (null). `mentions` have code point offsets, as
 * `extract` returns them.
 */
export function toFacts(doc: Document, mentions: Mention[]): FactRow[] {
  if (!mentions.some((m) => m.type === 'money')) return [];
  const { text } = doc;
  const toUtf16 = utf16Indexer(text);
  const placed = mentions
    .map((mention) => ({ mention, start: toUtf16(mention.start), end: toUtf16(mention.end), clause: 0 }))
    .sort((a, b) => a.start - b.start);
  const sentences = sentencesWith(text, placed);
  const lineOf = lineIndexer(text);
  const rows: FactRow[] = [];
  sentences.forEach((sentence, s) => {
    for (const item of sentence.items) {
      if (item.mention.type !== 'money') continue;
      const money = item as Placed<MoneyMention>;
      const slots = slotsOf(money, sentence, sentences[s - 1], text);
      rows.push(rowOf(doc, money, slots, lineOf(money.start), text.slice(sentence.start, sentence.end)));
    }
  });
  return rows;
}

/**
 * The sentences of the text with their mentions (and demonyms, in sentences
 * that hold an amount), clause ids set; a dateline's mentions are left out.
 */
function sentencesWith(text: string, placed: readonly Item[]): SentenceItems[] {
  const sentences = splitSentences(text);
  let next = 0;
  return sentences.map((span, s) => {
    const items: Item[] = [];
    const sentence = text.slice(span.start, span.end);
    const from = span.start + datelineLength(sentence);
    while (next < placed.length && placed[next].start < span.end) {
      if (placed[next].start >= from) items.push(placed[next]);
      next++;
    }
    if (items.some((i) => i.mention.type === 'money')) {
      const inside = (at: number) => items.some((i) => i.start <= at && at < i.end);
      for (const d of findDemonyms(sentence)) {
        const start = span.start + d.start;
        if (d.country && start >= from && !inside(start)) items.push({ mention: { type: 'demonym', text: d.text, country: d.country }, start, end: start + d.text.length, clause: 0 });
      }
      items.sort((a, b) => a.start - b.start);
      const clause = clauseOf(sentence, items.map((i) => ({ start: i.start - span.start, end: i.end - span.start })));
      for (const item of items) {
        const { clause: id, host } = clause(item.start - span.start);
        item.clause = id;
        if (host) item.host = { clause: host.clause, before: span.start + host.before };
      }
    }
    const joinsPrevious = s > 0 && !/[\r\n]/.test(text.slice(sentences[s - 1].end, span.start));
    return { start: span.start, end: span.end, items, anaphoric: startsWithAnaphor(sentence), joinsPrevious };
  });
}

function rowOf(doc: Document, { mention: money }: Placed<MoneyMention>, slots: Slots, line: number, sentence: string): FactRow {
  const date = slots.date?.mention;
  const sectors = uniqueBy(slots.sectors.map((s) => s.mention), (s) => s.isic);
  const places = uniqueBy(slots.places.map((p) => p.mention), (p) => p.text);
  const countries = [...slots.places, ...slots.demonyms]
    .sort((a, b) => a.start - b.start)
    .map((p) => p.mention.country)
    .filter((c): c is string => Boolean(c));
  return {
    file: doc.id,
    line,
    money: money.text,
    amount: money.amount,
    amount_max: money.amount_max ?? null,
    currency: money.currency,
    qualifier: money.qualifier ?? null,
    per: money.per ?? null,
    date: date?.text ?? null,
    date_value: date?.value ?? null,
    date_start: date?.date_start ?? null,
    date_end: date?.date_end ?? null,
    organization: joined(slots.organizations.map((o) => o.mention.canonical ?? o.mention.text)),
    sector: joined(sectors.map((s) => s.text)),
    isic: joined(sectors.map((s) => s.isic)),
    place: joined(places.map((p) => p.text)),
    country: joined(countries),
    sentence,
  };
}

/** Distinct values joined, or null when there are none. */
function joined(values: readonly string[]): string | null {
  const distinct = [...new Set(values.map((v) => v.replace(/\s+/g, ' ')))];
  return distinct.length ? distinct.join(SEPARATOR) : null;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}

/** Line number (1-based) of a UTF-16 offset. */
function lineIndexer(text: string): (offset: number) => number {
  const starts = [0, ...[...text.matchAll(/\r\n?|\n/g)].map((m) => m.index + m[0].length)];
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
